import type { DocMeta } from '../../model/types.js';
import type { ContentCache } from '../../util/content-cache.js';
import { fontFor, type FontSet, type LoadedFont } from '../fonts/find-fonts.js';
import { CHAR_PITCH, PAGE, PAGE_NUMBER_GAP, SIZE } from '../layout.js';
import { EmbeddedFont } from './embedded-font.js';
import { breakLines, toBoxes } from './line-break.js';
import type { Op, PageFrame, PageOut } from './ops.js';
import { num, PdfFile, type OutlineNode } from './pdf-file.js';
import { PdfImages } from './pdf-images.js';
import { lineOps } from './line-ops.js';

/** The GB/T 9704 portrait page: number 7 mm under the text block. */
const PORTRAIT: PageFrame = { width: PAGE.width, height: PAGE.height, left: PAGE.left, textWidth: PAGE.textWidth, numberY: PAGE.top + PAGE.textHeight + PAGE_NUMBER_GAP };

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
  ) {
    this.images = new PdfImages(this.file);
  }

  /** Draws one laid-out page, the `index`th of the document, and writes it out; its bookmarks are kept. */
  page(page: PageOut, index: number = this.pages.length): void {
    const frame = page.frame ?? PORTRAIT;
    const content: string[] = [];
    const fonts = new Map<EmbeddedFont, string>();
    const xobjects = new Map<number, string>();
    const state = { font: '', size: 0, spacing: 0, color: '#000000', mode: 0, width: -1, stroke: '' };
    const text = (op: Extract<Op, { type: 'text' }>) => {
      const f = this.font(op.font);
      let name = fonts.get(f);
      if (!name) fonts.set(f, (name = `F${fonts.size + 1}`));
      const parts: string[] = ['BT'];
      if (state.font !== name || state.size !== op.size) parts.push(`/${name} ${num(op.size)} Tf`);
      if (state.spacing !== op.spacing) parts.push(`${num(op.spacing)} Tc`);
      const color = op.color ?? '#000000';
      if (state.color !== color) parts.push(`${rgb(color)} rg`);
      const mode = op.bold ? 2 : 0;
      if (op.bold) {
        const w = op.size * 0.035;
        if (state.width !== w) parts.push(`${num(w)} w`);
        if (state.stroke !== color) parts.push(`${rgb(color)} RG`);
        state.width = w;
        state.stroke = color;
      }
      if (state.mode !== mode) parts.push(`${mode} Tr`);
      parts.push(`${num(op.scale ?? 1)} 0 0 1 ${num(op.x)} ${num(frame.height - op.y)} Tm`, op.adjust?.length ? `${tj(f, op.text, op.adjust)} TJ` : `${f.encode(op.text)} Tj`, 'ET');
      Object.assign(state, { font: name, size: op.size, spacing: op.spacing, color, mode });
      content.push(parts.join('\n'));
    };
    const draw = (op: Op) => {
      switch (op.type) {
        case 'text':
          return text(op);
        case 'line':
          content.push(`q ${num(op.width)} w ${rgb(op.color ?? '#000000')} RG ${num(op.x1)} ${num(frame.height - op.y1)} m ${num(op.x2)} ${num(frame.height - op.y2)} l S Q`);
          return;
        case 'rect':
          content.push(`q ${rgb(op.fill)} rg ${num(op.x)} ${num(frame.height - op.y - op.h)} ${num(op.w)} ${num(op.h)} re f Q`);
          return;
        case 'image': {
          const no = this.images.use(op.src, op.info, () => this.readImage(op.src));
          if (no === undefined) {
            this.note(`图片 ${op.src} 的内容已损坏，无法读取，未输出`);
            return;
          }
          let name = xobjects.get(no);
          if (!name) xobjects.set(no, (name = `Im${no}`));
          content.push(`q ${placement(op.info.orientation, op.x, frame.height - op.y - op.h, op.w, op.h)} cm /${name} Do Q`);
          return;
        }
      }
    };
    for (const op of page.ops) draw(op);
    if (this.numbered) for (const op of pageNumberOps(index + 1, this.fontSet, frame)) draw(op);

    const contents = this.file.alloc();
    this.file.stream(contents, '<< >>', Buffer.from(content.join('\n'), 'latin1'));
    const no = this.file.alloc();
    const fontRes = [...fonts].map(([f, n]) => `/${n} ${f.ref} 0 R`).join(' ');
    const xobjRes = [...xobjects].map(([o, n]) => `/${n} ${o} 0 R`).join(' ');
    this.file.object(
      no,
      `<< /Type /Page /Parent ${PdfFile.PAGES} 0 R /MediaBox [0 0 ${num(frame.width)} ${num(frame.height)}] /Contents ${contents} 0 R /Resources << /ProcSet [/PDF /Text /ImageB /ImageC /ImageI]${fontRes ? ` /Font << ${fontRes} >>` : ''}${xobjRes ? ` /XObject << ${xobjRes} >>` : ''} >> >>`,
    );
    this.pages[index] = no;
    this.heights[index] = frame.height;
    for (const entry of page.outline) this.marks.push({ page: index, level: entry.level, title: entry.title, top: entry.y });
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

/** A TJ array: the text in pieces with the moves between them (one text object, so that extraction reads it as one run). */
function tj(font: EmbeddedFont, text: string, adjust: readonly (readonly [number, number])[]): string {
  const chars = [...text];
  const parts: string[] = [];
  let from = 0;
  for (const [at, amount] of adjust) {
    parts.push(font.encode(chars.slice(from, at + 1).join('')), num(amount));
    from = at + 1;
  }
  if (from < chars.length) parts.push(font.encode(chars.slice(from).join('')));
  return `[${parts.join(' ')}]`;
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

/** `#c00000` → `0.753 0 0`. */
function rgb(hex: string): string {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => num(c / 255)).join(' ');
}

/** The image matrix that shows a picture upright in the box (x, y, w, h) for its EXIF orientation. */
function placement(orientation: number, x: number, y: number, w: number, h: number): string {
  const m: Record<number, number[]> = {
    1: [w, 0, 0, h, x, y],
    2: [-w, 0, 0, h, x + w, y],
    3: [-w, 0, 0, -h, x + w, y + h],
    4: [w, 0, 0, -h, x, y + h],
    5: [0, -h, -w, 0, x + w, y + h],
    6: [0, -h, w, 0, x, y + h],
    7: [0, h, w, 0, x, y],
    8: [0, h, -w, 0, x + w, y],
  };
  return (m[orientation] ?? m[1]!).map(num).join(' ');
}

/**
 * `— 7 —` in 4号 宋体 under the text block, the dashes' upper edge at `frame.numberY` (GB/T
 * 9704-2012, 7.5: 一字线上距版心下边缘7mm): odd pages at the right, even pages at the left, one
 * character in.
 */
function pageNumberOps(n: number, fonts: FontSet, frame: PageFrame): Op[] {
  const size = SIZE.si;
  const [line] = breakLines(toBoxes([{ text: `— ${n} —`, role: 'song', bold: false }], fonts, size, size), 10_000, 10_000, false);
  if (!line) return [];
  const x = n % 2 === 1 ? frame.left + frame.textWidth - CHAR_PITCH - line.width : frame.left + CHAR_PITCH;
  return lineOps(line, x, frame.numberY + dashTop(fonts, size), size, size);
}

/** How far above the baseline the upper edge of the dash (—) of the page-number font is. */
function dashTop(fonts: FontSet, size: number): number {
  const font = fontFor(fonts, 'song', 0x2014);
  if (!font) return size * 0.4;
  const glyph = font.font.glyphForCodePoint(0x2014);
  return (glyph.bbox.maxY / font.font.unitsPerEm) * size;
}
