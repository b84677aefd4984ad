import type { FontSet, LoadedFont } from '../fonts/find-fonts.js';
import { fontFor } from '../fonts/font-for.js';
import type { FontRole } from '../fonts/roles.js';
import { CONDENSE, NO_LINE_END, NO_LINE_START, onGrid } from '../layout.js';

/** A run of text in one style, as it comes from the document tree. */
export interface Piece {
  readonly text: string;
  readonly role: FontRole;
  readonly bold: boolean;
}

/** The smallest unit of line breaking: one Chinese character, one Latin word, a space or a forced break. */
export interface Box {
  readonly text: string;
  readonly font: LoadedFont;
  readonly bold: boolean;
  readonly kind: 'wide' | 'word' | 'space' | 'break';
  /** Width at the grid pitch (wide characters) or the font's own advances (words). */
  readonly width: number;
  /** The font's own advance of each character, for drawing. */
  readonly advances: readonly number[];
  /** Space added after each character of a word (negative: condensed), included in `width`. */
  readonly tracking?: number;
  /** True when no line break may follow this box (a word split by a font change). */
  readonly glued: boolean;
  /** How much narrower the box may be set when a line is full (half of a closing mark's square, 标点挤压): used where the mark stands before another mark or at a line's end; 0 for others. */
  readonly squeeze: number;
}

/** One line of a paragraph: its boxes and, in step with them, where each starts from the line's start. */
export interface Line {
  readonly boxes: readonly Box[];
  readonly xs: readonly number[];
  /** The width the boxes take, including distributed space. */
  readonly width: number;
}

/**
 * Boxes of wide characters are the same wherever the character appears in the same font, weight,
 * size and pitch: they are made once and shared (a report has some 100,000 of them, of a few
 * thousand kinds).
 */
const WIDE = new WeakMap<LoadedFont, Map<string, Map<number, Box>>>();

/** The shared boxes of one font's wide characters in one weight, size and pitch, by code point. */
function wideBoxes(font: LoadedFont, bold: boolean, size: number, pitch: number): Map<number, Box> {
  let byStyle = WIDE.get(font);
  if (!byStyle) WIDE.set(font, (byStyle = new Map()));
  const style = `${bold ? 1 : 0}|${size}|${pitch}`;
  let byCp = byStyle.get(style);
  if (!byCp) byStyle.set(style, (byCp = new Map()));
  return byCp;
}

function wideBox(boxes: Map<number, Box>, font: LoadedFont, bold: boolean, size: number, pitch: number, ch: string, cp: number): Box {
  let box = boxes.get(cp);
  if (!box) boxes.set(cp, (box = { text: ch, font, bold, kind: 'wide', width: pitch, advances: [font.glyph(cp).advance * size], glued: false, squeeze: SQUEEZABLE.has(ch) ? pitch / 2 : 0 }));
  return box;
}

const HALF = new WeakMap<LoadedFont, LoadedFont>();

/** The font with the closing marks' advance halved (for marks set half wide); the same glyphs otherwise (its id: the font's with `h`). */
export function halfWidth(font: LoadedFont): LoadedFont {
  let half = HALF.get(font);
  if (!half) {
    half = {
      ...font,
      id: `${font.id}h`,
      glyph: (cp: number) => {
        const g = font.glyph(cp);
        return SQUEEZABLE.has(String.fromCodePoint(cp)) ? { id: g.id, advance: g.advance / 2 } : g;
      },
    };
    HALF.set(font, half);
  }
  return half;
}

/** What a closing mark before another punctuation mark may give up (half its square); 0 otherwise. */
function pairSqueeze(boxes: readonly Box[], i: number): number {
  const next = boxes[i + 1];
  return next && next.kind === 'wide' && (NO_LINE_START.has(next.text) || NO_LINE_END.has(next.text)) ? boxes[i]!.squeeze : 0;
}

/** Closing marks whose ink sits in the left half of their square: a full line may set them half as wide (clreq 标点挤压). */
const SQUEEZABLE = new Set([...'，。、）”’》】」』〕']);

