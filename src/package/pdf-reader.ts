import { readAt } from '../util/read-at.js';
import { closeSync, fstatSync, openSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { unfilter } from '../util/png-unfilter.js';

/** A PDF value as read from a file; names, numbers and strings keep their source bytes. */
export type PdfValue =
  | { readonly t: 'num'; readonly raw: string }
  | { readonly t: 'ref'; readonly n: number }
  | { readonly t: 'name'; readonly raw: string }
  | { readonly t: 'str'; readonly raw: Buffer }
  | { readonly t: 'kw'; readonly raw: string }
  | { readonly t: 'arr'; readonly items: PdfValue[] }
  | { readonly t: 'dict'; readonly map: Map<string, PdfValue> };

/** An indirect object: its value and, for a stream, where its data is (in the file or in memory). */
export interface PdfObject {
  readonly value: PdfValue;
  readonly stream?: { readonly offset: number; readonly length: number } | { readonly data: Buffer };
}

/** The PDF could not be read this way (broken structure, unsupported feature). */
export class PdfReadError extends Error {}

/** The PDF is encrypted: its pages cannot be copied. */
export class PdfEncryptedError extends PdfReadError {}

/** The PDF goes past one of PDF_LIMITS: refused rather than read (trying another way would meet the same limit). */
export class PdfLimitError extends PdfReadError {}

/**
 * What one PDF may make the reader do. The departments' PDFs are merged into 复核材料汇编.pdf; a
 * damaged or hostile file (a 121-byte file whose cross-reference table claims 2,000,000,000
 * objects, a 1.5 MB file whose streams inflate to 1.5 GB) must not take minutes or gigabytes. A
 * file past a limit is refused at once with PdfLimitError, and the package lists it as an
 * attachment that could not be merged. Only cross-reference and object streams are ever inflated;
 * page content and pictures are copied as they are.
 */
export const PDF_LIMITS = {
  /** Objects in the cross-reference table(s) and object streams (a 1,000-page scan has a few thousand). */
  objects: 1_000_000,
  /** Cross-reference sections (one per incremental update) followed back through /Prev. */
  sections: 4096,
  /** Bytes one cross-reference or object stream may inflate to. */
  streamBytes: 64 << 20,
  /** Bytes all inflating of one file may produce together (object streams read again count again). */
  totalBytes: 256 << 20,
  /** Bytes one object (without its stream data) or one cross-reference table may take in the file. */
  objectBytes: 64 << 20,
  /** Depth of arrays and dictionaries inside one another, and of the page tree. */
  depth: 256,
} as const;

const MB = (n: number) => `${Math.round(n / (1 << 20))} MB`;

type XrefEntry = { readonly kind: 1; readonly offset: number } | { readonly kind: 2; readonly stream: number; readonly index: number };

/** Each byte's class: 1 white space, 2 delimiter (ISO 32000-1, 7.2.2), 0 regular. */
const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of [40, 41, 60, 62, 91, 93, 123, 125, 47, 37]) CLASS[c] = 2;

/**
 * Bytes read from a file on demand, or held in memory. What `read` returns may be a view of a
 * buffer held for the whole file: `copy` gives bytes of their own, to be kept after the file is done.
 */
interface Bytes {
  readonly size: number;
  read(offset: number, length: number): Buffer;
  copy(offset: number, length: number): Buffer;
  close(): void;
}

/**
 * Files up to this size are read whole, at once: a PDF of a few hundred kilobytes is otherwise read
 * in some sixty small pieces (a window for each object, the bytes after each stream), each a call
 * to the system; the example's 48 PDFs took 2,800 reads. One file is read at a time, so this is
 * also the most the reader holds for it.
 */
const WHOLE_FILE_BYTES = 8 << 20;

