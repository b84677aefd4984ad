import { parseChineseNumber } from '../util/chinese-number.js';
import { recognizeHeader, recognizeSubHeader, refineHeader, signature, type ColumnRole, type Columns } from './columns.js';
import type { RawRow, RawTable } from './raw-table.js';
import type { PlanIssue, Section } from './types.js';
import { halfWidth } from '../util/half-width.js';

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
  /** The deadline column's index (its first, when several), for naming its cell. */
  readonly deadlineCol?: number;
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
/** Section headings: 一、…  三 …  第二部分…  （一）… ; group 1–3 the numeral by style. */
const HEADING = /^(?:第([一二三四五六七八九十]+)(?:部分|章|节|篇)\s*[、.．:：]?\s*|([一二三四五六七八九十]+)\s*(?:[、.．:：，,]\s*|\s+)|[（(]([一二三四五六七八九十]+)[）)]\s*)(\S.*)$/;
/** Rows under or beside a table that are notes, not tasks: 注：… 填表人：… */
const NOTE = /^(?:注|备注|说明|附注|填表人?|填报人?|审核人?|制表人?|联系人|联系电话|签发人?|审签|单位盖章|负责人)\s*[:：\d.．、]/;
/** What Excel shows for a formula that failed. */
const EXCEL_ERROR = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;
/** What the Excel reader gives for a formula saved without its result. */
export const UNCALCULATED = '#公式未计算';

/** The state carried from row to row and table to table. */
interface Walk {
  columns?: Columns;
  taskSignature?: string;
  lastWasHeader: boolean;
  /** The style of the first section row (一、 or （一） …); other styles are subsections. */
  sectionStyle?: string;
  subsection?: string;
  title?: string;
  /** In a workbook of one sheet per section: the sheet's name, until its first task shows whether it has sections of its own. */
  sheetSection?: { title: string; sectionsBefore: number };
}

type ErrorFn = (row: RawRow, message: string, hint?: string, col?: number) => void;

/**
 * Walks the tables of a plan in order and accounts for every non-empty row: a header (first,
 * repeated or a second header row), a title or note, a section row, a task row or a schedule row;
 * anything else is an error at its place. A table without a header continues the one before it
 * when its columns line up and it starts with a task or section row (Word splits tables at page
 * breaks); one that holds numbered rows but cannot continue is an error; others are skipped with a
 * warning.
 */
export function collectRows(tables: readonly RawTable[]): TableRows {
  const out: TableRows = { sections: [], tasks: [], stages: [], issues: [] };
  const walk: Walk = { lastWasHeader: false };
  const error: ErrorFn = (row, message, hint, col) => out.issues.push({ severity: 'error', line: row.line, place: row.place(col), message, ...(hint === undefined ? {} : { hint }) });

  const headedSheets = tables.filter((t) => t.sheet !== undefined && t.rows.some((r) => recognizeHeader(r.cells))).length;
  for (const table of tables) {
    const headed = table.rows.some((r) => recognizeHeader(r.cells));
    if (!headed && !continues(table, walk, out, error)) continue;
    walk.sheetSection = headed && headedSheets >= 2 && table.sheet !== undefined ? { title: table.sheet, sectionsBefore: out.sections.length } : undefined;
    if (!headed) walk.lastWasHeader = false;
    let seenHeader = false;
    for (const row of table.rows) {
      const cells = row.cells.map((c) => c.trim());
      if (cells.every((c) => c === '')) continue;
      const header = recognizeHeader(cells);
      const sub = walk.lastWasHeader && !header ? recognizeSubHeader(cells) : undefined;
      if (header || sub) {
        seenHeader = true;
        takeHeader(row, (header ?? sub)!, walk, out, error);
        continue;
      }
      if (headed && !seenHeader) {
        aboveHeader(row, cells, walk, out, error);
        continue;
      }
      walk.lastWasHeader = false;
      if (!walk.columns || isNote(cells)) continue;
      if (row.numberedLine) lostTabs(row, cells[0]!, walk, out, error);
      else readRow(row, cells, walk, out, error);
    }
  }
  return walk.title === undefined ? out : { ...out, title: walk.title };
}

