import { hash } from 'node:crypto';
import type { AliasTable } from '../catalog/aliases.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { plainJson, toolFingerprint } from '../util/content-cache.js';
import { decodeText } from '../util/decode-text.js';
import { unixNewlines } from '../util/newlines.js';
import { readRegularFileSync } from '../util/safe-file.js';
import type { FileResult } from './read-evidence.js';

/** Bumped whenever what readEvidenceFile returns changes: older cache files are then ignored. */
const VERSION = 'evidence-1';
/** A cache file larger than this is not read (ten thousand evidence files make a few MB). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** One cached result: the evidence's body is kept as where it starts in the file's text. */
interface Entry {
  readonly result: FileResult;
  readonly bodyAt?: number;
}

/**
 * What reading each evidence file gave, by the file's name and the hash of its bytes, kept in one
 * file of the content cache (`output/.cache/`). A file met unchanged since the last run is neither
 * decoded nor parsed nor validated again: its body is decoded only when something reads it (the
 * report does, the check does not). The results depend on the alias table too: a cache made with
 * other aliases is dropped whole. Only entries met in this run are written back. A missing or
 * damaged cache file is an empty cache, and so is one made by other code (another version of dossier).
 */
export class EvidenceCache {
  private readonly used = new Map<string, Entry>();
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    private readonly context: string,
    private readonly known: ReadonlyMap<string, Entry>,
  ) {}

  /** Opens the cache kept in `file` (undefined: a cache for this run only) for results made with `aliases`. */
  static open(file: string | undefined, aliases: AliasTable): EvidenceCache {
    const context = hash('sha256', JSON.stringify([toolFingerprint(), ...aliases]), 'base64url');
    const known = new Map<string, Entry>();
    if (file) {
      try {
        const stored = JSON.parse(readRegularFileSync(file, { maxBytes: MAX_CACHE_BYTES }).toString('utf8')) as { version?: unknown; context?: unknown; entries?: unknown };
        if (stored.version === VERSION && stored.context === context && stored.entries && typeof stored.entries === 'object') {
          for (const [k, v] of Object.entries(stored.entries as Record<string, Entry>)) known.set(k, v);
        }
      } catch {
        // No cache yet, or one that cannot be read (or is no regular file, or too large): start empty.
      }
    }
    return new EvidenceCache(file, context, known);
  }

  /** The key of a file's result: its name and its bytes. */
  static key(file: string, bytes: Uint8Array): string {
    return `${file}\0${hash('sha256', bytes, 'base64url')}`;
  }

  /** The result read before for `key`, with its body read from `bytes` when first asked for; or undefined. */
  get(key: string, bytes: Uint8Array): FileResult | undefined {
    const entry = this.used.get(key) ?? this.known.get(key);
    // A cache file edited by hand may hold anything: an entry of the wrong shape is a miss.
    if (!entry || typeof entry !== 'object' || !entry.result || typeof entry.result !== 'object' || !Array.isArray(entry.result.diagnostics)) return undefined;
    this.used.set(key, entry);
    return restore(entry, bytes);
  }

  /** Keeps `result` for `key` (unless it would not come back the same from JSON, or its body's place is unknown). */
  put(key: string, result: FileResult): void {
    const { bodyAt, ...kept } = result;
    let stored: FileResult = kept;
    if (kept.evidence) {
      // The body is read from the file again when asked for: without its place, the result is not kept.
      if (bodyAt === undefined) return;
      // The body keeps its place among the keys, so that the restored evidence lists them in the same order.
      stored = { ...kept, evidence: { ...kept.evidence, body: null as unknown as string } };
    }
    if (!plainJson(stored)) return;
    // A copy through JSON: what is kept must not share objects with what the caller goes on using.
    this.used.set(key, JSON.parse(JSON.stringify(bodyAt === undefined ? { result: stored } : { result: stored, bodyAt })) as Entry);
    this.changed = true;
  }

  /** Writes the entries met in this run back, when anything was added or left out. */
  async save(): Promise<void> {
    if (!this.file || (!this.changed && this.used.size === this.known.size)) return;
    try {
      await writeFileAtomic(this.file, JSON.stringify({ version: VERSION, context: this.context, entries: Object.fromEntries(this.used) }));
    } catch {
      // A cache that cannot be written only costs time next run.
    }
  }
}

/** The file's text as the front matter reader sees it (decoded, line ends made \n). */
function bodyText(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  return decoded.ok ? unixNewlines(decoded.text) : '';
}

/**
 * The result kept in `entry`, with its body to be read from `bytes`. The evidence is a new object;
 * what it holds (lists, diagnostics) is shared with the entry, as nothing changes them.
 */
function restore(entry: Entry, bytes: Uint8Array): FileResult {
  const kept = entry.result.evidence;
  if (!kept || entry.bodyAt === undefined) return entry.result;
  const at = entry.bodyAt;
  let body: string | undefined;
  const evidence = { ...kept };
  Object.defineProperty(evidence, 'body', { enumerable: true, configurable: true, get: () => (body ??= bodyText(bytes).slice(at)) });
  return { ...entry.result, evidence };
}
