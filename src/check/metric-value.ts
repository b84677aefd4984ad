import type { Target, TargetOp } from '../catalog/types.js';
import { commonLength } from '../util/edit-distance.js';
import { halfWidth } from '../util/half-width.js';

const UNIT_ALIASES: Readonly<Record<string, string>> = { '㎡': '平方米', 平米: '平方米', 分: '分钟', min: '分钟' };
const VALUE = /^(≥|>=|>|≤|<=|<|=)?\s*(-?\d+(?:\.\d+)?)\s*([^\d\s]*)$/u;
const WIDE_SIGNS: Readonly<Record<string, string>> = { '％': '%', '＝': '=', '＜': '<', '＞': '>', '≧': '≥', '≦': '≤', '，': ',' };
/** A bound in words after a unit: `以上`, `及以下`, `以内`. */
const BOUND = /(?:及|或)?(以上|以下|以内|之内|内)$/;
const OPS: Readonly<Record<string, TargetOp>> = { '≥': '>=', '>=': '>=', '>': '>', '≤': '<=', '<=': '<=', '<': '<', '=': '=' };

/** A number with its unit as read from a value like `96.5 %` or `1.6平方米` (unit '' when bare). */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
}

/** Reads a reported value (`100%`, `96.5 %`, `4分钟`, `1.6平方米`, `12`); undefined when it is no number. */
export function parseQuantity(raw: string): Quantity | undefined {
  const plain = withoutThousands(figure(raw));
  const m = plain === undefined ? null : VALUE.exec(plain);
  if (!m || m[1] !== undefined) return undefined;
  // `98%以上`: the figure reported, its bound in words left aside.
  return { value: Number(m[2]), unit: normalizeUnit(m[3]!.replace(BOUND, '')) };
}

/** Units agree when equal, or when either side gives none (a bare figure under a % target means percent). */
export function sameUnit(a: string, b: string): boolean {
  return a === b || a === '' || b === '';
}

/** Reads a target written in an evidence file (`>=95%`, `≤ 5分钟`; a bare figure means at least). */
export function parseOwnTarget(raw: string): { op: TargetOp; value: number; unit: string } | undefined {
  const plain = withoutThousands(figure(raw));
  const m = plain === undefined ? null : VALUE.exec(plain);
  if (!m) return undefined;
  // `95%以上`, `5分钟以内`: the bound in words after the unit, unless a sign before the figure says it.
  const bound = BOUND.exec(m[3]!);
  const unit = bound ? m[3]!.slice(0, bound.index) : m[3]!;
  const op = m[1] !== undefined ? OPS[m[1]]! : bound ? (bound[1] === '以上' ? '>=' : '<=') : '>=';
  return { op, value: Number(m[2]), unit: normalizeUnit(unit) };
}

/**
 * The percentage a bare fraction like `0.98` most likely means under a percent target such as `>=95%`
 * (98); undefined when the figure carries a unit or cannot be a fraction written for a percentage.
 */
export function fractionForPercent(q: Quantity, target: { value: number; unit: string }): number | undefined {
  if (q.unit !== '' || target.unit !== '%' || !(q.value > 0 && q.value <= 1) || target.value <= 1) return undefined;
  return percentOf(q.value);
}

/** The percentage a bare fraction means (0.98 → 98). */
export function percentOf(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

/** True when `value` satisfies `op target`. */
export function meets(value: number, op: TargetOp, target: number): boolean {
  switch (op) {
    case '>=':
      return value >= target;
    case '>':
      return value > target;
    case '<=':
      return value <= target;
    case '<':
      return value < target;
    case '=':
      return value === target;
  }
}

/** A target as the contract writes it: `>=100`. */
export function targetText(t: { op: TargetOp; value: number }): string {
  return `${t.op}${t.value}`;
}

/**
 * The plan targets a reported metric name refers to: names compared without spaces and punctuation,
 * equal or one containing the other; of several, the closest in length wins, and a tie is ambiguous.
 */
export function matchTargets(name: string, targets: readonly Target[]): Target[] {
  const key = squash(name);
  if (key === '') return [];
  let best: Target[] = [];
  let bestScore = Infinity;
  for (const t of targets) {
    const tk = squash(t.name);
    if (tk !== key && !tk.includes(key) && !key.includes(tk)) continue;
    const score = Math.abs([...tk].length - [...key].length);
    if (score < bestScore) {
      best = [t];
      bestScore = score;
    } else if (score === bestScore) {
      best.push(t);
    }
  }
  return best;
}

/**
 * A figure with its thousands separators taken out (`1,000`, `12,345.6`); undefined when a comma
 * stands anywhere else (`98,5%` may mean 98.5 or 985: which, only the clerk knows).
 */
function withoutThousands(s: string): string | undefined {
  if (!s.includes(',')) return s;
  return /^[^\d,]*[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?[^\d,]*$/.test(s) ? s.replace(/,/g, '') : undefined;
}

/** A figure as typed on a Chinese keyboard made plain: full-width digits and signs (１００％, ＞＝９５％) half-width. */
function figure(raw: string): string {
  return halfWidth(raw)
    .replace(/[％＝＜＞≧≦，]/g, (c) => WIDE_SIGNS[c]!)
    .trim();
}

/**
 * Whether a reported name that matched no target is likely a short form of `target` (视频监控安装率 for
 * 建设施工现场视频监控系统安装率): at least three quarters of its characters appear in the target's, in order.
 */
export function likelyShortFor(reported: string, target: string): boolean {
  const r = squash(reported);
  return [...r].length >= 2 && commonLength(r, squash(target)) >= 0.75 * [...r].length;
}

function squash(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '');
}

function normalizeUnit(u: string): string {
  return UNIT_ALIASES[u] ?? u;
}
