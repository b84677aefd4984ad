import { diagnostic } from '../../util/diagnostic.js';
import { taskLabel } from '../../catalog/find-task.js';
import type { Rule } from '../types.js';

/** `unit-not-responsible`: a known department reports on a task the plan does not give it. */
export const unitNotResponsible: Rule = (ctx) => {
  const known = new Set(ctx.knownUnits);
  for (const ev of ctx.evidence) {
    if (!known.has(ev.unit)) continue;
    for (const no of ev.tasks) {
      const task = ctx.tasks.get(no);
      // A task given to a collective (安委会各相关成员单位, 各板块) may be served by any department.
      if (!task || task.groups.length > 0 || task.units.includes(ev.unit)) continue;
      ctx.push(
        diagnostic({
          code: 'unit-not-responsible',
          severity: 'warning',
          file: ev.file,
          line: ev.lines['unit'],
          task: taskLabel(task),
          unit: ev.unit,
          message: `方案没有把任务 ${task.id} 分给${ev.unit}（责任单位：${task.units.join('、')}）`,
          hint: '请核对任务序号是否写错；如确是协助提供的材料，可保留，此提示不影响统计',
        }),
      );
    }
  }
};
