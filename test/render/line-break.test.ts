import { describe, expect, it } from 'vitest';
import { findFonts } from '../../src/render/fonts/find-fonts.js';
import { CHAR_PITCH, PAGE } from '../../src/render/layout.js';
import { breakLines, toBoxes, type Line } from '../../src/render/pdf/line-break.js';

const fonts = findFonts();
const W = PAGE.textWidth;
const text = (line: Line) => line.boxes.map((b) => b.text).join('');
const set = (s: string, first = W) => breakLines(toBoxes([{ text: s, role: 'fangsong', bold: false }], fonts, 16, CHAR_PITCH), W, first);

describe('Chinese line breaking on the 28-character grid', () => {
  it('sets 28 characters per full line, justified to the text width', () => {
    const lines = set('安'.repeat(60));
    expect(lines.map((l) => [...text(l)].length)).toEqual([28, 28, 4]);
    expect(lines[0]!.width).toBeCloseTo(W, 1);
  });

  it('indents the first line by two characters', () => {
    const lines = set('安'.repeat(60), W - 2 * CHAR_PITCH);
    expect(lines.map((l) => [...text(l)].length)).toEqual([26, 28, 6]);
  });

  it('never starts a line with closing punctuation: the last character moves down with it', () => {
    // 28 characters, then a full stop: the stop may not open the next line.
    const lines = set('安'.repeat(28) + '。接着');
    expect(text(lines[1]!)).toBe('安。接着');
    expect([...text(lines[0]!)].length).toBe(27);
    expect(lines[0]!.width).toBeCloseTo(W, 1); // still justified
    for (const p of '，。、；：？！）》”') {
      const ls = set('安'.repeat(28) + p + '安');
      expect(text(ls[1]!).startsWith(p)).toBe(false);
    }
  });

  it('never leaves a single character (with its punctuation) alone on the last line: one more comes down', () => {
    const lines = set('安'.repeat(29) + '。');
    expect(lines.map((l) => text(l))).toEqual(['安'.repeat(27), '安安。']);
    expect(lines[0]!.width).toBeCloseTo(W, 1); // the shorter line is still justified
    // Two characters on the last line are left as they are.
    expect(set('安'.repeat(30)).map((l) => [...text(l)].length)).toEqual([28, 2]);
    // A last line that is a Latin word is not a lone character.
    expect(set('安'.repeat(28) + 'GB').map((l) => text(l))).toEqual(['安'.repeat(28), 'GB']);
  });

  it('sets a closing mark before another mark, and one at the line end, half wide before stretching a line (标点挤压)', () => {
    // 25 characters and （甲）。 are 29 squares: with ） and 。 half wide they fit the 28.
    const lines = set('安'.repeat(25) + '（甲）。安安');
    expect(text(lines[0]!)).toBe('安'.repeat(25) + '（甲）。');
    expect(lines[0]!.width).toBeCloseTo(W, 1);
    // A mark set half wide is drawn from the font's half-width twin (its declared advance is half).
    const close = lines[0]!.boxes.find((b) => b.text === '）')!;
    expect(close.font.glyph(0xff09).advance).toBeCloseTo(fonts.roles.fangsong.glyph(0xff09).advance / 2, 5);
    // A line that fits as it is keeps its marks full width.
    const plain = set('安'.repeat(10) + '（甲）。');
    expect(plain[0]!.xs.at(-1)! - plain[0]!.xs.at(-2)!).toBeCloseTo(CHAR_PITCH, 5);
  });

  it('keeps a number with the unit after it: 12 and 月 are never parted', () => {
    const lines = set('安'.repeat(24) + '2020年12月31日');
    expect(lines.map((l) => text(l))).toEqual(['安'.repeat(24) + '2020年', '12月31日']);
  });

  it('never ends a line with opening punctuation', () => {
    for (const p of '（《“') {
      const ls = set('安'.repeat(27) + p + '安安');
      expect(text(ls[0]!).endsWith(p)).toBe(false);
      expect(text(ls[1]!).startsWith(p)).toBe(true);
    }
  });

  it('keeps Latin words and numbers whole', () => {
    const lines = set('安'.repeat(25) + '2021-06-30 GB/T9704 示范');
    const all = lines.map(text);
    expect(all.some((l) => l.includes('2021-06-30'))).toBe(true);
    expect(all.some((l) => l.includes('GB/T9704'))).toBe(true);
  });

  it('loses no character', () => {
    const s = '按照《国家安全发展示范城市评价与管理办法》要求，2021年完成率88.5%，共计190份（示例）。'.repeat(5);
    const lines = set(s);
    expect(lines.map(text).join('').replace(/ /g, '')).toBe(s.replace(/ /g, ''));
  });

  it('draws a character the body font lacks from a fallback font', () => {
    const boxes = toBoxes([{ text: '朱镕基珺喆', role: 'fangsong', bold: false }], fonts, 16, CHAR_PITCH);
    expect(boxes[0]!.font).toBe(fonts.roles.fangsong);
    expect(boxes[1]!.font).not.toBe(fonts.roles.fangsong);
    expect(boxes[1]!.font.parsed().hasGlyphForCodePoint('镕'.codePointAt(0)!)).toBe(true);
  });
});
