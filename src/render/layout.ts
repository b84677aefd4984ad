import { isWide } from '../util/text-width.js';

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** GB/T 9704-2012 page geometry and type sizes, in points (shared by the DOCX and PDF writers). */
export const PAGE = {
  width: 210 * MM,
  height: 297 * MM,
  top: 37 * MM,
  left: 28 * MM,
  textWidth: 156 * MM,
  textHeight: 225 * MM,
  /** Characters per line and lines per page of the document grid. */
  charsPerLine: 28,
  linesPerPage: 22,
} as const;

/** Horizontal pitch of one character on the grid (156 mm / 28). */
export const CHAR_PITCH = PAGE.textWidth / PAGE.charsPerLine;
/** Vertical pitch of one line on the grid (225 mm / 22). */
export const LINE_PITCH = PAGE.textHeight / PAGE.linesPerPage;

/** Chinese type sizes (号) in points. */
export const SIZE = { er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5 } as const;

/**
 * Body text of 3号 is condensed by a quarter point per character (Word's character spacing, in
 * twentieths of a point: -5), so that 28 characters fill the 156 mm line in Word. The PDF sets
 * Chinese characters on the grid and Latin letters and digits condensed by the same amount, so
 * that both writers break lines at the same places.
 */
export const CONDENSE = -0.25;

/** Tables in the text: 小四 type, lines 1.45 apart, 4 pt of padding in each cell, rules 0.6 pt (both writers set them so). */
export const TABLE = { size: SIZE.xiaosi, leading: 1.45, pad: 4, rule: 0.6 } as const;

/** Right and bottom margins that follow from the text block. */
export const MARGIN = {
  top: PAGE.top,
  left: PAGE.left,
  right: PAGE.width - PAGE.left - PAGE.textWidth,
  bottom: PAGE.height - PAGE.top - PAGE.textHeight,
} as const;

/** The page number sits 7 mm below the text block (GB/T 9704-2012, 7.5). */
export const PAGE_NUMBER_GAP = 7 * MM;

/** Characters that may not start a line (避头: closing marks, pause and stop marks). */
export const NO_LINE_START: ReadonlySet<string> = new Set([...'，。、；：？！）》」』〉】〕”’…—·%‰℃,.;:?!)]}']);
/** Characters that may not end a line (避尾: opening marks). */
export const NO_LINE_END: ReadonlySet<string> = new Set([...'（《「『〈【〔“‘([{']);

/** True for characters set on the square grid: wide characters and the Chinese quotes, dashes and dots. */
export function onGrid(cp: number): boolean {
  return isWide(cp) || cp === 0x2014 || cp === 0x2026 || cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019 || cp === 0x00b7;
}

/** The width of a text in ems: a Chinese character is one, a narrow (Latin, digit) character half. */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += onGrid(ch.codePointAt(0)!) ? 1 : 0.5;
  return w;
}

/** Terms of this field that a title never breaks inside (the segmenter splits them into words). */
const TERMS = ['国家安全发展示范城市', '安全发展示范城市', '安全生产委员会', '创建工作', '领导小组', '办公室', '委员会', '管理委员会', '人民政府', '自评情况', '复核申请'];

/**
 * The words of a text for line breaking: Chinese word segmentation, with the field's terms kept
 * whole, runs of single characters (names the dictionary lacks: 曲/江/新/区) kept together, and
 * punctuation held to the word it belongs to.
 */
