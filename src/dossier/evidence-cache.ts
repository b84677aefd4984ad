import { hash } from 'node:crypto';
import type { AliasTable } from '../catalog/aliases.js';
import { readCacheFile, writeCacheFile } from '../util/cache-file.js';
import { plainJson, toolFingerprint } from '../util/content-cache.js';
import { decodeText } from '../util/decode-text.js';
import { unixNewlines } from '../util/newlines.js';
import { withPictures } from './body-pictures.js';
import { lineCount, placeholderIn } from './placeholder.js';
import type { FileResult } from './read-evidence.js';
import type { EvidenceFile } from './types.js';

/** Bumped whenever what readEvidenceFile returns changes: older cache files are then ignored. */
const VERSION = 'evidence-2';

/** One cached result: the evidence's body is kept as where it starts in the file's text. */
interface Entry {
  readonly result: FileResult;
  readonly bodyAt?: number;
  /**
   * The hash of the file's encoding and of its text up to its body (front matter and both `---`
   * lines), kept for usable evidence whose body is not a placeholder: a file changed only below it
   * is not read again (bodyEdited).
   */
  readonly head?: string;
  /** The file's identity and times when its bytes were last read (see fileSignature). */
  readonly stat?: string;
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
  /** The entries met in this run: as read from the cache file, or (put in this run) as their JSON text. */
  private readonly used = new Map<string, Entry | string>();
  private changed = false;
  /** The key of each file's entry, by the file's name (made when first asked for). */
  private byFile: Map<string, string> | undefined;

  private constructor(
    private readonly file: string | undefined,
    private readonly context: string,
    private readonly known: ReadonlyMap<string, Entry>,
  ) {}

  /** Opens the cache kept in `file` (undefined: a cache for this run only) for results made with `aliases`. */
  static open(file: string | undefined, aliases: AliasTable): EvidenceCache {
    const context = hash('sha256', JSON.stringify([toolFingerprint(), ...aliases]), 'base64url');
    const known = readCacheFile(file, VERSION, context) as Map<string, Entry>;
    return new EvidenceCache(file, context, known);
  }

  /** The key of a file's result: its name and its bytes. */
  static key(file: string, bytes: Uint8Array): string {
    return `${file}\0${hash('sha256', bytes, 'base64url')}`;
  }

  /**
   * The result read before for `key`, with its body read from `bytes` when first asked for; or
   * undefined. `stat`, the file's signature now, is kept with the entry.
   */
  get(key: string, bytes: Uint8Array, stat?: string): FileResult | undefined {
    const met = this.used.get(key);
    let entry = typeof met === 'string' ? (JSON.parse(met) as Entry) : (met ?? this.known.get(key));
    if (!valid(entry)) return undefined;
    if (entry.stat !== stat) {
      entry = { ...entry, ...(stat === undefined ? {} : { stat }) };
      if (stat === undefined) delete (entry as { stat?: string }).stat;
      this.changed = true;
    }
    this.used.set(key, entry);
    return restore(entry, () => bytes);
  }

  /**
   * The result read before from `file`, when the file's signature is still `stat`: the file is
   * then not read at all, and its body is read from it only when asked for (`readLater`). For the
   * commands that do not print bodies (check, chase, score, the workbench's pages). `readLater` is
   * given the entry's key, to tell whether the bytes it reads are still those.
   */
  getByStat(file: string, stat: string, readLater: (key: string) => Uint8Array | undefined): FileResult | undefined {
    const key = this.lastKey(file);
    const entry = key === undefined ? undefined : this.known.get(key);
    if (key === undefined || !valid(entry) || entry.stat !== stat) return undefined;
    this.used.set(key, entry);
    return restore(entry, () => readLater(key));
  }

  /**
   * What reading `bytes`, the new bytes of `file`, gives when only its body changed since its
   * result was kept: the text up to the body (the front matter and both `---` lines) and the
   * encoding are those of the kept result, and the new body is no placeholder. The front matter is
   * then not parsed again (nor the YAML parser and schema loaded): the result is the kept one with
   * the new body and the pictures it shows. Undefined otherwise: the file is to be read anew.
   */
  bodyEdited(file: string, bytes: Uint8Array): FileResult | undefined {
    const key = this.lastKey(file);
    const entry = key === undefined ? undefined : this.known.get(key);
    if (!valid(entry) || entry.head === undefined || entry.bodyAt === undefined || !entry.result.evidence) return undefined;
    const decoded = decodeText(bytes);
    if (!decoded.ok) return undefined;
    const source = unixNewlines(decoded.text);
    if (source.length < entry.bodyAt || headHash(decoded.encoding, source, entry.bodyAt) !== entry.head) return undefined;
    const body = source.slice(entry.bodyAt);
    if (placeholderIn(source, body)) return undefined;
    // The kept evidence with the new body in its place, and the pictures of the new body.
    const kept: { -readonly [K in keyof EvidenceFile]: EvidenceFile[K] } = { ...entry.result.evidence, body };
    delete kept.pictures;
    const evidence = withPictures(kept, lineCount(source.slice(0, entry.bodyAt)) - 1);
    return { ...entry.result, evidence, bodyAt: entry.bodyAt, head: entry.head };
  }

