import { parse } from 'csv-parse/sync';
import { zipProblem } from '../util/zip-limits.js';
import type { CellValue, Worksheet } from 'exceljs';
import type { Root, Table, TableRow } from 'mdast';
import { decodeText } from '../util/decode-text.js';
import { stringifyMarkdown } from './stringify-markdown.js';

/** The largest table copied into an evidence body; larger sheets are only listed as attachments. */
export const SHEET_LIMIT = { rows: 50, columns: 12 } as const;
/** Workbooks larger than this are not opened (only listed), to keep memory low. */
const MAX_BYTES = 5 * 1024 * 1024;
/** Columns read at most (a sheet wider than the table limit is only counted). */
const MAX_COLUMNS = 200;

/** The sheet of a spreadsheet read for an evidence body: the first visible one with content. */
export interface SheetContent {
  readonly sheetName?: string;
  readonly sheetCount: number;
  /** Whether the sheet read is not the first visible one (that one is empty). */
  readonly notFirst?: boolean;
  /** Other visible sheets with content, by name: not read into the body. */
  readonly otherSheets?: readonly string[];
  readonly rows: number;
  readonly columns: number;
  /** A title row above the table (one cell across the top), when the sheet has one. */
  readonly caption?: string;
  /** A second line above the table (填报单位、填报日期 in a cell or two), when the sheet has one. */
  readonly subtitle?: string;
  /** The sheet as a GFM table, when it is small enough (SHEET_LIMIT). */
  readonly table?: string;
}

/**
 * Reads a .csv file, or the first visible sheet with content of an .xlsx file (a hidden or empty
 * first sheet is passed over), into a grid and, when it is small, a markdown table (the first row
 * under the title lines is the header). Undefined when the file cannot be read (old .xls, damaged,
 * too large): the file is then only listed as an attachment.
 */
export async function sheetToMarkdown(data: Buffer, ext: string): Promise<SheetContent | undefined> {
  if (data.length > MAX_BYTES) return undefined;
  if (ext !== '.csv' && ext !== '.xls' && (await zipProblem(data))) return undefined;
  let grid: string[][];
  let sheetName: string | undefined;
  let sheetCount = 1;
  let notFirst = false;
  let otherSheets: string[] = [];
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
      if (book.worksheets.length === 0) return undefined;
      // Sheets as the clerk sees them in Excel: hidden ones are not counted or read (unless all are hidden).
      const visible = book.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
      const read = (visible.length ? visible : book.worksheets).map((w) => ({ sheet: w, grid: trimGrid(sheetGrid(w)) }));
      sheetCount = read.length;
      const chosen = read.find((r) => r.grid.length > 0) ?? read[0]!;
      sheetName = chosen.sheet.name;
      grid = chosen.grid;
      if (chosen !== read[0]) notFirst = true;
      otherSheets = read.filter((r) => r !== chosen && r.grid.length > 0).map((r) => r.sheet.name);
    } else {
      return undefined;
    }
  } catch {
    return undefined;
  }
  grid = trimGrid(grid);
  let caption: string | undefined;
  let subtitle: string | undefined;
  const filled = (r: readonly string[] | undefined) => r?.filter((c) => c !== '') ?? [];
  if (grid.length > 2 && filled(grid[0]).length === 1 && (grid[0]![0] ?? '') !== '' && (grid[1]?.length ?? 0) > 1) {
    caption = filled(grid[0])[0];
    grid = grid.slice(1);
    // 填报单位：…　填报日期：… or （单位：万元） under the title: one cell, or two that each say 什么：什么, above a wider header.
    const second = filled(grid[0]);
    const labelled = second.length === 1 || (second.length === 2 && second.every((c) => /[：:]/.test(c)));
    if (grid.length > 2 && labelled && filled(grid[1]).length > second.length) {
      subtitle = second.join('　');
      grid = grid.slice(1);
    }
  }
  const rows = grid.length;
  const columns = Math.max(0, ...grid.map((r) => r.length));
  const small = rows >= 1 && rows <= SHEET_LIMIT.rows && columns <= SHEET_LIMIT.columns;
  return {
    ...(sheetName === undefined ? {} : { sheetName }),
    sheetCount,
    ...(notFirst ? { notFirst } : {}),
    ...(otherSheets.length ? { otherSheets } : {}),
    rows,
    columns,
    ...(caption === undefined ? {} : { caption }),
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(small ? { table: tableMarkdown(grid, columns) } : {}),
  };
}

/** A worksheet's cells as text, row by row (a merged cell's text in its first cell only). */
function sheetGrid(sheet: Worksheet): string[][] {
  const grid: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell, c) => {
      if (c <= MAX_COLUMNS) cells[c - 1] = cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell.value, cell.numFmt);
    });
    grid.push(Array.from(cells, (c) => c ?? ''));
  });
  return grid;
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
