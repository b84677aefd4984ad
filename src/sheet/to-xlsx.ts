import ExcelJS from 'exceljs';
import { setZipTimestamps } from '../util/zip-fixed-time.js';
import { displayWidth } from '../util/text-width.js';
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
    sheet.columns.forEach((c, i) => {
      ws.getColumn(i + 1).width = c.width;
    });
    let headerRow = 1;
    if (sheet.title !== undefined) {
      ws.addRow([sheet.title]);
      ws.mergeCells(1, 1, 1, Math.max(1, sheet.columns.length));
      ws.getRow(1).font = { bold: true, size: 14 };
      headerRow = 2;
    }
    ws.addRow(sheet.columns.map((c) => c.header)).font = { bold: true };
    for (const values of sheet.rows) {
      const row = ws.addRow([...values]);
      let lines = 1;
      sheet.columns.forEach((c, i) => {
        row.getCell(i + 1).alignment = c.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
        // Spreadsheet programs do not all grow wrapped rows on opening, so the height is set here.
        if (c.wrap) lines = Math.max(lines, Math.ceil(displayWidth(String(values[i] ?? '')) / Math.max(1, c.width - 1)));
      });
      if (lines > 1) row.height = Math.min(409, lines * 15);
    }
    ws.views = [{ state: 'frozen', ySplit: headerRow }];
    // Printed on A4 landscape, all columns on one page width, header rows repeated on every page.
    ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` };
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
