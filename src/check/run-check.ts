import type { Catalog, Task } from '../catalog/types.js';
import { taskLabel } from '../catalog/find-task.js';
import type { LoadedDossier } from '../dossier/load.js';
import type { Evidence } from '../dossier/types.js';
import { diagnostic, type Diagnostic } from '../util/diagnostic.js';
import { attachments } from './rules/attachments.js';
import { duplicateEvidence } from './rules/duplicate-evidence.js';
import { metricUnreported } from './rules/metric-unreported.js';
import { metrics } from './rules/metrics.js';
import { overdue } from './rules/overdue.js';
import { taskMissing } from './rules/task-missing.js';
import { unitMissing } from './rules/unit-missing.js';
import { unitNotResponsible } from './rules/unit-not-responsible.js';
import { unknownTask } from './rules/unknown-task.js';
import { unknownUnit } from './rules/unknown-unit.js';
import type { CheckContext, CheckResult, Rule, Summary, TaskProgress } from './types.js';

/** Rules over single evidence files, run before task status is known. */
const EVIDENCE_RULES: readonly Rule[] = [unknownUnit, unitNotResponsible, attachments, metrics, duplicateEvidence];
/** Rules over tasks, run once every task's status is known. */
const TASK_RULES: readonly Rule[] = [taskMissing, unitMissing, overdue, metricUnreported];

/** What the check needs besides the catalog and the loaded dossier. */
export interface CheckOptions {
  /** Absolute real path of the dossier folder. */
  readonly root: string;
  /** YYYY-MM-DD: deadlines before this date are past. */
  readonly asOf: string;
  /** Departments accepted besides those the plan names. */
  readonly extraUnits?: readonly string[];
}

/** Checks loaded evidence against the catalog: diagnostics, task status and overdue flags. */
export async function runCheck(catalog: Catalog, loaded: LoadedDossier, options: CheckOptions): Promise<CheckResult> {
  const diagnostics: Diagnostic[] = [];
  const push = (d: Diagnostic) => void diagnostics.push(d);
  const knownUnits = [...catalog.units, ...(options.extraUnits ?? []).filter((u) => !catalog.units.includes(u))];
  for (const d of loaded.diagnostics) push(withFolderUnit(d, knownUnits));
  const evidence = unknownTask(catalog, loaded.evidence, push);
  const byNo = new Map(catalog.tasks.map((t) => [t.no, t]));
  const byTask = new Map<number, Evidence[]>();
  for (const ev of evidence) for (const no of ev.tasks) byTask.set(no, [...(byTask.get(no) ?? []), ev]);
  const ctx: CheckContext = {
    catalog,
    tasks: byNo,
    knownUnits,
    root: options.root,
    asOf: options.asOf,
    evidence,
    byTask,
    metrics: new Map(),
    faults: new Set(),
    missingParts: new Set(),
    progress: new Map(),
    push,
    label: (no) => (no === undefined ? undefined : taskLabel(byNo.get(no)!)),
  };
  for (const rule of EVIDENCE_RULES) await rule(ctx);
  for (const task of catalog.tasks) ctx.progress.set(task.no, progressOf(task, ctx));
  for (const rule of TASK_RULES) await rule(ctx);

  const tasks = catalog.tasks.map((t) => ctx.progress.get(t.no)!);
  return {
    asOf: options.asOf,
    summary: summarize(tasks, diagnostics),
    tasks,
    diagnostics: sortDiagnostics(diagnostics, new Map(catalog.tasks.map((t) => [taskLabel(t), t.no]))),
    files: loaded.files,
  };
}

function progressOf(task: Task, ctx: CheckContext): TaskProgress {
  const evidence = ctx.byTask.get(task.no) ?? [];
  const metrics = ctx.metrics.get(task.no) ?? [];
  const done = evidence.some((e) => e.status === '已完成') && !metrics.some((m) => m.met === false) && !evidence.some((e) => ctx.faults.has(`${e.file}#${task.no}`));
  const status = evidence.length === 0 ? 'missing' : done ? 'complete' : 'in-progress';
  const daysLate = task.deadline === null ? 0 : daysBetween(task.deadline, ctx.asOf);
  const submitted = new Set(evidence.map((e) => e.unit));
  return {
    id: task.id,
    no: task.no,
    status,
    overdue: status !== 'complete' && daysLate > 0,
    daysLate: status !== 'complete' && daysLate > 0 ? daysLate : 0,
    evidence,
    unitsMissing: task.units.filter((u) => !submitted.has(u)),
    metrics,
  };
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A file diagnostic without a department gets the one its folder is named after, when that is one. */
function withFolderUnit(d: Diagnostic, units: readonly string[]): Diagnostic {
  if (d.unit !== undefined || d.file === undefined) return d;
  const folder = d.file.split('/')[0]!;
  return d.file.includes('/') && units.includes(folder) ? diagnostic({ ...d, unit: folder }) : d;
}

function sortDiagnostics(list: Diagnostic[], order: ReadonlyMap<number | string, number>): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.task === undefined ? 0 : (order.get(d.task) ?? 0));
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const fa = a.d.file;
      const fb = b.d.file;
      if (fa !== undefined && fb === undefined) return -1;
      if (fa === undefined && fb !== undefined) return 1;
      if (fa !== undefined && fb !== undefined && fa !== fb) return fa < fb ? -1 : 1;
      if (fa !== undefined) return (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i;
      return rank(a.d) - rank(b.d) || a.i - b.i;
    })
    .map((x) => x.d);
}

/** The contract's summary counts over a set of tasks and diagnostics. */
export function summarize(tasks: readonly TaskProgress[], diagnostics: readonly Diagnostic[]): Summary {
  return {
    ...countTasks(tasks),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

/** How many of `tasks` are complete, in progress, missing and overdue. */
export function countTasks(tasks: readonly TaskProgress[]) {
  return {
    tasks: tasks.length,
    complete: tasks.filter((t) => t.status === 'complete').length,
    inProgress: tasks.filter((t) => t.status === 'in-progress').length,
    missing: tasks.filter((t) => t.status === 'missing').length,
    overdue: tasks.filter((t) => t.overdue).length,
  };
}
