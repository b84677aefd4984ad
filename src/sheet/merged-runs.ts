import type { CellValue, Sheet } from './types.js';

/** A vertical run of rows that is one cell in a merged column: rows `from`…`to` (0-based data rows). */
export interface MergedRun {
  readonly column: number;
  readonly from: number;
  readonly to: number;
}

const same = (a: CellValue | undefined, b: CellValue | undefined) => (a ?? '') === (b ?? '');

/**
 * For each data row and column, whether the cell continues the cell above it: the column merges,
 * the value is the same, and every merging column to its left continues too, so a 得分 of 2 never
 * joins the 2 of the next 三级项.
 */
export function continuesAbove(sheet: Sheet): boolean[][] {
  return sheet.rows.map((row, r) => {
    let parents = r > 0;
    return sheet.columns.map((c, i) => {
      if (!c.merge) return false;
      parents = parents && same(row[i], sheet.rows[r - 1]![i]);
      return parents;
    });
  });
}

/** The merged runs of two rows or more, column by column. */
export function mergedRuns(sheet: Sheet): MergedRun[] {
  const cont = continuesAbove(sheet);
  const runs: MergedRun[] = [];
  sheet.columns.forEach((c, i) => {
    if (!c.merge) return;
    let from = 0;
    for (let r = 1; r <= sheet.rows.length; r++) {
      if (r < sheet.rows.length && cont[r]![i]) continue;
      if (r - 1 > from) runs.push({ column: i, from, to: r - 1 });
      from = r;
    }
  });
  return runs;
}
