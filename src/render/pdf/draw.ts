import { hash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { DocMeta } from '../../model/types.js';
import type { ContentCache } from '../../util/content-cache.js';
import type { FontSet, LoadedFont } from '../fonts/find-fonts.js';
import { EmbeddedFont } from './embedded-font.js';
import type { PageFrame, PageOut } from './ops.js';
import type { MemoStore } from './typeset.js';
import { decodeKeptPage, encodeKeptPage, charsByFont, pageKey } from './page-cache.js';
import { PageContent } from './page-content.js';
import { pageNumberOps } from './page-number.js';
import { num, PdfFile, type OutlineNode } from './pdf-file.js';
import { PdfImages } from './pdf-images.js';
import { PORTRAIT } from './page-frames.js';

/** Where the pages of a document are drawn: fonts and pictures embedded once, pages written as they come. */
export class PdfDrawer {
  readonly file = new PdfFile();
  private readonly fonts = new Map<LoadedFont, EmbeddedFont>();
  private readonly images: PdfImages;
  /** Page object numbers and heights by page index (pages may come out of order). */
  private readonly pages: number[] = [];
  private readonly heights: number[] = [];
  private readonly marks: { page: number; level: number; title: string; top: number }[] = [];

  constructor(
    private readonly fontSet: FontSet,
    private readonly readImage: (src: string) => Uint8Array | undefined,
    private readonly numbered: boolean,
    private readonly note: (message: string) => void = () => {},
    private readonly cache?: ContentCache,
    /** Where drawn pages are kept (default: the content cache). */
    private readonly kept: MemoStore | undefined = cache,
  ) {
    this.images = new PdfImages(this.file);
  }

  /**
   * Draws one laid-out page, the `index`th of the document, and writes it out; its bookmarks are
   * kept. The page number is a content stream of its own, after the page's text, so that a page
   * bound into another document can be given that document's number instead.
   */
  page(page: PageOut, index: number = this.pages.length): void {
    const frame = page.frame ?? PORTRAIT;
    const content = new PageContent(
      frame.height,
      (f) => this.font(f),
      (op) => {
        const no = this.images.use(op.src, op.info, () => this.readImage(op.src));
        if (no === undefined) this.note(`图片 ${op.src} 的内容已损坏，无法读取，未输出`);
        return no;
      },
    );
    const body = this.body(page, frame, content);
    const refs = [this.file.alloc()];
    let number: string | undefined;
    if (this.numbered) {
      for (const op of pageNumberOps(index + 1, this.fontSet, frame)) content.draw(op);
      number = content.take();
      refs.push(this.file.alloc());
    }
    this.file.deflated(refs[0]!, '<< >>', body);
    // The page number is a few operators: compressing them would make them no smaller.
    if (number !== undefined) this.file.stream(refs[1]!, '<< >>', Buffer.from(number, 'latin1'), true);
    const no = this.file.alloc();
    const fontRes = content.fontResources();
    const xobjRes = [...content.xobjects].map(([o, n]) => `/${n} ${o} 0 R`).join(' ');
    this.file.object(
      no,
      `<< /Type /Page /Parent ${PdfFile.PAGES} 0 R /MediaBox [0 0 ${num(frame.width)} ${num(frame.height)}] /Contents ${refs.length === 1 ? `${refs[0]} 0 R` : `[${refs.map((r) => `${r} 0 R`).join(' ')}]`} /Resources << /ProcSet [/PDF /Text /ImageB /ImageC /ImageI]${fontRes ? ` /Font << ${fontRes} >>` : ''}${xobjRes ? ` /XObject << ${xobjRes} >>` : ''} >> >>`,
    );
    this.pages[index] = no;
    this.heights[index] = frame.height;
    for (const entry of page.outline) this.marks.push({ page: index, level: entry.level, title: entry.title, top: entry.y });
  }

  /**
   * The page's own content stream, compressed: taken from where pages are kept when the same
   * operations were drawn before with the same font files and pictures (its fonts and pictures
   * still embedded, its characters still given to the fonts, so that they are in the subsets),
   * else drawn and kept.
   */
  private body(page: PageOut, frame: PageFrame, content: PageContent): Uint8Array {
    const keyed = this.kept ? pageKey(page.ops, frame.height, page.signature) : undefined;
    const key = keyed && `pdf-page ${hash('sha256', keyed.key, 'base64')}`;
    const stored = key && this.kept!.get(key);
    const kept = stored ? decodeKeptPage(stored, keyed!.fonts.length) : undefined;
    if (keyed && kept) {
      // Fonts and pictures embedded in the order drawing the page would embed them: their object numbers follow it.
      for (const op of page.ops) {
        if (op.type === 'image') content.usePicture(op);
        else if (op.type === 'text') this.font(op.font);
        else if (op.type === 'kept') for (const f of op.fonts) this.font(f);
      }
      const fonts = keyed.fonts.map((f, i) => {
        const e = this.font(f);
        e.use(kept.chars[i]!);
        return e;
      });
      content.useFonts(fonts);
      content.take();
      return kept.body;
    }
    for (const op of page.ops) content.draw(op);
    const body = deflateSync(Buffer.from(content.take(), 'latin1'));
    // Kept only when each picture drawn is the one the page's key names (a file changed between typesetting and drawing is not).
    if (keyed && key && page.ops.every((op) => op.type !== 'image' || this.images.idOf(op.src) === op.id)) this.kept!.put(key, encodeKeptPage({ chars: charsByFont(page.ops, keyed.fonts), body }));
    return body;
  }

  /** Embeds the fonts, writes the page tree, bookmarks and trailer; returns the whole file. */
  finish(meta: DocMeta, date: Date): Uint8Array {
    for (const f of this.fonts.values()) f.write(this.file);
    this.file.finish(this.pages, outlineTree(this.marks), { title: meta.title, author: meta.author, subject: meta.subject, date, lang: meta.lang }, (i) => this.heights[i]!);
    return Buffer.concat(this.file.take());
  }

  /** The bookmarks of the pages drawn, nested by level (page indexes from 0). */
  outline(): OutlineNode[] {
    return outlineTree(this.marks);
  }

  /** Pages drawn so far. */
  get count(): number {
    return this.pages.length;
  }

  private font(f: LoadedFont): EmbeddedFont {
    let e = this.fonts.get(f);
    if (!e) this.fonts.set(f, (e = new EmbeddedFont(f, this.file, this.cache)));
    return e;
  }
}

/** Draws laid-out pages into a PDF: fonts embedded as subsets, bookmarks, page numbers, fixed dates. */
export async function drawPdf(
  pages: readonly PageOut[],
  meta: DocMeta,
  fonts: FontSet,
  date: Date,
  numbered = true,
  readImage: (src: string) => Uint8Array | undefined = () => undefined,
  note?: (message: string) => void,
  cache?: ContentCache,
): Promise<Uint8Array> {
  const drawer = new PdfDrawer(fonts, readImage, numbered, note, cache);
  for (const page of pages) drawer.page(page);
  return drawer.finish(meta, date);
}

/** Bookmarks in page order, nested by level (a level-1 mark under the level-0 mark before it). */
function outlineTree(marks: readonly { page: number; level: number; title: string; top: number }[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: { level: number; children: OutlineNode[] }[] = [];
  const ordered = marks.map((m, i) => ({ m, i })).sort((a, b) => a.m.page - b.m.page || a.i - b.i);
  for (const { m } of ordered) {
    while (stack.length && stack.at(-1)!.level >= m.level) stack.pop();
    const node = { title: m.title, page: m.page, top: m.top, children: [] as OutlineNode[] };
    (stack.length ? stack.at(-1)!.children : roots).push(node);
    stack.push({ level: m.level, children: node.children });
  }
  return roots;
}
