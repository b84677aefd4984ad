import type { Task } from '../catalog/types.js';
import { formatTarget } from '../catalog/format-target.js';
import { KINDS } from './types.js';

/** The start of the body text `dossier new` writes: a file still holding it is not evidence yet. */
export const STUB_PLACEHOLDER_START = '（请在这里写工作开展情况';

/**
 * A prefilled evidence file for one task and department: the task text, deadline and targets as
 * YAML comments, every field present, metric values left empty for the department to fill in.
 */
export function evidenceStub(task: Task, unit: string, date: string, title?: string): string {
  const lines = [
    '---',
    `# 佐证材料说明（dossier new 生成）。请填写各字段和正文；以 # 开头的是说明，可以删除。`,
    `# 任务 ${task.id}：${task.text}`,
    `# 完成时限：${task.deadlineText}${task.deadline ? `（${task.deadline}）` : ''}`,
    `# 责任单位：${[...task.units, ...task.groups].join('、')}`,
    `task: ${/^\d+$/.test(task.id) ? task.id : JSON.stringify(task.id)}`,
    `unit: ${unit}`,
    `title: ${yamlString(title ?? `任务${task.id}佐证材料`)}    # 请改为材料的标题`,
    `date: ${date}    # 工作完成或文件印发的日期，写作 YYYY-MM-DD`,
    `status: 推进中    # 已完成 | 推进中 | 未启动`,
    `kind: 工作台账    # ${KINDS.join(' | ')}`,
  ];
  if (task.targets.length > 0) {
    lines.push('metrics:    # 方案对本任务的量化目标：请填写实际数值，如 100%');
    for (const t of task.targets) lines.push(`  - name: ${yamlString(t.name)}`, `    value: ""    # 目标：${formatTarget(t)}`);
  }
  lines.push('attachments: []    # 附件路径（相对于本文件），如：', '#  - 附件/台账.pdf', '---', '', `${STUB_PLACEHOLDER_START}：做了哪些工作、什么时候完成、取得了什么成效，用具体数字说明。）`, '');
  return lines.join('\n');
}

/** Quotes a YAML scalar when it would otherwise be misread (colons, #, leading symbols). */
export function yamlString(s: string): string {
  return /^[\p{L}\p{N}（(“][^:#\n]*$/u.test(s) && !/[:：]\s/.test(s) ? s : JSON.stringify(s);
}
