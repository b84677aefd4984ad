import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { PdfFile, type OutlineNode, type PdfInfo } from '../render/pdf/pdf-file.js';
import { PdfReader, PdfReadError, serialize, type PdfObject, type PdfValue } from './pdf-reader.js';

export type { OutlineNode };

/** Facts stamped into the merged PDF. */
export type ConcatInfo = Pick<PdfInfo, 'title' | 'author' | 'date'>;

/**
 * Concatenates PDFs into one file without holding them all in memory: each input is parsed,
 * its pages' objects are renumbered and written out at once (through the same PdfFile the
 * documents are written with), and only the object offsets and page references are kept. The
 * page order, bookmarks and page labels are written at the end.
 */
export class PdfConcat {
  private readonly file = new PdfFile();

  private constructor(private readonly out: WriteStream) {}

  /** Starts a merged PDF at `path`. */
  static async create(path: string): Promise<PdfConcat> {
    const out = createWriteStream(path);
    await once(out, 'open');
    const c = new PdfConcat(out);
    await c.flush();
    return c;
  }

  /** Hands what the PdfFile wrote on to the output file, waiting when it is full. */
  private async flush(): Promise<void> {
    for (const chunk of this.file.take()) if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  /** Writes object `no` from its parts; with `streamed`, what is written so far goes out after every part. */
  private async writeObject(no: number, body: Iterable<string | Uint8Array>, streamed = false): Promise<void> {
    this.file.begin(no);
    this.file.raw(`${no} 0 obj\n`);
    for (const part of body) {
      this.file.raw(part);
      // Stream data comes in pieces: each goes out before the next is read.
      if (streamed) await this.flush();
    }
    this.file.raw('\nendobj\n');
    await this.flush();
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
      const renumber = new Map<number, number>();
      const objects: { n: number; obj: PdfObject | undefined }[] = [];
      const pages = src.pages();
      if (!pages.length) throw new PdfReadError('没有页面');
      for (const page of pages) renumber.set(page.n, this.file.alloc());
      const queue: number[] = [];
      // `stream` marks a stream's own dictionary: its /Length is written directly, not followed.
      const visit = (v: PdfValue, stream = false) => {
        if (v.t === 'ref') {
          if (!renumber.has(v.n)) {
            renumber.set(v.n, this.file.alloc());
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
      const refOf = (n: number) => renumber.get(n)!;
      for (const page of pages) await this.writeObject(refOf(page.n), [`<< /Parent ${PdfFile.PAGES} 0 R `, ...serialize(page.dict, refOf).slice(1)]);
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
            true,
          );
        }
      }
      return pages.map((p) => refOf(p.n));
    } finally {
      src.close();
    }
  }

  /** Writes the page tree in `order`, the bookmarks, page labels, document info and cross-reference table (`pageHeight`: for bookmarks with a place on the page). */
  async finish(order: readonly number[], outline: readonly OutlineNode[], info: ConcatInfo, pageHeight: (index: number) => number = () => 0): Promise<{ pages: number; bytes: number }> {
    // Bookmarks open whole pages (/Fit), except those with a place on a page whose height the caller knows.
    this.file.finish(order, outline, { ...info, lang: 'zh-CN' }, pageHeight);
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
    return { pages: order.length, bytes: this.file.size };
  }

  /** Abandons the output (after an error); the caller removes the file. */
  destroy(): void {
    this.out.destroy();
  }
}
