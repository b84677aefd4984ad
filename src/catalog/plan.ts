import { nearest } from '../util/edit-distance.js';
import type { AliasTable } from './aliases.js';
import { parseDeadline } from './deadline.js';
import { parseMainTasks } from './main-tasks.js';
import { assignIds } from './numbering.js';
import type { PlanSource } from './raw-table.js';
import { readTextPlan } from './read-text.js';
import { collectRows, type DraftRow } from './table-rows.js';
import { extractTargets } from './targets.js';
import type { Catalog, DeadlineKind, PlanIssue, Section, Stage, Task } from './types.js';
import { splitUnits } from './units.js';
import { halfWidth } from '../util/half-width.js';

/** The catalog read from a plan, or the problems that keep it from being trusted. */
export interface PlanResult {
  /** Present only when the plan has no errors: a partial catalog is never handed on. */
  readonly catalog?: Catalog;
  readonly issues: readonly PlanIssue[];
}

const DEADLINE_HINT = '可写作“2020年12月”“2021年6月30日前”“2021.6”“2021年底前”“上半年”“2020年10月-2021年7月”“长期坚持”“每年”或“规划水平年”';

/** Parses a text plan (implementation plan with its 任务分解表 and 日程安排表) into a catalog. */
export function parsePlan(text: string, planPath: string, aliases: AliasTable): PlanResult {
  return buildCatalog(readTextPlan(text), planPath, aliases);
}

/**
 * Builds the catalog from the tables a plan reader found. Every non-empty row becomes a task, a
 * section, a schedule stage or a repeated header, or an error at its place; with any error the
 * catalog is withheld.
 */
export function buildCatalog(source: PlanSource, planPath: string, aliases: AliasTable): PlanResult {
  const issues: PlanIssue[] = [...source.issues];
  const error = (r: DraftRow, message: string, hint?: string, col?: number) =>
    issues.push({ severity: 'error', line: r.row.line, place: r.row.place(col), message, ...(hint === undefined ? {} : { hint }) });
  const warn = (r: DraftRow, message: string, hint?: string, col?: number) =>
    issues.push({ severity: 'warning', line: r.row.line, place: r.row.place(col), message, ...(hint === undefined ? {} : { hint }) });
  const rows = collectRows(source.tables);
  issues.push(...rows.issues);
  if (rows.tasks.length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push({
      severity: 'error',
      line: source.textLines ? 1 : 0,
      message: '方案中没有找到任务分解表',
      hint: '任务分解表要有表头行，至少写明“序号”“任务内容（或主要目标任务、工作任务）”和“责任单位”或“完成时限”',
    });
    return { issues };
  }
  const sections: Section[] = rows.sections.length > 0 ? rows.sections : [{ no: 1, title: rows.title ?? '创建工作任务' }];
  const implicit = rows.sections.length === 0;
  const ids = assignIds(rows.tasks, '任务', error);
  const stageIds = assignIds(rows.stages, '日程', error);
  const planYear = evidentYear([...rows.tasks, ...rows.stages], [rows.title ?? '', ...source.lines.slice(0, 40)]);

  const tasks: Task[] = rows.tasks.map((r, i) => {
    const id = ids[i]!;
    if (!implicit && r.section === 0) error(r, `任务 ${id} 出现在第一个分节行之前`, '任务分解表的第一行应是分节行，如“<b>一、…</b>”');
    const lead = splitUnits(r.lead, aliases);
    const support = splitUnits(r.support, aliases);
    const all = splitUnits(r.units, aliases);
    const units = [...new Set([...lead.units, ...all.units, ...support.units])];
    const groups = [...new Set([...lead.groups, ...all.groups, ...support.groups])];
    if (units.length + groups.length === 0) error(r, `任务 ${id} 没有写责任单位`, '请在责任单位（或牵头单位）一列写明单位名称');
    const deadline = readDeadline(r, planYear, error, warn);
    return {
      id,
      no: i + 1,
      section: implicit ? 1 : Math.max(1, r.section),
      text: r.text,
      units,
      lead: lead.units,
      support: support.units,
      groups,
      deadline: deadline.date,
      deadlineKind: deadline.kind,
      deadlineText: r.deadline,
      targets: extractTargets(r.text),
      items: itemRefs(r.items),
      extra: r.extra,
      line: r.row.line,
      place: r.row.place(),
    };
  });
  const schedule: Stage[] = rows.stages.map((r, i) => {
    const split = splitUnits([r.lead, r.units, r.support].filter((x) => x !== '').join('、'), aliases);
    const deadline = readDeadline(r, planYear, error, warn);
    return {
      no: Number(stageIds[i]) || i + 1,
      text: r.text,
      units: split.units,
      groups: split.groups,
      deadline: deadline.date,
      deadlineKind: deadline.kind,
      deadlineText: r.deadline,
      line: r.row.line,
      place: r.row.place(),
    };
  });

  const main = source.textLines ? parseMainTasks(source.lines, aliases) : { mainTasks: [], issues: [] };
  issues.push(...main.issues);
  const units = unitsInOrder([...tasks, ...schedule, ...main.mainTasks], issues);
  if (issues.some((i) => i.severity === 'error')) return { issues };
  const district = districtOf([...source.lines.slice(0, 40), rows.title ?? '']);
  const catalog: Catalog = { plan: planPath, sections, tasks, schedule, mainTasks: main.mainTasks, units };
  return { catalog: district === undefined ? catalog : { ...catalog, district }, issues };
}