function fileBytes(path: string): Bytes {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size <= WHOLE_FILE_BYTES) {
      const buf = readAt(fd, 0, size);
      closeSync(fd);
      return { ...memoryBytes(buf), copy: (offset, length) => Buffer.from(buf.subarray(offset, Math.min(buf.length, offset + length))) };
    }
    const read = (offset: number, length: number) => readAt(fd, offset, Math.max(0, Math.min(length, size - offset)));
    return { size, read, copy: read, close: () => closeSync(fd) };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** Bytes held by the caller, who keeps them as long as what is read from them. */
function memoryBytes(data: Uint8Array): Bytes {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const read = (offset: number, length: number) => buf.subarray(offset, Math.min(buf.length, offset + length));
  return { size: buf.length, read, copy: read, close: () => {} };
}

/** Ran past the end of the bytes at hand: read a larger window and try again. */
class NeedMore extends Error {}

/** A parser over one buffer; `base` is the buffer's offset in the file. */
class Lexer {
  constructor(
    private readonly b: Buffer,
    public pos = 0,
    private readonly complete = false,
  ) {}

  /** The byte `k` places ahead; running past the end of an incomplete window asks for more. */
  private peek(k = 0): number | undefined {
    if (this.pos + k >= this.b.length) {
      if (this.complete) return undefined;
      throw new NeedMore();
    }
    return this.b[this.pos + k];
  }

  private byte(): number {
    const c = this.peek();
    if (c === undefined) throw new PdfReadError('内容意外结束');
    return c;
  }

  skipSpace(): void {
    for (;;) {
      if (this.pos >= this.b.length) return;
      const c = this.b[this.pos]!;
      if (CLASS[c] === 1) this.pos++;
      else if (c === 37) while (this.pos < this.b.length && this.b[this.pos] !== 10 && this.b[this.pos] !== 13) this.pos++;
      else return;
    }
  }

  /** A bare word (number or keyword) at the current position. */
  word(): string {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.b.length && CLASS[this.b[this.pos]!] === 0) this.pos++;
    if (this.pos >= this.b.length && !this.complete) throw new NeedMore();
    return this.b.toString('latin1', start, this.pos);
  }

  value(depth = 0): PdfValue {
    if (depth > PDF_LIMITS.depth) throw new PdfLimitError(`数组或字典嵌套超过 ${PDF_LIMITS.depth} 层`);
    this.skipSpace();
    const c = this.byte();
    if (c === 47) {
      const start = this.pos++;
      while (this.pos < this.b.length && CLASS[this.b[this.pos]!] === 0) this.pos++;
      if (this.pos >= this.b.length && !this.complete) throw new NeedMore();
      return { t: 'name', raw: this.b.toString('latin1', start, this.pos) };
    }
    if (c === 60 && this.peek(1) === 60) {
      this.pos += 2;
      const map = new Map<string, PdfValue>();
      for (;;) {
        this.skipSpace();
        if (this.byte() === 62 && this.peek(1) === 62) {
          this.pos += 2;
          return { t: 'dict', map };
        }
        const key = this.value(depth + 1);
        if (key.t !== 'name') throw new PdfReadError('字典的键不是名称');
        map.set(key.raw, this.value(depth + 1));
      }
    }
    if (c === 60) {
      const end = this.b.indexOf(62, this.pos);
      if (end < 0) throw this.complete ? new PdfReadError('十六进制字符串未结束') : new NeedMore();
      const raw = this.b.subarray(this.pos, end + 1);
      this.pos = end + 1;
      return { t: 'str', raw: Buffer.from(raw) };
    }
    if (c === 40) {
      const start = this.pos++;
      let depth = 1;
      while (depth > 0) {
        const x = this.byte();
        this.pos++;
        if (x === 92) this.pos++;
        else if (x === 40) depth++;
        else if (x === 41) depth--;
      }
      return { t: 'str', raw: Buffer.from(this.b.subarray(start, this.pos)) };
    }
    if (c === 91) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.byte() === 93) {
          this.pos++;
          return { t: 'arr', items };
        }
        items.push(this.value(depth + 1));
      }
    }
    const w = this.word();
    if (!w) throw new PdfReadError(`无法识别的字符（位置 ${this.pos}）`);
    if (/^\d+$/.test(w)) {
      // `n g R` is a reference; look ahead without committing.
      const save = this.pos;
      try {
        const g = this.word();
        if (/^\d+$/.test(g) && this.word() === 'R') return { t: 'ref', n: Number(w) };
      } catch (err) {
        if (!(err instanceof PdfReadError)) throw err;
      }
      this.pos = save;
      return { t: 'num', raw: w };
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) return { t: 'num', raw: w };
    return { t: 'kw', raw: w };
  }
}

