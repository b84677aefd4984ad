import type { Cell, Workbook } from 'exceljs';
import { columnLetter, type PlanSource, type RawRow, type RawTable } from './raw-table.js';

/**
 * Reads an Excel plan (`.xlsx`) with exceljs: each worksheet is a table, merged cells give their
 * value to every cell they cover, rows are named `Sheet1!A12`; real dates become YYYY-MM-DD.
 */
export async function readXlsxPlan(bytes: Buffer): Promise<PlanSource> {
  // Loaded only for Excel plans: exceljs is large.
  const { default: ExcelJS } = await import('exceljs');
  const book: Workbook = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const tables: RawTable[] = [];
  book.eachSheet((ws) => {
    const width = ws.columnCount;
    const rows: RawRow[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellText(ws.getCell(r, c)));
      const name = ws.name;
      rows.push({ cells, line: 0, place: (col) => `${name}!${columnLetter(col ?? 0)}${r}` });
    }
    tables.push({ name: `工作表“${ws.name}”`, rows });
  });
  const lines = tables.flatMap((t) => t.rows.slice(0, 3).flatMap((r) => r.cells.filter((c) => c !== '')));
  return { tables, lines, textLines: false, issues: [] };
}

function cellText(cell: Cell): string {
  const c = cell.isMerged ? cell.master : cell;
  const v = c.value;
  let text: string;
  if (v instanceof Date) text = v.toISOString().slice(0, 10);
  else if (v !== null && typeof v === 'object' && 'result' in v) text = v.result instanceof Date ? v.result.toISOString().slice(0, 10) : String(v.result ?? '');
  else text = c.text ?? '';
  text = text.replace(/\r\n?/g, '\n').trim();
  return c.font?.bold && text !== '' ? `<b>${text}</b>` : text;
}
