import type { Target, TargetOp } from './types.js';

/** Words before a figure that set the comparison (longest first so 不低于 wins over 低于). */
const OP_WORDS: ReadonlyArray<readonly [string, TargetOp]> = [
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['达到', '>='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['≥', '>='],
  ['>=', '>='],
  ['≤', '<='],
  ['<=', '<='],
  ['＞', '>'],
  ['>', '>'],
  ['＜', '<'],
  ['<', '<'],
  ['达', '>='],
  ['为', '='],
  ['=', '='],
];

/** A figure with a unit; the unit decides whether it is a target at all. */
const FIGURE = /(\d+(?:\.\d+)?)\s*(%|％|平方米|分钟|小时|次|项)(以上|以下|以内|内)?/gu;
/** Clause boundaries: a target's name never reaches across these. */
const CLAUSE = /[；;，,。：:！!？?（）()]/u;

/**
 * Pulls the quantitative goals out of a task's text: `安装率100%` → 安装率 >= 100 %,
 * `达到95%以上` → >= 95 %, `> 80%` → > 80 %, `大于1.5平方米` → > 1.5 平方米, `5分钟内` → <= 5 分钟,
 * `至少组织1次…` → >= 1 次. A figure without a name before it (三个100%) is not a target.
 */
export function extractTargets(text: string): Target[] {
  const targets: Target[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const clauseStart = lastBoundary(text, start);
    const clauseEnd = nextBoundary(text, end);
    let before = text.slice(clauseStart, start).trimEnd();
    const after = text.slice(end, clauseEnd).trim();
    const unit = normalizeUnit(m[2]!);
    const suffix = m[3];
    if (/[个第近]$/.test(before) || /[年月日]$/.test(before)) continue;
    if ((unit === '次' || unit === '项') && !/(至少|不少于)[^，；。]*$/.test(before) && suffix !== '以上') continue;
    let op: TargetOp | undefined;
    for (const [word, o] of OP_WORDS) {
      if (before.endsWith(word)) {
        op = o;
        before = before.slice(0, -word.length).trimEnd();
        break;
      }
    }
    if (suffix === '以上') op = op === '>' ? '>' : '>=';
    else if (suffix === '以下' || suffix === '以内' || suffix === '内') op = op === '<' ? '<' : '<=';
    // A bare rate (安装率100%) or count is a floor; a time limit is a ceiling.
    op ??= unit === '分钟' || unit === '小时' ? '<=' : '>=';
    const name = targetName(before, after, unit);
    if (name === '') continue;
    targets.push({ name, op, value: Number(m[1]), unit });
  }
  return targets;
}

function targetName(before: string, after: string, unit: string): string {
  let name = before.replace(/^(积极推进|推进|确保|实现|在|其中|且)/u, '').replace(/(至少|每年至少)$/u, '');
  name = name.replace(/至少/u, '');
  // "人员100%持证上岗", "5分钟内消防队到达辖区边缘", "至少组织1次消防应急疏散演练": the name continues after the figure.
  if ((unit === '%' && !/率$/.test(name)) || unit === '分钟' || unit === '小时' || unit === '次' || unit === '项') {
    // …but only up to a conjunction that starts another clause (开展2项以上应急演练并及时总结评估).
    name += after.split(/[并而且]|及时/u)[0]!;
  }
  return name.replace(/[“”"‘’]/g, '').trim();
}

function normalizeUnit(unit: string): string {
  return unit === '％' ? '%' : unit;
}

function lastBoundary(text: string, from: number): number {
  for (let i = from - 1; i >= 0; i--) if (CLAUSE.test(text[i]!)) return i + 1;
  return 0;
}

function nextBoundary(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (CLAUSE.test(text[i]!)) return i;
  return text.length;
}
