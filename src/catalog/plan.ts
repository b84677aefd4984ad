import { nearest } from '../util/edit-distance.js';
import type { AliasTable } from './aliases.js';
import { parseChineseNumber } from './chinese-number.js';
import { parseDeadline } from './deadline.js';
import { parseMainTasks } from './main-tasks.js';
import { findTables, type PlanTable, type TableRow } from './table.js';
import { extractTargets } from './targets.js';
import type { Catalog, PlanIssue, Section, Stage, Task } from './types.js';
import { splitUnits } from './units.js';

/** The catalog read from a plan, or the problems that keep it from being trusted. */
export interface PlanResult {
  /** Present only when the plan has no errors: a partial catalog is never handed on. */
  readonly catalog?: Catalog;
  readonly issues: readonly PlanIssue[];
}

const SECTION = /^(?:<b>|\*\*)\s*(?:([一二三四五六七八九十]+)\s*[、.．]\s*)?(.+?)\s*(?:<\/b>|\*\*)$/;
const DEADLINE_HINT = '可写作“2020年12月”“2021年6月30日前”“2020年11月中旬”“2020年10月-2021年7月”或“规划水平年”';

/**
 * Parses a plan document (implementation plan with its 任务分解表 and 日程安排表) into a catalog.
 * Any row that cannot be read exactly is an error with its line; the catalog is then withheld.
 */
export function parsePlan(text: string, planPath: string, aliases: AliasTable): PlanResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const issues: PlanIssue[] = [];
  const error = (line: number, message: string, hint?: string) =>
    issues.push(hint === undefined ? { severity: 'error', line, message } : { severity: 'error', line, message, hint });

  const tables = findTables(lines);
  const scheduleTable = tables.find((t) => (t.header[1] ?? '').includes('阶段'));
  const taskTables = tables.filter((t) => t !== scheduleTable);
  if (taskTables.length === 0) {
    error(1, '方案中没有找到任务分解表', '任务分解表应以制表符分隔，表头为“序号	主要目标任务	责任单位	完成时限”');
    return { issues };
  }
  for (const extra of taskTables.slice(1)) {
    error(extra.headerLine, `这里的表头“${extra.header.join(' | ')}”与任务分解表的表头不同`, '分页处重复的表头应与第一页的表头完全一致');
  }
  const taskTable = taskTables[0]!;
  const sections: Section[] = [];
  const tasks: Task[] = [];
  tableColumns(taskTable, error);
  let lastNo = 0;
  const seen = new Map<number, number>();
  for (const row of taskTable.rows) {
    const section = sectionRow(row);
    if (section) {
      const no = section.no ?? sections.length + 1;
      if (no !== sections.length + 1) error(row.line, `分节编号应为第 ${sections.length + 1} 节，这里是第 ${no} 节`, '请检查分节行（如“<b>三、…</b>”）是否漏了或写错了编号');
      sections.push({ no, title: section.title });
      continue;
    }
    const cells = readRow(row, taskTable, error);
    if (!cells) continue;
    lastNo = checkNumber(cells.no, row.line, lastNo, seen, '任务', error);
    if (sections.length === 0) error(row.line, `任务 ${cells.no} 出现在第一个分节行之前`, '任务分解表的第一行应是分节行，如“<b>一、…</b>”');
    const deadline = readDeadline(row.line, cells.deadline, error);
    const split = splitUnits(cells.units, aliases);
    if (split.units.length + split.groups.length === 0) error(row.line, `任务 ${cells.no} 没有写责任单位`);
    tasks.push({
      id: String(cells.no),
      no: cells.no,
      section: sections.length,
      text: cells.text,
      units: split.units,
      lead: [],
      support: [],
      groups: split.groups,
      deadline,
      deadlineKind: deadline === null ? 'none' : 'date',
      deadlineText: cells.deadline,
      targets: extractTargets(cells.text),
      items: [],
      extra: {},
      line: row.line,
      place: `第 ${row.line} 行`,
    });
  }

  const schedule: Stage[] = [];
  if (scheduleTable) {
    let lastStage = 0;
    const seenStage = new Map<number, number>();
    for (const row of scheduleTable.rows) {
      const cells = readRow(row, scheduleTable, error);
      if (!cells) continue;
      lastStage = checkNumber(cells.no, row.line, lastStage, seenStage, '日程', error);
      const split = splitUnits(cells.units, aliases, true);
      const deadline = readDeadline(row.line, cells.deadline, error);
      schedule.push({
        no: cells.no,
        text: cells.text,
        units: split.units,
        groups: split.groups,
        deadline,
        deadlineKind: deadline === null ? 'none' : 'date',
        deadlineText: cells.deadline,
        line: row.line,
        place: `第 ${row.line} 行`,
      });
    }
  }

  const main = parseMainTasks(lines, aliases);
  issues.push(...main.issues);

  const units: string[] = [];
  const unitLine = new Map<string, number>();
  for (const item of [...tasks, ...schedule, ...main.mainTasks]) {
    for (const u of item.units) {
      if (!unitLine.has(u)) {
        units.push(u);
        unitLine.set(u, item.line);
      }
    }
  }
  units.forEach((u, i) => {
    const twin = nearest(u, units.slice(0, i), 1);
    if (twin !== undefined && [...u].length >= 3) {
      issues.push({
        severity: 'warning',
        line: unitLine.get(u)!,
        message: `责任单位“${u}”与“${twin}”只差一个字，可能是同一单位的两种写法`,
        hint: `如果是同一单位，请在别名表（dossier.config.yaml 的 unitAliases）中加上“${u}: ${twin}”`,
      });
    }
  });

  if (issues.some((i) => i.severity === 'error')) return { issues };
  return {
    catalog: { plan: planPath, sections, tasks, schedule, mainTasks: main.mainTasks, units },
    issues,
  };
}

