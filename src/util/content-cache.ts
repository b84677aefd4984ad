import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from './package-root.js';

/** Marks a file of the cache as used now (its modification time), so that pruneStale keeps it for another while; a cache that cannot be written still serves. */
export function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Left as it was.
  }
}

/** The content cache's folder inside the output folder (safe to delete). */
export const CACHE_FOLDER = '.cache';

/** How long an entry of the shared cache is kept without being used (pruneStale). */
export const KEEP_UNUSED_MS = 14 * 24 * 60 * 60 * 1000;
/** How large the entries of one cache folder may grow in all before the least recently used go (pruneStale). */
export const KEEP_BYTES = 512 * 1024 * 1024;

/** An entry's file name inside its two-hex-digit folder, or a temporary of put (group 1). */
const ENTRY = /^[0-9a-f]{62}(\.\d+\.tmp)?$/;
/** A typesetting memo in the cache's folder (TypesetMemo), or a temporary of one (group 1). */
const MEMO_FILE = /^\.?typeset-[0-9a-f]{16}\.memo(\.\d+\.tmp)?$/;

/**
 * Results kept by the hash of what they were made from (`output/.cache/`): a later run that meets
 * the same input takes the result instead of making it again. Entries are written whole or not at
 * all and carry their own checksum; a damaged, unreadable or unwritable cache only costs the time
 * saved, never the output. Safe to delete. An entry's modification time is when it was last made
 * or used, so that entries nothing uses any more can be deleted (pruneStale, pruneUntouched).
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
    if (!this.touched.has(file)) {
      this.touched.add(file);
      markUsed(file);
    }
    return data;
  }

  /**
   * Deletes the entries of this cache's folder that this run neither took nor made: for a folder
   * of its own (`output/.cache/<kind>`) that only one command uses, after a whole run of it, so
   * that entries nothing needs any more do not pile up. Also removes temporaries left by killed runs.
   */
  pruneUntouched(): void {
    for (const { file } of this.entryFiles()) {
      if (this.touched.has(file)) continue;
      try {
        rmSync(file, { force: true });
      } catch {
        // Another run may be using it: left for the next prune.
      }
    }
  }

  /**
   * Deletes the entries of this cache's folder (not of the folders of other caches inside it) that
   * no run has used for `keepUnusedMs`, then, while the rest take more than `keepBytes`, the least
   * recently used; never one this object took or made (others used lately are young, and go last).
   * For the shared folder, which several commands use each for some of its entries: what a command
   * does not use stays while another may. Also removes temporaries left by killed runs more than a
   * day ago.
   */
  pruneStale(keepUnusedMs = KEEP_UNUSED_MS, keepBytes = KEEP_BYTES, now = Date.now()): void {
    const entries: { file: string; used: number; size: number }[] = [];
    let total = 0;
    for (const { file, temporary } of this.entryFiles()) {
      try {
        const st = lstatSync(file);
        if (!st.isFile()) continue;
        // What this run used counts towards the size, but stays.
        if (this.touched.has(file)) total += st.size;
        else if (temporary ? now - st.mtimeMs > 24 * 60 * 60 * 1000 : now - st.mtimeMs > keepUnusedMs) rmSync(file, { force: true });
        else if (!temporary) entries.push({ file, used: st.mtimeMs, size: st.size });
      } catch {
        // Gone meanwhile, or another run's: left for the next prune.
      }
    }
    total += entries.reduce((a, e) => a + e.size, 0);
    for (const e of entries.sort((a, b) => a.used - b.used)) {
      if (total <= keepBytes) break;
      try {
        rmSync(e.file, { force: true });
        total -= e.size;
      } catch {
        // Left for the next prune.
      }
    }
  }

  /**
   * The files put() writes in this cache's folder, by full path: `<2 hex digits>/<62 hex digits>`
   * and its temporaries, and the typesetting memos kept beside them (nothing else there, and
   * nothing in the folders of other caches inside it).
   */
  private entryFiles(): { file: string; temporary: boolean }[] {
    const out: { file: string; temporary: boolean }[] = [];
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return out;
    }
    const folders = names.filter((n) => /^[0-9a-f]{2}$/.test(n));
    for (const name of names) {
      // Typesetting memos are pruned as entries are (their modification time is their last use).
      const m = MEMO_FILE.exec(name);
      if (m && (m[1] !== undefined) === name.startsWith('.')) out.push({ file: join(this.dir, name), temporary: m[1] !== undefined });
    }
    for (const folder of folders) {
      let names: string[];
      try {
        names = readdirSync(join(this.dir, folder));
      } catch {
        continue;
      }
      for (const name of names) {
        const m = ENTRY.exec(name);
        if (m) out.push({ file: join(this.dir, folder, name), temporary: m[1] !== undefined });
      }
    }
    return out;
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
      if (waiting.size > 0) putWaiting(this.dir);
    } catch {
      // The cache is only a help: an output folder that cannot hold it costs speed, never the run.
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Nothing was written.
      }
    }
  }

  /**
   * Stores `data` for `key` now when the cache's folder exists, else as soon as this process makes
   * it (a put into it or into a cache folder inside it): a result every command makes first (the
   * config) is kept by the first run that keeps a cache at all, and a command that keeps none
   * leaves no folder behind.
   */
  putWhenMade(key: string, data: Uint8Array): void {
    if (existsSync(this.dir)) return this.put(key, data);
    const dir = resolve(this.dir);
    let entries = waiting.get(dir);
    if (!entries) waiting.set(dir, (entries = new Map()));
    entries.set(key, data);
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

/** Entries waiting for their cache folder to be made (putWhenMade), by the folder's full path. */
const waiting = new Map<string, Map<string, Uint8Array>>();

/** Stores the waiting entries of the cache folder `made` and of the folders around it, now that `made` exists. */
function putWaiting(made: string): void {
  const full = resolve(made);
  for (const [dir, entries] of waiting) {
    if (full !== dir && !full.startsWith(dir + sep)) continue;
    waiting.delete(dir);
    const cache = new ContentCache(dir);
    for (const [key, data] of entries) cache.put(key, data);
  }
}

/** The SHA-256 of some bytes, as hex (a cache key part). */
export function contentHash(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

let fingerprint: string | undefined;

/**
 * A fingerprint of the tool's own code. Built (dist/): the one `npm run build` wrote last
 * (scripts/bundle.mjs: the SHA-256 of every module, package.json and the lockfile). From source
 * (the tests): the names, sizes and times of its module files and the two package files. Cached
 * results carry it, so that a changed, upgraded or reinstalled tool never takes what older code made.
 */
export function toolFingerprint(): string {
  if (fingerprint === undefined) {
    // The top folder of the running code: dist/ (the bundle and the modules tsc wrote beside it), or src/ under the tests.
    const root = join(packageRoot, relative(packageRoot, fileURLToPath(import.meta.url)).split(sep)[0] ?? '');
    // Compressed bytes are kept (font subsets, pages): another zlib could compress otherwise.
    const runtime = `node ${process.versions.node} zlib ${process.versions.zlib}\n`;
    let built: string | undefined;
    try {
      built = readFileSync(join(root, 'tool-fingerprint.txt'), 'utf8').trim();
    } catch {
      // Not built (source, under the tests): looked at file by file.
    }
    if (built) fingerprint = createHash('sha256').update(runtime).update(built).digest('base64url');
    else {
      const h = createHash('sha256');
      h.update(runtime);
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
  }
  return fingerprint;
}

/** True when a value survives JSON unchanged (no undefined in objects, NaN, Infinity, -0, dates, maps or class instances). */
export function plainJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  // -0 comes back from JSON as 0.
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(plainJson);
  if (typeof v === 'object') return Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every((x) => x !== undefined && plainJson(x));
  return false;
}
