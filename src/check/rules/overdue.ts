import { diagnostic } from '../../util/diagnostic.js';
import { taskLabel } from '../../catalog/find-task.js';
import type { Rule } from '../types.js';

/** `overdue`: a task in progress whose deadline lies before asOf. */
export const overdue: Rule = (ctx) => {
  for (const task of ctx.catalog.tasks) {
    const p = ctx.progress.get(task.no)!;
    if (p.status !== 'in-progress' || !p.overdue) continue;
    ctx.push(
      diagnostic({
        code: 'overdue',
        severity: 'warning',
        task: taskLabel(task),
        message: `任务 ${task.id} 已超过完成时限（${task.deadline}）${p.daysLate} 天，仍未完成`,
        hint: '请责任单位加快推进；已完成的，请把佐证文件的 status 改为“已完成”并补齐指标和附件',
      }),
    );
  }
};