/** Whether a table without a header continues the current one; reports it when it cannot. */
function continues(table: RawTable, walk: Walk, out: TableRows, error: ErrorFn): boolean {
  const rows = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return false;
  const numbered = rows.filter((r) => isTaskNumber(firstFilled(r.cells)));
  const text = rows.some((r) => r.line > 0);
  if (!walk.columns) {
    // A text plan: tab rows with no header above them at all.
    if (text) for (const r of numbered.filter((r) => r.cells.length >= 3)) error(r, '这一行像表格行，但上面没有找到表头', HEADER_HINT);
    else if (numbered.length > 0)
      error(numbered[0]!, `${table.name}有编号的行，但没有可识别的表头`, '表格第一行应是表头，写明“序号”“工作任务（或任务内容）”“责任单位”“完成时限”等；如果这不是任务表，请把它从方案文件中删掉');
    else warnSkipped(table, out);
    return false;
  }
  if (text && rows.every((r) => r.loose)) return true;
  const width = walk.columns.roles.length;
  const used = Math.max(...rows.map((r) => lastFilled(r.cells) + 1));
  // The columns that differ must be ones dossier only keeps (备注 …), so that the rest line up.
  const aligned = used <= width && walk.columns.roles.slice(used).every((r) => r === 'extra');
  const first = rows[0]!.cells.map((c) => c.trim());
  const lead = firstFilled(first);
  const startsWell = isTaskNumber(lead) || CHINESE_NUMERAL.test(normalizeNumber(lead)) || HEADING.test(plain(lead)) || /^<b>/.test(lead) || isNote(first);
  if (aligned && startsWell) return true;
  if (numbered.length > 0) {
    error(
      numbered[0]!,
      `${table.name}没有表头，它的列与上面的任务表对不上（${used} 列，任务表 ${width} 列）`,
      '如果这是任务分解表的一部分，请把它并回上一张表或给它加上同样的表头；如果不是任务表，请把它从方案文件中删掉',
    );
  } else warnSkipped(table, out);
  return false;
}

function warnSkipped(table: RawTable, out: TableRows): void {
  out.issues.push({
    severity: 'warning',
    line: table.rows[0]?.line ?? 0,
    place: table.name,
    message: `${table.name}没有可识别的表头，也没有编号的行，未作为任务表读取`,
    hint: '如果这是任务分解表，请给它加上表头行（序号、工作任务、责任单位、完成时限）',
  });
}

function takeHeader(row: RawRow, header: Columns, walk: Walk, out: TableRows, error: ErrorFn): void {
  if (walk.lastWasHeader && walk.columns) {
    walk.columns = refineHeader(walk.columns, header);
  } else if (!walk.columns || signature(walk.columns) !== signature(header)) {
    if (!header.schedule && walk.taskSignature !== undefined && walk.taskSignature !== signature(header) && out.tasks.length > 0) {
      error(row, `这里的表头“${header.headers.join(' | ')}”与任务分解表的表头不同`, '分页处重复的表头应与第一页的表头相同；两张不同的任务表请合并成一张');
    }
    walk.columns = header;
  }
  if (!walk.columns.schedule) walk.taskSignature = signature(walk.columns);
  walk.lastWasHeader = true;
}

/** Rows above a table's header: its title (一行标题), a section heading (one sheet per section), form fields. */
function aboveHeader(row: RawRow, cells: string[], walk: Walk, out: TableRows, error: ErrorFn): void {
  const distinct = [...new Set(cells.filter((c) => c !== ''))];
  if (distinct.length === 1) {
    const heading = HEADING.exec(plain(distinct[0]!));
    if (heading && !walk.columns?.schedule && CHINESE_NUMERAL.test(heading[1] ?? heading[2] ?? '')) pushSection(row, headingSection(heading), 'numeral', walk, out, error);
    else walk.title = plain(distinct[0]!);
    return;
  }
  // 填报单位：… | 填报日期：… is a form's heading; a numbered row here would be a task without a header.
  if (isTaskNumber(firstFilled(cells))) {
    if (row.line > 0) error(row, '这一行像表格行，但上面没有找到表头', HEADER_HINT);
    else error(row, '这一行有编号，却在表头上方', '表头（序号、工作任务、责任单位、完成时限…）应在任务行的上方；请检查表头是否写错或被删掉了');
  }
}

