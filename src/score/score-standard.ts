import { taskRef } from '../catalog/find-task.js';
import type { Catalog } from '../catalog/types.js';
import { parseQuantity, sameUnit } from '../check/metric-value.js';
import { SELF_ASSESSMENT_FILE, SelfAssessmentError } from './self-assessment.js';
import type { CheckResult } from '../check/types.js';
import type { Clause, Standard, StandardItem } from '../standard/types.js';
import { diagnostic, type Diagnostic } from '../util/diagnostic.js';
import type { ItemAssessment } from './self-assessment.js';

/** Whether an item was assessed, does not apply, or still waits for the office. */
export type ItemStatus = 'assessed' | 'unassessed' | 'not-applicable';

/** One clause as scored (contract: `dossier score --json` items[].clauses). */
export interface ClauseScore {
  readonly no: number;
  readonly text: string;
  readonly amount: number | null;
  readonly cap: number | null;
  /** Findings counted (per-finding clauses), or points the office deducts (manual clauses). */
  readonly count: number | null;
  /** The measured value of a threshold clause, as written or as the evidence reports it. */
  readonly value: string | null;
  readonly deducted: number;
}

/** One item as scored (contract: `dossier score --json` items[]). */
export interface ItemScore {
  readonly id: string;
  readonly level: 1 | 2 | 3;
  readonly parent: string | null;
  readonly title: string | null;
  readonly points: number | null;
  readonly score: number | null;
  readonly deducted: number | null;
  readonly status: ItemStatus;
  readonly reason: string | null;
  readonly clauses: readonly ClauseScore[];
  /** Task ids mapped to the item (plan indicator column, workspace mapping). */
  readonly tasks: readonly string[];
  /** Usable evidence files reaching the item through its tasks or naming it. */
  readonly evidence: readonly string[];
}

