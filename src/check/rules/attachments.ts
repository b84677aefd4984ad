import { resolveAttachment } from '../../dossier/attachment-path.js';
import { diagnostic } from '../../util/diagnostic.js';
import type { Rule } from '../types.js';

/**
 * `attachment-missing` and `attachment-outside`: every listed attachment, and every picture the
 * body shows, must be a file that, after resolving `\`, `..` and symlinks, lies inside the dossier
 * folder (the package's own rule).
 */
export const attachments: Rule = (ctx) => {
  for (const ev of ctx.evidence) {
    for (const att of ev.attachments) {
      const found = resolveAttachment(ctx.root, ev.file, att.path);
      if (found.ok) continue;
      for (const no of ev.tasks) ctx.faults.add(`${ev.file}#${no}`);
      ctx.push(diagnostic({ code: found.code, message: found.message, hint: found.hint, severity: 'error', file: ev.file, line: att.line, task: ctx.label(ev.tasks[0]), unit: ev.unit }));
    }
    // A picture the body shows is looked for the same way: without it the report shows none.
    for (const pic of ev.pictures ?? []) {
      const found = resolveAttachment(ctx.root, ev.file, pic.path);
      if (found.ok) continue;
      for (const no of ev.tasks) ctx.faults.add(`${ev.file}#${no}`);
      const message = found.message.replace(/^附件“/, '正文中的图片“');
      const hint = found.code === 'attachment-missing' && !found.hint.startsWith('同一文件夹') ? '请把图片放到对应位置，或改正正文中的路径（路径相对于本 .md 文件所在的文件夹）' : found.hint;
      ctx.push(diagnostic({ code: found.code, message, hint, severity: 'error', file: ev.file, line: pic.line, task: ctx.label(ev.tasks[0]), unit: ev.unit }));
    }
  }
};
