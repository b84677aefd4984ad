import type { Clause, ClauseLimit } from './types.js';
import { unixNewlines } from '../util/newlines.js';

const NUMBER = '(\\d+(?:\\.\\d+)?)';
const AMOUNT = new RegExp(`扣\\s*${NUMBER}\\s*分`);
const CAP = new RegExp(`${NUMBER}\\s*分扣完为止|(?:最多|最高|累计最多|累计不超过)扣?\\s*${NUMBER}\\s*分|扣分不超过\\s*${NUMBER}\\s*分`);
/** 每发现一处 / 每缺一项 / 每有1家 …: the clause counts findings. */
const PER = /每(?:发现|缺|少|有|出现|查出|抽查发现)?[^，,。；扣]{0,16}?(?:一|1)?\s*(?:处|项|个|次|家|起|人|条|份|台|座|辆|户|所|支)/;
const OPS: ReadonlyArray<readonly [RegExp, ClauseLimit['op']]> = [
  [/^(?:≤|<=|＜=|不高于|不超过|不大于)$/, '<='],
  [/^(?:<|＜|低于|小于|不足|未达到|未达)$/, '<'],
  [/^(?:≥|>=|＞=|不低于|不少于|不小于)$/, '>='],
  [/^(?:>|＞|高于|大于|超过)$/, '>'],
];
const LIMIT = new RegExp(
  `([^，,。；]*?[\\p{Script=Han}）)])\\s*(≤|<=|＜=|<|＜|≥|>=|＞=|>|＞|不高于|不超过|不大于|低于|小于|不足|未达到|未达|不低于|不少于|不小于|高于|大于|超过)\\s*${NUMBER}\\s*(%|％|个|家|处|分钟|小时|人|次|平方米)?`,
  'u',
);
/** Wording that leaves the amount to the reviewer: 酌情扣分, 视情况扣0.5～1分. */
const JUDGEMENT = /酌情|视情|视具体情况|视情况|[～~至-]\s*\d+(?:\.\d+)?\s*分/;

/**
 * Splits a 评分标准 text into clauses and reads each: `每发现一处扣0.2分，1分扣完为止` →
 * per-finding 0.2 capped at 1; `改造率≤80%的，扣1分` → threshold; `未编制…的，扣1分` → one finding of
 * 1; anything else (酌情扣分, a sentence with no deduction) → manual, for the office to assess by hand.
 * Conditions listed with `；` before one deduction (`…未体现…的；未制定…的；每发现上述任何一处情况扣
 * 0.5分`) are one clause; a `注：` explains the clause before it and is kept in its text.
 */
export function parseClauses(text: string): Clause[] {
  const numbered = unixNewlines(text)
    .split(/[。\n]|(?=(?:^|\s)[（(]?[0-9一二三四五六七八九十]+[）).．、](?!\d))/u)
    .map((p) => p.replace(/^\s*[（(]?[0-9一二三四五六七八九十]+[）).．、](?!\d)\s*/u, '').trim())
    .filter((p) => p !== '');
  const texts: string[] = [];
  let note = false;
  for (const sentence of numbered) {
    // A note runs on over its sentences until one deducts again.
    note = texts.length > 0 && (/^注\s*[:：]/.test(sentence) || (note && !AMOUNT.test(sentence)));
    if (note) {
      texts[texts.length - 1] += /^注\s*[:：]/.test(sentence) ? `（${sentence}）` : '';
      if (!/^注\s*[:：]/.test(sentence)) texts[texts.length - 1] = texts[texts.length - 1]!.replace(/）$/, `。${sentence}）`);
      continue;
    }
    // Pieces between semicolons that deduct nothing are conditions of the next piece that does.
    let pending = '';
    for (const piece of sentence
      .split(/[；;]/)
      .map((p) => p.trim())
      .filter((p) => p !== '')) {
      pending = pending ? `${pending}；${piece}` : piece;
      if (AMOUNT.test(piece)) {
        texts.push(pending);
        pending = '';
      }
    }
    if (pending) texts.push(pending);
  }
  return texts.map((piece, i) => readClause(piece, i + 1));
}

function readClause(text: string, no: number): Clause {
  const amount = AMOUNT.exec(text);
  if (!amount || JUDGEMENT.test(text)) return { no, text, kind: 'manual' };
  const value = Number(amount[1]);
  const capMatch = CAP.exec(text);
  const cap = capMatch ? Number(capMatch[1] ?? capMatch[2] ?? capMatch[3]) : undefined;
  const beforeAmount = text.slice(0, amount.index);
  if (PER.test(beforeAmount)) return { no, text, kind: 'per-finding', amount: value, ...(cap === undefined ? {} : { cap }) };
  const limit = LIMIT.exec(beforeAmount);
  if (limit) {
    const op = OPS.find(([re]) => re.test(limit[2]!))![1];
    const name = limit[1]!.replace(/^(?:其中|且|或|城市|辖区)?/, '').trim();
    const unit = (limit[4] ?? '').replace('％', '%');
    return { no, text, kind: 'threshold', amount: value, limit: { name, op, value: Number(limit[3]), unit } };
  }
  // 未编制…的，扣1分: a condition met or not, one finding at most.
  if (/的\s*[，,]?\s*$/.test(beforeAmount) || /[，,]\s*$/.test(beforeAmount)) return { no, text, kind: 'per-finding', amount: value, cap: cap ?? value };
  return { no, text, kind: 'manual' };
}