type ErrorFn = (line: number, message: string, hint?: string) => void;

function tableColumns(table: PlanTable, error: ErrorFn): void {
  const h = table.header;
  if (h.length !== 4 || !h[2]!.includes('责任单位') || !h[3]!.includes('时限')) {
    error(table.headerLine, `表头“${h.join(' | ')}”不是预期的四列`, '表头应为“序号	主要目标任务	责任单位	完成时限”，以制表符分隔');
  }
}

function sectionRow(row: TableRow): { no?: number; title: string } | undefined {
  const [first = '', ...rest] = row.cells;
  if (rest.some((c) => c !== '')) return undefined;
  const m = SECTION.exec(first);
  if (!m) return undefined;
  const no = m[1] === undefined ? undefined : parseChineseNumber(m[1]);
  return no === undefined ? { title: m[2]! } : { no, title: m[2]! };
}

function readRow(row: TableRow, table: PlanTable, error: ErrorFn): { no: number; text: string; units: string; deadline: string } | undefined {
  const width = table.header.length;
  if (row.cells.length !== width) {
    error(row.line, `这一行有 ${row.cells.length} 列，表格应有 ${width} 列（${table.header.join('、')}）`, '请检查这一行是否多了或少了制表符，或者一个单元格被拆成了两行');
    return undefined;
  }
  const [noText = '', text = '', units = '', deadline = ''] = row.cells;
  if (!/^\d+$/.test(noText)) {
    error(row.line, `序号“${noText}”不是数字`, '每一行第一列应是任务序号，分节行应写作“<b>一、…</b>”');
    return undefined;
  }
  if (text === '') error(row.line, `序号 ${noText} 的任务内容是空的`);
  return { no: Number(noText), text, units, deadline };
}

function checkNumber(no: number, line: number, last: number, seen: Map<number, number>, what: string, error: ErrorFn): number {
  const before = seen.get(no);
  if (before !== undefined) {
    error(line, `${what}序号 ${no} 重复，第 ${before} 行已经用过`, '请给每一行不同的序号');
    return last;
  }
  seen.set(no, line);
  if (no !== last + 1) {
    const gap = no > last + 1 ? `缺少序号 ${last + 1}${no - 1 > last + 1 ? `–${no - 1}` : ''}` : `序号倒退了`;
    error(line, `${what}序号从 ${last} 跳到了 ${no}：${gap}`, '序号应从 1 开始连续编号；如果有行被删掉或拆开了，请补齐');
  }
  return no;
}

function readDeadline(line: number, text: string, error: ErrorFn): string | null {
  const result = parseDeadline(text);
  if (!result.ok) {
    error(line, `完成时限“${text}”无法识别`, DEADLINE_HINT);
    return null;
  }
  return result.date;
}
