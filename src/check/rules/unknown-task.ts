import type { Catalog } from '../../catalog/types.js';
import type { Evidence } from '../../dossier/types.js';
import { diagnostic, type Diagnostic } from '../../util/diagnostic.js';

/**
 * `unknown-task`: task numbers not in the plan. Returns the evidence narrowed to known tasks;
 * a file none of whose tasks exists is not usable.
 */
export function unknownTask(catalog: Catalog, evidence: readonly Evidence[], push: (d: Diagnostic) => void): Evidence[] {
  const known = new Set(catalog.tasks.map((t) => t.no));
  const max = Math.max(...known);
  const usable: Evidence[] = [];
  for (const ev of evidence) {
    const bad = ev.tasks.filter((no) => !known.has(no));
    for (const no of bad) {
      push(
        diagnostic({
          code: 'unknown-task',
          severity: 'error',
          file: ev.file,
          line: ev.lines['task'],
          task: no,
          unit: ev.unit,
          message: `任务序号 ${no} 不在方案的任务分解表中（共 ${known.size} 项，序号 1–${max}）`,
          hint: '请对照任务分解表改正序号；可用 dossier catalog 查看全部任务',
        }),
      );
    }
    const good = ev.tasks.filter((no) => known.has(no));
    if (good.length > 0) usable.push(good.length === ev.tasks.length ? ev : { ...ev, tasks: good });
  }
  return usable;
}
