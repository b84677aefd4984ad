import type { DeadlineKind } from './types.js';
import { halfWidth } from '../util/half-width.js';

/**
 * The result of reading a deadline cell: a date (YYYY-MM-DD) or `null` with its kind, and `vague`
 * when the date is a year's end standing in for words no calendar gives (`汛期前` of `2021年汛期前`);
 * or unreadable, where `year` says the cell was readable but names no year and the plan gives none.
 */
export type DeadlineResult = { ok: true; date: string | null; kind: DeadlineKind; vague?: string } | { ok: false; year?: true };

/** Wording that means the plan sets no date at all. */
const NO_DATE = /规划水平年|按照?国家确定时间|国家统一安排|待定/;
/** Wording for a duty repeated on a cycle. */
const RECURRING = /每年|每半年|每季度|每季|每月|每周|定期|逐年/;
/** Wording for work without an end. */
const ONGOING = /长期坚持|持续推进|常态化|长期|持续|长效|立即|即时/;
/** Separators of the parts of a range (`2020年10月-2021年7月`, `2021.1—2021.6`, `10月至12月`). */
const RANGE = /[—–－~～至到]|(?<=[年月日旬底末\d])-(?=\d)/;
const QUARTERS: Readonly<Record<string, number>> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/**
 * Reads a Chinese deadline: `2020年12月` → last day of month, `上旬/中旬/下旬` → 10th/20th/last day,
 * `…日前` → that day, `2020年-2021年` → 2021-12-31, ranges → end of range, `2021.6` → 2021-06-30,
 * `2021年底前` → Dec 31, `上半年` and `年中` → Jun 30, `第三季度` → Sep 30, months listed
 * `2021年5、6月` → the last, `6月中下旬` → the month's end (a missing year is `planYear`),
 * `2021年春节前` → the day before 春节 (元旦, 五一, 国庆 likewise), `2021年汛期前` → the year's end, as `vague`,
 * `每年` → recurring, `长期坚持` → ongoing, `规划水平年` → none.
 */
export function parseDeadline(text: string, planYear?: number): DeadlineResult {
  const s = normalize(text);
  if (s === '') return { ok: false };
  if (NO_DATE.test(s)) return { ok: true, date: null, kind: 'none' };
  const whole = parseSpan(s, planYear);
  if (whole === 'reversed') return { ok: false };
  if (whole !== undefined && whole !== 'year') return { ok: true, date: whole, kind: 'date' };
  // "2021年6月底前完成初步建设，2022年底前全面建成", "2021年6月、12月", "6月底前完成并长期坚持":
  // the work is due at the latest date the cell names; a date wins over 长期/每年 beside it.
  const scan = scanDates(s, planYear);
  if (scan.dates.length > 0) {
    const date = scan.dates.sort().at(-1)!;
    const vague = scan.vague.get(date);
    return vague === undefined ? { ok: true, date, kind: 'date' } : { ok: true, date, kind: 'date', vague };
  }
  if (RECURRING.test(s)) return { ok: true, date: null, kind: 'recurring' };
  if (ONGOING.test(s)) return { ok: true, date: null, kind: 'ongoing' };
  // `汛期前`, `春节前` with no year: the plan's year, when it has one.
  const occasion = OCCASION.exec(s);
  if (!/\d{4}/.test(s) && (SEASON.test(s) || (occasion !== null && !/^(?:年?[底末内中]|全年|年度)/.test(occasion[1]!)))) {
    // 元旦前 in a plan for 2021 is before the 元旦 that ends 2021.
    return planYear === undefined ? { ok: false, year: true } : parseDeadline(`${HOLIDAY.exec(s)?.[1] === '元旦' ? planYear + 1 : planYear}年${s}`);
  }
  return whole === 'year' || scan.needsYear ? { ok: false, year: true } : { ok: false };
}

/** Dates written anywhere in a cell; a month without a year takes the year written before it. */
const TOKEN =
  /(?<dy>\d{4})[./](?<dm>\d{1,2})(?:[./](?<dd>\d{1,2}))?|(?:(?<y>\d{4})年度?)?(?:(?<half>上半年|下半年)|第?(?<q>[一二三四1-4])季度末?|(?:\d{1,2}[、，,])*(?<m>\d{1,2})(?:[-—~～至到](?<m2>\d{1,2}))?月份?(?:(?<d>\d{1,2})[日号]|(?<part>上旬|中下旬|中旬|下旬|底|末|中))?|(?<ymid>年?中(?=$|前|以前|之前|完成|[，,。；;、)）]))|(?<yend>底|末))?/gu;

