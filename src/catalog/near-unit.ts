import { nearest } from '../util/edit-distance.js';

/**
 * The department of `known` a name that is not one most likely means, if any: one held in it with
 * words around it (曲江新区住建局 → 住建局; the longest), the only one that holds it (卫健局 →
 * 社区卫健局), the only one it abbreviates or is abbreviated by (市监局 → 市场监管局曲江分局, 住房建设局 →
 * 住建局), else one a slip of the pen away (应急管里中心 → 应急管理中心; at most a third of its
 * characters differ, and only one for names of up to four characters, so that 执法局 is not 经发局).
 */
export function nearUnit(name: string, known: readonly string[]): string | undefined {
  const written = name.replace(/\s+/g, '');
  const length = [...written].length;
  if (length < 2) return undefined;
  const inside = known.filter((k) => [...k].length >= 2 && written.includes(k)).sort((a, b) => b.length - a.length);
  if (inside.length > 0) return inside[0];
  const around = known.filter((k) => k.includes(written));
  if (around.length === 1) return around[0];
  // Abbreviations: 住建局 of 住房建设局, 市监局 of 市场监管局曲江分局 (every character, in order).
  const full = known.filter((k) => [...k].length >= 3 && within(k, written));
  if (full.length === 1) return full[0];
  const short = known.filter((k) => length >= 3 && within(written, k));
  if (short.length === 1) return short[0];
  return nearest(written, known, length <= 4 ? 1 : Math.floor(length / 3));
}

/** Whether every character of `short` appears in `long`, in order. */
function within(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}