function readRow(row: RawRow, raw: string[], walk: Walk, out: TableRows, error: ErrorFn): void {
  const columns = walk.columns!;
  const section = sectionOf(row, raw, columns);
  if (section) {
    if (!columns.schedule) pushSection(row, section, section.style, walk, out, error);
    return;
  }
  const cells = raw.map(plain);
  const width = columns.roles.length;
  if (row.line > 0 && cells.length !== width && !(cells.length > width && cells.slice(width).every((c) => c === ''))) {
    error(row, `这一行有 ${cells.length} 列，表格应有 ${width} 列（${columns.headers.join('、')}）`, '请检查这一行是否多了或少了制表符，或者一个单元格被拆成了两行');
    return;
  }
  const uncalculated = cells.indexOf(UNCALCULATED);
  if (uncalculated >= 0) {
    error(
      row,
      `单元格是公式，但文件中没有保存计算结果（${columns.headers[uncalculated] || `第 ${uncalculated + 1} 列`}）`,
      '请用 Excel 或 WPS 打开这个文件，保存一次后再试（保存时会写入计算结果）',
      uncalculated,
    );
    return;
  }
  const bad = cells.findIndex((c) => EXCEL_ERROR.test(c));
  if (bad >= 0) {
    error(row, `单元格显示 Excel 错误值 ${cells[bad]}（${columns.headers[bad] || `第 ${bad + 1} 列`}）`, '请在 Excel 中改正这个单元格的公式或引用，或直接填写内容', bad);
    return;
  }
  const noCol = columns.roles.indexOf('no');
  let printed: string | undefined;
  if (noCol >= 0) {
    const no = normalizeNumber(cells[noCol] ?? '');
    if (no === '') {
      error(row, '这一行没有序号', '每个任务行的序号列都要写序号；如果这一行是上一行的接续，请把它并入上一行', noCol);
      return;
    }
    if (!/^\d+(?:\.\d+)*$/.test(no)) {
      error(row, `序号“${cells[noCol]}”不是数字`, '每一行的序号列应是任务序号；分节行应写作“<b>一、…</b>”或单独一行“一、…”', noCol);
      return;
    }
    printed = no;
  }
  const textCols = columns.roles.flatMap((r, i) => (r === 'text' ? [i] : []));
  const textCol = textCols.filter((i) => cells[i] !== '').at(-1) ?? textCols.at(-1)!;
  const extra: Record<string, string> = {};
  if (walk.subsection !== undefined) extra['分项'] = walk.subsection;
  columns.roles.forEach((r, i) => {
    const isExtra = r === 'extra' || (r === 'text' && i !== textCol);
    if (isExtra && cells[i]) extra[columns.headers[i] || `第${i + 1}列`] = cells[i]!.replace(/\s*\n\s*/g, ' ');
  });
  const cell = (role: ColumnRole) => {
    const cols = columns.roles.flatMap((r, i) => (r === role ? [i] : []));
    return [...new Set(cols.map((i) => cells[i] ?? '').filter((c) => c !== ''))].join('、');
  };
  // In a workbook of one sheet per section, the sheet's first task opens its section unless the sheet has its own.
  if (!columns.schedule && walk.sheetSection) {
    if (out.sections.length === walk.sheetSection.sectionsBefore) pushSection(row, { title: walk.sheetSection.title }, 'sheet', walk, out, error);
    walk.sheetSection = undefined;
  }
  const draft: DraftRow = {
    row,
    printed,
    section: columns.schedule ? 0 : out.sections.length,
    text: (cells[textCol] ?? '').replace(/\s*\n\s*/g, ''),
    units: cell('units'),
    lead: cell('lead'),
    support: cell('support'),
    deadline: cell('deadline').replace(/\s*\n\s*/g, ''),
    hasDeadline: columns.roles.includes('deadline'),
    ...(columns.roles.includes('deadline') ? { deadlineCol: columns.roles.indexOf('deadline') } : {}),
    items: cell('items'),
    extra,
  };
  if (draft.text === '') error(row, printed === undefined ? '这一行的任务内容是空的' : `序号 ${printed} 的任务内容是空的`, '请补上任务内容，或删掉这一行', textCol);
  (columns.schedule ? out.stages : out.tasks).push(draft);
}

/** A numbered text line without tabs is a lost task row when it carries the next number; else a note. */
function lostTabs(row: RawRow, line: string, walk: Walk, out: TableRows, error: ErrorFn): void {
  const list = walk.columns!.schedule ? out.stages : out.tasks;
  const no = /^\d+(?:\.\d+)*/.exec(line)![0];
  const last = list.at(-1)?.printed;
  const dot = no.lastIndexOf('.');
  const prefix = no.slice(0, dot + 1);
  const lastN = last !== undefined && last.startsWith(prefix) && !last.slice(prefix.length).includes('.') ? Number(last.slice(prefix.length)) : 0;
  if (Number(no.slice(dot + 1)) === lastN + 1 || (last === undefined && no === '1')) {
    error(row, `这一行看起来是序号 ${no} 的一行，但各列之间没有制表符（可能被换成了空格）`, '请用制表符（Tab）分开这一行的序号、任务、责任单位和完成时限，与其他行一致');
  }
}

