import { diagnostic } from '../../util/diagnostic.js';
import type { Rule } from '../types.js';

/** `duplicate-evidence`: a second file with the same task, department and title as an earlier one. */
export const duplicateEvidence: Rule = (ctx) => {
  const first = new Map<string, string>();
  for (const ev of ctx.evidence) {
    const key = `${[...ev.tasks].sort((a, b) => a - b).join(',')}|${ev.unit}|${ev.title}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, ev.file);
      continue;
    }
    ctx.push(
      diagnostic({
        code: 'duplicate-evidence',
        severity: 'warning',
        file: ev.file,
        line: ev.lines['title'],
        task: ctx.label(ev.tasks[0]),
        unit: ev.unit,
        message: `与 ${earlier} 的任务、单位和标题都相同，可能重复报送`,
        hint: '如果是同一份材料，请删掉其中一份；如果是不同材料，请改用能区分的标题',
      }),
    );
  }
};
