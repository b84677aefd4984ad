import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The content cache's folder inside the output folder (safe to delete). */
export const CACHE_FOLDER = '.cache';

/**
 * Results kept by the hash of what they were made from (`output/.cache/`): a later run that meets
 * the same input takes the result instead of making it again. Entries are written whole or not at
 * all and carry their own checksum; a damaged, unreadable or unwritable cache only costs the time
 * saved, never the output. Safe to delete.
 */
export class ContentCache {
  constructor(readonly dir: string) {}

  /** The stored result for `key`, or undefined (also when the entry was damaged: its checksum must match). */
  get(key: string): Buffer | undefined {
    let stored: Buffer;
    try {
      stored = readFileSync(this.path(key));
    } catch {
      return undefined;
    }
    if (stored.length < 32) return undefined;
    const data = stored.subarray(32);
    return createHash('sha256').update(data).digest().equals(stored.subarray(0, 32)) ? data : undefined;
  }

  /** Stores `data` for `key` (through a temporary file renamed into place). */
  put(key: string, data: Uint8Array): void {
    const file = this.path(key);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(tmp, Buffer.concat([createHash('sha256').update(data).digest(), data]));
      renameSync(tmp, file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  private path(key: string): string {
    const h = createHash('sha256').update(key).digest('hex');
    return join(this.dir, h.slice(0, 2), h.slice(2));
  }
}

/** The SHA-256 of some bytes, as hex (a cache key part). */
export function contentHash(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
