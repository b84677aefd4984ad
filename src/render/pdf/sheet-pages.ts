import type { FontSet } from '../fonts/find-fonts.js';
import type { FontRole } from '../fonts/roles.js';
import { MM, SIZE } from '../layout.js';
import { continuesAbove } from '../../sheet/merged-runs.js';
import type { CellValue, Sheet } from '../../sheet/types.js';
import { breakLines, toBoxes, type Line, type MissingSink } from './line-break.js';
import type { Op, PageOut } from './ops.js';
import { lineOps } from './line-ops.js';
import { LANDSCAPE, LANDSCAPE_TOP } from './page-frames.js';

const TOP = LANDSCAPE_TOP;
const BOTTOM = 210 * MM - 17 * MM;
const LEFT = LANDSCAPE.left;
const W = LANDSCAPE.textWidth;
/** 六号 for the cells, 三号 小标宋 for the title, 小四 仿宋 for the line under the table. */
const CELL = 7.5;
const LINE_H = CELL * 1.4;
const PAD_X = 1.2 * MM;
const PAD_Y = 1 * MM;
const RULE = 0.5;

/** A cell of a block: the rows it covers (in block coordinates), its lines and whether its top is ruled. */
interface BlockCell {
  readonly x: number;
  readonly w: number;
  readonly y0: number;
  readonly y1: number;
  readonly lines: readonly Line[];
  readonly align: 'left' | 'center';
  /** False under the same 一级项 as the row above on the page: no text, no rule between them. */
  readonly ruledTop: boolean;
}

/** Rows that stay together because merged cells join them (the clauses of one 三级项). */
interface Block {
  readonly height: number;
  readonly cells: readonly BlockCell[];
}

/**
 * Lays sheets out as ruled tables on A4 landscape pages: title on the first page, the header row
 * repeated on every page, merged columns drawn as one cell (and not repeated under the same 一级项
 * on a page), rows kept together unless taller than half a page, then split between lines, never
 * through one; the footer line (填报单位（盖章）…) under the last row.
 */
