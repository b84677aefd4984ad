/** One line of a tab-separated table in the plan, with its cells and 1-based line number. */
export interface TableRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A tab-separated table: its header cells and the rows under it (repeated headers removed). */
export interface PlanTable {
  readonly headerLine: number;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

/**
 * Finds the tab-separated tables of a plan. A table starts at a header row whose first cell is
 * 序号; the same header repeated after a page break continues it; blank lines inside are skipped;
 * any other line without a tab ends it.
 */
export function findTables(lines: readonly string[]): PlanTable[] {
  const tables: { headerLine: number; header: string[]; rows: TableRow[] }[] = [];
  let current: (typeof tables)[number] | undefined;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    if (!line.includes('\t')) {
      current = undefined;
      return;
    }
    const cells = line.split('\t').map((c) => c.trim());
    if (cells[0] === '序号') {
      const same = current && current.header.join('\t') === cells.join('\t');
      if (!same) {
        current = { headerLine: i + 1, header: cells, rows: [] };
        tables.push(current);
      }
      return;
    }
    if (current) current.rows.push({ line: i + 1, cells });
  });
  return tables;
}
