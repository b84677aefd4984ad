import type { FontSet } from '../render/fonts/find-fonts.js';
import { MM, PAGE, SIZE } from '../render/layout.js';
import { breakLines, toBoxes } from '../render/pdf/line-break.js';
import { lineOps } from '../render/pdf/line-ops.js';
import type { Op, PageFrame } from '../render/pdf/ops.js';
import { pageNumberOps } from '../render/pdf/page-number.js';
import { LANDSCAPE, LANDSCAPE_TOP, PORTRAIT } from '../render/pdf/page-frames.js';
import { num } from '../render/pdf/pdf-file.js';

/** What is printed on a page of a bound document: its number in the whole, and the label of the attachment it begins. */
export interface Stamp {
  readonly number?: number;
  /** `附件1`: on the first page of an attachment (GB/T 9704-2012, 8.1: 3号黑体, at the top left). */
  readonly label?: string;
}

/**
 * Where the number and label go on a page as it is shown: portrait pages as the GB/T 9704 page,
 * landscape pages as the score sheets, their margins measured from the page's edges; a page
 * smaller than A4 has them shrunk in proportion. The label goes in the top margin, above the
 * text block (6 mm on portrait pages, 4 mm on landscape ones, whose margin is narrow).
 */
export function stampFrame(width: number, height: number): PageFrame & { readonly labelY: number } {
  const base = width > height ? LANDSCAPE : PORTRAIT;
  const k = Math.min(1, width / base.width, height / base.height);
  const top = width > height ? LANDSCAPE_TOP - 4 * MM : PAGE.top - 6 * MM;
  return { width, height, left: base.left * k, textWidth: width - (base.width - base.textWidth) * k, numberY: height - (base.height - base.numberY) * k, labelY: top * k };
}

/** The drawing operations of a stamp on a page of the given frame. */
export function stampOps(stamp: Stamp, fonts: FontSet, frame: ReturnType<typeof stampFrame>): Op[] {
  const ops: Op[] = [];
  if (stamp.number !== undefined) ops.push(...pageNumberOps(stamp.number, fonts, frame));
  if (stamp.label) {
    const size = SIZE.san;
    const [line] = breakLines(toBoxes([{ text: stamp.label, role: 'hei', bold: false }], fonts, size, size), 10_000, 10_000, false);
    if (line) ops.push(...lineOps(line, frame.left, frame.labelY, size, size));
  }
  return ops;
}

/**
 * A page's visible area as a viewer shows it, and the matrix (for `cm`) that maps that upright view
 * (origin at its lower left) into the page's own space: the crop box (or media box) turned by
 * /Rotate, which turns the page clockwise when shown (ISO 32000-1, 7.7.3.3).
 */
export function pageView(box: readonly [number, number, number, number], rotate: number): { width: number; height: number; matrix: string } {
  const x0 = Math.min(box[0], box[2]);
  const x1 = Math.max(box[0], box[2]);
  const y0 = Math.min(box[1], box[3]);
  const y1 = Math.max(box[1], box[3]);
  const w = x1 - x0;
  const h = y1 - y0;
  const r = (((Math.round(rotate / 90) * 90) % 360) + 360) % 360;
  const m = r === 90 ? [0, 1, -1, 0, x1, y0] : r === 180 ? [-1, 0, 0, -1, x1, y1] : r === 270 ? [0, -1, 1, 0, x0, y1] : [1, 0, 0, 1, x0, y0];
  return { width: r % 180 ? h : w, height: r % 180 ? w : h, matrix: m.map(num).join(' ') };
}
