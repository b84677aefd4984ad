import { canonicalUnit, type AliasTable } from './aliases.js';

/** Departments and collective names found in one 责任单位 cell. */
export interface UnitSplit {
  readonly units: string[];
  readonly groups: string[];
}

/** Suffixes that only say "and others" and are dropped (longest first). */
const DROP_SUFFIXES = ['等安委会相关成员单位', '等相关成员单位', '等相关单位', '等单位'];
/** Collective names joined by 、 that form one group, e.g. 各部门、各单位. */
const COMPOUND_GROUP = /各[^、及\s]{1,4}、各[^、及\s]{1,4}/g;

/** True for a collective name (安委会各相关成员单位, 各板块 …) rather than one department. */
export function isGroup(name: string): boolean {
  return /^各/.test(name) || /成员单位$/.test(name) || /相关单位$/.test(name);
}

/**
 * Splits a 责任单位 cell on 、 and 及 (never inside brackets such as 城（棚）改办), drops
 * "等相关单位" suffixes, separates collective groups, and normalizes names through `aliases`.
 * With `spaces`, whitespace between two Chinese names also separates them (the schedule table).
 */
export function splitUnits(cell: string, aliases: AliasTable, spaces = false): UnitSplit {
  const units: string[] = [];
  const groups: string[] = [];
  const add = (list: string[], name: string) => {
    if (name !== '' && !list.includes(name)) list.push(name);
  };
  let rest = cell.trim();
  for (const m of rest.match(COMPOUND_GROUP) ?? []) add(groups, m);
  rest = rest.replace(COMPOUND_GROUP, '、');
  if (spaces) rest = rest.replace(/(?<=[\p{Script=Han}）)])\s+(?=[\p{Script=Han}（(])/gu, '、');
  for (let piece of splitOutsideBrackets(rest)) {
    piece = piece.replace(/\s+/g, '');
    for (const suffix of DROP_SUFFIXES) {
      if (piece.endsWith(suffix) && piece.length > suffix.length) {
        piece = piece.slice(0, -suffix.length);
        break;
      }
    }
    if (piece === '') continue;
    if (isGroup(piece)) add(groups, piece);
    else add(units, canonicalUnit(piece, aliases));
  }
  return { units, groups };
}

function splitOutsideBrackets(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === '、' || ch === '及' || ch === '，' || ch === ',' || ch === '；')) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}
