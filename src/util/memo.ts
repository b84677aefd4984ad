import { hash } from 'node:crypto';
import { writeFileAtomic } from './atomic-write.js';
import { plainJson, toolFingerprint } from './content-cache.js';
import { readRegularFileSync } from './safe-file.js';

/** A memo file larger than this is not read (the example's report makes about 1 MB). */
const MAX_MEMO_BYTES = 256 * 1024 * 1024;
const VERSION = 'memo-1';

/**
 * Results of pure functions on text (an evidence body made safe, a part of the report parsed),
 * kept in one file of the content cache (`output/.cache/`) by the hash of their input, so that a
 * run meeting the same text again takes the result instead of making it. Each value is kept as
 * its JSON text and parsed anew when taken, so that nothing a caller changes reaches the memo.
 * Only the entries met in a run are written back: what no run needs any more is dropped. A
 * missing, damaged or foreign (other code's) memo file is an empty memo; one that cannot be
 * written costs time, never the run.
 */
export class Memo {
  private readonly used = new Map<string, string>();
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    private readonly known: ReadonlyMap<string, string>,
  ) {}

  /** The memo kept in `file`; undefined: a memo for this run only. */
  static open(file?: string): Memo {
    const known = new Map<string, string>();
    if (file) {
      try {
        const stored = JSON.parse(readRegularFileSync(file, { maxBytes: MAX_MEMO_BYTES }).toString('utf8')) as { version?: unknown; code?: unknown; entries?: unknown };
        if (stored.version === VERSION && stored.code === toolFingerprint() && stored.entries && typeof stored.entries === 'object') {
          for (const [k, v] of Object.entries(stored.entries as Record<string, unknown>)) if (typeof v === 'string') known.set(k, v);
        }
      } catch {
        // No memo yet, or one that cannot be read: start empty.
      }
    }
    return new Memo(file, known);
  }

  /** What `make` gives for `input` under the name `kind`: taken from the memo when met before, else made (and kept when it survives JSON unchanged). */
  remember<T>(kind: string, input: string, make: () => T): T {
    const key = hash('sha256', `${kind}\0${input}`, 'base64url');
    const kept = this.used.get(key) ?? this.known.get(key);
    if (kept !== undefined) {
      try {
        const value = JSON.parse(kept) as T;
        this.used.set(key, kept);
        return value;
      } catch {
        // A damaged entry is made again.
      }
    }
    const value = make();
    if (plainJson(value)) {
      this.used.set(key, JSON.stringify(value));
      this.changed = true;
    }
    return value;
  }

  /** Writes the entries met in this run back, when anything was added or left out. */
  async save(): Promise<void> {
    if (!this.file || (!this.changed && this.used.size === this.known.size)) return;
    try {
      await writeFileAtomic(this.file, JSON.stringify({ version: VERSION, code: toolFingerprint(), entries: Object.fromEntries(this.used) }));
    } catch {
      // A memo that cannot be written only costs time next run.
    }
  }
}
