import type { Catalog } from '../catalog/types.js';
import { evidenceIds, evidenceKey } from '../check/evidence-ids.js';
import type { CheckResult } from '../check/types.js';
import type { ScoringTable } from './table.js';

/** One task's line of the self-score sheet. */
export interface ScoreRow {
  readonly item: string;
  readonly task: number;
  readonly content: string;
  readonly points: number;
  readonly deduction: number;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly evidence: readonly string[];
  readonly units: string;
  readonly bonus: boolean;
}

/** One first-level item: its points, what was deducted and the score. */
export interface ScoreItem {
  readonly name: string;
  readonly points: number;
  readonly deduction: number;
  readonly score: number;
  readonly bonus: boolean;
  readonly confirm: boolean;
}

/** A veto condition and what the evidence says about it. */
export interface VetoResult {
  readonly task: number;
  readonly text: string;
  readonly status: string;
}

/** The self-score sheet (自评打分表). */
export interface ScoreSheet {
  readonly items: readonly ScoreItem[];
  readonly rows: readonly ScoreRow[];
  readonly total: { readonly points: number; readonly score: number; readonly bonus: number };
  readonly vetoes: readonly VetoResult[];
  /** True when the table carries figures the office must confirm against the official standard. */
  readonly needsConfirmation: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Scores every task from the check: deductions by the table's rules, each capped at the task's points. */
export function scoreSheet(catalog: Catalog, result: CheckResult, table: ScoringTable): ScoreSheet {
  const ids = evidenceIds(result);
  const progress = new Map(result.tasks.map((t) => [t.no, t]));
  const rows: ScoreRow[] = [];
  const items: ScoreItem[] = [];
  for (const item of table.items) {
    const tasks = catalog.tasks.filter((t) => item.sections.includes(t.section));
    const shares = share(item.points, tasks.map((t) => table.tasks[String(t.no)]));
    const itemRows = tasks.map((t, i) => {
      const p = progress.get(t.no)!;
      const points = shares[i]!;
      const reasons: string[] = [];
      let deduction = 0;
      // Each part is rounded to the hundredth first, so that the reasons add up to the deduction shown.
      if (p.status === 'missing') {
        const d = round2(points * table.deductions.missing);
        deduction += d;
        reasons.push(item.bonus ? '未报送佐证材料，不加分' : `未报送佐证材料，扣 ${fmt(d)} 分`);
      } else if (p.status === 'in-progress') {
        const d = round2(points * table.deductions.inProgress);
        deduction += d;
        reasons.push(`任务推进中，扣 ${fmt(d)} 分`);
      }
      for (const m of p.metrics.filter((x) => x.met === false)) {
        deduction += table.deductions.belowTarget;
        reasons.push(`指标“${m.name}”为 ${m.value}${m.unit}，未达到目标（${m.target}${m.unit}），扣 ${fmt(table.deductions.belowTarget)} 分`);
      }
      if (p.overdue && p.status !== 'missing' && table.deductions.overdue > 0) {
        deduction += table.deductions.overdue;
        reasons.push(`逾期 ${p.daysLate} 天，扣 ${fmt(table.deductions.overdue)} 分`);
      }
      deduction = round2(Math.min(points, deduction));
      if (deduction === points && reasons.length > 1) reasons.push(`扣分以该项分值 ${fmt(points)} 分为限`);
      return {
        item: item.name,
        task: t.no,
        content: t.text,
        points,
        deduction,
        score: round2(points - deduction),
        reasons,
        evidence: p.evidence.map((e) => ids.get(evidenceKey(t.no, e.file))!),
        units: [...t.units, ...t.groups].join('、'),
        bonus: item.bonus,
      };
    });
    rows.push(...itemRows);
    const deduction = round2(itemRows.reduce((a, r) => a + r.deduction, 0));
    items.push({ name: item.name, points: item.points, deduction, score: round2(item.points - deduction), bonus: item.bonus, confirm: item.confirm });
  }
  const base = items.filter((i) => !i.bonus);
  const vetoes = table.vetoes.map((v) => {
    const p = progress.get(v.task);
    const status = !p || p.status === 'missing' ? '需核实：尚无证明未发生否决情形的材料' : p.status === 'complete' ? '未发现否决情形（已有证明材料）' : '需核实：证明材料尚在推进中';
    return { task: v.task, text: v.text, status };
  });
  return {
    items,
    rows,
    total: {
      points: round2(base.reduce((a, i) => a + i.points, 0)),
      score: round2(base.reduce((a, i) => a + i.score, 0)),
      bonus: round2(items.filter((i) => i.bonus).reduce((a, i) => a + i.score, 0)),
    },
    vetoes,
    needsConfirmation: table.deductions.confirm || table.items.some((i) => i.confirm),
  };
}

/** Splits `points` over tasks: fixed shares where given, the rest evenly, to the hundredth, summing exactly. */
export function share(points: number, fixed: readonly (number | undefined)[]): number[] {
  const fixedSum = fixed.reduce<number>((a, f) => a + (f ?? 0), 0);
  const free = fixed.filter((f) => f === undefined).length;
  const cents = Math.round((points - fixedSum) * 100);
  const base = free ? Math.floor(cents / free) : 0;
  let extra = free ? cents - base * free : 0;
  return fixed.map((f) => {
    if (f !== undefined) return f;
    const c = base + (extra-- > 0 ? 1 : 0);
    return c / 100;
  });
}

function fmt(n: number): string {
  return String(round2(n));
}
