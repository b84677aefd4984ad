import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from './package-root.js';

/** The content cache's folder inside the output folder (safe to delete). */
export const CACHE_FOLDER = '.cache';

/**
 * Results kept by the hash of what they were made from (`output/.cache/`): a later run that meets
 * the same input takes the result instead of making it again. Entries are written whole or not at
 * all and carry their own checksum; a damaged, unreadable or unwritable cache only costs the time
 * saved, never the output. Safe to delete.
 */
export class ContentCache {
  /** The entries this run took or made (their files). */
  private readonly touched = new Set<string>();

  constructor(readonly dir: string) {}

  /** The stored result for `key`, or undefined (also when the entry was damaged: its checksum must match). */
  get(key: string): Buffer | undefined {
    let stored: Buffer;
    const file = this.path(key);
    try {
      stored = readFileSync(file);
    } catch {
      return undefined;
    }
    if (stored.length < 32) return undefined;
    const data = stored.subarray(32);
    if (!createHash('sha256').update(data).digest().equals(stored.subarray(0, 32))) return undefined;
    this.touched.add(file);
    return data;
  }

  /**
   * Deletes the entries of this cache's folder that this run neither took nor made: for a folder
   * of its own (`output/.cache/<kind>`) that only one command uses, after a whole run of it, so
   * that entries nothing needs any more do not pile up. Also removes temporaries left by killed runs.
   */
  pruneUntouched(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir, { recursive: true }) as string[];
    } catch {
      return;
    }
    for (const name of names) {
      // Only what put() writes: two hex digits / 62 hex digits (and its temporaries).
      if (!/^[0-9a-f]{2}[/\\][0-9a-f]{62}(\.\d+\.tmp)?$/.test(name)) continue;
      const file = join(this.dir, name);
      if (this.touched.has(file)) continue;
      try {
        rmSync(file, { force: true });
      } catch {
        // Another run may be using it: left for the next prune.
      }
    }
  }

  /** Stores `data` for `key` (through a temporary file renamed into place). */
  put(key: string, data: Uint8Array): void {
    const file = this.path(key);
    this.touched.add(file);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(tmp, Buffer.concat([createHash('sha256').update(data).digest(), data]));
      renameSync(tmp, file);
    } catch {
      // The cache is only a help: an output folder that cannot hold it costs speed, never the run.
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Nothing was written.
      }
    }
  }

  /** The stored JSON value for `key`, or what `make` makes (then stored, when it survives JSON unchanged). */
  async json<T>(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.get(key);
    if (hit) {
      try {
        return JSON.parse(hit.toString('utf8')) as T;
      } catch {
        // A damaged entry is made again.
      }
    }
    const value = await make();
    if (plainJson(value)) this.put(key, Buffer.from(JSON.stringify(value)));
    return value;
  }

  private path(key: string): string {
    // Results made by other code are not taken: the key holds the tool's fingerprint.
    const h = createHash('sha256').update(toolFingerprint()).update('\0').update(key).digest('hex');
    return join(this.dir, h.slice(0, 2), h.slice(2));
  }
}

/** The SHA-256 of some bytes, as hex (a cache key part). */
export function contentHash(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

let fingerprint: string | undefined;

/**
 * A fingerprint of the tool's own code: the names, sizes and times of its module files (about 150
 * files, looked up once per run in a few milliseconds), and its package.json and lockfile (the
 * libraries it uses). Cached results carry it, so that a changed, upgraded or reinstalled tool
 * never takes what older code made.
 */
export function toolFingerprint(): string {
  if (fingerprint === undefined) {
    // The top folder of the running code: dist/ (the bundle and the modules tsc wrote beside it), or src/ under the tests.
    const root = join(packageRoot, relative(packageRoot, fileURLToPath(import.meta.url)).split(sep)[0] ?? '');
    const h = createHash('sha256');
    for (const name of ['package.json', 'package-lock.json']) {
      try {
        h.update(readFileSync(join(root, '..', name)));
      } catch {
        // Not shipped with this install: the module files still count.
      }
    }
    for (const name of (readdirSync(root, { recursive: true }) as string[]).sort()) {
      if (!/\.[cm]?[jt]s$/.test(name)) continue;
      const st = statSync(join(root, name));
      h.update(`${name}\0${st.size}\0${st.mtimeMs}\n`);
    }
    fingerprint = h.digest('base64url');
  }
  return fingerprint;
}

/** True when a value survives JSON unchanged (no undefined in objects, NaN, Infinity, dates, maps or class instances). */
export function plainJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(plainJson);
  if (typeof v === 'object') return Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every((x) => x !== undefined && plainJson(x));
  return false;
}