/** Units and counters that stay with the number before them (2020年12 / 月 is never broken). */
const UNITS = new Set([...'年月日时分秒个项人次处家条台辆套份件名座所户米元万亿千百度倍批轮场起宗平方公里吨岁天周期号层栋间张册本篇类级％']);

/** Characters no font covers, collected while setting text (shown by `dossier fonts`). */
export type MissingSink = (cp: number) => void;

/** Splits styled pieces into boxes: wide characters one by one, Latin words whole. */
export function toBoxes(pieces: readonly Piece[], fonts: FontSet, size: number, pitch: number, missing?: MissingSink): Box[] {
  const boxes: Box[] = [];
  // Text squeezed onto a grid finer than its size (3号 body text) has its Latin letters and digits
  // condensed as Word condenses them, so that lines break where they break in the DOCX.
  const tracking = pitch < size ? CONDENSE : 0;
  let word: { text: string; font: LoadedFont; bold: boolean; advances: number[] } | undefined;
  const flush = (glued: boolean) => {
    if (!word) return;
    const width = word.advances.reduce((a, b) => a + b + tracking, 0);
    boxes.push({ text: word.text, font: word.font, bold: word.bold, kind: 'word', width, advances: word.advances, glued, squeeze: 0, ...(tracking ? { tracking } : {}) });
    word = undefined;
  };
  // The wide boxes of the font last used: looked up once per change of font, not per character.
  let wideFont: LoadedFont | undefined;
  let wide = new Map<number, Box>();
  for (const piece of pieces) {
    wideFont = undefined;
    for (const ch of piece.text) {
      const cp = ch.codePointAt(0)!;
      if (ch === '\n') {
        flush(false);
        boxes.push({ text: '', font: fonts.roles[piece.role], bold: piece.bold, kind: 'break', width: 0, advances: [], glued: false, squeeze: 0 });
        continue;
      }
      let font = fontFor(fonts, piece.role, cp);
      if (!font) {
        missing?.(cp);
        font = fonts.roles[piece.role];
      }
      if (onGrid(cp)) {
        flush(false);
        if (font !== wideFont) {
          wideFont = font;
          wide = wideBoxes(font, piece.bold, size, pitch);
        }
        boxes.push(wideBox(wide, font, piece.bold, size, pitch, ch, cp));
        continue;
      }
      const advance = font.glyph(cp).advance * size;
      if (/\s/.test(ch)) {
        flush(false);
        boxes.push({ text: ' ', font, bold: piece.bold, kind: 'space', width: advance || size / 4, advances: [advance || size / 4], glued: false, squeeze: 0 });
      } else {
        if (word && (word.font !== font || word.bold !== piece.bold)) flush(true);
        word ??= { text: '', font, bold: piece.bold, advances: [] };
        word.text += ch;
        word.advances.push(advance);
      }
    }
  }
  flush(false);
  return boxes;
}

/**
 * A word cut in two so that the first part is at most `room` wide: after the last / or - that fits
 * (as an address breaks), else, with `anywhere`, after the last character that fits (at least one);
 * undefined when neither is possible.
 */
function splitWord(box: Box, room: number, anywhere: boolean): [Box, Box] | undefined {
  const chars = [...box.text];
  const tracking = box.tracking ?? 0;
  let fit = 0;
  let w = 0;
  while (fit < chars.length - 1 && w + box.advances[fit]! + tracking <= room + 0.01) w += box.advances[fit++]! + tracking;
  let cut = 0;
  for (let k = fit - 1; k > 0 && !cut; k--) if (chars[k] === '/' || chars[k] === '-') cut = k + 1;
  if (!cut && !anywhere) return undefined;
  cut ||= Math.max(1, fit);
  const part = (from: number, to: number, glued: boolean): Box => {
    const advances = box.advances.slice(from, to);
    return { ...box, text: chars.slice(from, to).join(''), advances, width: advances.reduce((a, x) => a + x + tracking, 0), glued };
  };
  return [part(0, cut, false), part(cut, chars.length, box.glued)];
}

