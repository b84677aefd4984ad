import { diagnostic } from '../../util/diagnostic.js';
import { taskLabel } from '../../catalog/find-task.js';
import type { Rule } from '../types.js';

/** How many files or figures a reason names before it counts the rest. */
const NAMED = 3;

/**
 * `overdue`: a task in progress whose deadline lies before asOf. Where a file says 已完成 and the
 * task still is not, the message says why (a file with errors, a figure below its target), so that
 * the office does not ask a department to mark as done what it marked so already.
 */
export const overdue: Rule = (ctx) => {
  for (const task of ctx.catalog.tasks) {
    const p = ctx.progress.get(task.no)!;
    if (p.status !== 'in-progress' || !p.overdue) continue;
    const claimed = p.evidence.some((e) => e.status === '已完成');
    const faulted = [...new Set(p.evidence.filter((e) => ctx.faults.has(`${e.file}#${task.no}`)).map((e) => e.file))];
    const below = [...new Set(p.metrics.filter((m) => m.met === false).map((m) => m.name))];
    const named = (list: string[], quote = false) =>
      `${list
        .slice(0, NAMED)
        .map((x) => (quote ? `“${x}”` : x))
        .join('、')}${list.length > NAMED ? ` 等 ${list.length} 个` : ''}`;
    const why =
      claimed && faulted.length > 0 ? `：已报“已完成”，但 ${named(faulted)} 有错误，不计为完成` : claimed && below.length > 0 ? `：已报“已完成”，但指标 ${named(below, true)} 未达到目标` : '';
    ctx.push(
      diagnostic({
        code: 'overdue',
        severity: 'warning',
        task: taskLabel(task),
        message: `任务 ${task.id} 已超过完成时限（${task.deadline}）${p.daysLate} 天，仍未完成${why}`,
        hint:
          claimed && faulted.length > 0
            ? '请改正这些文件中的错误（dossier check 列出了每处错误的行号和改法），改正后即计为完成'
            : claimed && below.length > 0
              ? '请核对指标的数值和目标；确未达到的，请继续推进并报送新的佐证材料'
              : '请责任单位加快推进；已完成的，请把佐证文件的 status 改为“已完成”并补齐指标和附件',
      }),
    );
  }
};