/** A season or occasion before which work is due (`汛期前`, `“五一”前`, `国庆节之前`), right after a bare year. */
const OCCASION = /^[“"‘']?(\p{Script=Han}(?:[\p{Script=Han}、]{0,9}?))[”"’']?(?:以前|之前|前)/u;
/** A season or occasion named without 前 (`2021年汛期`): no date either. */
const SEASON = /^[“"‘']?(?:主汛期|汛期|汛前|雨季|冬春季?|春季|夏季|秋季|冬季|开学|暑期|暑假|寒假|两会|清明|端午|中秋|春节|元旦|五一|劳动节|国庆节?)[”"’']?/u;
/**
 * A holiday with a date in the calendar: 元旦, 春节, 五一, 国庆 (with 前: the day before). What
 * follows must be 前, the end, or punctuation: `春节后` and `春节假期前` name no day of the calendar,
 * nor do several holidays (`国庆、元旦前`: which 元旦?), which are read as an occasion.
 */
const HOLIDAY = /^[“"‘']?(元旦|春节|五[·.．]?一|劳动节|国庆节?)[”"’']?(以前|之前|前)?(?=$|[，,。；;（(）)]|完成|期间|当天)/u;
/** A date written in brackets or after 即, beside an occasion or a holiday: `（5月31日前）`, `（2021.5.31前）`, `，即5月底前`. */
const BESIDE = /^\s*(?:[（(]\s*即?|[，,]?即)\s*(?:\d{4}年\d{1,2}月|\d{4}[./]\d{1,2}|\d{1,2}月)/;

function scanDates(s: string, planYear: number | undefined): { dates: string[]; needsYear: boolean; vague: Map<string, string> } {
  const dates: string[] = [];
  // Year ends that stand in for an occasion (the date → the words).
  const vague = new Map<string, string>();
  const sure = new Set<string>();
  let needsYear = false;
  let year = planYear;
  let explicit = false;
  for (const m of s.matchAll(TOKEN)) {
    const g = m.groups!;
    if (m[0] === '') continue;
    if (g['dy'] !== undefined) {
      const d = ymd(Number(g['dy']), Number(g['dm']), g['dd'] === undefined ? undefined : Number(g['dd']));
      if (d) {
        dates.push(d);
        sure.add(d);
      }
      year = Number(g['dy']);
      explicit = true;
      continue;
    }
    if (g['y'] !== undefined) {
      year = Number(g['y']);
      explicit = true;
    } else if (g['yend'] !== undefined || (!explicit && planYear === undefined)) {
      // 底 alone is no date; a month with no year written and none known cannot be placed.
      if (g['yend'] === undefined) needsYear = true;
      continue;
    }
    const month =
      g['half'] === '上半年' || g['ymid'] !== undefined ? 6 : g['q'] !== undefined ? QUARTERS[g['q']]! : g['m2'] !== undefined ? Number(g['m2']) : g['m'] !== undefined ? Number(g['m']) : 12;
    const day = g['d'] !== undefined ? Number(g['d']) : g['part'] === '上旬' ? 10 : g['part'] === '中旬' || g['part'] === '中' ? 20 : undefined;
    const bare = g['y'] !== undefined && g['half'] === undefined && g['q'] === undefined && g['m'] === undefined && g['ymid'] === undefined && g['yend'] === undefined;
    const rest = bare ? s.slice(m.index + m[0].length) : '';
    const holiday = HOLIDAY.exec(rest);
    // `2021年国庆前（9月20日前）`: the date beside it is the reading, given below.
    if (holiday && BESIDE.test(rest.slice(holiday[0].length))) continue;
    const onHoliday = holiday ? holidayDate(year!, holiday[1]!, holiday[2] !== undefined) : undefined;
    if (onHoliday) {
      dates.push(onHoliday);
      sure.add(onHoliday);
      continue;
    }
    const d = ymd(year!, month, day);
    if (!d) continue;
    // 年底以前 and 年内 are the year's end itself.
    const occasion = OCCASION.exec(rest) ?? SEASON.exec(rest);
    if (occasion && /^(?:年?[底末内]|全年|年度)/.test(occasion[1] ?? '')) {
      dates.push(d);
      sure.add(d);
      continue;
    }
    // `2021年汛期前（5月31日前）`: the date in brackets is the reading, given below.
    if (occasion && BESIDE.test(rest.slice(occasion[0].length))) continue;
    dates.push(d);
    if (occasion) vague.set(d, occasion[0]);
    else sure.add(d);
  }
  // A year's end written plainly too (`2021年汛期前启动，2021年底前完成`) is no guess.
  for (const d of sure) vague.delete(d);
  return { dates, needsYear, vague };
}

/** Half-width digits and dots, no spaces. */
function normalize(text: string): string {
  return halfWidth(text).replace(/\s+/g, '');
}

/** A single point or a range; `year` when a part names no year and the plan gives none; `reversed` for an end before its start. */
function parseSpan(s: string, planYear: number | undefined): string | undefined | 'year' | 'reversed' {
  const point = parsePoint(s, planYear);
  if (point !== undefined) return point;
  const parts = s.split(RANGE).filter((p) => p !== '');
  if (parts.length !== 2) return undefined;
  const first = parsePoint(parts[0]!, planYear);
  if (first === undefined || first === 'year') return first;
  // "2020年10月-12月": the end of the range takes the year of its start.
  const last = parsePoint(parts[1]!, Number(first.slice(0, 4)));
  if (last === 'year' || last === undefined) return undefined;
  return last < first ? 'reversed' : last;
}

/** One date in any of the plan forms; `year` when it names no year and none is known. */
function parsePoint(raw: string, planYear: number | undefined): string | undefined | 'year' {
  const s = raw.replace(/(?:全面)?完成$/, '').replace(/(?:以前|之前|前)$/, '');
  let m = /^(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(?:(\d{4})年)?(?:第?([一二三四1-4])季度|(上半年|下半年)|(?:年)?(底|末))?$/.exec(s);
  if (m && (m[2] ?? m[3] ?? m[4] ?? m[1]) !== undefined && s !== '') {
    const year = m[1] === undefined ? planYear : Number(m[1]);
    if (year === undefined) return 'year';
    const month = m[2] !== undefined ? QUARTERS[m[2]]! : m[3] === '上半年' ? 6 : 12;
    return ymd(year, month);
  }
  m = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|(上旬|中旬|下旬|底|末|中))?$/.exec(s);
  if (!m) return undefined;
  const year = m[1] === undefined ? planYear : Number(m[1]);
  if (year === undefined) return 'year';
  const month = Number(m[2]);
  const day = m[3] !== undefined ? Number(m[3]) : m[4] === '上旬' ? 10 : m[4] === '中旬' || m[4] === '中' ? 20 : undefined;
  return ymd(year, month, day);
}

/** The day of a holiday in `year` (春节 by the Chinese calendar), or the day before it; undefined where the calendar is not known. */
function holidayDate(year: number, name: string, before: boolean): string | undefined {
  let day: Date | undefined;
  if (name === '元旦') day = new Date(Date.UTC(year, 0, 1));
  else if (name.startsWith('五') || name === '劳动节') day = new Date(Date.UTC(year, 4, 1));
  else if (name.startsWith('国庆')) day = new Date(Date.UTC(year, 9, 1));
  else day = lunarNewYear(year);
  if (!day) return undefined;
  if (before) day = new Date(day.getTime() - 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** 正月初一 of `year` (between January 20 and February 21), read from the Chinese calendar of Intl. */
function lunarNewYear(year: number): Date | undefined {
  try {
    // With the year asked for, the month is named as in Chinese (正月); without it, it is a bare number.
    const format = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    for (let t = Date.UTC(year, 0, 20); t <= Date.UTC(year, 1, 21); t += 86_400_000) {
      const parts = format.formatToParts(new Date(t));
      if (parts.find((p) => p.type === 'month')?.value === '正月' && parts.find((p) => p.type === 'day')?.value === '1') return new Date(t);
    }
  } catch {
    // A Node without the Chinese calendar: 春节 is then read as no date.
  }
  return undefined;
}

function ymd(year: number, month: number, day?: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = day ?? last;
  if (d < 1 || d > last) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