function canBreakBefore(boxes: readonly Box[], i: number): boolean {
  const prev = boxes[i - 1];
  const cur = boxes[i]!;
  if (!prev) return false;
  if (prev.glued) return false;
  if (NO_LINE_START.has(firstChar(cur.text))) return false;
  if (NO_LINE_END.has(lastChar(prev.text))) return false;
  if (prev.kind === 'word' && /\d$/.test(prev.text) && UNITS.has(firstChar(cur.text))) return false;
  return true;
}

/**
 * Breaks boxes into lines of at most `width` (the first line `firstWidth`), keeping Latin words
 * whole and obeying the Chinese line-start and line-end rules by carrying a character over.
 * All lines but the last of a paragraph are justified by spreading the spare space evenly.
 */
export function breakLines(input: readonly Box[], width: number, firstWidth = width, justify = true): Line[] {
  // A word wider than a line (an address, a long number) is split where it meets the margin: boxes are added.
  const boxes = input.some((b) => b.kind === 'word' && b.width > Math.min(width, firstWidth) + 0.01) ? [...input] : input;
  const mutable = boxes as Box[];
  // Where each line starts and ends in `boxes`, and whether it ends its paragraph (or a forced break).
  const ranges: { start: number; end: number; last: boolean }[] = [];
  let start = 0;
  const capacity = () => (ranges.length === 0 ? firstWidth : width);
  const emit = (end: number, last: boolean) => {
    ranges.push({ start, end, last });
    start = end;
  };
  let used = 0;
  // What the line so far could give up by setting its closing marks half wide.
  let squeezable = 0;
  // Set when the line may set all its closing marks half wide (to avoid a large stretch).
  let squeezeAll = false;
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i]!;
    if (box.kind === 'break') {
      emit(i + 1, true);
      used = 0;
      squeezable = 0;
      squeezeAll = false;
      continue;
    }
    // A box fits as it is, or once the line's marks that stand before another mark, and the box
    // itself as the line's last, are set half wide (clreq 标点挤压: pairs like 》， and 。” and a mark
    // at a line's end).
    if (used + box.width <= capacity() + 0.01 || box.kind === 'space' || used + box.width - squeezable - box.squeeze <= capacity() + 0.01) {
      used += box.width;
      squeezable += squeezeAll ? box.squeeze : pairSqueeze(boxes, i);
      continue;
    }
    if (box.kind === 'word' && box.width > width + 0.01 && boxes !== input) {
      // A word no line can hold (an address, a long number) is cut after a / or - that fits, or at
      // a line's start where the line ends; the rest goes on the next lines. Without a / or - it
      // first goes to a line of its own (as Word and LibreOffice set it).
      const atStart = i === start || boxes.slice(start, i).every((x) => x.kind === 'space');
      const split = splitWord(box, capacity() - used, atStart);
      if (split) {
        mutable.splice(i, 1, ...split);
        i--;
        continue;
      }
      let b = i;
      while (b > start && !canBreakBefore(boxes, b)) b--;
      if (b === start) b = i;
      emit(b, false);
      used = 0;
      squeezable = 0;
      squeezeAll = false;
      while (start < boxes.length && boxes[start]!.kind === 'space') start++;
      i = start - 1;
      continue;
    }
    let b = i;
    while (b > start && !canBreakBefore(boxes, b)) b--;
    if (b === start) b = i === start ? i + 1 : i;
    // Breaking there would stretch the line by 1.5 characters or more: rather set every closing
    // mark of the line half wide, if that makes the box fit.
    if (b > start && box.kind === 'wide') {
      let kept = 0;
      let all = box.squeeze;
      for (let k = start; k < i; k++) {
        if (k < b) kept += boxes[k]!.width;
        all += boxes[k]!.squeeze;
      }
      if (capacity() - kept >= 1.5 * box.width && used + box.width - all <= capacity() + 0.01) {
        used += box.width;
        squeezable = all - box.squeeze;
        squeezeAll = true;
        continue;
      }
    }
    emit(b, false);
    used = boxes.slice(b, i + 1).reduce((a, x) => a + x.width, 0);
    squeezable = 0;
    squeezeAll = false;
    for (let k = b; k <= i; k++) squeezable += pairSqueeze(boxes, k);
    while (start < boxes.length && boxes[start]!.kind === 'space' && start <= i) {
      used -= boxes[start]!.width;
      start++;
    }
  }
  if (start < boxes.length || ranges.length === 0) emit(boxes.length, true);
  avoidLoneCharacter(boxes, ranges, width);
  return ranges.map((r, i) => setLine(boxes.slice(r.start, r.end), i === 0 ? firstWidth : width, !r.last && justify));
}