export function sheetPages(sheets: readonly Sheet[], fonts: FontSet, missing?: MissingSink): PageOut[] {
  const pages: PageOut[] = [];
  const set = (text: string, role: FontRole, size: number, width: number, bold = false): Line[] => breakLines(toBoxes([{ text, role, bold }], fonts, size, size, missing), width, width, false);
  for (const sheet of sheets) {
    const widths = sheetColumnWidths(sheet, W);
    const xs = widths.map((_, i) => LEFT + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const inner = (i: number) => Math.max(CELL, widths[i]! - 2 * PAD_X);
    const header = sheet.columns.map((c, i) => set(c.header, 'hei', CELL, inner(i)));
    const headerH = Math.max(1, ...header.map((l) => l.length)) * LINE_H + 2 * PAD_Y;
    const cont = continuesAbove(sheet);
    // The leading merged columns (一级项, 二级项, 三级项, 评价内容) tie rows into blocks; the last of them decides.
    let tie = -1;
    while (sheet.columns[tie + 1]?.merge) tie++;

    let page!: PageOut;
    let y = 0;
    let rowsOnPage = 0;
    const drawHeader = () => {
      header.forEach((lines, i) => drawCell(page.ops, { x: xs[i]!, w: widths[i]!, y0: 0, y1: headerH, lines, align: 'center', ruledTop: true }, y, 0, headerH));
      y += headerH;
      rowsOnPage = 0;
    };
    const newPage = (withHeader: boolean) => {
      if (page) closeTable();
      page = { ops: [], outline: [], frame: LANDSCAPE };
      pages.push(page);
      y = TOP;
      if (withHeader) drawHeader();
    };
    const closeTable = () => page.ops.push({ type: 'line', x1: LEFT, y1: y, x2: LEFT + W, y2: y, width: RULE });

    page = { ops: [], outline: [], frame: LANDSCAPE };
    pages.push(page);
    y = TOP;
    if (sheet.title) {
      page.outline.push({ level: 0, title: sheet.title, y: TOP });
      for (const line of set(sheet.title, 'title', SIZE.san, W)) {
        page.ops.push(...lineOps(line, LEFT + (W - line.width) / 2, y + SIZE.san, SIZE.san, SIZE.san));
        y += SIZE.san * 1.5;
      }
      y += 2 * MM;
    }
    drawHeader();

    const block = (from: number, to: number, first: boolean): Block => {
      const rowH = new Array<number>(to - from + 1).fill(0);
      const runs: { col: number; from: number; to: number; lines: Line[]; ruledTop: boolean }[] = [];
      sheet.columns.forEach((c, i) => {
        for (let r = from; r <= to; r++) {
          if (r > from && cont[r]![i]) continue;
          let end = r;
          while (end < to && cont[end + 1]![i]) end++;
          // Under the same 一级项 or 二级项 as the row above on this page, the cell carries on without its text.
          const carried = r === from && !first && i <= tie && cont[r]![i];
          runs.push({ col: i, from: r - from, to: end - from, lines: set(text(sheet.rows[r]![i] ?? null), 'fangsong', CELL, inner(i)), ruledTop: !carried });
        }
      });
      const need = (run: (typeof runs)[number]) => (run.ruledTop ? Math.max(1, run.lines.length) : 1) * LINE_H + 2 * PAD_Y;
      for (const run of runs) if (run.from === run.to) rowH[run.from] = Math.max(rowH[run.from]!, need(run));
      for (const run of runs) {
        if (run.from === run.to) continue;
        const have = rowH.slice(run.from, run.to + 1).reduce((a, b) => a + b, 0);
        if (need(run) > have) rowH[run.to]! += need(run) - have;
      }
      const top = (k: number) => rowH.slice(0, k).reduce((a, b) => a + b, 0);
      const cells = runs.map((run) => ({
        x: xs[run.col]!,
        w: widths[run.col]!,
        y0: top(run.from),
        y1: top(run.to + 1),
        lines: run.lines,
        align: typeof sheet.rows[from + run.from]![run.col] === 'number' ? ('center' as const) : ('left' as const),
        ruledTop: run.ruledTop,
      }));
      return { height: top(rowH.length), cells };
    };

    for (let r = 0; r < sheet.rows.length;) {
      let end = r;
      while (tie >= 0 && end + 1 < sheet.rows.length && cont[end + 1]![tie]) end++;
      let b = block(r, end, rowsOnPage === 0);
      const fresh = BOTTOM - TOP - headerH;
      if (y + b.height > BOTTOM && (b.height <= fresh / 2 || BOTTOM - y < 4 * LINE_H)) {
        newPage(true);
        b = block(r, end, true);
      }
      // Drawn in slices cut between lines, page after page, until the whole block is down.
      for (let s = 0; s < b.height - 0.01;) {
        let cut = Math.min(b.height, s + BOTTOM - y);
        if (cut < b.height) {
          for (const c of b.cells) {
            c.lines.forEach((_, k) => {
              const lt = c.y0 + PAD_Y + k * LINE_H;
              if (lt < cut && lt + LINE_H > cut) cut = Math.min(cut, lt);
            });
          }
          if (cut <= s + 0.01) cut = Math.min(b.height, s + BOTTOM - y);
        }
        for (const c of b.cells) drawCell(page.ops, c, y - s, s, cut);
        y += cut - s;
        s = cut;
        rowsOnPage++;
        if (s < b.height - 0.01) newPage(true);
      }
      r = end + 1;
    }
    closeTable();
    if (sheet.footer) {
      const lines = set(sheet.footer, 'fangsong', SIZE.xiaosi, W);
      if (y + 2 * MM + lines.length * SIZE.xiaosi * 1.6 > BOTTOM) newPage(false);
      y += 2 * MM;
      for (const line of lines) {
        page.ops.push(...lineOps(line, LEFT, y + SIZE.xiaosi * 1.2, SIZE.xiaosi, SIZE.xiaosi));
        y += SIZE.xiaosi * 1.6;
      }
    }
  }
  return pages;
}

/** Draws the part of a cell between `from` and `to` (block coordinates) with the block's top at `origin`. */
function drawCell(ops: Op[], c: BlockCell, origin: number, from: number, to: number): void {
  const y0 = Math.max(c.y0, from);
  const y1 = Math.min(c.y1, to);
  if (y1 <= y0) return;
  ops.push({ type: 'line', x1: c.x, y1: origin + y0, x2: c.x, y2: origin + y1, width: RULE });
  ops.push({ type: 'line', x1: c.x + c.w, y1: origin + y0, x2: c.x + c.w, y2: origin + y1, width: RULE });
  if ((c.ruledTop && c.y0 >= from) || c.y0 < from) ops.push({ type: 'line', x1: c.x, y1: origin + y0, x2: c.x + c.w, y2: origin + y0, width: RULE });
  const place = (line: Line, top: number) => ops.push(...lineOps(line, c.align === 'center' ? c.x + (c.w - line.width) / 2 : c.x + PAD_X, origin + top + CELL * 1.05, CELL, CELL));
  const lastTop = c.y0 + PAD_Y + (c.lines.length - 1) * LINE_H;
  if (c.y0 < from && (lastTop < from || !c.ruledTop)) {
    // A cell carried over from the page before, its text all there: repeated at the top, as far as it fits.
    c.lines.forEach((line, k) => from + PAD_Y + (k + 1) * LINE_H <= y1 + 0.01 && place(line, from + PAD_Y + k * LINE_H));
    return;
  }
  if (!c.ruledTop) return;
  c.lines.forEach((line, k) => {
    const top = c.y0 + PAD_Y + k * LINE_H;
    if (top >= from - 0.01 && top + LINE_H <= to + 0.01) place(line, top);
  });
}

/** A cell as printed: figures without float noise (0.6000000000000001 → 0.6), nothing for empty. */
function text(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '';
  return v;
}

/**
 * Column widths for the printed sheet: in proportion to the sheet's own widths, but never narrower
 * than two characters of its header (扣分, 得分 stay on one line).
 */
export function sheetColumnWidths(sheet: Sheet, total: number): number[] {
  const min = sheet.columns.map((c) => Math.min(Math.max(2, [...c.header].length), 4) * CELL + 2 * PAD_X);
  const fixed = new Set<number>();
  for (;;) {
    const free = sheet.columns.reduce((a, c, i) => (fixed.has(i) ? a : a + c.width), 0);
    const left = total - [...fixed].reduce((a, i) => a + min[i]!, 0);
    const k = free > 0 ? left / free : 0;
    const under = sheet.columns.findIndex((c, i) => !fixed.has(i) && c.width * k < min[i]!);
    if (under < 0 || fixed.size === sheet.columns.length) return sheet.columns.map((c, i) => (fixed.has(i) ? min[i]! : c.width * k));
    fixed.add(under);
  }
}
