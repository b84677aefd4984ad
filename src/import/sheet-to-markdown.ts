import { parse } from 'csv-parse/sync';
import { zipProblem } from '../util/zip-limits.js';
import type { CellValue } from 'exceljs';
import type { Root, Table, TableRow } from 'mdast';
import { decodeText } from '../util/decode-text.js';
import { stringifyMarkdown } from './stringify-markdown.js';

/** The largest table copied into an evidence body; larger sheets are only listed as attachments. */
export const SHEET_LIMIT = { rows: 50, columns: 12 } as const;
/** Workbooks larger than this are not opened (only listed), to keep memory low. */
const MAX_BYTES = 5 * 1024 * 1024;
/** Columns read at most (a sheet wider than the table limit is only counted). */
const MAX_COLUMNS = 200;

/** The first sheet of a spreadsheet, as read for an evidence body. */
export interface SheetContent {
  readonly sheetName?: string;
  readonly sheetCount: number;
  readonly rows: number;
  readonly columns: number;
  /** A title row above the table (one cell across the top), when the sheet has one. */
  readonly caption?: string;
  /** The sheet as a GFM table, when it is small enough (SHEET_LIMIT). */
  readonly table?: string;
}

/**
 * Reads the first sheet of an .xlsx or .csv file into a grid and, when it is small, a markdown
 * table (the first row is the header). Undefined when the file cannot be read (old .xls, damaged,
 * too large): the file is then only listed as an attachment.
 */
export async function sheetToMarkdown(data: Buffer, ext: string): Promise<SheetContent | undefined> {
  if (data.length > MAX_BYTES) return undefined;
  if (ext !== '.csv' && ext !== '.xls' && (await zipProblem(data))) return undefined;
  let grid: string[][];
  let sheetName: string | undefined;
  let sheetCount = 1;
  try {
    if (ext === '.csv') {
      const decoded = decodeText(data);
      if (!decoded.ok) return undefined;
      const first = decoded.text.split('\n')[0] ?? '';
      const delimiter = [',', '\t', ';'].map((d) => ({ d, n: first.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
      grid = (parse(decoded.text, { delimiter, relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: true }) as string[][]).map((r) => r.map((c) => c.trim()));
    } else if (ext === '.xlsx') {
      // Loaded only for spreadsheets: exceljs is large.
      const { default: ExcelJS } = await import('exceljs');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(data as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      if (!sheet) return undefined;
      sheetName = sheet.name;
      sheetCount = book.worksheets.length;
      grid = [];
      sheet.eachRow((row) => {
        const cells: string[] = [];
        row.eachCell((cell, c) => {
          if (c <= MAX_COLUMNS) cells[c - 1] = cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell.value, cell.numFmt);
        });
        grid.push(Array.from(cells, (c) => c ?? ''));
      });
    } else {
      return undefined;
    }
  } catch {
    return undefined;
  }
  grid = trimGrid(grid);
  let caption: string | undefined;
  const top = grid[0]?.filter((c) => c !== '') ?? [];
  if (grid.length > 2 && top.length === 1 && (grid[0]![0] ?? '') !== '' && (grid[1]?.length ?? 0) > 1) {
    caption = top[0];
    grid = grid.slice(1);
  }
  const rows = grid.length;
  const columns = Math.max(0, ...grid.map((r) => r.length));
  const small = rows >= 2 && rows <= SHEET_LIMIT.rows && columns <= SHEET_LIMIT.columns;
  return {
    ...(sheetName === undefined ? {} : { sheetName }),
    sheetCount,
    rows,
    columns,
    ...(caption === undefined ? {} : { caption }),
    ...(small ? { table: tableMarkdown(grid, columns) } : {}),
  };
}

/** A cell's value as shown in Excel, near enough: dates as YYYY-MM-DD, percentages with %, formulas by their result. */
function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) return `${Number((value * 100).toPrecision(12))}%`;
    return String(Number(value.toPrecision(12)));
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).replace(/\s+/g, ' ').trim();
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  if ('error' in value) return String(value.error);
  if ('result' in value) return cellText(value.result as CellValue, numFmt);
  if ('text' in value) return cellText(value.text as CellValue, numFmt);
  return '';
}

/** Drops empty rows and the empty columns at the right. */
function trimGrid(grid: string[][]): string[][] {
  const rows = grid.filter((r) => r.some((c) => c !== ''));
  const width = Math.max(0, ...rows.map((r) => r.reduce((w, c, i) => (c !== '' ? i + 1 : w), 0)));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

function tableMarkdown(grid: string[][], columns: number): string {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: columns }, (_, i) => ({ type: 'tableCell', children: cells[i] ? [{ type: 'text', value: cells[i]! }] : [] })),
  });
  const table: Table = { type: 'table', align: Array.from({ length: columns }, () => null), children: grid.map(row) };
  const root: Root = { type: 'root', children: [table] };
  return stringifyMarkdown(root);
}
