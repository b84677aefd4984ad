import type { CellValue, Sheet } from './types.js';

/** One sheet as CSV (RFC 4180, CRLF line ends) so Excel and WPS open it as a table. */
export function sheetToCsv(sheet: Sheet): string {
  const lines = [sheet.columns.map((c) => c.header), ...sheet.rows].map((row) => row.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

function csvCell(value: CellValue): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
