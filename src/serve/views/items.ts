// The national standard's items as the pages group tasks by them.
import type { StandardScore } from '../../score/score-standard.js';
import type { Snapshot } from '../workbench.js';

/** Task ids under each item, keyed `level:id` (`3:4`, `1:一`); a 三级项's tasks count for its 二级项 and 一级项 too. */
export function itemTasks(score: StandardScore): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const byKey = new Map(score.items.map((i) => [`${i.level}:${i.id}`, i]));
  for (const i of score.items.filter((x) => x.level === 3)) {
    let cur: (typeof score.items)[number] | undefined = i;
    while (cur) {
      const key = `${cur.level}:${cur.id}`;
      const set = out.get(key) ?? new Set<string>();
      for (const t of i.tasks) set.add(t);
      out.set(key, set);
      cur = cur.parent === null ? undefined : byKey.get(`${cur.level - 1}:${cur.parent}`);
    }
  }
  return out;
}

/** Points lost on the 三级项 that each department's tasks map to (an item counts once per department). */
export function unitDeductions(s: Snapshot): Map<string, number> {
  const out = new Map<string, number>();
  if (!s.score) return out;
  for (const item of s.score.items.filter((i) => i.level === 3 && (i.deducted ?? 0) > 0)) {
    const units = new Set(s.catalog.tasks.filter((t) => item.tasks.includes(t.id)).flatMap((t) => t.units));
    for (const u of units) out.set(u, Math.round(((out.get(u) ?? 0) + item.deducted!) * 100) / 100);
  }
  return out;
}
