const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads a Chinese numeral up to 99 (一, 十二, 二十三); undefined when it is not one. */
export function parseChineseNumber(s: string): number | undefined {
  if (s === '') return undefined;
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? DIGITS[s] : undefined;
  const high = ten === 0 ? 1 : DIGITS[s.slice(0, ten)];
  const lowText = s.slice(ten + 1);
  const low = lowText === '' ? 0 : DIGITS[lowText];
  if (high === undefined || low === undefined || s.length > 3) return undefined;
  return high * 10 + low;
}

/** Writes 1–99 as a Chinese numeral (1 → 一, 12 → 十二, 23 → 二十三). */
export function chineseNumber(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n]!;
  const high = Math.floor(n / 10);
  const low = n % 10;
  return (high === 1 ? '' : d[high]!) + '十' + (low === 0 ? '' : d[low]!);
}
