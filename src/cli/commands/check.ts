import { findTask } from '../../catalog/find-task.js';
import { withItemFindings } from '../item-findings.js';
import { narrowToTask, narrowToUnit } from '../../check/narrow.js';
import { checkJson } from '../../check/to-json.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { shownPath } from '../open-workspace.js';
import { formatCheckReport } from '../format-check.js';
import { checkWorkspace, type CheckCommandOptions } from '../check-workspace.js';

/** `dossier check`: reports every problem in the evidence; exit 1 when there are errors. */
export async function checkCommand(io: Io, opts: CheckCommandOptions): Promise<number> {
  const checked = await checkWorkspace(io, opts, { trustStatus: true });
  const { ws, catalog } = checked;
  const full = (await withItemFindings(io, ws, catalog, checked.result)).result;
  let result = checked.unit === undefined ? full : narrowToUnit(full, catalog, checked.unit);
  const scope: string[] = checked.unit === undefined ? [] : [checked.unit];
  if (opts.task !== undefined) {
    const task = findTask(catalog, opts.task);
    if (!task) throw new UsageError(`--task 指定的任务序号“${opts.task}”不在方案中`, `序号应在 ${catalog.tasks[0]?.id ?? 1}–${catalog.tasks.at(-1)?.id ?? 1} 之间；用 dossier catalog 查看全部任务`);
    result = narrowToTask(result, task);
    scope.push(`任务 ${task.id}`);
  }
  if (opts.json) io.out(JSON.stringify(checkJson(result), null, 2) + '\n');
  else io.out(formatCheckReport(catalog, result, { dossiers: shownPath(io.cwd, ws.dossiers), columns: io.columns, ...(scope.length ? { scope: scope.join('、') } : {}) }));
  return result.summary.errors > 0 ? 1 : 0;
}
