import type { Catalog, Task } from '../catalog/types.js';
import type { CheckResult, TaskProgress } from '../check/types.js';
import type { ScoreView } from '../score/score-report.js';
import type { Sheet } from '../sheet/types.js';
import { chineseDate, taskTitle } from './helpers.js';

/** One problem of the creation work and what is being done about it, in the office's words. */
export interface RectificationRow {
  readonly problem: string;
  readonly measure: string;
  readonly units: string;
  readonly deadline: string;
  readonly status: string;
}

/** What the office configured for the ledger (`rectification:` in the workspace). */
export interface RectificationSettings {
  /** 整改时限 of every row (YYYY-MM-DD); without it the rows say 复核前. */
  readonly deadline?: string;
}

/** The 整改时限 written when the office has set none. */
export const DEFAULT_DEADLINE_TEXT = '复核前';

/**
 * The rectification ledger (问题整改台账) as the city's safety committee reads it: the creation
 * work's own problems — tasks without evidence, departments that have not reported, overdue tasks,
 * figures below target, points lost in the self-assessment — each with its measure, departments,
 * deadline and status. Faults of the evidence files themselves (format, names, links) are the
 * office's internal work and stay in the check and the chase lists.
 */
export function rectificationRows(result: CheckResult, catalog: Catalog, score: ScoreView, settings: RectificationSettings): RectificationRow[] {
  const deadline = settings.deadline ? chineseDate(settings.deadline) + '前' : DEFAULT_DEADLINE_TEXT;
  const status = '整改中';
  const byNo = new Map(catalog.tasks.map((t) => [t.no, t]));
  const rows: RectificationRow[] = [];
  for (const p of result.tasks) {
    const task = byNo.get(p.no);
    if (!task) continue;
    // Quotes inside the quoted title become single quotes (“实施‘两客一危’等……”).
    const name = `任务${task.id}“${taskTitle(task).replace(/“/g, '‘').replace(/”/g, '’')}”`;
    const units = responsible(task);
    if (p.status === 'missing') {
      rows.push({ problem: `${name}尚未报送工作开展情况和佐证材料`, measure: `督促${units}抓紧推进，按要求报送工作开展情况和佐证材料`, units, deadline, status });
      continue;
    }
    for (const unit of p.unitsMissing) {
      rows.push({ problem: `${name}中${unit}承担的工作尚未报送佐证材料`, measure: `督促${unit}报送本单位承担部分的工作开展情况和佐证材料`, units: unit, deadline, status });
    }
    if (p.overdue) {
      rows.push({
        problem: `${name}已超过完成时限（${task.deadlineText}），尚未完成`,
        measure: `督促${units}加快推进，尽快完成并报送佐证材料`,
        units,
        deadline,
        status,
      });
    }
    for (const m of belowTarget(p)) {
      rows.push({ problem: `${name}：${m.name}为${m.value}，未达到${m.target}的目标`, measure: `${units}采取针对性措施，确保${m.name}达到目标要求`, units, deadline, status });
    }
  }
  for (const item of score.lost) {
    const units = item.units.join('、');
    rows.push({
      problem: `评分标准${item.label}扣${item.deducted}分：${item.reasons}`,
      measure: `对照评分标准逐条整改${item.label}存在的问题，补齐相关工作和佐证材料`,
      units: units || OFFICE,
      deadline,
      status,
    });
  }
  return rows;
}

/** The ledger as a sheet (XLSX, and the landscape PDF page of the package). */
export function rectificationSheet(rows: readonly RectificationRow[], district: string, asOf: string): Sheet {
  return {
    name: '问题整改台账',
    title: `${district}国家安全发展示范城市创建工作问题整改台账（截至${chineseDate(asOf)}）`,
    columns: [
      { header: '序号', width: 6 },
      { header: '问题', width: 50, wrap: true },
      { header: '整改措施', width: 40, wrap: true },
      { header: '责任单位', width: 20, wrap: true },
      { header: '整改时限', width: 16, wrap: true },
      { header: '整改状态', width: 10 },
    ],
    rows: rows.map((r, i) => [i + 1, r.problem, r.measure, r.units, r.deadline, r.status]),
  };
}

/** Who answers for a task: its lead departments, else all its departments, else the groups the plan names (各部门、各单位), else the office. */
function responsible(task: Task): string {
  const who = task.lead.length > 0 ? task.lead : task.units.length > 0 ? task.units : task.groups;
  return who.length > 0 ? who.join('、') : OFFICE;
}

/** The office that runs the creation work, answering for what no department does. */
const OFFICE = '创建工作领导小组办公室';

/** A target in words, as a ledger writes it: `>80` with `%` → 大于80%, `>=95` → 不低于95%. */
function targetWords(target: string, unit: string): string {
  const m = /^\s*(>=|<=|≥|≤|>|<|=)?\s*(.*)$/.exec(target)!;
  const words: Readonly<Record<string, string>> = { '>=': '不低于', '≥': '不低于', '<=': '不高于', '≤': '不高于', '>': '大于', '<': '小于', '=': '' };
  return `${words[m[1] ?? '='] ?? ''}${m[2]}${unit}`;
}

/** Reported figures below their targets, as the ledger writes them (96.5%, 1.6平方米). */
function belowTarget(p: TaskProgress): { name: string; value: string; target: string }[] {
  return p.metrics.filter((m) => m.met === false && m.target !== undefined).map((m) => ({ name: m.name, value: `${m.value}${m.unit}`, target: targetWords(m.target!, m.unit) }));
}
