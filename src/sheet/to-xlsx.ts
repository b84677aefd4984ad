import ExcelJS from 'exceljs';
import { setZipTimestamps } from '../util/zip-fixed-time.js';
import type { Sheet } from './types.js';

/** Options for a reproducible workbook. */
export interface XlsxOptions {
  /** Stamped as created/modified time and into every zip entry, so equal inputs give equal bytes. */
  readonly date: Date;
  readonly creator?: string;
}

/** Writes sheets into an XLSX workbook: bold frozen header, wrapped long columns, filters on. */
export async function sheetsToXlsx(sheets: readonly Sheet[], options: XlsxOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = options.creator ?? 'dossier';
  wb.lastModifiedBy = wb.creator;
  wb.created = options.date;
  wb.modified = options.date;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(safeSheetName(sheet.name, wb));
    let headerRow = 1;
    if (sheet.title !== undefined) {
      ws.addRow([sheet.title]);
      ws.mergeCells(1, 1, 1, Math.max(1, sheet.columns.length));
      ws.getRow(1).font = { bold: true, size: 14 };
      headerRow = 2;
    }
    ws.columns = sheet.columns.map((c) => ({ width: c.width }));
    ws.addRow(sheet.columns.map((c) => c.header)).font = { bold: true };
    for (const row of sheet.rows) ws.addRow([...row]);
    sheet.columns.forEach((c, i) => {
      if (c.wrap) ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
    });
    ws.views = [{ state: 'frozen', ySplit: headerRow }];
    if (sheet.columns.length > 0) {
      ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: sheet.columns.length } };
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return setZipTimestamps(new Uint8Array(buf as ArrayBuffer), options.date);
}

/** Excel limits sheet names to 31 characters without []:*?/\ and requires them unique. */
function safeSheetName(name: string, wb: ExcelJS.Workbook): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; wb.getWorksheet(candidate); i++) candidate = `${base.slice(0, 28)}(${i})`;
  return candidate;
}
