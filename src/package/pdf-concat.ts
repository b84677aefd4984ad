import { closeSync, openSync, writevSync } from 'node:fs';
import type { FontSet, LoadedFont } from '../render/fonts/find-fonts.js';
import { EmbeddedFont } from '../render/pdf/embedded-font.js';
import { PageContent } from '../render/pdf/page-content.js';
import { PdfFile, type OutlineNode, type PdfInfo } from '../render/pdf/pdf-file.js';
import type { ContentCache } from '../util/content-cache.js';
import { pageView, stampFrame, stampOps, type Stamp } from './page-stamp.js';
import { PdfReader, PdfReadError, serialize, type PdfObject, type PdfValue, type ReadOptions } from './pdf-reader.js';

export type { OutlineNode, Stamp };

/**
 * A copied page whose object is written at the end, when its place in the whole (and so its
 * number) is known: its dictionary's entries other than its contents and resources, already
 * renumbered, and what a stamp needs.
 */
interface HeldPage {
  readonly no: number;
  /** The dictionary's entries, as written (` /Type /Page /MediaBox […]`). */
  readonly entries: string;
  /** The content streams, renumbered (`12 0 R 13 0 R`). */
  readonly contents: string;
  /** The resource entries other than /Font, and the /Font entries. */
  readonly resources: string;
  readonly fonts: string;
  readonly fontNames: ReadonlySet<string>;
  readonly box: readonly [number, number, number, number];
  readonly rotate: number;
}

/** How much of the merged PDF gathers before it is written. */
const FLUSH_BYTES = 1 << 20;

/** Facts stamped into the merged PDF. */
export type ConcatInfo = Pick<PdfInfo, 'title' | 'author' | 'date'>;

/**
 * Concatenates PDFs into one file without holding them all in memory: each input is parsed,
 * its pages' objects are renumbered and written out at once (through the same PdfFile the
 * documents are written with), and only the object offsets and the pages' small dictionaries are
 * kept. The pages, with their printed numbers and attachment labels stamped on, the page order,
 * bookmarks and page labels are written at the end.
 */
export class PdfConcat {
  private readonly file = new PdfFile();
  private readonly held = new Map<number, HeldPage>();
  private readonly embedded = new Map<LoadedFont, EmbeddedFont>();
  /** Small objects (dictionaries, arrays …) waiting to be written together in one object stream. */
  private small: [number, string][] = [];
  private smallBytes = 0;
  /** The output file, open until finish or destroy. */
  private fd: number | undefined;
  /** What the PdfFile made and the output file has not been given yet (each chunk a buffer of its own). */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** A write that failed (disk full …): what it held is lost, so every later step throws it again. */
  private failed: Error | undefined;

  private constructor(
    fd: number,
    private readonly fonts: FontSet,
    private readonly cache?: ContentCache,
  ) {
    this.fd = fd;
  }

  /** Starts a merged PDF at `path`; stamps are set in `fonts` (font subsets kept in `cache`). */
  static async create(path: string, fonts: FontSet, cache?: ContentCache): Promise<PdfConcat> {
    const c = new PdfConcat(openSync(path, 'w'), fonts, cache);
    c.flush();
    return c;
  }

