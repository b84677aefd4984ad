import { plain } from '../model/plain.js';
import type { Block } from '../model/types.js';
import { displayWidth } from '../util/text-width.js';

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
    natural.push(Math.max(...texts.map((t) => Math.max(...t.split('\n').map(displayWidth)))) * unit + 2 * pad);
    const body = texts.slice(1);
    typical.push((body.reduce((a, t) => a + displayWidth(t), 0) / Math.max(1, body.length)) * unit + 2 * pad);
    const header = Math.min(displayWidth(texts[0]!), 8) * unit;
    const longestWord = Math.max(0, ...texts.flatMap((t) => t.match(/[A-Za-z0-9.%\-/]+/g) ?? []).map((w) => displayWidth(w) * unit));
    // Short cells (状态, dates, figures) should not wrap: up to eight characters they set the minimum too.
    const longest = Math.max(...texts.slice(1).map(displayWidth), 0);
    const short = longest <= 16 ? longest * unit : 0;
    min.push(Math.min(Math.max(header, longestWord, short, 2 * unit) + 2 * pad, total / 2));
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