export function words(text: string): string[] {
  const segments = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.segment);
  // Boundaries (character offsets) a line may break at.
  const cuts = new Set<number>();
  let at = 0;
  segments.forEach((seg, i) => {
    at += seg.length;
    if (i < segments.length - 1) cuts.add(at);
  });
  for (const term of TERMS) for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) for (let k = i + 1; k < i + term.length; k++) cuts.delete(k);
  // Runs of one-character words: a break only where a longer word starts or ends.
  at = 0;
  segments.forEach((seg, i) => {
    const next = segments[i + 1];
    at += seg.length;
    if (next !== undefined && [...seg].length === 1 && [...next].length === 1 && isWide(seg.codePointAt(0)!) && isWide(next.codePointAt(0)!) && !NO_LINE_START.has(next) && !NO_LINE_END.has(seg))
      cuts.delete(at);
  });
  // Closing marks stay with the word before them, opening marks with the word after them.
  for (const cut of [...cuts]) if (NO_LINE_START.has(text[cut]!) || NO_LINE_END.has(text[cut - 1]!)) cuts.delete(cut);
  const out: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((x, y) => x - y).concat(text.length)) {
    if (cut > start) out.push(text.slice(start, cut));
    start = cut;
  }
  return out;
}

/** Where results are kept between runs by a key: the content cache, or a document's typesetting memo. */
export interface KeptStore {
  get(key: string): Uint8Array | undefined;
  put(key: string, data: Uint8Array): void;
}

/**
 * A title or masthead set on as few lines of at most `maxEm` ems as it needs, broken only between
 * words (GB/T 9704-2012, 7.3.1: 回行时词意完整，排列对称，长短适宜), the lines as even as the words
 * allow. A word longer than a line is broken inside, as a last resort. What fits on one line is that
 * line, without loading the segmenter's dictionary (~20 ms a process); lines broken between words
 * are kept in `store` by the text and the width, for the next run.
 */
export function balancedLines(text: string, maxEm: number, store?: KeptStore): string[] {
  const whole = text.trim();
  if (whole && emWidth(whole) <= maxEm + 1e-9) return [whole];
  if (!store) return searchedLines(whole, maxEm);
  // The word segmentation comes with Node's ICU, which a system's Node may update on its own.
  const key = `lines ${process.versions.icu ?? ''} ${maxEm} ${whole}`;
  const data = store.get(key);
  if (data) {
    try {
      const kept: unknown = JSON.parse(Buffer.from(data.buffer, data.byteOffset, data.length).toString('utf8'));
      if (Array.isArray(kept) && kept.every((l) => typeof l === 'string')) return kept as string[];
    } catch {
      // A damaged entry: broken again below.
    }
  }
  const lines = searchedLines(whole, maxEm);
  store.put(key, Buffer.from(JSON.stringify(lines), 'utf8'));
  return lines;
}

/** balancedLines by searching every way to break the words (exported for the tests: the search alone gives what balancedLines gives). */
export function searchedLines(text: string, maxEm: number): string[] {
  const ws = words(text.trim()).flatMap((w) => (emWidth(w) <= maxEm ? [w] : [...w]));
  const n = ws.length;
  if (n === 0) return [];
  const widths = ws.map(emWidth);
  const span = (i: number, j: number) => widths.slice(i, j).reduce((a, b) => a + b, 0);
  // best[k][j]: the best way to set words 0..j-1 on k lines: [longest line, sum of squares, breaks].
  type Way = { worst: number; squares: number; breaks: number[] };
  for (let lines = 1; lines <= n; lines++) {
    let best: (Way | undefined)[] = [{ worst: 0, squares: 0, breaks: [] }, ...Array<Way | undefined>(n).fill(undefined)];
    for (let k = 1; k <= lines; k++) {
      const next: (Way | undefined)[] = Array<Way | undefined>(n + 1).fill(undefined);
      for (let j = 1; j <= n; j++) {
        for (let i = k - 1; i < j; i++) {
          const before = best[i];
          const w = span(i, j);
          if (!before || w > maxEm + 1e-9) continue;
          const way = { worst: Math.max(before.worst, w), squares: before.squares + w * w, breaks: [...before.breaks, i] };
          const cur = next[j];
          if (!cur || way.worst < cur.worst - 1e-9 || (Math.abs(way.worst - cur.worst) < 1e-9 && way.squares < cur.squares)) next[j] = way;
        }
      }
      best = next;
    }
    const way = best[n];
    if (way) {
      const starts = [...way.breaks.slice(1), n];
      return way.breaks.map((b, i) => ws.slice(b, starts[i]).join(''));
    }
  }
  return [ws.join('')];
}

