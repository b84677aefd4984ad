import { diagnostic } from '../../util/diagnostic.js';
import { taskLabel } from '../../catalog/find-task.js';
import type { Rule } from '../types.js';

/** `unit-missing`: a department the plan lists for a task that has evidence, but none from it. */
export const unitMissing: Rule = (ctx) => {
  for (const task of ctx.catalog.tasks) {
    const p = ctx.progress.get(task.no)!;
    if (p.status === 'missing') continue;
    for (const unit of p.unitsMissing) {
      ctx.push(
        diagnostic({
          code: 'unit-missing',
          severity: 'warning',
          task: taskLabel(task),
          unit,
          message: `任务 ${task.id} 已有佐证材料，但责任单位${unit}还没有报送`,
          hint: `请${unit}报送本单位承担部分的佐证材料`,
        }),
      );
    }
  }
};
