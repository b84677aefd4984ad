import { canonicalUnit, type AliasTable } from './aliases.js';

/** Departments and collective names found in one 责任单位 cell. */
export interface UnitSplit {
  readonly units: string[];
  readonly groups: string[];
}

/** Suffixes that only say "and others" or give a role, and are dropped (longest first). */
const DROP_SUFFIXES = [
  '（牵头单位）',
  '(牵头单位)',
  '（配合单位）',
  '(配合单位)',
  '（牵头）',
  '(牵头)',
  '（配合）',
  '(配合)',
  '按职责分工负责',
  '按职责分工',
  '按职责负责',
  '牵头',
  '配合',
  '参与',
  '协助',
  '协办',
  '负责',
  '等',
];
/** "And the others" endings: 等相关单位, 等安委会相关成员单位, 等有关部门, 等行业主管部门 … */
const AND_OTHERS = /等[^、，,；;]{0,12}?(?:部门|单位)(?:和单位|及单位)?$/;
/** Collective names joined by 、 that form one group, e.g. 各部门、各单位. */
const COMPOUND_GROUP = /各[^、及\s]{1,4}、各[^、及\s]{1,4}/g;

/** Whitespace after a character that ends department names, before another name. */
const UNIT_END_SPACE = /([局办委队心院会所站处部厅司组室馆团道镇位块区业）)])\s+(?=[\p{Script=Han}（(])/gu;

/** True for a collective name (安委会各相关成员单位, 各板块 …) rather than one department. */
export function isGroup(name: string): boolean {
  return /^各/.test(name) || /成员单位$/.test(name) || /相关单位$/.test(name) || /各[^、]{0,6}(?:部门|单位|镇|街道|乡镇|板块|社区)/.test(name) || /^(?:相关|有关)(?:部门|单位)/.test(name);
}

/**
 * Splits a 责任单位 cell on 、，,；;/ and 及 and on whitespace between two Chinese names (never
 * inside brackets such as 城（棚）改办), drops "等相关单位" and 牵头/配合 suffixes, separates collective
 * groups, and normalizes names through `aliases`.
 */
export function splitUnits(cell: string, aliases: AliasTable): UnitSplit {
  const units: string[] = [];
  const groups: string[] = [];
  const add = (list: string[], name: string) => {
    if (name !== '' && !list.includes(name)) list.push(name);
  };
  let rest = cell.trim();
  for (const m of rest.match(COMPOUND_GROUP) ?? []) add(groups, m);
  rest = rest.replace(COMPOUND_GROUP, '、');
  // A space separates two names only after a complete one (…局 …办公室 …大队); "卫健 委员会" is one name broken by a line.
  rest = rest.replace(UNIT_END_SPACE, '$1、');
  for (let piece of splitOutsideBrackets(rest)) {
    piece = piece.replace(/\s+/g, '');
    for (let again = true; again;) {
      again = false;
      const others = AND_OTHERS.exec(piece);
      if (others && others.index > 0) {
        piece = piece.slice(0, others.index);
        again = true;
        continue;
      }
      for (const suffix of DROP_SUFFIXES) {
        if (piece.endsWith(suffix) && piece.length > suffix.length + 1) {
          piece = piece.slice(0, -suffix.length);
          again = true;
          break;
        }
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
    if (depth === 0 && '、及，,；;/／\n'.includes(ch)) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}