/**
 * A paragraph's last line of a single character (with the punctuation that follows it) takes
 * one more character from the line before, where the line-start and line-end rules allow: a lone
 * character on the last line looks like an error.
 */
function avoidLoneCharacter(boxes: readonly Box[], ranges: { start: number; end: number; last: boolean }[], width: number): void {
  const n = ranges.length;
  if (n < 2) return;
  const last = ranges[n - 1]!;
  const before = ranges[n - 2]!;
  if (before.last) return;
  const content = boxes.slice(last.start, last.end).filter((b) => b.kind === 'wide' && !NO_LINE_START.has(b.text));
  if (content.length !== 1 || boxes.slice(last.start, last.end).some((b) => b.kind === 'word')) return;
  // At most three boxes come down (a number and its unit: 544人次。), and only if the last line still fits.
  for (let b = last.start - 1; b > before.start + 1 && b >= last.start - 3; b--) {
    if (boxes[b]!.kind === 'space' || boxes[b]!.kind === 'break') return;
    if (!canBreakBefore(boxes, b)) continue;
    const moved = boxes.slice(b, last.end).reduce((a, x) => a + (x.kind === 'break' ? 0 : x.width), 0);
    if (moved > width + 0.01) return;
    before.end = b;
    last.start = b;
    return;
  }
}

/** One line of boxes (a forced break and spaces at either end dropped), spread to `capacity` when justified. */
function setLine(boxes: readonly Box[], capacity: number, justify: boolean): Line {
  let slice = boxes.filter((b) => b.kind !== 'break');
  while (slice.length && slice[0]!.kind === 'space') slice = slice.slice(1);
  while (slice.length && slice.at(-1)!.kind === 'space') slice = slice.slice(0, -1);
  const natural = slice.reduce((a, b) => a + b.width, 0);
  const spare = capacity - natural;
  const gap = justify && slice.length > 1 && spare > 0 ? spare / (slice.length - 1) : 0;
  // An overfull line sets half wide its last mark and the marks before another mark, from its end backwards, until it fits.
  let over = Math.max(0, -spare - 0.01);
  const cut = new Map<number, number>();
  for (let k = slice.length - 1; k >= 0 && over > 0; k--) {
    const take = Math.min(k === slice.length - 1 ? slice[k]!.squeeze : pairSqueeze(slice, k), over);
    if (take > 0) cut.set(k, take);
    over -= take;
  }
  // Still too wide (the line was let take one more character): the other closing marks too.
  for (let k = slice.length - 1; k >= 0 && over > 0; k--) {
    const take = Math.min(slice[k]!.squeeze - (cut.get(k) ?? 0), over);
    if (take > 0) cut.set(k, (cut.get(k) ?? 0) + take);
    over -= take;
  }
  let x = 0;
  const xs = slice.map((b, k) => {
    const at = x;
    x += b.width - (cut.get(k) ?? 0) + gap;
    return at;
  });
  // A mark set half wide is drawn from the font's half-width twin, whose declared advance is
  // half: its neighbour does not overlap it, and text extraction reads the line as one run.
  const boxesOut = cut.size ? slice.map((b, k) => (cut.has(k) ? { ...b, font: halfWidth(b.font), advances: [b.advances[0]! / 2] } : b)) : slice;
  return { boxes: boxesOut, xs, width: slice.length ? x - gap : 0 };
}

function firstChar(s: string): string {
  return s ? String.fromCodePoint(s.codePointAt(0)!) : '';
}

function lastChar(s: string): string {
  const chars = [...s];
  return chars.at(-1) ?? '';
}
