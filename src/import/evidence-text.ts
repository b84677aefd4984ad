import { formatTarget } from '../catalog/format-target.js';
import { yamlString } from '../dossier/stub.js';
import { KINDS } from '../dossier/types.js';
import type { EvidenceMeta } from './plan-import.js';

/**
 * The text of an imported evidence file: front matter (with the task and, as a comment ready to be
 * filled in, the plan's targets), then the body. `attachments` are paths relative to the file.
 */
export function importedEvidence(meta: EvidenceMeta, source: string, attachments: readonly string[], body: string): string {
  const { task } = meta;
  const lines = [
    '---',
    `# 由 dossier import 从“${source.replace(/\n/g, ' ')}”导入。请核对各字段和正文；以 # 开头的是说明，可以删除。`,
    `# 任务 ${task.id}：${task.text.replace(/\s+/g, ' ')}`,
    `# 完成时限：${task.deadlineText}${task.deadline ? `（${task.deadline}）` : ''}`,
    `task: ${/^\d+$/.test(task.id) ? Number(task.id) : JSON.stringify(task.id)}`,
    `unit: ${yamlString(meta.unit)}`,
    `title: ${yamlString(meta.title)}`,
    `date: ${meta.date}    # 工作完成或文件印发的日期`,
    `status: ${meta.status}    # 已完成 | 推进中 | 未启动`,
    `kind: ${meta.kind}    # ${KINDS.join(' | ')}`,
  ];
  if (task.targets.length > 0) {
    lines.push('# 方案对本任务的量化目标：请填写实际数值，再删去下面几行开头的“# ”');
    lines.push('# metrics:');
    for (const t of task.targets) lines.push(`#   - name: ${yamlString(t.name)}`, `#     value:     # 目标：${formatTarget(t).slice(t.name.length).trim()}`);
  }
  lines.push('attachments:', ...attachments.map((a) => `  - ${yamlString(a)}`), '---', '', body.trim(), '');
  return lines.join('\n');
}
