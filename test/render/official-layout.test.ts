// Edge cases of the GB/T 9704 layout rules: long names and titles, the 版记's 抄送, lone characters.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/types.js';
import { findFonts } from '../../src/render/fonts/find-fonts.js';
import fc from 'fast-check';
import { balancedLines, emWidth, masthead, PAGE, searchedLines, signatureLines, titleLines, type KeptStore } from '../../src/render/layout.js';
import { breakLines, toBoxes } from '../../src/render/pdf/line-break.js';
import { writePdf } from '../../src/render/pdf/write-pdf.js';

const fonts = findFonts();
const meta = { title: '示例', author: '示例', subject: '示例', date: '2021-06-30', lang: 'zh-CN' as const };
const MM = 72 / 25.4;

/** Word boxes of a one-page PDF made from `doc`. */
async function words(doc: Doc) {
  const { data } = await writePdf(doc, { fonts, readImage: () => undefined, date: new Date(0) });
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-layout-')), 'a.pdf');
  writeFileSync(file, data);
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({ x: Number(m[1]), right: Number(m[3]), y: Number(m[2]), text: m[5]! }));
}

describe('layout rules at their limits', () => {
  it('sets any organ name as a masthead of at most two lines', () => {
    for (const organ of ['某某自治州某某县国家安全发展示范城市创建工作领导小组', '中共某某市委某某市人民政府国家安全发展示范城市创建工作领导小组办公室', '西安市人民政府']) {
      const m = masthead(organ);
      expect(m.lines.length, organ).toBeLessThanOrEqual(2);
      expect(m.lines.join('')).toBe(organ);
    }
  });

  it('breaks a title only between words, as the full search does, and one that fits on one line not at all', () => {
    const piece = fc.constantFrom('安全', '发展', '示范城市', '曲江新区', '创建工作', '的', '关于', '报告', '（征求意见稿）', '，', 'ISO9001', ' ', '2021年');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.integer({ min: 6, max: 24 }), (parts, max) => {
        const text = parts.join('');
        const lines = balancedLines(text, max);
        // The shortcut for what fits on one line gives what searching every break gives.
        expect(lines).toEqual(searchedLines(text, max));
        expect(lines.join('')).toBe(text.trim());
        if (text.trim() && emWidth(text.trim()) <= max) expect(lines).toEqual([text.trim()]);
        for (const l of lines) if ([...l].length > 1) expect(emWidth(l)).toBeLessThanOrEqual(max + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps lines broken between words for the next run, by the text and the width, and breaks a damaged entry again', () => {
    const kept = new Map<string, Uint8Array>();
    const store: KeptStore = { get: (k) => kept.get(k), put: (k, v) => void kept.set(k, v) };
    const title = '西安曲江新区国家安全发展示范城市创建工作领导小组办公室关于创建工作自评情况的报告';
    const lines = titleLines(title);
    expect(lines.length).toBeGreaterThan(1);
    expect(titleLines(title, store)).toEqual(lines);
    expect(kept.size).toBe(1);
    // What the store gives back is what is set, without breaking the title again.
    const [key] = kept.keys();
    kept.set(key!, Buffer.from(JSON.stringify(['第一行', '第二行'])));
    expect(titleLines(title, store)).toEqual(['第一行', '第二行']);
    kept.set(key!, Buffer.from('{"损坏'));
    expect(titleLines(title, store)).toEqual(lines);
    // The same name beside dates of other widths: one entry per width, none for what fits on one line.
    const organ = '西安曲江新区国家安全发展示范城市创建工作领导小组办公室';
    for (const date of ['2021年6月30日', '2021年12月31日', '2021年6月9日']) expect(signatureLines(organ, date, store)).toEqual(signatureLines(organ, date));
    expect(kept.size).toBe(3);
    expect(signatureLines('西安市人民政府', '2021年6月30日', store)).toEqual(['西安市人民政府']);
    expect(kept.size).toBe(3);
  });

  it('keeps a title with Latin letters inside the text block', async () => {
    const title = '关于贯彻ISO45001ISO14001ISO9001GBT33000标准体系开展安全生产标准化建设情况的报告';
    expect(titleLines(title).join('')).toBe(title);
    const ws = await words({ meta, blocks: [{ type: 'title', text: title }] });
    for (const w of ws) expect(w.right, w.text).toBeLessThanOrEqual(PAGE.left + PAGE.textWidth + 0.5);
  });

  it('wraps a long 抄送 inside the 版记, continuing under the first organ', async () => {
    const cc = '西安市应急管理局，西安市住房和城乡建设局，西安市交通运输局，西安市市场监督管理局';
    const ws = await words({
      meta,
      blocks: [
        { type: 'paragraph', indent: true, children: [{ type: 'text', value: '正文。' }] },
        { type: 'imprint', cc, printer: '某某办公室', date: '2021年6月30日印发' },
      ],
    });
    const lines = ws.filter((w) => w.y > PAGE.top + 150 * MM && !/^—/.test(w.text));
    for (const w of lines) expect(w.right, w.text).toBeLessThanOrEqual(PAGE.left + PAGE.textWidth - 13);
    expect(lines.map((w) => w.text).join('')).toContain(cc.slice(0, 8));
    expect(
      lines
        .map((w) => w.text)
        .join('')
        .replace('抄送：', ''),
    ).toContain(cc.slice(-8));
  });

  it('never overfills a line to avoid a lone character after a long Latin word', () => {
    const boxes = toBoxes([{ text: 'a abcdefghijklmnopqr安。', role: 'fangsong', bold: false }], fonts, 16, 16);
    const lines = breakLines(boxes, 160);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(160.01);
    expect(
      lines
        .map((l) => l.boxes.map((b) => b.text).join(''))
        .join('')
        .replace(/ /g, ''),
    ).toBe('aabcdefghijklmnopqr安。');
  });
});
