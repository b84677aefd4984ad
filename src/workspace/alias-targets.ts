import { readFileSync } from 'node:fs';
import { squeeze } from '../catalog/aliases.js';
import type { Catalog, PlanIssue } from '../catalog/types.js';
import { nearUnit } from '../catalog/near-unit.js';
import type { Workspace } from './config.js';

/**
 * `unitAliases` entries that are likely written wrong, each a warning at its line of the config (0
 * when the line cannot be told): one whose left side is a department the plan names (`planUnits`,
 * the plan read with the bundled aliases only), which renames that department everywhere (written
 * the wrong way round?); one whose right side is no department of the plan nor of `units:`, onto
 * which the evidence written with the left spelling would be mapped and reported as unknown-unit.
 */
export function aliasTargetProblems(ws: Workspace, catalog: Catalog, planUnits: readonly string[]): PlanIssue[] {
  const known = [...catalog.units, ...planUnits, ...ws.extraUnits.map(squeeze)];
  // Two spellings of one department that the plan both uses (区住建局: 住建局) are merged, not renamed.
  const renamed = Object.entries(ws.unitAliases).filter(
    ([from, to]) => planUnits.includes(squeeze(from)) && squeeze(from) !== squeeze(to) && !(planUnits.includes(squeeze(to)) && sameWithPrefix(squeeze(from), squeeze(to))),
  );
  const stray = Object.entries(ws.unitAliases).filter(([from, to]) => !known.includes(squeeze(to)) && !renamed.some(([f]) => f === from));
  if (stray.length + renamed.length === 0) return [];
  let lines: string[] = [];
  try {
    lines = ws.configFile === undefined ? [] : readFileSync(ws.configFile, 'utf8').split(/\r\n?|\n/);
  } catch {
    // The config was read a moment ago; without it the warnings go without a line.
  }
  const lineOf = (from: string, to: string) => lines.findIndex((l) => !l.trim().startsWith('#') && l.includes(from) && l.includes(to)) + 1;
  const renames: PlanIssue[] = renamed.map(([from, to]) => ({
    severity: 'warning',
    line: lineOf(from, to),
    message: `unitAliases 中“${from}: ${to}”把方案中的单位“${from}”改称“${to}”：方案、检查、催办和报告中都将用“${to}”`,
    hint: `如果本意是把“${to}”这种写法归到“${from}”，请左右对调，写作“${to}: ${from}”（左边是其他写法，右边是方案中的名称）`,
  }));
  const strays: PlanIssue[] = stray.map(([from, to]) => {
    const line = lineOf(from, to);
    const near = nearUnit(to, catalog.units);
    return {
      severity: 'warning',
      line,
      message: `unitAliases 中“${from}: ${to}”右边的“${to}”不是方案中的单位，写“${from}”的材料会被当作单位名单外的单位`,
      hint: near ? `是不是“${near}”？右边请写方案中的单位名称` : '右边请写方案中的单位名称（dossier catalog 可查看单位名单）；确是方案外的单位，请把它写在 units 中',
    };
  });
  return [...renames, ...strays].sort((a, b) => a.line - b.line);
}

/** Two spellings of one department: one is the other with words before it (区住建局, 住建局), the shorter of three characters or more. */
function sameWithPrefix(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  return [...short].length >= 3 && long.endsWith(short);
}
