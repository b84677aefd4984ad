import { diagnostic } from '../../util/diagnostic.js';
import { nearUnit } from '../../catalog/near-unit.js';
import type { Rule } from '../types.js';

/** `unknown-unit`: the submitting department is neither in the plan nor in the alias table. */
export const unknownUnit: Rule = (ctx) => {
  const known = new Set(ctx.knownUnits);
  for (const ev of ctx.evidence) {
    if (known.has(ev.unit)) continue;
    const near = nearUnit(ev.unit, ctx.knownUnits);
    ctx.push(
      diagnostic({
        code: 'unknown-unit',
        severity: 'error',
        file: ev.file,
        line: ev.lines['unit'],
        task: ctx.label(ev.tasks[0]),
        unit: ev.unit,
        message: `责任单位“${ev.unit}”不在方案的单位名单中`,
        hint: near
          ? `是不是“${near}”？请改成方案中的写法；如果确是另一个单位，请在 dossier.config.yaml 的 units 或 unitAliases 中加上它`
          : '请使用方案任务分解表中的单位名称；如果确是另一个单位，请在 dossier.config.yaml 的 units 或 unitAliases 中加上它',
      }),
    );
  }
};
