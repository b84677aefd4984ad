import PDFDocument from 'pdfkit';
import type { DocMeta } from '../../model/types.js';
import { collectGarbage } from '../../util/collect-garbage.js';
import type { FontSet, LoadedFont } from '../fonts/find-fonts.js';
import { CHAR_PITCH, PAGE, PAGE_NUMBER_GAP, SIZE } from '../layout.js';
import { breakLines, toBoxes } from './line-break.js';
import type { Op, PageFrame, PageOut } from './ops.js';
import { openPng } from './png-image.js';

/** Draws laid-out pages with pdfkit: fonts embedded as subsets, bookmarks, page numbers, fixed dates. */
export async function drawPdf(pages: readonly PageOut[], meta: DocMeta, fonts: FontSet, date: Date, numbered = true): Promise<Uint8Array> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [PAGE.width, PAGE.height],
    margin: 0,
    lang: meta.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'dossier', Producer: 'dossier (pdfkit)', CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const registered = new Map<string, LoadedFont>();
  const use = (f: LoadedFont) => {
    if (!registered.has(f.id)) {
      // pdfkit takes the already parsed font (anything with layout()), so no document parses a font again.
      doc.registerFont(f.id, f.font as unknown as Buffer);
      registered.set(f.id, f);
    }
    doc.font(f.id);
  };
  let images = 0;
  const image = (data: Uint8Array) => openPng(data, `P${++images}`) ?? Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const stack: PDFKit.PDFOutline[] = [doc.outline];
  pages.forEach((page, index) => {
    // Drawing allocates much and keeps little: collecting now and then keeps the heap from growing with the page count.
    if (index > 0 && index % GC_PAGES === 0) collectGarbage();
    const frame = page.frame ?? PORTRAIT;
    doc.addPage({ size: [frame.width, frame.height], margin: 0 });
    for (const op of page.ops) drawOp(doc, op, use, image);
    if (numbered) pageNumber(doc, index + 1, fonts, use, frame);
    for (const entry of page.outline) {
      stack.length = Math.min(stack.length, entry.level + 1);
      const parent = stack[stack.length - 1]!;
      // pdfkit places the view at (width − left, height − top): left = width puts it at the page's left edge.
      stack.push(parent.addItem(entry.title, { top: entry.y, left: frame.width } as never));
    }
  });
  // Page labels: plain decimal numbers, matching the printed page numbers.
  const labels = doc.ref({ Nums: [0, { S: 'D' }] });
  labels.end(undefined);
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data['PageLabels'] = labels;
  const used = [...registered.values()].map((f) => f.font);
  const restore = used.map(forgetfulGlyphs);
  try {
    doc.end();
    return await done;
  } finally {
    restore.forEach((undo) => undo());
    // The outlines parsed for the subsets would otherwise stay with the fonts, document after document.
    used.forEach(releaseGlyphs);
  }
}

/** Pages drawn (or laid out) between two garbage collections. */
export const GC_PAGES = 16;

/** Glyph outlines parsed for a subset between two garbage collections. */
const GLYPHS_PER_GC = 384;

/** Drops fontkit's per-font glyph cache (glyph objects with their parsed outlines). */
function releaseGlyphs(font: unknown): void {
  (font as { _glyphs: Record<number, unknown> })._glyphs = {};
}

/**
 * Embedding a subset parses the outline of every glyph used (to find the subroutines it needs) and
 * fontkit keeps each parsed glyph: thousands of CJK outlines at once. While the subsets are written,
 * the font's glyph cache is emptied and the garbage collected every few hundred glyphs, so only a
 * few outlines are alive at a time. Returns the function that puts the font back as it was.
 */
function forgetfulGlyphs(font: unknown): () => void {
  const f = font as { getGlyph(id: number, cps?: number[]): unknown };
  const own = Object.getPrototypeOf(f).getGlyph as (id: number, cps?: number[]) => unknown;
  let calls = 0;
  f.getGlyph = (id: number, cps?: number[]) => {
    if (++calls % GLYPHS_PER_GC === 0) {
      releaseGlyphs(f);
      collectGarbage();
    }
    return own.call(f, id, cps);
  };
  return () => void delete (f as { getGlyph?: unknown }).getGlyph;
}

function drawOp(doc: PDFKit.PDFDocument, op: Op, use: (f: LoadedFont) => void, image: (data: Uint8Array) => unknown): void {
  switch (op.type) {
    case 'text':
      use(op.font);
      doc.fillColor(op.color ?? '#000000').fontSize(op.size);
      if (op.bold) doc.lineWidth(op.size * 0.035).strokeColor(op.color ?? '#000000');
      doc.text(op.text, op.x, op.y, { lineBreak: false, baseline: 'alphabetic', characterSpacing: op.spacing, ...(op.bold ? { fill: true, stroke: true } : {}) } as PDFKit.Mixins.TextOptions);
      return;
    case 'line':
      doc.save().lineWidth(op.width).strokeColor(op.color ?? '#000000').moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).stroke().restore();
      return;
    case 'rect':
      doc.save().rect(op.x, op.y, op.w, op.h).fill(op.fill).restore();
      return;
    case 'image':
      doc.image(image(op.data) as Buffer, op.x, op.y, { width: op.w, height: op.h });
      return;
  }
}

/** The GB/T 9704 portrait page: number 7 mm under the text block. */
const PORTRAIT: PageFrame = { width: PAGE.width, height: PAGE.height, left: PAGE.left, textWidth: PAGE.textWidth, numberY: PAGE.top + PAGE.textHeight + PAGE_NUMBER_GAP + SIZE.si * 0.8 };

/** `— 7 —` in 4号 宋体 under the text block: odd pages at the right, even pages at the left, one character in. */
function pageNumber(doc: PDFKit.PDFDocument, n: number, fonts: FontSet, use: (f: LoadedFont) => void, frame: PageFrame): void {
  const size = SIZE.si;
  const text = `— ${n} —`;
  const [line] = breakLines(toBoxes([{ text, role: 'song', bold: false }], fonts, size, size), 10_000, 10_000, false);
  const width = line?.width ?? 0;
  const y = frame.numberY;
  const x = n % 2 === 1 ? frame.left + frame.textWidth - CHAR_PITCH - width : frame.left + CHAR_PITCH;
  for (const b of line?.boxes ?? []) {
    if (b.kind === 'space') continue;
    use(b.font);
    doc.fillColor('#000000').fontSize(size).text(b.text, x + b.x, y, { lineBreak: false, baseline: 'alphabetic' } as PDFKit.Mixins.TextOptions);
  }
}
