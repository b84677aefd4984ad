import { diagnostic } from '../../util/diagnostic.js';
import { taskLabel } from '../../catalog/find-task.js';
import type { Rule } from '../types.js';

/** `task-missing`: a task without usable evidence; past its deadline, the message says how late. */
export const taskMissing: Rule = (ctx) => {
  for (const task of ctx.catalog.tasks) {
    const p = ctx.progress.get(task.no)!;
    if (p.status !== 'missing') continue;
    const who = [...task.units, ...task.groups].join('、');
    const late = p.overdue ? `，已超过完成时限（${task.deadline}）${p.daysLate} 天` : task.deadline ? `，完成时限 ${task.deadline}` : '';
    ctx.push(
      diagnostic({
        code: 'task-missing',
        severity: 'error',
        task: taskLabel(task),
        message: `任务 ${task.id} 还没有任何可用的佐证材料${late}（责任单位：${who}）`,
        hint: `请责任单位报送佐证材料，可用 dossier new --task ${task.id} --unit ${task.units[0] ?? '单位名称'} 生成文件框架`,
      }),
    );
  }
};
