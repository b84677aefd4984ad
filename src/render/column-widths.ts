import { plain } from '../model/plain.js';
import type { Block } from '../model/types.js';
import { PAGE } from './layout.js';

/**
 * How wide a cell's text is, in half ems (the unit columns are measured in), erring on the wide
 * side so that a short cell never wraps in either writer: characters outside ASCII (Chinese,
 * ≥, ℃, ‰) a whole em, the wide Latin signs and capitals (% @ M W m w) a whole em too, other
 * letters and digits half an em.
 */
function cellWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! > 0x7f || WIDE_LATIN.has(ch) ? 2 : 1;
  return w;
}

const WIDE_LATIN = new Set([...'%@MWmw']);

/**
 * Column widths (in the unit of `total`) for a table set at `em` per Chinese character: every
 * column gets at least its header and its longest unbreakable number or word; the rest of the
 * width goes to the columns whose content would otherwise wrap most.
 */
export function columnWidths(table: Extract<Block, { type: 'table' }>, total: number, em: number, pad: number): number[] {
  const unit = em / 2;
  const cols = table.header.length;
  const cells = (i: number) => [plain(table.header[i] ?? []), ...table.rows.map((r) => plain(r[i] ?? []))];
  const natural: number[] = [];
  const typical: number[] = [];
  const min: number[] = [];
  for (let i = 0; i < cols; i++) {
    const texts = cells(i);
    natural.push(Math.max(...texts.map((t) => Math.max(...t.split('\n').map(cellWidth)))) * unit + 2 * pad);
    const body = texts.slice(1);
    typical.push((body.reduce((a, t) => a + cellWidth(t), 0) / Math.max(1, body.length)) * unit + 2 * pad);
    const header = Math.min(cellWidth(texts[0]!), 8) * unit;
    const longestWord = Math.max(0, ...texts.flatMap((t) => t.match(/[A-Za-z0-9.%\-/]+/g) ?? []).map((w) => cellWidth(w) * unit));
    // Short cells (状态, dates, figures) should not wrap: up to eight characters they set the minimum too.
    const longest = Math.max(...texts.slice(1).map(cellWidth), 0);
    const short = longest <= 16 ? longest * unit : 0;
    // A point to spare for the rules on either side.
    min.push(Math.min(Math.max(header, longestWord, short, 2 * unit) + 2 * pad + 1 * (total / PAGE.textWidth), total / 2));
  }
  const sumNatural = natural.reduce((a, b) => a + b, 0);
  if (sumNatural <= total) return natural.map((n) => n + ((total - sumNatural) * n) / sumNatural);
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMin >= total) return min.map((m) => (m * total) / sumMin);
  // The spare width goes where the typical (average) cell is long, not where one cell is very long.
  const want = typical.map((n, i) => Math.max(0, Math.min(n, total) - min[i]!));
  const sumWant = want.reduce((a, b) => a + b, 0);
  if (sumWant === 0) return min.map((m) => (m * total) / sumMin);
  return min.map((m, i) => m + ((total - sumMin) * want[i]!) / sumWant);
}