  /** The key of the entry kept for `file` in the cache file, if any. */
  private lastKey(file: string): string | undefined {
    if (!this.byFile) {
      this.byFile = new Map();
      for (const key of this.known.keys()) this.byFile.set(key.slice(0, key.indexOf('\0')), key);
    }
    return this.byFile.get(file);
  }

  /** Keeps `result` for `key` (unless it would not come back the same from JSON, or its body's place is unknown), with the file's signature. */
  put(key: string, result: FileResult, stat?: string): void {
    const { bodyAt, head, ...kept } = result;
    let stored: FileResult = kept;
    if (kept.evidence) {
      // The body is read from the file again when asked for: without its place, the result is not kept.
      if (bodyAt === undefined) return;
      // The body keeps its place among the keys, so that the restored evidence lists them in the same order.
      stored = { ...kept, evidence: { ...kept.evidence, body: null as unknown as string } };
    }
    if (!plainJson(stored)) return;
    // Kept as JSON text: nothing the caller goes on changing reaches the cache, and saving only joins the texts.
    this.used.set(key, JSON.stringify({ result: stored, ...(bodyAt === undefined ? {} : { bodyAt }), ...(head === undefined ? {} : { head }), ...(stat === undefined ? {} : { stat }) }));
    this.changed = true;
  }

  /** Writes the entries met in this run back, when anything was added or left out. */
  async save(): Promise<void> {
    if (!this.file || (!this.changed && this.used.size === this.known.size)) return;
    await writeCacheFile(
      this.file,
      VERSION,
      this.context,
      [...this.used].map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as const),
    );
  }
}

/**
 * The head of a file's text (Entry.head): the hash of its encoding and of its text up to the body at
 * `bodyAt`, when a body edit can be told from it, that is when that text ends with the line `---`
 * and its line end (the front matter reader then mends and parses nothing below that line, and the
 * body starts right after it whatever follows). For usable evidence whose body is no placeholder.
 */
export function bodyHead(encoding: string, source: string, bodyAt: number): string | undefined {
  return source.slice(0, bodyAt).endsWith('\n---\n') ? headHash(encoding, source, bodyAt) : undefined;
}

function headHash(encoding: string, source: string, bodyAt: number): string {
  return hash('sha256', `${encoding}\0${source.slice(0, bodyAt)}`, 'base64url');
}

/** The file's text as the front matter reader sees it (decoded, line ends made \n). */
function bodyText(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  return decoded.ok ? unixNewlines(decoded.text) : '';
}

/** Whether a cache entry has the shape of one: a cache file edited by hand may hold anything, and an entry of the wrong shape is a miss. */
function valid(entry: Entry | undefined): entry is Entry {
  return !!entry && typeof entry === 'object' && !!entry.result && typeof entry.result === 'object' && Array.isArray(entry.result.diagnostics);
}

/**
 * The result kept in `entry`, with its body to be read from the bytes `source` gives when first
 * asked for (nothing when the file cannot be read any more). The evidence is a new object; what
 * it holds (lists, diagnostics) is shared with the entry, as nothing changes them.
 */
function restore(entry: Entry, source: () => Uint8Array | undefined): FileResult {
  const kept = entry.result.evidence;
  if (!kept || entry.bodyAt === undefined) return entry.result;
  const at = entry.bodyAt;
  let body: string | undefined;
  // A getter in the literal replaces the kept `body: null` in its place among the keys (and makes a faster object than defineProperty).
  const evidence = {
    ...kept,
    get body(): string {
      if (body === undefined) {
        const bytes = source();
        body = bytes ? bodyText(bytes).slice(at) : '';
      }
      return body;
    },
  };
  LAZY.set(evidence, kept);
  return { ...entry.result, evidence };
}

/** The evidence objects restore() made with a body read later, and the plain objects they were made from. */
const LAZY = new WeakMap<object, object>();

/**
 * A copy of an evidence object with more properties, each property kept as it is: a body still to
 * be read from its file stays so (read when first asked for, once), in its place among the keys.
 * Made as one object literal (a getter added with defineProperty makes a slower object).
 */
export function evidenceWith<T extends object, X extends object>(ev: T, more: X): T & X {
  const plain = LAZY.get(ev);
  if (!plain) return { ...ev, ...more };
  const lazy = ev as T & { readonly body: string };
  return {
    ...(plain as T),
    get body(): string {
      return lazy.body;
    },
    ...more,
  };
}
