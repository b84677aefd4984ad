import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { PdfReader, PdfReadError, serialize, type PdfObject, type PdfValue } from './pdf-reader.js';

/** A bookmark of the merged PDF: a title, the page it opens (index into the final page order) and children. */
export interface OutlineNode {
  readonly title: string;
  readonly page: number;
  readonly children: readonly OutlineNode[];
}

/** Facts stamped into the merged PDF. */
export interface ConcatInfo {
  readonly title: string;
  readonly author: string;
  readonly date: Date;
}

const CATALOG = 1;
const PAGES = 2;

/**
 * Concatenates PDFs into one file without holding them all in memory: each input is parsed,
 * its pages' objects are renumbered and written out at once, and only the object offsets and
 * page references are kept. The page order, bookmarks and page labels are written at the end.
 */
export class PdfConcat {
  private offset = 0;
  private readonly offsets = new Map<number, number>();
  private next = 3;
  private readonly hash = createHash('sha256');

  private constructor(private readonly out: WriteStream) {}

  /** Starts a merged PDF at `path`. */
  static async create(path: string): Promise<PdfConcat> {
    const out = createWriteStream(path);
    await once(out, 'open');
    const c = new PdfConcat(out);
    await c.write(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
    return c;
  }

  private async write(data: Uint8Array): Promise<void> {
    this.hash.update(data);
    this.offset += data.length;
    if (!this.out.write(data)) await once(this.out, 'drain');
  }

  private async writeObject(no: number, body: string | Iterable<string | Uint8Array>): Promise<void> {
    this.offsets.set(no, this.offset);
    await this.write(Buffer.from(`${no} 0 obj\n`, 'latin1'));
    for (const part of typeof body === 'string' ? [body] : body) await this.write(typeof part === 'string' ? Buffer.from(part, 'latin1') : part);
    await this.write(Buffer.from('\nendobj\n', 'latin1'));
  }

  /** Copies every page of a PDF file into the output; stream data is copied in pieces, never held whole. */
  async addFile(path: string): Promise<number[]> {
    return this.add(PdfReader.file(path));
  }

  /** Copies every page of a PDF held in memory (the documents made here). */
  async addBytes(data: Uint8Array): Promise<number[]> {
    return this.add(PdfReader.memory(data));
  }

  /**
   * Copies every page of a PDF into the output and returns the new pages' object numbers, in order.
   * Every object the pages need is read first (values and where stream data is, not the data), so a
   * file that turns out to be damaged leaves nothing behind in the output; then they are written
   * with their references renumbered, stream data copied in pieces.
   */
  private async add(src: PdfReader): Promise<number[]> {
    try {
      let next = this.next;
      const renumber = new Map<number, number>();
      const objects: { n: number; obj: PdfObject | undefined }[] = [];
      const pages = src.pages();
      if (!pages.length) throw new PdfReadError('没有页面');
      for (const page of pages) renumber.set(page.n, next++);
      const queue: number[] = [];
      // `stream` marks a stream's own dictionary: its /Length is written directly, not followed.
      const visit = (v: PdfValue, stream = false) => {
        if (v.t === 'ref') {
          if (!renumber.has(v.n)) {
            renumber.set(v.n, next++);
            queue.push(v.n);
          }
        } else if (v.t === 'arr') v.items.forEach((x) => visit(x));
        else if (v.t === 'dict') for (const [k, x] of v.map) if (!stream || k !== '/Length') visit(x);
      };
      for (const page of pages) visit(page.dict);
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        const obj = src.get(n);
        if (obj) visit(obj.value, obj.stream !== undefined);
        objects.push({ n, obj });
      }
      this.next = next;
      const refOf = (n: number) => renumber.get(n)!;
      for (const page of pages) await this.writeObject(refOf(page.n), [`<< /Parent ${PAGES} 0 R `, ...serialize(page.dict, refOf).slice(1)]);
      for (const { n, obj } of objects) {
        if (!obj) await this.writeObject(refOf(n), ['null']);
        else if (!obj.stream) await this.writeObject(refOf(n), serialize(obj.value, refOf));
        else {
          const stream = obj.stream;
          const length = 'data' in stream ? stream.data.length : stream.length;
          await this.writeObject(
            refOf(n),
            (function* () {
              yield* serialize(obj.value, refOf, length);
              yield '\nstream\n';
              yield* src.streamChunks(stream);
              yield '\nendstream';
            })(),
          );
        }
      }
      return pages.map((p) => refOf(p.n));
    } finally {
      src.close();
    }
  }

