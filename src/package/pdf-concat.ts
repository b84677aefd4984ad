import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

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

  private async writeObject(no: number, body: string | readonly (string | Uint8Array)[]): Promise<void> {
    this.offsets.set(no, this.offset);
    await this.write(Buffer.from(`${no} 0 obj\n`, 'latin1'));
    for (const part of typeof body === 'string' ? [body] : body) await this.write(typeof part === 'string' ? Buffer.from(part, 'latin1') : part);
    await this.write(Buffer.from('\nendobj\n', 'latin1'));
  }

  /**
   * Copies every page of a PDF into the output and returns the new pages' references, in order.
   * Objects are written straight from the parsed file with their references renumbered, so a
   * large picture stream is never copied again; inherited page attributes are made explicit.
   */
  async add(bytes: Uint8Array): Promise<PDFRef[]> {
    const src = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
    const ctx = src.context;
    const renumber = new Map<number, number>();
    const queue: PDFRef[] = [];
    const pages = src.getPages();
    for (const page of pages) renumber.set(page.ref.objectNumber, this.next++);
    const refOf = (ref: PDFRef): number => {
      let n = renumber.get(ref.objectNumber);
      if (n === undefined) {
        n = this.next++;
        renumber.set(ref.objectNumber, n);
        queue.push(ref);
      }
      return n;
    };
    for (const page of pages) {
      const dict = page.node.clone(ctx);
      for (const key of INHERITED) {
        const name = PDFName.of(key);
        if (!dict.has(name)) {
          const value = page.node.getInheritableAttribute(name);
          if (value) dict.set(name, value);
        }
      }
      dict.delete(PDFName.of('Parent'));
      await this.writeObject(renumber.get(page.ref.objectNumber)!, [`<< /Parent ${PAGES} 0 R `, ...render(dict, refOf).slice(1)]);
    }
    for (let ref = queue.shift(); ref; ref = queue.shift()) {
      const obj = ctx.lookup(ref);
      if (obj) await this.writeObject(renumber.get(ref.objectNumber)!, render(obj, refOf));
      else await this.writeObject(renumber.get(ref.objectNumber)!, ['null']);
    }
    return pages.map((p) => PDFRef.of(renumber.get(p.ref.objectNumber)!));
  }

  /** Writes the page tree in `order`, the bookmarks, page labels, document info and cross-reference table. */
  async finish(order: readonly PDFRef[], outline: readonly OutlineNode[], info: ConcatInfo): Promise<{ pages: number; bytes: number }> {
    await this.writeObject(PAGES, `<< /Type /Pages /Count ${order.length} /Kids [${order.map((r) => `${r.objectNumber} 0 R`).join(' ')}] >>`);
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

  private async writeOutline(nodes: readonly OutlineNode[], order: readonly PDFRef[]): Promise<number> {
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
        const parts = [`/Title ${pdfText(n.title)}`, `/Parent ${parent} 0 R`, `/Dest [${page.objectNumber} 0 R /Fit]`];
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

/** Page attributes a page may inherit from its page-tree ancestors. */
const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate'];

/** A PDF object as bytes, references renumbered through `refOf`; stream data is passed through as is. */
function render(obj: PDFObject, refOf: (ref: PDFRef) => number): (string | Uint8Array)[] {
  if (obj instanceof PDFRef) return [`${refOf(obj)} 0 R`];
  if (obj instanceof PDFDict) {
    const out: (string | Uint8Array)[] = ['<<'];
    for (const [key, value] of obj.entries()) out.push(` ${key.toString()} `, ...render(value, refOf));
    out.push(' >>');
    return out;
  }
  if (obj instanceof PDFArray) {
    const out: (string | Uint8Array)[] = ['['];
    obj.asArray().forEach((v, i) => out.push(i ? ' ' : '', ...render(v, refOf)));
    out.push(']');
    return out;
  }
  if (obj instanceof PDFRawStream) {
    const dict = obj.dict.clone();
    dict.set(PDFName.of('Length'), PDFNumber.of(obj.contents.length));
    return [...render(dict, refOf), '\nstream\n', obj.contents, '\nendstream'];
  }
  if (obj instanceof PDFStream) {
    // Streams pdf-lib made itself (rare in parsed files): let it encode them.
    const out = new Uint8Array(obj.sizeInBytes());
    obj.copyBytesInto(out, 0);
    return [out];
  }
  return [obj.toString()];
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
