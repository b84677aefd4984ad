import { hash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../util/atomic-write.js';
import { readFrontMatter, type FrontMatter, type FrontMatterResult } from './front-matter.js';
import { unixNewlines } from '../util/newlines.js';

/** Bumped whenever what readFrontMatter returns changes: older cache files are then ignored. */
const VERSION = 'front-matter-3';

/** One cached result: the front matter without the body (the body is the text from `bodyAt`). */
type Entry =
  | { ok: true; data: Record<string, unknown>; bodyAt: number; keyLines: [string, number][]; itemLines: [string, number[]][]; sources: [string, string[]][]; lenient: FrontMatter['lenient'] }
  | Extract<FrontMatterResult, { ok: false }>;

/**
 * Front matter read before, by the hash of the file's text, kept in one file of the content cache
 * (`output/.cache/`): parsing YAML is most of the time `check` spends on a file, and most files
 * have not changed since the last run. Only the entries met in this run are written back, so the
 * file does not grow with old versions. A missing or damaged cache file is an empty cache.
 */
export class FrontMatterCache {
  private readonly used = new Map<string, Entry>();
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    private readonly known: ReadonlyMap<string, Entry>,
  ) {}

  /** Opens the cache kept in `file` (undefined: a cache for this run only). */
  static async open(file: string | undefined): Promise<FrontMatterCache> {
    const known = new Map<string, Entry>();
    if (file) {
      try {
        const stored = JSON.parse(await readFile(file, 'utf8')) as { version?: string; entries?: Record<string, Entry> };
        if (stored.version === VERSION && stored.entries && typeof stored.entries === 'object') for (const [k, v] of Object.entries(stored.entries)) known.set(k, v);
      } catch {
        // No cache yet, or one that cannot be read: start empty.
      }
    }
    return new FrontMatterCache(file, known);
  }

  /** readFrontMatter(text), from the cache when the same text was read before. */
  read(text: string): FrontMatterResult {
    // One-shot hashing: 10,000 small files cost a third of what a Hash object each costs.
    const key = hash('sha256', text, 'base64url');
    const hit = this.used.get(key) ?? this.known.get(key);
    if (hit) {
      this.used.set(key, hit);
      return fromEntry(hit, text);
    }
    const result = readFrontMatter(text);
    const entry = toEntry(result, text);
    if (entry) {
      this.used.set(key, entry);
      this.changed = true;
    }
    return result;
  }

  /** Writes the entries met in this run back, when anything was added or left out. */
  async save(): Promise<void> {
    if (!this.file || (!this.changed && this.used.size === this.known.size)) return;
    try {
      await writeFileAtomic(this.file, JSON.stringify({ version: VERSION, entries: Object.fromEntries(this.used) }));
    } catch {
      // A cache that cannot be written only costs time next run.
    }
  }
}

function toEntry(r: FrontMatterResult, text: string): Entry | undefined {
  if (!r.ok) return r;
  const v = r.value;
  // The body is the end of the file's text (line endings made \n): kept as where it starts.
  const src = unixNewlines(text);
  if (!src.endsWith(v.body) || !plainJson(v.data)) return undefined;
  return {
    ok: true,
    data: v.data,
    bodyAt: src.length - v.body.length,
    keyLines: [...v.keyLines],
    itemLines: [...v.itemLines].map(([k, l]) => [k, [...l]]),
    sources: [...v.sources].map(([k, s]) => [k, [...s]]),
    lenient: v.lenient,
  };
}

function fromEntry(e: Entry, text: string): FrontMatterResult {
  if (!e.ok) return e;
  const src = unixNewlines(text);
  // The data is fresh from JSON.parse, and nothing downstream changes it.
  return {
    ok: true,
    value: { data: e.data, body: src.slice(e.bodyAt), keyLines: new Map(e.keyLines), itemLines: new Map(e.itemLines), sources: new Map(e.sources), lenient: e.lenient },
  };
}

/** True when the value survives JSON unchanged (no NaN, Infinity, dates or other objects). */
function plainJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(plainJson);
  if (typeof v === 'object') return Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every(plainJson);
  return false;
}
