import { parseChineseNumber } from './chinese-number.js';
import { recognizeHeader, refineHeader, signature, type ColumnRole, type Columns } from './columns.js';
import type { RawRow, RawTable } from './raw-table.js';
import type { PlanIssue, Section } from './types.js';

/** A task or schedule row, its cells sorted by role, not yet numbered or interpreted. */
export interface DraftRow {
  readonly row: RawRow;
  /** The number as printed, normalized (`24`, `3.2`); undefined when the table has no number column. */
  readonly printed: string | undefined;
  /** Section (1-based) the row stands in; 0 in the schedule. */
  readonly section: number;
  readonly text: string;
  readonly units: string;
  readonly lead: string;
  readonly support: string;
  readonly deadline: string;
  readonly hasDeadline: boolean;
  readonly items: string;
  readonly extra: Readonly<Record<string, string>>;
}

/** Rows of a plan's tables sorted into sections, task rows and schedule rows. */
export interface TableRows {
  readonly sections: Section[];
  readonly tasks: DraftRow[];
  readonly stages: DraftRow[];
  /** The title above the task table (a row spanning it, or the heading before it), if any. */
  readonly title?: string;
  readonly issues: PlanIssue[];
}

const HEADER_HINT = '表格第一行应是表头，写明“序号”“主要目标任务（或工作任务、任务内容）”“责任单位”“完成时限”；如果这不是表格，请去掉其中的制表符';
const CHINESE_NUMERAL = /^[一二三四五六七八九十]+$/;
const HEADING = /^(?:第([一二三四五六七八九十]+)(?:部分|章|节)\s*|([一二三四五六七八九十]+)\s*[、.．:：]\s*|[（(]([一二三四五六七八九十]+)[）)]\s*)(.+)$/;

/**
 * Walks the tables of a plan in order and accounts for every non-empty row: a header (first or
 * repeated), a section row, a task row or a schedule row; anything else is an error at its place.
 * A table without a header continues the one before it when it has as many columns (Word splits
 * tables at page breaks); otherwise it is skipped with a warning.
 */
export function collectRows(tables: readonly RawTable[]): TableRows {
  const out: TableRows = { sections: [], tasks: [], stages: [], issues: [] };
  let title: string | undefined;
  let columns: Columns | undefined;
  let taskSignature: string | undefined;
  let lastWasHeader = false;
  const error = (row: RawRow, message: string, hint?: string, col?: number) =>
    out.issues.push({ severity: 'error', line: row.line, place: row.place(col), message, ...(hint === undefined ? {} : { hint }) });

  for (const table of tables) {
    const headed = table.rows.some((r) => recognizeHeader(r.cells));
    const width = Math.max(0, ...table.rows.map((r) => r.cells.length));
    if (!headed && (columns === undefined || (width !== columns.roles.length && !table.rows.every((r) => r.loose)))) {
      const filled = table.rows.filter((r) => r.cells.filter((c) => c.trim() !== '').length >= 2);
      if (filled.length > 0 && columns === undefined && table.rows.some((r) => r.line > 0)) {
        // A text plan: tab rows with no header above them at all.
        for (const r of filled.filter((r) => r.cells.length >= 3)) error(r, '这一行像表格行，但上面没有找到表头', HEADER_HINT);
      } else if (table.rows.some((r) => r.cells.some((c) => c.trim() !== '')) && !table.rows.some((r) => r.line > 0)) {
        out.issues.push({ severity: 'warning', line: table.rows[0]?.line ?? 0, place: table.name, message: `${table.name}没有可识别的表头（如“序号、主要目标任务、责任单位、完成时限”），未作为任务表读取`, hint: '如果这是任务分解表，请给它加上表头行' });
      }
      continue;
    }
    if (!headed) lastWasHeader = false;
    let seenHeaderInTable = false;
    for (const row of table.rows) {
      const cells = row.cells.map((c) => c.trim());
      if (cells.every((c) => c === '')) continue;
      const header = recognizeHeader(cells);
      if (header) {
        seenHeaderInTable = true;
        if (lastWasHeader && columns) {
          columns = refineHeader(columns, header);
        } else if (!columns || signature(columns) !== signature(header)) {
          if (!header.schedule && taskSignature !== undefined && taskSignature !== signature(header) && out.tasks.length > 0) {
            error(row, `这里的表头“${header.headers.join(' | ')}”与任务分解表的表头不同`, '分页处重复的表头应与第一页的表头相同；两张不同的任务表请合并成一张');
          }
          columns = header;
        }
        if (!columns.schedule) taskSignature = signature(columns);
        lastWasHeader = true;
        continue;
      }
      if (!seenHeaderInTable && headed) {
        // A title row above the header (一行跨整表的标题) is normal; other content there is not.
        const distinct = [...new Set(cells.filter((c) => c !== ''))];
        if (distinct.length === 1) title = plain(distinct[0]!);
        else if (row.line > 0) error(row, '这一行像表格行，但上面没有找到表头', HEADER_HINT);
        else error(row, '表头上方有内容，无法判断属于哪一列', '表头（序号、主要目标任务、责任单位、完成时限…）应在表格的最上方，只允许一行标题在它之上');
        continue;
      }
      lastWasHeader = false;
      if (!columns) continue;
      readRow(row, cells, columns, out, error);
    }
  }
  if (title !== undefined) return { ...out, title };
  return out;
}

