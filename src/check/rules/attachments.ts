import { resolveAttachment } from '../../dossier/attachment-path.js';
import { diagnostic } from '../../util/diagnostic.js';
import type { Rule } from '../types.js';

/**
 * `attachment-missing` and `attachment-outside`: every listed attachment must be a file that,
 * after resolving `\`, `..` and symlinks, lies inside the dossier folder (the package's own rule).
 */
export const attachments: Rule = (ctx) => {
  for (const ev of ctx.evidence) {
    for (const att of ev.attachments) {
      const found = resolveAttachment(ctx.root, ev.file, att.path);
      if (found.ok) continue;
      for (const no of ev.tasks) ctx.faults.add(`${ev.file}#${no}`);
      ctx.push(diagnostic({ code: found.code, message: found.message, hint: found.hint, severity: 'error', file: ev.file, line: att.line, task: ctx.label(ev.tasks[0]), unit: ev.unit }));
    }
  }
};