/**
 * The district a plan's title names: the words before 国家安全发展示范城市, without a year after them or
 * the verb before it (曲江新区创建国家…, 某区2020年争创国家…, 关于印发某区创建…).
 */
export function districtOf(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = /^(?:关于印发|关于)?([^，。：:《》“”\d]{2,20}?)(?:\d{4}年度?)?(?:创建|争创|申创|推进)?(?:国家)?安全发展示范城市/.exec(line.replace(/^#+/, '').replace(/\s+/g, ''));
    if (m) return m[1];
  }
  return undefined;
}

/** Reports a problem of a row; `col`: the column whose cell it is in (Excel names that cell). */
type ErrorFn = (r: DraftRow, message: string, hint?: string, col?: number) => void;

function readDeadline(r: DraftRow, planYear: number | undefined, error: ErrorFn, warn: ErrorFn): { date: string | null; kind: DeadlineKind } {
  if (!r.hasDeadline) return { date: null, kind: 'none' };
  const result = parseDeadline(r.deadline, planYear);
  if (result.ok && result.vague !== undefined) {
    warn(
      r,
      `完成时限“${r.deadline}”中的“${result.vague}”没有具体日期，暂按 ${result.date}（当年年底）统计是否逾期`,
      `如果要按更早的日期统计和催办，请在方案中写明日期，如“${result.date!.slice(0, 4)}年5月底前”`,
      r.deadlineCol,
    );
  }
  if (result.ok) return { date: result.date, kind: result.kind };
  if (r.deadline === '') error(r, '完成时限是空的', `请写明完成时限，${DEADLINE_HINT}`, r.deadlineCol);
  else if (result.year) error(r, `完成时限“${r.deadline}”没有写年份，方案中也看不出是哪一年`, '请写明年份，如“2021年6月底前”“2021年上半年”', r.deadlineCol);
  else error(r, `完成时限“${r.deadline}”无法识别`, DEADLINE_HINT, r.deadlineCol);
  return { date: null, kind: 'none' };
}

/** The plan's year where one is evident: the only year its deadlines name, else the only one in its title. */
function evidentYear(rows: readonly DraftRow[], titles: readonly string[]): number | undefined {
  const only = (texts: readonly string[]) => {
    const years = new Set(texts.flatMap((t) => [...t.matchAll(/(20\d{2})\s*(?:年|[./-]\d)/g)].map((m) => Number(m[1]))));
    return years.size === 1 ? [...years][0] : undefined;
  };
  return only(rows.map((r) => r.deadline)) ?? only(titles);
}

/** Standard item numbers named in an indicator cell: `（4）（5）`, `4、5`, `第4项`. */
function itemRefs(cell: string): string[] {
  return [...new Set([...halfWidth(cell).matchAll(/\d+/g)].map((m) => m[0]))];
}

/** Every concrete department in order of first appearance, warning about near-identical spellings. */
function unitsInOrder(items: readonly { units: readonly string[]; line: number; place?: string }[], issues: PlanIssue[]): string[] {
  const units: string[] = [];
  const where = new Map<string, { line: number; place?: string }>();
  const count = new Map<string, number>();
  for (const item of items) {
    for (const u of item.units) {
      count.set(u, (count.get(u) ?? 0) + 1);
      if (!where.has(u)) {
        units.push(u);
        where.set(u, item);
      }
    }
  }
  units.forEach((u, i) => {
    const twin = nearest(u, units.slice(0, i), 1);
    if (twin !== undefined && [...u].length >= 3) {
      // The alias suggested maps the rarer spelling onto the commoner one.
      const [rare, common] = (count.get(u) ?? 0) > (count.get(twin) ?? 0) ? [twin, u] : [u, twin];
      const at = where.get(rare)!;
      issues.push({
        severity: 'warning',
        line: at.line,
        ...(at.place === undefined ? {} : { place: at.place }),
        message: `责任单位“${rare}”与“${common}”只差一个字，可能是同一单位的两种写法`,
        hint: `如果是同一单位，请在别名表（dossier.config.yaml 的 unitAliases）中加上“${rare}: ${common}”`,
      });
    }
  });
  return units;
}
