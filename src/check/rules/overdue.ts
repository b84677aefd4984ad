import { diagnostic } from '../../util/diagnostic.js';
import { taskLabel } from '../../catalog/find-task.js';
import type { Rule } from '../types.js';

/** How many files or figures a reason names before it counts the rest. */
const NAMED = 3;

/**
 * `overdue`: a task in progress whose deadline lies before asOf. Where a file says 已完成 and the
 * task still is not, the message says why (a file whose attachments or pictures are missing or
 * unusable, a figure below its target), so that the office does not ask a department to mark as
 * done what it marked so already.
 */
export const overdue: Rule = (ctx) => {
  for (const task of ctx.catalog.tasks) {
    const p = ctx.progress.get(task.no)!;
    if (p.status !== 'in-progress' || !p.overdue) continue;
    const claimed = p.evidence.some((e) => e.status === '已完成');
    const missing = claimed ? [...new Set(p.evidence.filter((e) => ctx.missingParts.has(`${e.file}#${task.no}`)).map((e) => e.file))] : [];
    const below = claimed ? [...new Set(p.metrics.filter((m) => m.met === false).map((m) => `“${m.name}”`))] : [];
    const named = (list: string[]) => `${list.slice(0, NAMED).join('、')}${list.length > NAMED ? ` 等 ${list.length} 个` : ''}`;
    const reasons = [...(missing.length > 0 ? [`${named(missing)} 的附件或图片有问题`] : []), ...(below.length > 0 ? [`指标 ${named(below)} 未达到目标`] : [])];
    const hints = [
      ...(missing.length > 0 ? ['请补齐或改正这些文件的附件和图片（dossier check 列出了每处的行号和改法）'] : []),
      ...(below.length > 0 ? ['请核对指标的数值和目标；确未达到的，请继续推进并报送新的佐证材料'] : []),
    ];
    ctx.push(
      diagnostic({
        code: 'overdue',
        severity: 'warning',
        task: taskLabel(task),
        message: `任务 ${task.id} 已超过完成时限（${task.deadline}）${p.daysLate} 天，仍未完成${reasons.length > 0 ? `：已报“已完成”，但 ${reasons.join('，')}，不计为完成` : ''}`,
        hint: hints.length > 0 ? hints.join('；') : '请责任单位加快推进；已完成的，请把佐证文件的 status 改为“已完成”并补齐指标和附件',
      }),
    );
  }
};
