import { diagnostic } from '../../util/diagnostic.js';
import { nearest } from '../../util/edit-distance.js';
import type { Rule } from '../types.js';

/** `unknown-unit`: the submitting department is neither in the plan nor in the alias table. */
export const unknownUnit: Rule = (ctx) => {
  const known = new Set(ctx.knownUnits);
  for (const ev of ctx.evidence) {
    if (known.has(ev.unit)) continue;
    const near = nearest(ev.unit, ctx.knownUnits, Math.max(2, Math.floor([...ev.unit].length / 3))) ?? within(ev.unit, ctx.knownUnits);
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

/**
 * The plan's department a name holds with more words around it (曲江新区住建局, 西安市曲江新区应急管理中心
 * → the longest name inside it), or the only one that holds the name (消防救援大队 → 曲江消防救援大队).
 */
function within(name: string, known: readonly string[]): string | undefined {
  const inside = known.filter((k) => [...k].length >= 2 && name.includes(k)).sort((a, b) => b.length - a.length);
  if (inside.length > 0) return inside[0];
  const around = known.filter((k) => [...name].length >= 2 && k.includes(name));
  return around.length === 1 ? around[0] : undefined;
}
