import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/**
 * The bytes in a buffer of their own size. zlib's synchronous calls return a view into their 16 KB
 * output buffer: a page's content stream of 1–2 KB kept as such a view would hold 16 KB until the
 * file is written (a 1,000-page report: 30 MB).
 */
function compact(b: Buffer): Buffer {
  return b.buffer.byteLength > 2 * b.length ? Buffer.from(b) : b;
}

/** A bookmark: a title, the page it opens (index into the page order) and children. */
export interface OutlineNode {
  readonly title: string;
  readonly page: number;
  /** Distance from the page's top in points (default: the whole page). */
  readonly top?: number;
  readonly children: readonly OutlineNode[];
}

/** Facts stamped into a PDF's document information. */
export interface PdfInfo {
  readonly title: string;
  readonly author: string;
  readonly subject?: string;
  readonly date: Date;
  readonly lang?: string;
}

/**
 * A PDF written object by object into chunks the owner takes away as it goes (to a file, or kept):
 * object offsets are remembered, and `finish` writes the page tree, bookmarks, page labels,
 * document information, cross-reference table and trailer. The file ID is a hash of the bytes, so
 * equal content gives equal files.
 */
export class PdfFile {
  private offset = 0;
  private readonly offsets = new Map<number, number>();
  /** Objects kept in object streams: object number → [the stream's number, index in it]. */
  private readonly packed = new Map<number, [number, number]>();
  private next = 3;
  private chunks: Buffer[] = [];
  private readonly hash = createHash('sha256');
  /** Object 1 is the catalog, object 2 the page tree. */
  static readonly CATALOG = 1;
  static readonly PAGES = 2;