/** The value of a dictionary entry, by key without the slash. */
export function get(v: PdfValue | undefined, key: string): PdfValue | undefined {
  return v?.t === 'dict' ? v.map.get(`/${key}`) : undefined;
}

function num(v: PdfValue | undefined): number | undefined {
  return v?.t === 'num' ? Number(v.raw) : undefined;
}

/** A name's value with `#xx` escapes decoded (`/Obj#53tm` is `/ObjStm`). */
function nameOf(v: PdfValue | undefined): string | undefined {
  return v?.t === 'name' ? v.raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : undefined;
}

/** How to open a PDF. */
export interface ReadOptions {
  /**
   * Do not trust the cross-reference table: find the objects by reading the file from the start
   * (for a file whose table is damaged or points at the wrong places). Slower; the same limits hold.
   */
  readonly recover?: boolean;
}

/**
 * Reads a PDF's objects one at a time, from the file or from memory: the cross-reference table
 * (classic or stream, incremental updates followed), objects in object streams, the page tree.
 * Stream data is left where it is and copied later in pieces, so a 500 MB scan costs kilobytes.
 * What a file can make it do is bounded by PDF_LIMITS.
 */
export class PdfReader {
  private readonly xref = new Map<number, XrefEntry>();
  private trailer: PdfValue = { t: 'dict', map: new Map() };
  /** Object streams decoded, most recently used last, up to PDF_LIMITS.streamBytes together. */
  private readonly objStreams = new Map<number, { data: Buffer; offsets: Map<number, number>; first: number }>();
  private cachedBytes = 0;
  /** Bytes inflated so far (PDF_LIMITS.totalBytes). */
  private inflated = 0;

  private constructor(private readonly bytes: Bytes) {}

  /** Opens a PDF file. */
  static file(path: string, options: ReadOptions = {}): PdfReader {
    return PdfReader.open(fileBytes(path), options);
  }

  /** Opens a PDF held in memory. */
  static memory(data: Uint8Array, options: ReadOptions = {}): PdfReader {
    return PdfReader.open(memoryBytes(data), options);
  }

  private static open(bytes: Bytes, options: ReadOptions): PdfReader {
    const r = new PdfReader(bytes);
    try {
      if (options.recover) r.recover();
      else r.loadXref();
      if (get(r.trailer, 'Encrypt')) throw new PdfEncryptedError('文件已加密');
    } catch (err) {
      bytes.close();
      throw err instanceof PdfReadError ? err : new PdfReadError((err as Error).message);
    }
    return r;
  }

  /** Releases the file. */
  close(): void {
    this.bytes.close();
  }

  /** Records a cross-reference entry (the first one known wins), within the object limit. */
  private setEntry(n: number, e: XrefEntry): void {
    if (this.xref.has(n)) return;
    if (this.xref.size >= PDF_LIMITS.objects) throw new PdfLimitError(`对象超过 ${PDF_LIMITS.objects} 个`);
    this.xref.set(n, e);
  }

