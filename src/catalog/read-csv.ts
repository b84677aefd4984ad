import { parse } from 'csv-parse/sync';
import { decodeText } from '../util/decode-text.js';
import type { PlanSource, RawRow } from './raw-table.js';

/** Reads a CSV plan (UTF-8 with or without BOM, or GBK as Excel saves it); rows named by their line. */
export function readCsvPlan(bytes: Buffer): PlanSource {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return {
      tables: [],
      lines: [],
      textLines: true,
      issues: [{ severity: 'error', line: 0, message: `CSV 文件无法读取：${decoded.reason}`, hint: '请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重试' }],
    };
  }
  const text = decoded.text;
  // Judged on the first lines, not the first alone: a title line above the header has no separators.
  const head = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 6);
  const delimiter = [',', '\t', ';'].map((d) => ({ d, n: Math.max(...head.map((l) => l.split(d).length)) })).sort((a, b) => b.n - a.n)[0]!.d;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, info: true, bom: true, skip_empty_lines: false }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    return {
      tables: [],
      lines: [],
      textLines: true,
      issues: [{ severity: 'error', line, message: `CSV 格式错误：${(err as Error).message}`, hint: '请检查引号是否配对；可在 Excel 中打开后重新另存为 CSV' }],
    };
  }
  // info.lines is the line the record ends on; a record with line breaks inside quotes starts earlier.
  const rows: RawRow[] = records.map(({ record, info }) => {
    const breaks = record.join('').split('\n').length - 1;
    const line = info.lines - breaks;
    return { cells: record.map((c) => c.trim()), line, place: () => `第 ${line} 行` };
  });
  return { tables: [{ name: 'CSV 表格', rows }], lines: [], textLines: true, issues: [] };
}