  constructor() {
    this.write(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  }

  /** Bytes written so far. */
  get size(): number {
    return this.offset;
  }

  /** SHA-256 of every byte written so far, as hex: of the whole file once `finish` has run. */
  sha256(): string {
    return this.hash.copy().digest('hex');
  }

  /** The chunks written since the last call. */
  take(): Buffer[] {
    const out = this.chunks;
    this.chunks = [];
    return out;
  }

  private write(data: Buffer): void {
    this.hash.update(data);
    this.offset += data.length;
    this.chunks.push(data);
  }

  /** A new object number. */
  alloc(): number {
    return this.next++;
  }

  /** Writes object `no` with a dictionary or other value (`<< … >>`). */
  object(no: number, body: string): void {
    this.offsets.set(no, this.offset);
    this.write(Buffer.from(`${no} 0 obj\n${body}\nendobj\n`, 'latin1'));
  }

  /** Writes object `no` as a stream: `dict` without its length, data compressed unless `raw`. */
  stream(no: number, dict: string, data: Uint8Array, raw = false): void {
    if (raw) this.streamAs(no, dict, Buffer.from(data.buffer, data.byteOffset, data.byteLength), '');
    else this.deflated(no, dict, compact(deflateSync(data)));
  }

  /** Writes object `no` as a stream of data compressed already (as `stream` compresses it). */
  deflated(no: number, dict: string, body: Uint8Array): void {
    this.streamAs(no, dict, Buffer.from(body.buffer, body.byteOffset, body.byteLength), ' /Filter /FlateDecode');
  }

  private streamAs(no: number, dict: string, body: Buffer, filter: string): void {
    const inner = dict.replace(/^<<\s*|\s*>>$/g, '');
    this.offsets.set(no, this.offset);
    this.write(Buffer.from(`${no} 0 obj\n<< ${inner}${filter} /Length ${body.length} >>\nstream\n`, 'latin1'));
    this.write(body);
    this.write(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }

  /** Writes raw bytes that belong to an object already begun by the caller (streams copied in pieces). */
  raw(data: Uint8Array | string): void {
    this.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }

  /** Marks the start of object `no` at the current offset (for objects written with `raw`). */
  begin(no: number): void {
    this.offsets.set(no, this.offset);
  }

  /** Writes the page tree in `pages` order, bookmarks, page labels, information, cross-reference table and trailer. */
  finish(pages: readonly number[], outline: readonly OutlineNode[], info: PdfInfo, pageHeight: (page: number) => number): void {
    this.object(PdfFile.PAGES, `<< /Type /Pages /Count ${pages.length} /Kids [${pages.map((n) => `${n} 0 R`).join(' ')}] >>`);
    const outlineRoot = outline.length ? this.outline(outline, pages, pageHeight) : undefined;
    const infoNo = this.alloc();
    const date = pdfDate(info.date);
    this.object(
      infoNo,
      `<< /Title ${pdfText(info.title)} /Author ${pdfText(info.author)}${info.subject ? ` /Subject ${pdfText(info.subject)}` : ''} /Creator (dossier) /Producer (dossier) /CreationDate (${date}) /ModDate (${date}) >>`,
    );
    this.object(
      PdfFile.CATALOG,
      `<< /Type /Catalog /Pages ${PdfFile.PAGES} 0 R /Lang (${info.lang ?? 'zh-CN'}) /PageLabels << /Nums [0 << /S /D >>] >> /ViewerPreferences << /DisplayDocTitle true >>${outlineRoot ? ` /Outlines ${outlineRoot} 0 R /PageMode /UseOutlines` : ''} >>`,
    );
    const id = this.hash.copy().digest('hex').slice(0, 32);
    // A compressed cross-reference stream (PDF 1.5): one 7-byte row per object, as it lets the
    // bookmarks sit compressed in an object stream; a long document's table shrinks tenfold.
    const xrefNo = this.alloc();
    const xrefAt = this.offset;
    this.offsets.set(xrefNo, xrefAt);
    const size = this.next;
    const rows = Buffer.alloc(size * 7);
    rows.writeUInt8(0, 0);
    rows.writeUInt32BE(0, 1);
    rows.writeUInt16BE(65535, 5);
    for (let n = 1; n < size; n++) {
      const at = this.offsets.get(n);
      const inStream = this.packed.get(n);
      if (at !== undefined) {
        rows.writeUInt8(1, n * 7);
        rows.writeUInt32BE(at, n * 7 + 1);
      } else if (inStream) {
        rows.writeUInt8(2, n * 7);
        rows.writeUInt32BE(inStream[0], n * 7 + 1);
        rows.writeUInt16BE(inStream[1], n * 7 + 5);
      }
    }
    this.stream(xrefNo, `<< /Type /XRef /Size ${size} /W [1 4 2] /Root ${PdfFile.CATALOG} 0 R /Info ${infoNo} 0 R /ID [<${id}> <${id}>] >>`, rows);
    this.write(Buffer.from(`startxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  }

  /** Writes small objects together in one compressed object stream (not for streams themselves). */
  pack(objects: readonly [number, string][]): void {
    if (!objects.length) return;
    const no = this.alloc();
    let body = '';
    const header: string[] = [];
    objects.forEach(([n, text], i) => {
      header.push(`${n} ${Buffer.byteLength(body, 'latin1')}`);
      body += text + '\n';
      this.packed.set(n, [no, i]);
    });
    const head = header.join(' ') + '\n';
    this.stream(no, `<< /Type /ObjStm /N ${objects.length} /First ${Buffer.byteLength(head, 'latin1')} >>`, Buffer.from(head + body, 'latin1'));
  }

  private outline(nodes: readonly OutlineNode[], pages: readonly number[], pageHeight: (page: number) => number): number {
    const root = this.alloc();
    const numbers = new Map<OutlineNode, number>();
    const assign = (list: readonly OutlineNode[]) => {
      for (const n of list) {
        numbers.set(n, this.alloc());
        assign(n.children);
      }
    };
    assign(nodes);
    const count = (list: readonly OutlineNode[]): number => list.reduce((a, n) => a + 1 + count(n.children), 0);
    const emit = (list: readonly OutlineNode[], parent: number, depth: number) => {
      for (const [i, n] of list.entries()) {
        const index = Math.min(n.page, pages.length - 1);
        const page = pages[index]!;
        const dest = n.top === undefined ? `[${page} 0 R /Fit]` : `[${page} 0 R /XYZ 0 ${num(pageHeight(index) - n.top)} null]`;
        const parts = [`/Title ${pdfText(n.title)}`, `/Parent ${parent} 0 R`, `/Dest ${dest}`];
        if (i > 0) parts.push(`/Prev ${numbers.get(list[i - 1]!)} 0 R`);
        if (i < list.length - 1) parts.push(`/Next ${numbers.get(list[i + 1]!)} 0 R`);
        if (n.children.length) {
          // Top-level entries open; deeper ones start folded (negative count).
          parts.push(`/First ${numbers.get(n.children[0]!)} 0 R`, `/Last ${numbers.get(n.children.at(-1)!)} 0 R`, `/Count ${depth === 0 ? count(n.children) : -count(n.children)}`);
        }
        items.push([numbers.get(n)!, `<< ${parts.join(' ')} >>`]);
        emit(n.children, numbers.get(n)!, depth + 1);
      }
    };
    const items: [number, string][] = [];
    emit(nodes, root, 0);
    items.push([root, `<< /Type /Outlines /First ${numbers.get(nodes[0]!)} 0 R /Last ${numbers.get(nodes.at(-1)!)} 0 R /Count ${count(nodes)} >>`]);
    // Bookmarks are many small objects: compressed together in one object stream.
    this.pack(items);
    return root;
  }
}

/** A PDF text string in UTF-16BE with byte-order mark, as hex. */
export function pdfText(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** A PDF date in UTC: `D:20210630000000Z`. */
export function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

/** A number as PDF writes it: at most three decimals, no exponent, no `-0`. */
export function num(n: number): string {
  const k = Math.round(n * 1000);
  // Thousandths as whole numbers, written out digit by digit: the same text as String(k / 1000)
  // without formatting a fraction (the shortest decimal that reads back as the double, which is
  // the one of at most three decimals while a thousandth is far above the double's precision).
  if (Math.abs(n) < 1e9) {
    const a = k < 0 ? -k : k;
    const whole = Math.floor(a / 1000);
    const frac = a - whole * 1000;
    if (frac === 0) return k < 0 ? `-${whole}` : String(whole);
    const digits = frac % 100 === 0 ? String(frac / 100) : frac % 10 === 0 ? `${frac < 100 ? '0' : ''}${frac / 10}` : `${frac < 10 ? '00' : frac < 100 ? '0' : ''}${frac}`;
    return `${k < 0 ? '-' : ''}${whole}.${digits}`;
  }
  const r = k / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}