  /** Writes the page tree in `order`, the bookmarks, page labels, document info and cross-reference table. */
  async finish(order: readonly number[], outline: readonly OutlineNode[], info: ConcatInfo): Promise<{ pages: number; bytes: number }> {
    await this.writeObject(PAGES, `<< /Type /Pages /Count ${order.length} /Kids [${order.map((n) => `${n} 0 R`).join(' ')}] >>`);
    const outlineRoot = outline.length ? await this.writeOutline(outline, order) : undefined;
    const infoNo = this.next++;
    const date = pdfDate(info.date);
    await this.writeObject(infoNo, `<< /Title ${pdfText(info.title)} /Author ${pdfText(info.author)} /Creator (dossier) /Producer (dossier) /CreationDate (${date}) /ModDate (${date}) >>`);
    await this.writeObject(
      CATALOG,
      `<< /Type /Catalog /Pages ${PAGES} 0 R /Lang (zh-CN) /PageLabels << /Nums [0 << /S /D >>] >>${outlineRoot ? ` /Outlines ${outlineRoot} 0 R /PageMode /UseOutlines` : ''} >>`,
    );
    const id = this.hash.copy().digest('hex').slice(0, 32);
    const xrefAt = this.offset;
    const size = this.next;
    const rows = ['xref', `0 ${size}`, '0000000000 65535 f '];
    for (let n = 1; n < size; n++) {
      const at = this.offsets.get(n);
      rows.push(at === undefined ? '0000000000 65535 f ' : `${String(at).padStart(10, '0')} 00000 n `);
    }
    await this.write(Buffer.from(rows.join('\n') + '\n', 'latin1'));
    await this.write(Buffer.from(`trailer\n<< /Size ${size} /Root ${CATALOG} 0 R /Info ${infoNo} 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
    this.out.end();
    await once(this.out, 'finish');
    return { pages: order.length, bytes: this.offset };
  }

  /** Abandons the output (after an error); the caller removes the file. */
  destroy(): void {
    this.out.destroy();
  }

  private async writeOutline(nodes: readonly OutlineNode[], order: readonly number[]): Promise<number> {
    const root = this.next++;
    const numbers = new Map<OutlineNode, number>();
    const assign = (list: readonly OutlineNode[]) => {
      for (const n of list) {
        numbers.set(n, this.next++);
        assign(n.children);
      }
    };
    assign(nodes);
    const count = (list: readonly OutlineNode[]): number => list.reduce((a, n) => a + 1 + count(n.children), 0);
    const emit = async (list: readonly OutlineNode[], parent: number, depth: number) => {
      for (const [i, n] of list.entries()) {
        const page = order[Math.min(n.page, order.length - 1)]!;
        const parts = [`/Title ${pdfText(n.title)}`, `/Parent ${parent} 0 R`, `/Dest [${page} 0 R /Fit]`];
        if (i > 0) parts.push(`/Prev ${numbers.get(list[i - 1]!)} 0 R`);
        if (i < list.length - 1) parts.push(`/Next ${numbers.get(list[i + 1]!)} 0 R`);
        if (n.children.length) {
          // Top-level entries open; deeper ones start folded (negative count).
          parts.push(`/First ${numbers.get(n.children[0]!)} 0 R`, `/Last ${numbers.get(n.children.at(-1)!)} 0 R`, `/Count ${depth === 0 ? count(n.children) : -count(n.children)}`);
        }
        await this.writeObject(numbers.get(n)!, `<< ${parts.join(' ')} >>`);
        await emit(n.children, numbers.get(n)!, depth + 1);
      }
    };
    await emit(nodes, root, 0);
    await this.writeObject(root, `<< /Type /Outlines /First ${numbers.get(nodes[0]!)} 0 R /Last ${numbers.get(nodes.at(-1)!)} 0 R /Count ${count(nodes)} >>`);
    return root;
  }
}

/** A PDF text string in UTF-16BE with byte-order mark, as hex. */
export function pdfText(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}