/** The self-score by the standard. */
export interface StandardScore {
  readonly standard: { readonly name: string; readonly source: string };
  readonly total: { readonly points: number; readonly score: number; readonly deducted: number };
  readonly items: readonly ItemScore[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What scoring reads besides the standard. */
export interface ScoreInput {
  readonly standard: Standard;
  readonly assessment: ReadonlyMap<string, ItemAssessment>;
  readonly catalog: Catalog;
  readonly result: CheckResult;
  /** Task id → 三级项 numbers (the workspace's `mapping:`). */
  readonly mapping: Readonly<Record<string, readonly string[]>>;
}

/**
 * Scores a workspace by the national standard: each 三级项 loses what its clauses define —
 * `amount × findings` up to the cap, a threshold clause's amount when the measured value is on the
 * wrong side — and never goes below 0; levels 1 and 2 roll up their children. Items not applicable
 * or not yet assessed have no score and stay out of the total; unassessed and unsupported items are
 * reported (`item-unassessed`, `item-unsupported`).
 */
export function scoreByStandard(input: ScoreInput): StandardScore {
  const diagnostics: Diagnostic[] = [];
  const tasksOf = taskMapping(input);
  const l3 = input.standard.items.filter((i) => i.level === 3);
  const scored = new Map<StandardItem, ItemScore>();
  const index = evidenceIndex(input);
  for (const item of l3) {
    const tasks = tasksOf.get(item.id) ?? [];
    const evidence = evidenceFor(item.id, tasks, index);
    const s = scoreItem(item, input.assessment.get(item.id), tasks, evidence, input);
    scored.set(item, s);
    const label = `三级项（${item.id}）${item.title ?? ''}`;
    if (s.status === 'unassessed') {
      diagnostics.push(
        diagnostic({
          code: 'item-unassessed',
          severity: 'warning',
          item: item.id,
          message: `${label}还没有自评`,
          hint: `在 自评.yaml 中写上“${item.id}:”，按条款填写 findings（发现问题的处数）或 values（实测数值）；不适用的写 applicable: false 和 reason`,
        }),
      );
    }
    if (s.status !== 'not-applicable' && evidence.length === 0) {
      diagnostics.push(
        diagnostic({
          code: 'item-unsupported',
          severity: 'warning',
          item: item.id,
          message: `${label}没有任何可用的佐证材料`,
          hint: `在 dossier.config.yaml 的 mapping 中把相关任务对应到 ${item.id}，或在佐证文件中写 items: [${item.id}]`,
        }),
      );
    }
  }
  const items = input.standard.items.map((item) => (item.level === 3 ? scored.get(item)! : rollUp(item, input.standard.items, scored)));
  const counted = [...scored.values()].filter((s) => s.status === 'assessed');
  const points = round(counted.reduce((a, s) => a + (s.points ?? 0), 0));
  const score = round(counted.reduce((a, s) => a + (s.score ?? 0), 0));
  return { standard: { name: input.standard.name, source: input.standard.source }, total: { points, score, deducted: round(points - score) }, items, diagnostics };
}

function scoreItem(item: StandardItem, a: ItemAssessment | undefined, tasks: string[], evidence: string[], input: ScoreInput): ItemScore {
  const base = { id: item.id, level: 3 as const, parent: item.parent ?? null, title: item.title, points: item.points, tasks, evidence };
  if (a && !a.applicable) return { ...base, score: null, deducted: null, status: 'not-applicable', reason: a.reason ?? null, clauses: [] };
  if (!a || item.points === null || item.title === null) {
    return { ...base, score: null, deducted: null, status: 'unassessed', reason: null, clauses: item.clauses.map((c) => clauseScore(c, null, null, 0)) };
  }
  // A count written against a clause the item does not have would be lost without a word.
  for (const [field, map] of [
    ['findings', a.findings],
    ['values', a.values],
  ] as const) {
    const stray = [...map.keys()].filter((no) => !item.clauses.some((c) => c.no === no));
    if (stray.length > 0) {
      throw new SelfAssessmentError(
        `${SELF_ASSESSMENT_FILE} 中三级项 ${item.id} 的 ${field} 写了第 ${stray.join('、')} 条，但这一项的评分标准${item.clauses.length ? `只有 ${item.clauses.length} 条` : '没有条款'}（用 dossier standard 查看）`,
      );
    }
  }
  const clauses = item.clauses.map((c) => scoreClause(item.id, c, a, evidence, input));
  const lost = Math.min(
    item.points,
    clauses.reduce((s, c) => s + c.deducted, 0),
  );
  return { ...base, score: round(item.points - lost), deducted: round(lost), status: 'assessed', reason: a.remark ?? null, clauses };
}

function scoreClause(item: string, c: Clause, a: ItemAssessment, evidence: string[], input: ScoreInput): ClauseScore {
  if (c.kind === 'threshold') {
    const own = a.values.get(c.no);
    const value = own ?? metricValue(c, evidence, input);
    const q = value === undefined ? undefined : parseQuantity(value);
    if (own !== undefined && (q === undefined || !sameUnit(q.unit, c.limit?.unit ?? ''))) {
      throw new SelfAssessmentError(
        `${SELF_ASSESSMENT_FILE} 中三级项 ${item} 第 ${c.no} 条的实测值“${own}”${q === undefined ? '不是数值' : `的单位与条款（${c.limit?.unit || '无单位'}）不同`}：请按条款“${c.text}”的单位填写，如 ${c.limit?.value ?? ''}${c.limit?.unit ?? ''}`,
      );
    }
    const hit = q !== undefined && c.limit !== undefined && crosses(q.value, c.limit.op, c.limit.value);
    return clauseScore(c, null, value ?? null, hit ? (c.amount ?? 0) : 0);
  }
  const count = a.findings.get(c.no) ?? 0;
  // A manual clause's "finding" is the points the office deducts by its own judgement.
  const raw = c.kind === 'manual' ? count : (c.amount ?? 0) * count;
  return clauseScore(c, count, null, c.cap === undefined ? raw : Math.min(c.cap, raw));
}

function clauseScore(c: Clause, count: number | null, value: string | null, deducted: number): ClauseScore {
  return { no: c.no, text: c.text, amount: c.amount ?? null, cap: c.cap ?? null, count, value, deducted: round(deducted) };
}

function crosses(value: number, op: '<=' | '<' | '>=' | '>', limit: number): boolean {
  return op === '<=' ? value <= limit : op === '<' ? value < limit : op === '>=' ? value >= limit : value > limit;
}

/** A threshold clause's value reported by the item's evidence (`metrics:` with the clause's name). */
function metricValue(c: Clause, evidence: readonly string[], input: ScoreInput): string | undefined {
  const name = squeeze(c.limit?.name ?? '');
  if (name === '') return undefined;
  const files = new Set(evidence);
  for (const t of input.result.tasks) {
    for (const e of t.evidence) {
      if (!files.has(e.file)) continue;
      const m = e.metrics.find((x) => {
        const n = squeeze(x.name);
        return n !== '' && (n.includes(name) || name.includes(n));
      });
      // A figure in another unit says nothing about this clause.
      if (m && sameUnit(parseQuantity(m.raw)?.unit ?? '?', c.limit?.unit ?? '')) return m.raw;
    }
  }
  return undefined;
}

/** 三级项 number → task ids: the plan's indicator column and the workspace's mapping. */
function taskMapping(input: ScoreInput): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (item: string, task: string) => {
    const list = out.get(item) ?? [];
    if (!list.includes(task)) list.push(task);
    out.set(item, list);
  };
  for (const t of input.catalog.tasks) for (const i of t.items) add(i, t.id);
  for (const [task, items] of Object.entries(input.mapping)) for (const i of items) add(i, taskRef(task));
  return out;
}

/** The usable evidence files by task id, and by the 三级项 they name themselves: built once, not per item. */
function evidenceIndex(input: ScoreInput): { byTask: Map<string, string[]>; byItem: Map<string, string[]> } {
  const byTask = new Map<string, string[]>();
  const byItem = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, file: string) => {
    const list = m.get(k);
    if (list) list.push(file);
    else m.set(k, [file]);
  };
  for (const t of input.result.tasks) {
    for (const e of t.evidence) {
      add(byTask, t.id, e.file);
      for (const i of e.items) add(byItem, i, e.file);
    }
  }
  return { byTask, byItem };
}

