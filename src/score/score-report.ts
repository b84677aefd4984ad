import type { Catalog } from '../catalog/types.js';
import type { WorkspaceScore } from './load-score.js';
import type { ClauseScore, ItemScore } from './score-standard.js';

/** Why a clause deducted, in the report's words: 发现 3 处 / 实测 75% / 人工评定. */
export function clauseReason(c: ClauseScore): string {
  if (c.value !== null) return `实测 ${c.value}`;
  if (c.amount === null) return '综合评定';
  return `发现 ${c.count ?? 0} 处`;
}

/** The score as the report, the letter and the score sheet show it (field names are the templates' contract). */
export function scoreView(score: WorkspaceScore, catalog: Catalog) {
  const l3 = score.items.filter((i) => i.level === 3);
  const label = (i: ItemScore) => `（${i.id}）${i.title ?? ''}`;
  const lost = l3.filter((i) => (i.deducted ?? 0) > 0);
  // The departments answering for an item: the leads of the tasks mapped onto it.
  const responsibleFor = (item: ItemScore) => [...new Set(catalog.tasks.filter((t) => item.tasks.includes(t.id)).flatMap((t) => (t.lead.length > 0 ? t.lead : t.units)))];
  const units = new Map<string, { items: string[]; deducted: number }>();
  for (const item of lost) {
    for (const u of responsibleFor(item)) {
      const e = units.get(u) ?? { items: [], deducted: 0 };
      e.items.push(`（${item.id}）`);
      e.deducted = Math.round((e.deducted + item.deducted!) * 100) / 100;
      units.set(u, e);
    }
  }
  return {
    standardName: score.standard.name,
    draft: score.draft,
    itemCount: l3.length,
    assessedCount: l3.filter((i) => i.status === 'assessed').length,
    unassessedCount: l3.filter((i) => i.status === 'unassessed').length,
    notApplicable: l3.filter((i) => i.status === 'not-applicable').map((i) => ({ label: label(i), reason: i.reason ?? '' })),
    total: score.total,
    levels: score.items
      .filter((i) => i.level === 1)
      .map((i) => ({
        id: i.id,
        title: i.title ?? '',
        points: i.points ?? '—',
        deducted: i.deducted ?? '—',
        score: i.score ?? '—',
        status: i.status === 'assessed' ? '已自评' : i.status === 'not-applicable' ? '不适用' : '自评中',
      })),
    lost: lost.map((i) => ({
      label: label(i),
      deducted: i.deducted,
      reasons: i.clauses
        .filter((c) => c.deducted > 0)
        .map((c) => `${c.text}（${clauseReason(c)}，扣${c.deducted}分）`)
        .join('；'),
      remark: i.reason ?? '',
      units: responsibleFor(i),
    })),
    units: [...units].map(([unit, e]) => ({ unit, items: e.items.join(''), deducted: e.deducted })).sort((a, b) => b.deducted - a.deducted),
  };
}

/** What the report and letter templates see of the score. */
export type ScoreView = ReturnType<typeof scoreView>;
