/** The result of reading a deadline cell: a date (YYYY-MM-DD), `null` for "no fixed date", or unreadable. */
export type DeadlineResult = { ok: true; date: string | null } | { ok: false };

const NO_DATE = [/规划水平年/, /按照?国家确定时间/, /待定/, /长期/, /持续/];
const RANGE = /[-—–－~～至到]/;

/**
 * Reads a Chinese deadline: `2020年12月` → last day of month, `上旬/中旬/下旬` → 10th/20th/last day,
 * `…日前` → that day, `2020年-2021年` → 2021-12-31, ranges → end of range, `规划水平年` → null.
 */
export function parseDeadline(text: string): DeadlineResult {
  const s = text.replace(/\s+/g, '');
  if (s === '') return { ok: false };
  if (NO_DATE.some((re) => re.test(s))) return { ok: true, date: null };
  const parts = s.split(RANGE).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 2) return { ok: false };
  const first = parts[0]!;
  let last = parts[parts.length - 1]!;
  // "2020年10月-12月": the end of the range takes the year of its start.
  if (!/^\d{4}年/.test(last)) {
    const year = /^(\d{4})年/.exec(first)?.[1];
    if (!year) return { ok: false };
    last = `${year}年${last}`;
  }
  if (parts.length === 2 && parsePoint(first) === undefined) return { ok: false };
  const date = parsePoint(last);
  return date === undefined ? { ok: false } : { ok: true, date };
}

function parsePoint(s: string): string | undefined {
  const m = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日|(上旬|中旬|下旬|底|末))?)?(?:底|末)?(?:前|以前|之前)?$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 12 : Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = lastDay(year, month);
  let day = last;
  if (m[3] !== undefined) day = Number(m[3]);
  else if (m[4] === '上旬') day = 10;
  else if (m[4] === '中旬') day = 20;
  if (day < 1 || day > last) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