type ErrorFn = (row: RawRow, message: string, hint?: string, col?: number) => void;

function readRow(row: RawRow, cells: string[], columns: Columns, out: TableRows, error: ErrorFn): void {
  const at = (role: ColumnRole) => columns.roles.indexOf(role);
  const noCol = at('no');
  const section = sectionOf(row, cells, columns);
  if (section) {
    if (columns.schedule) return;
    const no = section.no ?? out.sections.length + 1;
    if (no !== out.sections.length + 1) {
      error(row, `分节编号应为第 ${out.sections.length + 1} 节，这里是第 ${no} 节`, '请检查分节行（如“<b>三、…</b>”）是否漏了或写错了编号');
    }
    out.sections.push({ no: out.sections.length + 1, title: section.title });
    return;
  }
  const width = columns.roles.length;
  if (row.line > 0 && cells.length !== width && !(cells.length > width && cells.slice(width).every((c) => c === ''))) {
    error(row, `这一行有 ${cells.length} 列，表格应有 ${width} 列（${columns.headers.join('、')}）`, '请检查这一行是否多了或少了制表符，或者一个单元格被拆成了两行');
    return;
  }
  let printed: string | undefined;
  if (noCol >= 0) {
    const raw = cells[noCol] ?? '';
    const no = normalizeNumber(raw);
    if (raw === '') {
      error(row, '这一行没有序号', '每个任务行的序号列都要写序号；如果这一行是上一行的接续，请把它并入上一行', noCol);
      return;
    }
    if (!/^\d+(?:\.\d+)*$/.test(no)) {
      error(row, `序号“${raw}”不是数字`, '每一行的序号列应是任务序号；分节行应写作“<b>一、…</b>”或单独一行“一、…”', noCol);
      return;
    }
    printed = no;
  }
  const textCols = columns.roles.flatMap((r, i) => (r === 'text' ? [i] : []));
  const filledText = textCols.filter((i) => cells[i] !== '');
  const textCol = filledText.at(-1) ?? textCols.at(-1)!;
  const extra: Record<string, string> = {};
  columns.roles.forEach((r, i) => {
    const isExtra = r === 'extra' || (r === 'text' && i !== textCol);
    if (isExtra && cells[i] !== '' && cells[i] !== undefined) extra[columns.headers[i] || `第${i + 1}列`] = cells[i]!;
  });
  const cell = (role: ColumnRole) => {
    const cols = columns.roles.flatMap((r, i) => (r === role ? [i] : []));
    return [...new Set(cols.map((i) => cells[i] ?? '').filter((c) => c !== ''))].join('、');
  };
  const draft: DraftRow = {
    row,
    printed,
    section: columns.schedule ? 0 : out.sections.length,
    text: plain(cells[textCol] ?? '').replace(/\s*\n\s*/g, ''),
    units: cell('units'),
    lead: cell('lead'),
    support: cell('support'),
    deadline: cell('deadline').replace(/\s*\n\s*/g, ''),
    hasDeadline: at('deadline') >= 0,
    items: cell('items'),
    extra,
  };
  if (draft.text === '') error(row, `序号 ${printed ?? ''} 的任务内容是空的`.replace('序号  的', '这一行的'), '请补上任务内容，或删掉这一行', textCol);
  (columns.schedule ? out.stages : out.tasks).push(draft);
}

/** A row that is a section heading: bold, spanning the table, or `一、…` with nothing else. */
function sectionOf(row: RawRow, cells: string[], columns: Columns): { no?: number; title: string } | undefined {
  const noCol = columns.roles.indexOf('no');
  const filled = cells.map((c, i) => ({ c, i })).filter((x) => x.c !== '');
  const distinct = [...new Set(filled.map((x) => x.c))];
  const numberCell = noCol >= 0 ? normalizeNumber(cells[noCol] ?? '') : '';
  // 一 | 城市安全状况显著改善 | | : a Chinese numeral in the number column, no units, no deadline.
  if (CHINESE_NUMERAL.test(numberCell) && filled.every((x) => ['no', 'text', 'extra'].includes(columns.roles[x.i]!))) {
    const title = distinct.filter((c) => c !== cells[noCol]).map(plain).join('');
    if (title !== '') return { no: parseChineseNumber(numberCell)!, title };
  }
  if (distinct.length !== 1) return undefined;
  const text = distinct[0]!;
  if (/^\d+(?:\.\d+)*$/.test(normalizeNumber(text))) return undefined;
  const bold = /^(?:<b>.*<\/b>|\*\*.*\*\*)$/.test(text);
  const spans = filled.length >= 2 && filled.length === cells.length;
  const heading = HEADING.exec(plain(text));
  if (!bold && !spans && !heading && !row.loose) return undefined;
  if (!heading) return { title: plain(text) };
  const numeral = heading[1] ?? heading[2] ?? heading[3]!;
  const no = parseChineseNumber(numeral);
  return no === undefined ? { title: heading[4]!.trim() } : { no, title: heading[4]!.trim() };
}

/** A number cell as compared: half-width digits, no spaces, no trailing 、 or dot. */
export function normalizeNumber(cell: string): string {
  return plain(cell)
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/[、.．,，]$/, '');
}

/** Cell text without the bold marks of text plans. */
function plain(s: string): string {
  return s.replace(/<\/?b>/g, '').replace(/^\*\*(.*)\*\*$/, '$1').trim();
}