/** How the 发文机关标志 is set: its lines, type size (pt) and horizontal scale (1 = not condensed). */
export interface Masthead {
  readonly lines: readonly string[];
  readonly size: number;
  readonly scale: number;
}

/** Largest and smallest type size of the 发文机关标志 (well above the 16 pt body). */
const MASTHEAD_MAX = 36;
const MASTHEAD_MIN = 26;

/**
 * The 发文机关标志 (GB/T 9704-2012, 7.2.2: red 小标宋, centred, 醒目、美观、庄重): one line as large
 * as fits between 36 and 26 pt; a longer name on two lines broken between words, as large as they
 * fit; a name too long even for that is condensed horizontally, as real 版头 are.
 */
export function masthead(organ: string, store?: KeptStore): Masthead {
  const em = emWidth(organ);
  const fits = (lines: readonly string[], size: number) => lines.every((l) => emWidth(l) * size <= PAGE.textWidth + 1e-6);
  for (let size = MASTHEAD_MAX; size >= MASTHEAD_MIN; size--) if (fits([organ], size)) return { lines: [organ], size, scale: 1 };
  // Two lines, broken between words: the narrowest line length that still gives two.
  let lines = balancedLines(organ, Math.ceil(em / 2 + 2), store);
  for (let max = Math.ceil(em / 2 + 2); lines.length > 2 && max <= em; max++) lines = balancedLines(organ, max, store);
  for (let size = MASTHEAD_MAX; size >= MASTHEAD_MIN; size--) if (fits(lines, size)) return { lines, size, scale: 1 };
  const widest = Math.max(...lines.map(emWidth));
  return { lines, size: MASTHEAD_MIN, scale: PAGE.textWidth / (widest * MASTHEAD_MIN) };
}

/** Line height of a two-line 发文机关标志, in multiples of its type size. */
export const MASTHEAD_LEADING = 1.2;

/** The 2号 title's lines: within the text block less one character each side, broken between words (kept in `store`: balancedLines). */
export function titleLines(title: string, store?: KeptStore): string[] {
  return balancedLines(title, Math.floor((PAGE.textWidth - 2 * SIZE.er) / SIZE.er), store);
}

/** 成文日期 sits this many characters in from the right edge of the text block (GB/T 9704-2012, 7.3.5.1: 右空四字). */
export const DATE_RIGHT_CHARS = 4;

/**
 * The 发文机关署名's lines, each to be centred over the 成文日期 (GB/T 9704-2012, 7.3.5.1): a name
 * that, centred so, would run far past the text block is set on more lines, broken between words
 * (up to two characters more are taken in, the line then moved left to end at the block's edge).
 */
export function signatureLines(organ: string, date: string, store?: KeptStore): string[] {
  const half = DATE_RIGHT_CHARS + emWidth(date) / 2;
  return balancedLines(organ, Math.floor(2 * half + 2), store);
}

/** Where, in characters from the left of the text block, the 附件说明 sets 附件：, the numbers and the names (7.3.4: 回行时与上一行附件名称的首字对齐). */
export const ATTACHMENT_LIST = { label: 2, number: 5, name: 7 } as const;

/** 版记 (GB/T 9704-2012, 7.4): 抄送机关, 印发机关 and 印发日期, at the foot of the last, even page. */
export const IMPRINT = {
  /** 4号 type. */
  size: 14,
  /** Rules: first and last 0.35 mm, the ones between 0.25 mm. */
  thick: 0.35 * MM,
  thin: 0.25 * MM,
} as const;

/** The size (points) a picture is set at, as the PDF typesetter decided: the DOCX sets it the same, so that the two paginate alike. */
export interface PictureSize {
  readonly w: number;
  readonly h: number;
}
