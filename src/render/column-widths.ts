import { plain } from '../model/from-markdown.js';
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
  const min: number[] = [];
  for (let i = 0; i < cols; i++) {
    const texts = cells(i);
    natural.push(Math.max(...texts.map((t) => Math.max(...t.split('\n').map(displayWidth)))) * unit + 2 * pad);
    const header = Math.min(displayWidth(texts[0]!), 8) * unit;
    const longestWord = Math.max(0, ...texts.flatMap((t) => t.match(/[A-Za-z0-9.%\-/]+/g) ?? []).map((w) => displayWidth(w) * unit));
    min.push(Math.min(Math.max(header, longestWord, 2 * unit) + 2 * pad, total / 2));
  }
  const sumNatural = natural.reduce((a, b) => a + b, 0);
  if (sumNatural <= total) return natural.map((n) => n + ((total - sumNatural) * n) / sumNatural);
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMin >= total) return min.map((m) => (m * total) / sumMin);
  // Very long columns would take everything; past half the width they wrap anyway.
  const want = natural.map((n, i) => Math.max(0, Math.min(n, total * 0.45) - min[i]!));
  const sumWant = want.reduce((a, b) => a + b, 0) || 1;
  return min.map((m, i) => m + ((total - sumMin) * want[i]!) / sumWant);
}