  /**
   * Writes what the PdfFile made so far to the output file once a megabyte has gathered (`all`:
   * whatever there is), at once, as the inputs are read. Through a stream, object by object, the
   * example's 48 files took some 400 writes, each waiting for the thread pool; now about ten.
   * A failed write (disk full …) throws here, and so does every later call.
   */
  private flush(all = false): void {
    if (this.failed) throw this.failed;
    if (this.fd === undefined) throw new Error('合并的 PDF 已经写完或已放弃');
    for (const chunk of this.file.take()) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
    }
    if (!all && this.pendingBytes < FLUSH_BYTES) return;
    let chunks = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    try {
      while (chunks.length) {
        let n = writevSync(this.fd, chunks);
        // The system may take less than all (an error after some bytes): the rest goes in the next write.
        if (n === 0) throw Object.assign(new Error('写入合并的 PDF 时没有写进任何内容'), { code: 'EIO', syscall: 'write' });
        let i = 0;
        while (i < chunks.length && n >= chunks[i]!.length) n -= chunks[i++]!.length;
        chunks = chunks.slice(i);
        if (n > 0) chunks[0] = chunks[0]!.subarray(n);
      }
    } catch (err) {
      this.failed = err as Error;
      throw err;
    }
  }

  /** Writes object `no` from its parts; with `streamed`, what gathered is written whenever a megabyte is there, between the parts. */
  private writeObject(no: number, body: Iterable<string | Uint8Array>, streamed = false): void {
    this.file.begin(no);
    this.file.raw(`${no} 0 obj\n`);
    for (const part of body) {
      this.file.raw(part);
      // Stream data comes in pieces: never more than a megabyte and one piece is held.
      if (streamed) this.flush();
    }
    this.file.raw('\nendobj\n');
    this.flush();
  }

  /**
   * Keeps a small object (not a stream) for the next object stream: compressed together, a hundred
   * page dictionaries or resource entries take a fraction of their size written one by one.
   */
  private packed(no: number, text: string): void {
    this.small.push([no, text]);
    this.smallBytes += text.length;
    if (this.small.length >= 200 || this.smallBytes >= 1 << 16) this.writeSmall();
  }

  /** Writes the small objects kept so far as one object stream. */
  private writeSmall(): void {
    this.file.pack(this.small);
    this.small = [];
    this.smallBytes = 0;
  }

  /** Copies every page of a PDF file into the output; stream data is copied in pieces, never held whole (`recover`: see ReadOptions). */
  async addFile(path: string, options: ReadOptions = {}): Promise<number[]> {
    return this.add(PdfReader.file(path, options));
  }

  /**
   * Copies every page of a PDF held in memory (the documents made here). With `folio`, each page's
   * last content stream is its own page number (as PdfDrawer writes it), left out so that the
   * page can be numbered in the whole.
   */
  async addBytes(data: Uint8Array, folio = false): Promise<number[]> {
    return this.add(PdfReader.memory(data), folio);
  }

  /**
   * Copies every page of a PDF into the output and returns the new pages' object numbers, in order.
   * Every object the pages need is read first (values and where stream data is, not the data), so a
   * file that turns out to be damaged leaves nothing behind in the output; then they are written
   * with their references renumbered, stream data copied in pieces.
   */
  private async add(src: PdfReader, folio = false): Promise<number[]> {
    try {
      // Reading and writing do not wait for anything: between two files, the rest of the process
      // (the workbench's server, which runs 重新生成全部文件 in its own process) gets a turn.
      await new Promise((resolve) => setImmediate(resolve));
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
      const kept = pages.map((page) => this.keep(src, page.dict, folio));
      for (const page of kept) visit(page.all);
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        const obj = src.get(n);
        if (obj) visit(obj.value, obj.stream !== undefined);
        objects.push({ n, obj });
      }
      const refOf = (n: number) => renumber.get(n)!;
      // A dictionary's entries as written, without its brackets (binary strings kept byte for byte).
      const inner = (v: PdfValue) => serialize(v, refOf).slice(2, -3);
      kept.forEach((page, i) => {
        const no = refOf(pages[i]!.n);
        const contents = page.contents.map((r) => (r.t === 'ref' ? `${refOf(r.n)} 0 R` : '')).join(' ');
        this.held.set(no, {
          no,
          entries: inner(page.dict),
          contents,
          resources: inner(page.resources),
          fonts: inner(page.fonts),
          fontNames: new Set(page.fonts.map.keys()),
          box: page.box,
          rotate: page.rotate,
        });
      });
      for (const { n, obj } of objects) {
        if (!obj) this.packed(refOf(n), 'null');
        else if (!obj.stream) this.packed(refOf(n), serialize(obj.value, refOf));
        else {
          const stream = obj.stream;
          const length = 'data' in stream ? stream.data.length : stream.length;
          this.writeObject(
            refOf(n),
            (function* () {
              yield serialize(obj.value, refOf, length);
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

  /**
   * A page's dictionary split for writing later: the entries other than /Contents and /Resources
   * (to be copied), its content streams (without the page number of a document made here when
   * `folio`), its resources with their fonts spelled out, and its visible box and turn.
   */
  private keep(src: PdfReader, page: PdfValue, folio: boolean) {
    const dict = new Map(page.t === 'dict' ? page.map : []);
    const resolved = (v: PdfValue | undefined) => src.resolve(v);
    const asDict = (v: PdfValue | undefined): Map<string, PdfValue> => {
      const d = resolved(v);
      return new Map(d?.t === 'dict' ? d.map : []);
    };
    const resources = asDict(dict.get('/Resources'));
    const fonts = asDict(resources.get('/Font'));
    resources.delete('/Font');
    const c = dict.get('/Contents');
    const array = resolved(c);
    const list = array?.t === 'arr' ? array.items : c ? [c] : [];
    const contents = folio && list.length > 1 ? list.slice(0, -1) : list;
    const numbers = (v: PdfValue | undefined) => {
      const a = resolved(v);
      return a?.t === 'arr' ? a.items.map((x) => Number((resolved(x) as { raw?: string } | undefined)?.raw)) : [];
    };
    const crop = numbers(dict.get('/CropBox'));
    const media = numbers(dict.get('/MediaBox'));
    const box = [crop, media, [0, 0, 612, 792]].find((b) => b.length === 4 && b.every(Number.isFinite)) as [number, number, number, number];
    const rotate = Number((resolved(dict.get('/Rotate')) as { raw?: string } | undefined)?.raw ?? 0) || 0;
    dict.delete('/Contents');
    dict.delete('/Resources');
    dict.delete('/Parent');
    // Everything the page refers to through the entries kept, its contents and its resources is copied (`all` is visited).
    const all: PdfValue = { t: 'dict', map: new Map([...dict, ['/Contents', { t: 'arr', items: contents }], ['/Resources', { t: 'dict', map: resources }], ['/Font', { t: 'dict', map: fonts }]]) };
    return {
      dict: { t: 'dict', map: dict } as PdfValue,
      contents,
      resources: { t: 'dict', map: resources } as PdfValue,
      fonts: { t: 'dict', map: fonts } as { t: 'dict'; map: Map<string, PdfValue> },
      box,
      rotate,
      all,
    };
  }

  /** Writes a held page with its stamp: the page's own content wrapped in q … Q, then the stamp, set upright in the page as shown. */
  private writePage(page: HeldPage, stamp: Stamp | undefined, wrap: () => number): void {
    let contents = page.contents;
    let fontEntries = page.fonts;
    const view = pageView(page.box, page.rotate);
    const ops = stamp ? stampOps(stamp, this.fonts, stampFrame(view.width, view.height)) : [];
    if (ops.length) {
      // A resource prefix no font of the page's own starts with.
      let prefix = 'Stamp';
      while ([...page.fontNames].some((n) => n.startsWith(`/${prefix}`))) prefix += 'X';
      const content = new PageContent(view.height, (f) => this.embed(f), undefined, prefix);
      for (const op of ops) content.draw(op);
      const body = `q ${view.matrix} cm\n${content.take()}\nQ`;
      const no = this.file.alloc();
      this.file.stream(no, '<< >>', Buffer.from(page.contents ? `Q\n${body}` : body, 'latin1'));
      contents = page.contents ? `${wrap()} 0 R ${page.contents} ${no} 0 R` : `${no} 0 R`;
      fontEntries += ` ${content.fontResources()}`;
    }
    this.packed(
      page.no,
      `<< /Parent ${PdfFile.PAGES} 0 R${page.entries} ${contents ? `/Contents [${contents}] ` : ''}/Resources <<${page.resources}${fontEntries.trim() ? ` /Font <<${fontEntries} >>` : ''} >> >>`,
    );
  }

  private embed(f: LoadedFont): EmbeddedFont {
    let e = this.embedded.get(f);
    if (!e) this.embedded.set(f, (e = new EmbeddedFont(f, this.file, this.cache)));
    return e;
  }

  /**
   * Writes the pages in `order` with their stamps (printed number, attachment label), the page
   * tree, the bookmarks, page labels, document info and cross-reference table (`pageHeight`: for
   * bookmarks with a place on the page).
   */
  async finish(
    order: readonly number[],
    outline: readonly OutlineNode[],
    info: ConcatInfo,
    pageHeight: (index: number) => number = () => 0,
    stamp: (index: number) => Stamp | undefined = () => undefined,
  ): Promise<{ pages: number; bytes: number; sha256: string }> {
    // One shared stream `q` opens every stamped page's own content, so that whatever state it
    // leaves behind is undone before the stamp.
    let q: number | undefined;
    const wrap = () => {
      if (q === undefined) this.file.stream((q = this.file.alloc()), '<< >>', Buffer.from('q', 'latin1'));
      return q;
    };
    for (const [i, no] of order.entries()) {
      const page = this.held.get(no);
      if (!page) continue;
      this.writePage(page, stamp(i), wrap);
      this.held.delete(no);
      this.flush();
    }
    for (const f of this.embedded.values()) f.write(this.file);
    this.writeSmall();
    // Bookmarks open whole pages (/Fit), except those with a place on a page whose height the caller knows.
    this.file.finish(order, outline, { ...info, lang: 'zh-CN' }, pageHeight);
    this.flush(true);
    const fd = this.fd!;
    this.fd = undefined;
    closeSync(fd);
    return { pages: order.length, bytes: this.file.size, sha256: this.file.sha256() };
  }

  /** Abandons the output (after an error); the caller removes the file. */
  destroy(): void {
    const fd = this.fd;
    this.fd = undefined;
    this.pending = [];
    if (fd !== undefined) closeSync(fd);
  }
}
