import { taskLabel } from '../catalog/find-task.js';
import type { Catalog, Task } from '../catalog/types.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { summarize } from './run-check.js';
import type { CheckResult } from './types.js';

/** Codes about a whole task that concern every department responsible for it. */
const TASK_CODES = new Set(['task-missing', 'overdue', 'metric-unreported']);

/** The check narrowed to one department: its tasks, its files, and the task-wide findings on them. */
export function narrowToUnit(result: CheckResult, catalog: Catalog, unit: string): CheckResult {
  const mine = new Set(result.tasks.filter((t) => catalog.tasks.find((c) => c.no === t.no)!.units.includes(unit) || t.evidence.some((e) => e.unit === unit)).map((t) => t.no));
  const labels = new Set(catalog.tasks.filter((t) => mine.has(t.no)).map(taskLabel));
  // The department's folders: its own name and those its files are in. A file there that names a
  // department the plan does not know (a slip of the pen) is the department's to mend, with all its findings.
  const folders = new Set([unit, ...result.tasks.flatMap((t) => t.evidence.filter((e) => e.unit === unit).map((e) => topFolder(e.file)))]);
  return narrowed(
    result,
    mine,
    (d) =>
      d.unit === unit ||
      (d.file !== undefined && d.unit !== undefined && !catalog.units.includes(d.unit) && folders.has(topFolder(d.file))) ||
      (d.unit === undefined && d.task !== undefined && labels.has(d.task) && TASK_CODES.has(d.code)),
  );
}

function topFolder(file: string): string {
  return file.split('/')[0]!;
}

/**
 * The check narrowed to one task: its progress and every finding about it or its files, and about
 * files that name no task that can be read but are named for it (`T23-….md`, as dossier new and
 * import name them: a file without front matter, or whose task: is unreadable).
 */
export function narrowToTask(result: CheckResult, task: Task): CheckResult {
  const files = new Set(result.tasks.find((t) => t.no === task.no)?.evidence.map((e) => e.file) ?? []);
  const label = taskLabel(task);
  const untold = new Set(result.diagnostics.filter((d) => d.file !== undefined && d.task !== undefined).map((d) => d.file!));
  return narrowed(result, new Set([task.no]), (d) => d.task === label || (d.file !== undefined && (files.has(d.file) || (d.task === undefined && !untold.has(d.file) && namedFor(d.file, task.id)))));
}

/** Whether a file's name starts with the task's id as dossier new and import name files (`T23-检查通报.md`, `T23-2.md`, `t2-3_台账.md`). */
function namedFor(file: string, id: string): boolean {
  const name = file.split('/').at(-1)!;
  return name.slice(0, id.length + 1).toUpperCase() === `T${id}` && /^(?:[-_－—\s.（(]|$)/.test(name.slice(id.length + 1));
}

function narrowed(result: CheckResult, keep: ReadonlySet<number>, wanted: (d: Diagnostic) => boolean): CheckResult {
  const tasks = result.tasks.filter((t) => keep.has(t.no));
  const diagnostics = result.diagnostics.filter(wanted);
  return {
    ...result,
    tasks,
    diagnostics,
    summary: summarize(tasks, diagnostics),
  };
}
