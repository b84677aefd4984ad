import { readFileSync } from 'node:fs';
import { squeeze } from '../catalog/aliases.js';
import type { Catalog, PlanIssue } from '../catalog/types.js';
import { nearest } from '../util/edit-distance.js';
import type { Workspace } from './config.js';

/**
 * `unitAliases` entries whose right side is no department of the plan (nor of `units:`): the
 * evidence written with the left spelling would be mapped onto a name nobody knows and reported
 * as unknown-unit. Each is a warning at its line of the config (0 when the line cannot be told).
 */
export function aliasTargetProblems(ws: Workspace, catalog: Catalog): PlanIssue[] {
  const known = [...catalog.units, ...ws.extraUnits.map(squeeze)];
  const stray = Object.entries(ws.unitAliases).filter(([, to]) => !known.includes(squeeze(to)));
  if (stray.length === 0) return [];
  let lines: string[] = [];
  try {
    lines = ws.configFile === undefined ? [] : readFileSync(ws.configFile, 'utf8').split(/\r\n?|\n/);
  } catch {
    // The config was read a moment ago; without it the warnings go without a line.
  }
  return stray.map(([from, to]) => {
    const line = lines.findIndex((l) => l.includes(from) && l.includes(to)) + 1;
    const near = nearest(squeeze(to), catalog.units, Math.max(2, Math.floor([...to].length / 3)));
    return {
      severity: 'warning',
      line,
      message: `unitAliases 中“${from}: ${to}”右边的“${to}”不是方案中的单位，写“${from}”的材料会被当作单位名单外的单位`,
      hint: near ? `是不是“${near}”？右边请写方案中的单位名称` : '右边请写方案中的单位名称（dossier catalog 可查看单位名单）；确是方案外的单位，请把它写在 units 中',
    };
  });
}