function pushSection(row: RawRow, section: { no?: number; title: string }, style: string, walk: Walk, out: TableRows, error: ErrorFn): void {
  walk.sectionStyle ??= style;
  // （一）… under 一、… is a subsection: it names the tasks below it, it does not start a section.
  if (style !== walk.sectionStyle && style === 'paren') {
    walk.subsection = section.title;
    return;
  }
  walk.subsection = undefined;
  const no = section.no ?? out.sections.length + 1;
  if (no !== out.sections.length + 1) {
    error(row, `分节编号应为第 ${out.sections.length + 1} 节，这里是第 ${no} 节`, '请检查分节行（如“<b>三、…</b>”）是否漏了或写错了编号');
  }
  out.sections.push({ no: out.sections.length + 1, title: section.title });
}

/**
 * A row that is a section heading: bold, spanning the table, `一、…` with nothing but merged units
 * or deadlines beside it, or 一 | 城市安全状况 in the number and task columns.
 */
function sectionOf(row: RawRow, cells: string[], columns: Columns): { no?: number; title: string; style: string } | undefined {
  const noCol = columns.roles.indexOf('no');
  const filled = cells.map((c, i) => ({ c, i })).filter((x) => x.c !== '');
  const numberCell = noCol >= 0 ? normalizeNumber(cells[noCol] ?? '') : '';
  if (CHINESE_NUMERAL.test(numberCell) && filled.every((x) => ['no', 'text', 'extra'].includes(columns.roles[x.i]!))) {
    const title = [...new Set(filled.filter((x) => x.i !== noCol).map((x) => plain(x.c)))].join('');
    if (title !== '') return { no: parseChineseNumber(numberCell)!, title, style: 'numeral' };
  }
  const first = filled[0];
  if (!first || isTaskNumber(first.c)) return undefined;
  const text = first.c;
  const textCells = columns.roles.flatMap((r, i) => (r === 'text' || r === 'no' ? [cells[i]] : []));
  // Only the heading in the number and task columns (units or deadlines merged through it are not its own).
  const alone = textCells.every((c) => c === '' || c === text) && filled.every((x) => x.c === text || !['no', 'text'].includes(columns.roles[x.i]!));
  const distinct = new Set(filled.map((x) => x.c)).size === 1;
  const bold = /^(?:<b>[\s\S]*<\/b>|\*\*[\s\S]*\*\*)$/.test(text);
  const spans = distinct && filled.length >= 2 && filled.length === cells.length;
  const heading = HEADING.exec(plain(text));
  if (!(distinct && (bold || spans || heading || row.loose)) && !(alone && (heading || bold))) return undefined;
  if (!heading) return { title: plain(text), style: 'plain' };
  return headingSection(heading);
}

function headingSection(heading: RegExpExecArray): { no?: number; title: string; style: string } {
  const style = heading[1] !== undefined ? 'part' : heading[2] !== undefined ? 'numeral' : 'paren';
  const no = parseChineseNumber(heading[1] ?? heading[2] ?? heading[3]!);
  return no === undefined ? { title: heading[4]!.trim(), style } : { no, title: heading[4]!.trim(), style };
}

/** A number cell as compared: half-width digits, no spaces, no trailing 、 or dot, no brackets. */
export function normalizeNumber(cell: string): string {
  return (
    halfWidth(plain(cell))
      .replace(/\s+/g, '')
      .replace(/^[（(](\d+)[）)]$/, '$1')
      .replace(/[、.．,，]$/, '')
      // 01, 02 … as a table numbered for sorting: the same tasks as 1, 2 … (taskRef reads T05 as 5).
      .replace(/(^|\.)0+(?=\d)/g, '$1')
  );
}

function isTaskNumber(cell: string): boolean {
  return /^\d+(?:\.\d+)*$/.test(normalizeNumber(cell));
}

function isNote(cells: readonly string[]): boolean {
  return NOTE.test(plain(firstFilled(cells)));
}

function firstFilled(cells: readonly string[]): string {
  return cells.find((c) => c.trim() !== '')?.trim() ?? '';
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i;
  return -1;
}

/** Cell text without the bold marks of text plans and of Word/Excel cells that are bold throughout. */
function plain(s: string): string {
  return s
    .replace(/<\/?b>/g, '')
    .replace(/^\*\*([\s\S]*)\*\*$/, '$1')
    .trim();
}
