import { readDate } from '../dossier/dates.js';
import { halfWidth } from '../util/half-width.js';
import { parseChineseNumber } from '../util/chinese-number.js';

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const DATE = /([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日/g;

/**
 * The last full date written in a text (`2020年12月20日` or `二〇二〇年十二月二十日`, as official
 * documents end with their issuing date), with the text as written and its ISO form.
 */
export function lastDateIn(text: string): { written: string; iso: string } | undefined {
  let found: { written: string; iso: string } | undefined;
  for (const m of text.matchAll(DATE)) {
    const date = readDate(`${number(m[1]!)}-${number(m[2]!)}-${number(m[3]!)}`);
    if (date) found = { written: m[0].replace(/\s+/g, ''), iso: date.iso };
  }
  return found;
}

/** 2020, ２０２０, 二〇二〇, 十二, 二十一 → the number as digits. */
function number(s: string): string {
  if (/^[0-9０-９]+$/.test(s)) return halfWidth(s);
  if (!s.includes('十')) return [...s].map((c) => DIGITS[c] ?? '').join('');
  return String(parseChineseNumber(s) ?? '');
}
