import type { Cell, Workbook, Worksheet } from 'exceljs';
import { columnLetter, type PlanSource, type RawRow, type RawTable } from './raw-table.js';
import { UNCALCULATED } from './table-rows.js';
import type { PlanIssue } from './types.js';
import { unixNewlines } from '../util/newlines.js';

/**
 * Reads an Excel plan (`.xlsx`) with exceljs: each visible worksheet is a table, merged cells give
 * their value to every cell they cover, rows are named `Sheet1!A12`; cells read as Excel shows them
 * (a date formatted 2021年6月 is that month, 2021.10 keeps its zero); hidden sheets and columns are
 * left out with a warning.
 */
export async function readXlsxPlan(bytes: Buffer): Promise<PlanSource> {
  // Loaded only for Excel plans: exceljs is large.
  const { default: ExcelJS } = await import('exceljs');
  const book: Workbook = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const tables: RawTable[] = [];
  const issues: PlanIssue[] = [];
  book.eachSheet((ws) => {
    if (ws.state !== 'visible') {
      if (ws.actualRowCount > 0)
        issues.push({
          severity: 'warning',
          line: 0,
          place: `工作表“${ws.name}”`,
          message: `工作表“${ws.name}”是隐藏的，未读取`,
          hint: '如果其中有任务，请在 Excel 中取消隐藏（右键工作表标签 → 取消隐藏）',
        });
      return;
    }
    const columns = visibleColumns(ws, issues);
    const rows: RawRow[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const cells = columns.map((c) => cellText(ws.getCell(r, c)));
      const name = ws.name;
      rows.push({ cells, line: 0, place: (col) => `${name}!${columnLetter((columns[col ?? 0] ?? 1) - 1)}${r}` });
    }
    tables.push({ name: `工作表“${ws.name}”`, rows, sheet: ws.name });
  });
  const lines = tables.flatMap((t) => t.rows.slice(0, 3).flatMap((r) => r.cells.filter((c) => c !== '')));
  return { tables, lines, textLines: false, issues };
}

/** The 1-based numbers of the columns a clerk sees; hidden ones that hold something are reported. */
function visibleColumns(ws: Worksheet, issues: PlanIssue[]): number[] {
  const out: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    if (!ws.getColumn(c).hidden) {
      out.push(c);
      continue;
    }
    let filled = false;
    ws.getColumn(c).eachCell({ includeEmpty: false }, () => void (filled = true));
    if (filled)
      issues.push({
        severity: 'warning',
        line: 0,
        place: `${ws.name}!${columnLetter(c - 1)}`,
        message: `工作表“${ws.name}”的第 ${columnLetter(c - 1)} 列是隐藏的，未读取`,
        hint: '如果这一列有用，请在 Excel 中取消隐藏',
      });
  }
  return out;
}

function cellText(cell: Cell): string {
  const c = cell.isMerged ? cell.master : cell;
  const v = c.value;
  let value: unknown = v;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    if ('error' in v) value = String((v as { error: unknown }).error);
    else if ('result' in v || 'formula' in v || 'sharedFormula' in v) value = (v as { result?: unknown }).result ?? UNCALCULATED;
    else if ('richText' in v) value = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
    else if ('text' in v) value = String((v as { text: unknown }).text);
  }
  if (value !== null && typeof value === 'object' && 'error' in value) value = String((value as { error: unknown }).error);
  const fmt = c.numFmt ?? '';
  let text: string;
  if (value instanceof Date) text = shownDate(value, fmt);
  else if (typeof value === 'number') text = shownNumber(value, fmt);
  else text = value === null || value === undefined ? '' : String(value);
  text = unixNewlines(text).trim();
  return c.font?.bold && text !== '' ? `<b>${text}</b>` : text;
}

/** A date cell as Excel shows it: without a day in its format it names the month (2021年6月). */
function shownDate(d: Date, fmt: string): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const plain = fmt.replace(/"[^"]*"|\[[^\]]*\]/g, '');
  if (plain !== '' && !/d/i.test(plain) && /m/i.test(plain)) return `${y}年${m}月`;
  if (plain !== '' && !/[dm]/i.test(plain) && /y/i.test(plain)) return `${y}年`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** A number cell with the decimals its format shows (2021.10 stays 2021.10, not 2021.1). */
function shownNumber(n: number, fmt: string): string {
  const decimals = /0\.(0+)/.exec(fmt)?.[1]?.length;
  return decimals === undefined ? String(n) : n.toFixed(decimals);
}