function evidenceFor(item: string, tasks: readonly string[], index: ReturnType<typeof evidenceIndex>): string[] {
  const files = new Set<string>(index.byItem.get(item));
  for (const t of tasks) for (const f of index.byTask.get(t) ?? []) files.add(f);
  return [...files].sort();
}

/** A 一级项 or 二级项 from its children: points as the standard gives them, score when all are assessed. */
function rollUp(item: StandardItem, all: readonly StandardItem[], scored: ReadonlyMap<StandardItem, ItemScore>): ItemScore {
  const leaves = descendants(item, all)
    .map((i) => scored.get(i)!)
    .filter((s) => s !== undefined);
  const applicable = leaves.filter((s) => s.status !== 'not-applicable');
  const excluded = leaves.filter((s) => s.status === 'not-applicable');
  const unassessed = applicable.some((s) => s.status === 'unassessed') || leaves.length === 0;
  const status: ItemStatus = leaves.length > 0 && applicable.length === 0 ? 'not-applicable' : unassessed ? 'unassessed' : 'assessed';
  const points = item.points;
  const lost = round(applicable.reduce((a, s) => a + (s.deducted ?? 0), 0));
  const score = status === 'assessed' && points !== null ? round(Math.max(0, applicable.reduce((a, s) => a + (s.points ?? 0), 0) - lost)) : null;
  return {
    id: item.id,
    level: item.level,
    parent: item.parent ?? null,
    title: item.title,
    points,
    score,
    deducted: status === 'assessed' ? lost : null,
    status,
    // The score counts the applicable items only: say which points are left out, so 分值 and 得分 add up.
    reason: excluded.length && status === 'assessed' ? `不适用的三级项${excluded.map((s) => `（${s.id}）`).join('')}共 ${round(excluded.reduce((a, s) => a + (s.points ?? 0), 0))} 分不计` : null,
    clauses: [],
    tasks: [...new Set(leaves.flatMap((s) => s.tasks))],
    evidence: [...new Set(leaves.flatMap((s) => s.evidence))].sort(),
  };
}

function descendants(item: StandardItem, all: readonly StandardItem[]): StandardItem[] {
  if (item.level === 3) return [item];
  const at = all.indexOf(item);
  const out: StandardItem[] = [];
  // Children follow their parent in table order; a level-2 id repeats across level-1 items only by mistake.
  for (let i = at + 1; i < all.length && all[i]!.level > item.level; i++) {
    const c = all[i]!;
    if (c.level === 3 && (item.level === 2 ? c.parent === item.id : true)) out.push(c);
  }
  return out;
}

function squeeze(s: string): string {
  return s.replace(/[\s\p{P}]/gu, '');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
