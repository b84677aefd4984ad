import type { Catalog } from '../catalog/types.js';
import { evidenceIds, evidenceKey } from '../check/evidence-ids.js';
import type { CheckResult } from '../check/types.js';
import type { CellValue, Column, Sheet } from '../sheet/types.js';
import type { WorkspaceScore } from './load-score.js';
import { clauseReason } from './score-report.js';

const STATUS = { complete: '已完成', 'in-progress': '推进中', missing: '未报送' } as const;

/** The 自评打分表's columns as score sheets in use have them (merged columns join an item's clause rows). */
export const SCORE_SHEET_COLUMNS: readonly Column[] = [
  { header: '一级项', width: 14, wrap: true, merge: true },
  { header: '二级项', width: 14, wrap: true, merge: true },
  { header: '三级项', width: 18, wrap: true, merge: true },
  { header: '评价内容', width: 30, wrap: true, merge: true },
  { header: '扣分标准', width: 34, wrap: true },
  { header: '扣分', width: 6 },
  { header: '得分', width: 6, merge: true },
  { header: '证明材料名称', width: 26, wrap: true, merge: true },
  { header: '文件编号', width: 10, wrap: true, merge: true },
  { header: '是否适用', width: 6, merge: true },
  { header: '指标不适用原因说明', width: 16, wrap: true, merge: true },
  { header: '提供单位', width: 14, wrap: true, merge: true },
  { header: '牵头责任单位', width: 12, wrap: true, merge: true },
  { header: '责任单位', width: 18, wrap: true, merge: true },
  { header: '完成时限和进度', width: 22, wrap: true, merge: true },
  { header: '备注', width: 16, wrap: true },
];

/**
 * The 自评打分表 as score sheets in use have it: one row per 评分标准 clause, keyed 一级项 → 二级项 →
 * 三级项, with the deduction, the item's score, the evidence (names, numbers, providers), the
 * departments and deadlines of the tasks mapped to it; then the totals per 一级项.
 */
export function standardScoreSheets(score: WorkspaceScore, catalog: Catalog, result: CheckResult, district: string): Sheet[] {
  const ids = evidenceIds(result);
  const byId = new Map(score.standardItems.map((i) => [`${i.level}|${i.id}`, i]));
  const title = (level: number, id: string | null) => {
    const i = id === null ? undefined : byId.get(`${level}|${id}`);
    if (!i) return '';
    const n = level === 1 ? `${i.id}、` : level === 2 ? `${i.id}.` : `（${i.id}）`;
    return `${n}${i.title ?? ''}${i.points === null ? '' : `（${i.points}分）`}`;
  };
  const rows: CellValue[][] = [];
  const l3 = score.items.filter((i) => i.level === 3);
  for (const item of l3) {
    const std = byId.get(`3|${item.id}`)!;
    const l2 = item.parent;
    const l1 = l2 === null ? null : (byId.get(`2|${l2}`)?.parent ?? null);
    const tasks = catalog.tasks.filter((t) => item.tasks.includes(t.id));
    const progress = new Map(result.tasks.map((t) => [t.id, t]));
    const evidence = result.tasks.flatMap((t) => t.evidence.filter((e) => item.evidence.includes(e.file)).map((e) => ({ e, id: ids.get(evidenceKey(t.no, e.file))! })));
    const unique = [...new Map(evidence.map((x) => [x.e.file, x])).values()];
    const applicable = item.status !== 'not-applicable';
    const shared: CellValue[] = [
      unique.map((x) => x.e.title).join('；'),
      unique.map((x) => x.id).join('、'),
      applicable ? '是' : '否',
      applicable ? '' : (item.reason ?? ''),
      [...new Set(unique.map((x) => x.e.unit))].join('、'),
      [...new Set(tasks.flatMap((t) => t.lead))].join('、'),
      [...new Set(tasks.flatMap((t) => [...t.units, ...t.groups]))].join('、'),
      tasks.map((t) => `任务${t.id}：${t.deadline ?? t.deadlineText}，${STATUS[progress.get(t.id)?.status ?? 'missing']}`).join('；'),
    ];
    const clauses = item.clauses.length > 0 ? item.clauses : [null];
    clauses.forEach((c, k) => {
      const assessed = item.status === 'assessed';
      const note = c !== null && assessed && c.deducted > 0 ? clauseReason(c) : '';
      rows.push([
        title(1, l1),
        title(2, l2),
        title(3, item.id),
        std.content ?? '',
        c?.text ?? '',
        c === null || !assessed ? null : c.deducted,
        item.score,
        ...shared,
        [note, k === 0 && assessed ? (item.reason ?? '') : ''].filter((x) => x !== '').join('；'),
      ]);
    });
  }
  const who = `填报单位（盖章）：${district}国家安全发展示范城市创建工作领导小组办公室　　　填报人：　　　　审核人：　　　　填报日期：`;
  return [
    {
      name: '自评打分表',
      title: `${district}国家安全发展示范城市创建工作自评打分表${score.draft ? '（征求意见稿）' : ''}`,
      columns: SCORE_SHEET_COLUMNS,
      rows,
      footer: who,
    },
    {
      name: '汇总',
      title: `自评得分汇总${score.draft ? '（征求意见稿）' : ''}`,
      columns: [
        { header: '一级项', width: 28 },
        { header: '分值', width: 8 },
        { header: '扣分', width: 8 },
        { header: '得分', width: 8 },
        { header: '自评情况', width: 12 },
      ],
      rows: [
        ...score.items
          .filter((i) => i.level === 1)
          .map((i) => [`${i.id}、${i.title ?? ''}`, i.points, i.deducted, i.score, i.status === 'assessed' ? '已自评' : i.status === 'not-applicable' ? '不适用' : '自评中']),
        ['已自评的三级项合计', score.total.points, score.total.deducted, score.total.score, ''],
      ],
      footer: who,
    },
  ];
}