  private loadXref(): void {
    const tail = this.bytes.read(Math.max(0, this.bytes.size - 2048), 2048).toString('latin1');
    const m = /startxref\s+(\d+)/g;
    let at: number | undefined;
    for (let x = m.exec(tail); x; x = m.exec(tail)) at = Number(x[1]);
    if (at === undefined) throw new PdfReadError('找不到 startxref');
    const seen = new Set<number>();
    let first = true;
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      if (seen.size > PDF_LIMITS.sections) throw new PdfLimitError(`交叉引用表超过 ${PDF_LIMITS.sections} 段`);
      const trailer = this.readXrefSection(at);
      if (first) this.trailer = trailer;
      first = false;
      const stm = num(get(trailer, 'XRefStm'));
      if (stm !== undefined && !seen.has(stm)) {
        seen.add(stm);
        this.readXrefSection(stm);
      }
      at = num(get(trailer, 'Prev'));
    }
    if (!get(this.trailer, 'Root')) throw new PdfReadError('找不到文档目录（Root）');
  }

  /** Reads one cross-reference section (table or stream) at `offset`; entries already known win. */
  private readXrefSection(offset: number): PdfValue {
    const head = this.bytes.read(offset, 4).toString('latin1');
    if (head === 'xref') return this.readXrefTable(offset + 4);
    const { value, stream } = this.objectAt(offset);
    if (nameOf(get(value, 'Type')) !== '/XRef' || !stream) throw new PdfReadError('交叉引用表损坏');
    const data = this.decode(value, stream);
    const w = (get(value, 'W') as { items: PdfValue[] } | undefined)?.items?.map((x) => num(x) ?? -1) ?? [];
    // Fields of 0–8 bytes (8 bytes already exceed any file offset); a row of no bytes would describe objects for free.
    if (w.length !== 3 || w.some((x) => !Number.isInteger(x) || x < 0 || x > 8) || w[0]! + w[1]! + w[2]! === 0) throw new PdfReadError('交叉引用流的 W 不对');
    const size = num(get(value, 'Size')) ?? 0;
    const index = (get(value, 'Index') as { items: PdfValue[] } | undefined)?.items?.map((x) => num(x) ?? 0) ?? [0, size];
    const field = (p: number, width: number) => {
      let v = 0;
      for (let i = 0; i < width; i++) v = v * 256 + data[p + i]!;
      return v;
    };
    const row = w[0]! + w[1]! + w[2]!;
    let p = 0;
    for (let k = 0; k + 1 < index.length; k += 2) {
      // The rows there are, however many the table claims.
      for (let i = 0; i < index[k + 1]! && p + row <= data.length; i++, p += row) {
        const n = index[k]! + i;
        const type = w[0] ? field(p, w[0]) : 1;
        const a = field(p + w[0]!, w[1]!);
        const b = field(p + w[0]! + w[1]!, w[2]!);
        if (type === 1) this.setEntry(n, { kind: 1, offset: a });
        else if (type === 2) this.setEntry(n, { kind: 2, stream: a, index: b });
        // A free entry hides what older sections say about the object.
        else if (type === 0) this.setEntry(n, { kind: 1, offset: -1 });
      }
    }
    return value;
  }

  private readXrefTable(offset: number): PdfValue {
    return this.parseAt(offset, 1 << 16, '交叉引用表不完整', (lex) => {
      const found: [number, XrefEntry | undefined][] = [];
      for (;;) {
        const w = lex.word();
        if (w === 'trailer') break;
        const start = Number(w);
        const count = Number(lex.word());
        if (!/^\d+$/.test(w) || !Number.isSafeInteger(start) || !Number.isSafeInteger(count)) throw new PdfReadError('交叉引用表损坏');
        if (found.length + count > PDF_LIMITS.objects) throw new PdfLimitError(`交叉引用表声称有 ${count} 个对象（上限 ${PDF_LIMITS.objects}）`);
        for (let i = 0; i < count; i++) {
          const off = lex.word();
          const gen = lex.word();
          const kind = lex.word();
          // Each row is `offset generation n|f`: anything else means the table is not what it claims.
          if (!/^\d+$/.test(off) || !/^\d+$/.test(gen) || (kind !== 'n' && kind !== 'f')) throw new PdfReadError('交叉引用表损坏');
          found.push([start + i, kind === 'n' ? { kind: 1, offset: Number(off) } : undefined]);
        }
      }
      const trailer = lex.value();
      for (const [n, e] of found) if (e) this.setEntry(n, e);
      // Free entries of a newer section still hide older ones.
      for (const [n, e] of found) if (!e) this.setEntry(n, { kind: 1, offset: -1 });
      return trailer;
    });
  }

  /**
   * Rebuilds the cross-reference table by reading the file from the start: every `n g obj` found
   * (stream data skipped), a later definition of an object winning over an earlier one; objects in
   * object streams where no plain definition exists; the last trailer (or cross-reference stream)
   * naming a document catalog, else the last catalog found.
   */
  private recover(): void {
    const header = /(\d{1,10})[\0\t\n\f\r ]+(\d{1,5})[\0\t\n\f\r ]+obj(?=[\0\t\n\f\r %/<[(])|trailer[\0\t\n\f\r ]*<</g;
    const objects = new Map<number, number>();
    const objectStreams: number[] = [];
    let trailer: PdfValue | undefined;
    let catalog: number | undefined;
    const chunk = 1 << 20;
    let at = 0;
    while (at < this.bytes.size) {
      const window = this.bytes.read(at, chunk + 64);
      const text = window.toString('latin1');
      header.lastIndex = 0;
      // The last 64 bytes of a window are read again at the start of the next (a header across the boundary).
      let next = at + window.length >= this.bytes.size ? this.bytes.size : at + chunk;
      for (let m = header.exec(text); m; m = header.exec(text)) {
        const offset = at + m.index;
        // A header starts at the start of the file or after white space or a delimiter.
        const before = m.index > 0 ? window[m.index - 1]! : offset > 0 ? this.bytes.read(offset - 1, 1)[0]! : 32;
        if (CLASS[before] === 0) continue;
        if (m[1] === undefined) {
          const t = this.tryParse(() => this.parseAt(offset + 7, 1 << 14, '文件尾不完整', (lex) => lex.value()));
          if (get(t, 'Root')) trailer = t;
          continue;
        }
        const n = Number(m[1]);
        const obj = this.tryParse(() => this.objectAt(offset));
        if (!obj) continue;
        if (!objects.has(n) && objects.size >= PDF_LIMITS.objects) throw new PdfLimitError(`对象超过 ${PDF_LIMITS.objects} 个`);
        objects.set(n, offset);
        // A later definition replaces an earlier one (an incremental update): forget what was decoded of it.
        this.xref.set(n, { kind: 1, offset });
        this.forget(n);
        const type = nameOf(get(obj.value, 'Type'));
        if (type === '/Catalog') catalog = n;
        else if (type === '/ObjStm' && obj.stream) objectStreams.push(n);
        else if (type === '/XRef' && get(obj.value, 'Root')) trailer = obj.value;
        if (obj.stream && 'offset' in obj.stream && obj.stream.offset + obj.stream.length > offset) {
          // Stream data is not searched for objects: continue after it, in this window or from there.
          const end = obj.stream.offset + obj.stream.length;
          if (end - at < text.length) header.lastIndex = end - at;
          else {
            next = end;
            break;
          }
        }
      }
      at = next;
    }
    for (const s of new Set(objectStreams)) {
      if (this.xref.get(s)?.kind !== 1) continue;
      const stream = this.tryParse(() => this.objectStream(s));
      if (!stream) continue;
      for (const [n, index] of stream.offsets) if (!this.xref.has(n)) this.setEntry(n, { kind: 2, stream: s, index });
    }
    const root = get(trailer, 'Root');
    const map = new Map(trailer?.t === 'dict' ? trailer.map : []);
    if (root?.t !== 'ref' || !this.xref.has(root.n)) {
      if (catalog === undefined) throw new PdfReadError('找不到文档目录（Root）');
      map.set('/Root', { t: 'ref', n: catalog });
    }
    this.trailer = { t: 'dict', map };
  }

  /** Drops a decoded object stream from the cache. */
  private forget(n: number): void {
    const o = this.objStreams.get(n);
    if (!o) return;
    this.objStreams.delete(n);
    this.cachedBytes -= o.data.length;
  }

  /** What `parse` returns, or undefined when the bytes there are not what it reads (a limit still stops everything). */
  private tryParse<T>(parse: () => T): T | undefined {
    try {
      return parse();
    } catch (err) {
      if (err instanceof PdfLimitError) throw err;
      return undefined;
    }
  }

  /** Parses at a file offset from a window of bytes that grows until what is parsed fits in it (up to PDF_LIMITS.objectBytes). */
  private parseAt<T>(offset: number, initial: number, incomplete: string, parse: (lex: Lexer, buf: Buffer, complete: boolean) => T): T {
    for (let window = initial; ; window *= 4) {
      const buf = this.bytes.read(offset, window);
      const complete = offset + buf.length >= this.bytes.size;
      try {
        return parse(new Lexer(buf, 0, complete), buf, complete);
      } catch (err) {
        if (!(err instanceof NeedMore)) throw err;
        if (complete) throw new PdfReadError(incomplete);
        if (window >= PDF_LIMITS.objectBytes) throw new PdfLimitError(`一个对象或交叉引用表超过 ${MB(PDF_LIMITS.objectBytes)}`);
      }
    }
  }

  /** Parses `n g obj … endobj` at a file offset; stream data is located, not read. */
  private objectAt(offset: number, expected?: number): PdfObject {
    return this.parseAt(offset, 1 << 14, '对象不完整', (lex, buf, complete): PdfObject => {
      const n = lex.word();
      lex.word();
      if (!/^\d+$/.test(n) || lex.word() !== 'obj') throw new PdfReadError(`位置 ${offset} 处不是对象`);
      // A damaged table can point at the wrong object: refuse rather than copy the wrong thing.
      if (expected !== undefined && Number(n) !== expected) throw new PdfReadError(`交叉引用表损坏：对象 ${expected} 的位置上是对象 ${n}`);
      const value = lex.value();
      lex.skipSpace();
      if (lex.pos + 32 > buf.length && !complete) throw new NeedMore();
      if (value.t === 'dict' && buf.toString('latin1', lex.pos, lex.pos + 6) === 'stream') {
        // The data starts after the end of the `stream` line (some writers leave spaces before it).
        let start = lex.pos + 6;
        while (buf[start] === 32 || buf[start] === 9) start++;
        if (buf[start] === 13) start++;
        if (buf[start] === 10) start++;
        const length = this.streamLength(value, offset + start);
        return { value, stream: { offset: offset + start, length } };
      }
      return { value };
    });
  }

  private streamLength(dict: PdfValue, start: number): number {
    const v = get(dict, 'Length');
    const direct = v?.t === 'ref' ? num(this.tryParse(() => this.get(v.n))?.value) : num(v);
    if (direct !== undefined && Number.isSafeInteger(direct) && direct >= 0 && start + direct <= this.bytes.size) {
      const after = this.bytes.read(start + direct, 32).toString('latin1');
      if (/^\s*endstream/.test(after)) return direct;
    }
    // A wrong or missing /Length: find the end of the data instead.
    for (let at = start, chunk = 1 << 16; at < this.bytes.size; at += chunk - 16) {
      const i = this.bytes.read(at, chunk).indexOf('endstream', 0, 'latin1');
      if (i < 0) continue;
      let end = at + i;
      const eol = this.bytes.read(Math.max(start, end - 2), end - Math.max(start, end - 2)).toString('latin1');
      if (eol.endsWith('\r\n')) end -= 2;
      else if (eol.endsWith('\n') || eol.endsWith('\r')) end -= 1;
      return end - start;
    }
    throw new PdfReadError('数据流没有结尾');
  }

  /** An indirect object by number; undefined when the file does not have it. */
  get(n: number): PdfObject | undefined {
    const e = this.xref.get(n);
    if (!e) return undefined;
    if (e.kind === 1) return e.offset < 0 ? undefined : this.objectAt(e.offset, n);
    const s = this.objectStream(e.stream);
    const at = s.offsets.get(n);
    if (at === undefined) return undefined;
    return { value: new Lexer(s.data, s.first + at, true).value() };
  }

  private objectStream(n: number): { data: Buffer; offsets: Map<number, number>; first: number } {
    let s = this.objStreams.get(n);
    if (s) {
      // Most recently used last.
      this.objStreams.delete(n);
      this.objStreams.set(n, s);
      return s;
    }
    // An object stream is a plain object; one said to be inside an object stream (itself, say) is not.
    const obj = this.xref.get(n)?.kind === 1 ? this.get(n) : undefined;
    if (!obj?.stream) throw new PdfReadError(`对象流 ${n} 不存在`);
    const data = this.decode(obj.value, obj.stream);
    const count = num(get(obj.value, 'N')) ?? 0;
    const first = num(get(obj.value, 'First')) ?? 0;
    if (!Number.isSafeInteger(count) || count < 0 || !Number.isSafeInteger(first) || first < 0) throw new PdfReadError(`对象流 ${n} 损坏`);
    if (count > PDF_LIMITS.objects) throw new PdfLimitError(`对象流 ${n} 声称有 ${count} 个对象（上限 ${PDF_LIMITS.objects}）`);
    const lex = new Lexer(data, 0, true);
    const offsets = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      const no = lex.word();
      const at = lex.word();
      if (!/^\d+$/.test(no) || !/^\d+$/.test(at)) throw new PdfReadError(`对象流 ${n} 损坏`);
      offsets.set(Number(no), Number(at));
    }
    // Keep what was decoded while it fits; the least recently used goes first.
    while (this.objStreams.size && this.cachedBytes + data.length > PDF_LIMITS.streamBytes) {
      this.forget(this.objStreams.keys().next().value!);
    }
    this.objStreams.set(n, (s = { data, offsets, first }));
    this.cachedBytes += data.length;
    return s;
  }

  /** The bytes of a stream, read whole. */
  streamBytes(stream: NonNullable<PdfObject['stream']>): Buffer {
    return 'data' in stream ? stream.data : this.bytes.read(stream.offset, stream.length);
  }

  /** Copies a stream's data in pieces. */
  *streamChunks(stream: NonNullable<PdfObject['stream']>, size = 1 << 20): Generator<Buffer> {
    if ('data' in stream) {
      yield stream.data;
      return;
    }
    // Pieces of their own: the writer may keep them a while after this file is closed.
    for (let at = 0; at < stream.length; at += size) yield this.bytes.copy(stream.offset + at, Math.min(size, stream.length - at));
  }

  /**
   * A stream decoded (FlateDecode with PNG predictors; what cross-reference and object streams use),
   * each inflating stopped at PDF_LIMITS.streamBytes and all of them at PDF_LIMITS.totalBytes.
   */
  private decode(dict: PdfValue, stream: NonNullable<PdfObject['stream']>): Buffer {
    const filter = get(dict, 'Filter');
    const names = filter?.t === 'arr' ? filter.items : filter ? [filter] : [];
    if ('offset' in stream && stream.length > PDF_LIMITS.objectBytes) throw new PdfLimitError(`交叉引用流或对象流超过 ${MB(PDF_LIMITS.objectBytes)}`);
    let data = this.streamBytes(stream);
    for (const f of names) {
      const name = nameOf(f);
      if (name !== '/FlateDecode' && name !== '/Fl') throw new PdfReadError(`不支持的压缩方式 ${name ?? '?'}`);
      const room = Math.min(PDF_LIMITS.streamBytes, PDF_LIMITS.totalBytes - this.inflated);
      if (room <= 0) throw new PdfLimitError(`解压后的数据合计超过 ${MB(PDF_LIMITS.totalBytes)}`);
      try {
        data = inflateSync(data, { maxOutputLength: room });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw new PdfReadError(`数据流无法解压：${(err as Error).message}`);
        throw room < PDF_LIMITS.streamBytes ? new PdfLimitError(`解压后的数据合计超过 ${MB(PDF_LIMITS.totalBytes)}`) : new PdfLimitError(`一个数据流解压后超过 ${MB(PDF_LIMITS.streamBytes)}`);
      }
      this.inflated += data.length;
    }
    const parms = get(dict, 'DecodeParms');
    const predictor = num(get(parms?.t === 'arr' ? parms.items[0] : parms, 'Predictor')) ?? 1;
    if (predictor >= 10) {
      const columns = num(get(parms?.t === 'arr' ? parms.items[0] : parms, 'Columns')) ?? 1;
      if (!Number.isSafeInteger(columns) || columns < 1 || columns > data.length) throw new PdfReadError('数据流的 Columns 不对');
      data = Buffer.from(unfilter(data, columns, Math.floor(data.length / (columns + 1)), 1));
    }
    return data;
  }

  /** The document's pages in order, each with the attributes it inherits made explicit. */
  pages(): { n: number; dict: PdfValue }[] {
    const root = this.resolve(get(this.trailer, 'Root'));
    const out: { n: number; dict: PdfValue }[] = [];
    const seen = new Set<number>();
    const walk = (ref: PdfValue | undefined, inherited: Map<string, PdfValue>, depth: number) => {
      if (ref?.t !== 'ref' || seen.has(ref.n)) return;
      if (depth > PDF_LIMITS.depth) throw new PdfLimitError(`页面树超过 ${PDF_LIMITS.depth} 层`);
      seen.add(ref.n);
      const node = this.get(ref.n)?.value;
      if (node?.t !== 'dict') return;
      const type = (get(node, 'Type') as { raw?: string } | undefined)?.raw;
      const kids = get(node, 'Kids');
      if (type === '/Pages' || (type !== '/Page' && kids)) {
        const next = new Map(inherited);
        for (const k of INHERITED) if (node.map.has(`/${k}`)) next.set(`/${k}`, node.map.get(`/${k}`)!);
        for (const kid of this.resolve(kids)?.t === 'arr' ? (this.resolve(kids) as { items: PdfValue[] }).items : []) walk(kid, next, depth + 1);
        return;
      }
      const map = new Map(node.map);
      for (const [k, v] of inherited) if (!map.has(k)) map.set(k, v);
      map.delete('/Parent');
      map.set('/Type', { t: 'name', raw: '/Page' });
      out.push({ n: ref.n, dict: { t: 'dict', map } });
    };
    walk(get(root, 'Pages'), new Map(), 0);
    return out;
  }

  /** The value itself, or the value of the object it refers to. */
  resolve(v: PdfValue | undefined): PdfValue | undefined {
    return v?.t === 'ref' ? this.get(v.n)?.value : v;
  }
}

/** Page attributes a page may inherit from its page-tree ancestors. */
const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate'];

/**
 * A value as PDF text, references renumbered through `refOf`; `/Length` of a stream dictionary
 * replaced. One character per byte (latin1): binary strings are kept byte for byte.
 */
export function serialize(v: PdfValue, refOf: (n: number) => number, length?: number): string {
  let out = '';
  const walk = (x: PdfValue, top: boolean) => {
    switch (x.t) {
      case 'ref':
        out += `${refOf(x.n)} 0 R`;
        return;
      case 'dict':
        out += '<<';
        for (const [k, val] of x.map) {
          if (top && length !== undefined && k === '/Length') continue;
          out += ` ${k} `;
          walk(val, false);
        }
        if (top && length !== undefined) out += ` /Length ${length}`;
        out += ' >>';
        return;
      case 'arr':
        out += '[';
        x.items.forEach((item, i) => {
          if (i) out += ' ';
          walk(item, false);
        });
        out += ']';
        return;
      case 'str':
        out += x.raw.toString('latin1');
        return;
      default:
        out += x.raw;
    }
  };
  walk(v, true);
  return out;
}
