import type { DeadlineKind } from './types.js';

/**
 * The result of reading a deadline cell: a date (YYYY-MM-DD) or `null` with its kind; or unreadable,
 * where `year` says the cell was readable but names no year and the plan gives none.
 */
export type DeadlineResult = { ok: true; date: string | null; kind: DeadlineKind } | { ok: false; year?: true };

/** Wording that means the plan sets no date at all. */
const NO_DATE = /规划水平年|按照?国家确定时间|国家统一安排|待定/;
/** Wording for a duty repeated on a cycle. */
const RECURRING = /每年|每半年|每季度|每季|每月|每周|定期|逐年/;
/** Wording for work without an end. */
const ONGOING = /长期坚持|持续推进|常态化|长期|持续|长效/;
/** Separators of the parts of a range (`2020年10月-2021年7月`, `2021.1—2021.6`, `10月至12月`). */
const RANGE = /[—–－~～至到]|(?<=[年月日旬底末\d])-(?=\d)/;
const QUARTERS: Readonly<Record<string, number>> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/**
 * Reads a Chinese deadline: `2020年12月` → last day of month, `上旬/中旬/下旬` → 10th/20th/last day,
 * `…日前` → that day, `2020年-2021年` → 2021-12-31, ranges → end of range, `2021.6` → 2021-06-30,
 * `2021年底前` → Dec 31, `上半年` → Jun 30, `第三季度` → Sep 30 (a missing year is `planYear`),
 * `每年` → recurring, `长期坚持` → ongoing, `规划水平年` → none.
 */
export function parseDeadline(text: string, planYear?: number): DeadlineResult {
  const s = normalize(text);
  if (s === '') return { ok: false };
  if (NO_DATE.test(s)) return { ok: true, date: null, kind: 'none' };
  let needsYear = false;
  const tryDates = (piece: string): string | undefined => {
    const r = parseSpan(piece, planYear);
    if (r === 'year') needsYear = true;
    return r === 'year' ? undefined : r;
  };
  const whole = tryDates(s);
  if (whole !== undefined) return { ok: true, date: whole, kind: 'date' };
  // "2020年12月底前启动，2021年6月底前完成": the work is due at the latest date the cell names.
  const dates = s
    .split(/[，,；;、。]/)
    .filter((p) => p !== '')
    .map(tryDates)
    .filter((d): d is string => d !== undefined)
    .sort();
  if (dates.length > 0) return { ok: true, date: dates.at(-1)!, kind: 'date' };
  if (RECURRING.test(s)) return { ok: true, date: null, kind: 'recurring' };
  if (ONGOING.test(s)) return { ok: true, date: null, kind: 'ongoing' };
  return needsYear ? { ok: false, year: true } : { ok: false };
}

/** Half-width digits and dots, no spaces. */
function normalize(text: string): string {
  return text
    .replace(/[０-９．／－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
}

/** A single point or a range; `year` when a part names no year and the plan gives none. */
function parseSpan(s: string, planYear: number | undefined): string | undefined | 'year' {
  const point = parsePoint(s, planYear);
  if (point !== undefined) return point;
  const parts = s.split(RANGE).filter((p) => p !== '');
  if (parts.length !== 2) return undefined;
  const first = parsePoint(parts[0]!, planYear);
  if (first === undefined || first === 'year') return first;
  // "2020年10月-12月": the end of the range takes the year of its start.
  const last = parsePoint(parts[1]!, Number(first.slice(0, 4)));
  return last === 'year' || last === undefined || last < first ? undefined : last;
}

/** One date in any of the plan forms; `year` when it names no year and none is known. */
function parsePoint(raw: string, planYear: number | undefined): string | undefined | 'year' {
  const s = raw.replace(/(?:全面)?完成$/, '').replace(/(?:以前|之前|前)$/, '');
  let m = /^(\d{4})[.\/-](\d{1,2})(?:[.\/-](\d{1,2}))?$/.exec(s);
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

function ymd(year: number, month: number, day?: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = day ?? last;
  if (d < 1 || d > last) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
