import { hash } from 'node:crypto';
import { readCacheFile, writeCacheFile } from './cache-file.js';
import { plainJson, toolFingerprint } from './content-cache.js';

const VERSION = 'memo-2';

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
    for (const [k, v] of readCacheFile(file, VERSION, toolFingerprint())) if (typeof v === 'string') known.set(k, v);
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
    // Each value is kept as a string holding its JSON text, parsed only when taken.
    await writeCacheFile(
      this.file,
      VERSION,
      toolFingerprint(),
      [...this.used].map(([k, v]) => [k, JSON.stringify(v)] as const),
    );
  }
}
