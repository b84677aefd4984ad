import { taskRef } from '../../catalog/find-task.js';
import type { Catalog } from '../../catalog/types.js';
import { evidenceWith } from '../../dossier/evidence-cache.js';
import type { Evidence, EvidenceFile } from '../../dossier/types.js';
import { diagnostic, type Diagnostic } from '../../util/diagnostic.js';

/**
 * `unknown-task`: task ids not in the plan. Returns the evidence with its tasks resolved to the
 * plan's running numbers; a file none of whose tasks exists is not usable.
 */
export function unknownTask(catalog: Catalog, files: readonly EvidenceFile[], push: (d: Diagnostic) => void): Evidence[] {
  const byId = new Map(catalog.tasks.map((t) => [t.id, t.no]));
  const ids = catalog.tasks.map((t) => t.id);
  const range = ids.length > 0 ? `共 ${ids.length} 项，序号 ${ids[0]}–${ids.at(-1)}` : '方案中没有任务';
  const usable: Evidence[] = [];
  // A reference is read once however many files give it (thousands of files name the same few dozen tasks).
  const read = new Map<string, number | undefined>();
  const noOf = (ref: string): number | undefined => {
    if (!read.has(ref)) read.set(ref, byId.get(taskRef(ref)));
    return read.get(ref);
  };
  for (const ev of files) {
    const tasks: number[] = [];
    for (const ref of ev.taskRefs) {
      const no = noOf(ref);
      if (no !== undefined) {
        if (!tasks.includes(no)) tasks.push(no);
        continue;
      }
      push(
        diagnostic({
          code: 'unknown-task',
          severity: 'error',
          file: ev.file,
          line: ev.lines['task'],
          ...(/^\d+$/.test(ref) ? { task: Number(ref) } : {}),
          unit: ev.unit,
          message: `任务序号 ${ref} 不在方案的任务分解表中（${range}）`,
          hint: '请对照任务分解表改正序号；可用 dossier catalog 查看全部任务',
        }),
      );
    }
    if (tasks.length > 0) usable.push(withTasks(ev, tasks));
  }
  return usable;
}

/** The evidence with its tasks, keeping its properties as they are (a body still to be read from the file stays so). */
function withTasks(ev: EvidenceFile, tasks: number[]): Evidence {
  return evidenceWith(ev, { tasks });
}
