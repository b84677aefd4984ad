import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { findFonts, type LoadedFont } from '../../src/render/fonts/find-fonts.js';
import { charsByFont, opsText, pageKey } from '../../src/render/pdf/page-cache.js';
import type { Op } from '../../src/render/pdf/ops.js';
import { writePdf } from '../../src/render/pdf/write-pdf.js';
import { ContentCache } from '../../src/util/content-cache.js';

/** A font as the key sees it: its name in the font set and its file. */
const font = (id: string, signature: string | null = 'sig'): LoadedFont => ({ id, path: '/fonts/仿宋.ttf', ...(signature ? { signature } : {}) }) as unknown as LoadedFont;
const text = (f: LoadedFont, t: string, x = 0): Op => ({ type: 'text', x, y: 10, text: t, font: f, size: 16, spacing: 0, bold: false });

describe('the key of a kept page', () => {
  it('tells apart what would draw otherwise: two loads of one font file, another text, place, height', () => {
    const [a, b] = [font('F1'), font('F2')];
    const key = (ops: Op[], height = 842) => pageKey(ops, height)?.key;
    // Two fonts on the page name two font resources: not the page drawn in one of them.
    expect(key([text(a, '甲'), text(b, '乙', 16)])).not.toBe(key([text(a, '甲'), text(a, '乙', 16)]));
    expect(key([text(a, '甲')])).not.toBe(key([text(a, '乙')]));
    expect(key([text(a, '甲')])).not.toBe(key([text(a, '甲', 1)]));
    expect(key([text(a, '甲')])).not.toBe(key([text(a, '甲')], 595));
    expect(key([text(a, '甲\n')])).not.toBe(key([text(a, '甲'), text(a, '', 0)]));
    expect(key([text(a, '甲')])).toBe(key([text(font('F1'), '甲')]));
    expect(pageKey([text(a, '甲'), text(b, '乙')], 842)?.fonts).toEqual([a, b]);
    // The operations no memo entry accounts for are written into a page's signature the same way.
    expect(opsText([text(a, '甲'), text(b, '乙', 16)])).not.toBe(opsText([text(a, '甲'), text(a, '乙', 16)]));
    // A signature given by the typesetter stands for the operations, and is told apart from them.
    expect(key([text(a, '甲')])).not.toBe(pageKey([text(a, '甲')], 842, 'k block 0')?.key);
  });

  it('tells apart a picture by its bytes, its place and its path', () => {
    const a = font('F1');
    const image = (id: string, x = 0, src = 'a.png'): Op => ({ type: 'image', x, y: 0, w: 10, h: 10, src, info: { format: 'png', width: 1, height: 1, orientation: 1 } as never, id });
    const key = (ops: Op[]) => pageKey(ops, 842)?.key;
    expect(key([text(a, '甲'), image('h1')])).toBeDefined();
    expect(key([text(a, '甲'), image('h1')])).not.toBe(key([text(a, '甲'), image('h2')]));
    expect(key([text(a, '甲'), image('h1')])).not.toBe(key([text(a, '甲'), image('h1', 5)]));
    // Each path is embedded once: two paths of equal bytes are two pictures, one path drawn twice is one.
    expect(key([image('h1'), image('h1', 5, 'b.png')])).not.toBe(key([image('h1'), image('h1', 5)]));
  });

  it('keeps the characters of each font once, in the order they are first drawn, kept operations and characters outside the BMP included', () => {
    const [a, b] = [font('F1'), font('F2')];
    const kept: Op = { type: 'kept', fonts: [b], ops: () => [text(b, '乙𠀀乙丙')] };
    const lone = String.fromCharCode(0xd800);
    expect(charsByFont([text(a, '甲乙甲'), kept, text(a, `𠀁甲${lone}z`), text(b, '丁')], [a, b])).toEqual([`甲乙𠀁${lone}z`, '乙𠀀丙丁']);
  });

  it('is none for a page that cannot be kept: a picture whose bytes are not known, or a font file that changed while read', () => {
    const image: Op = { type: 'image', x: 0, y: 0, w: 10, h: 10, src: 'a.png', info: { format: 'png', width: 1, height: 1, orientation: 1 } as never };
    expect(pageKey([text(font('F1'), '甲'), image], 842)).toBeUndefined();
    expect(pageKey([text(font('F1', null), '甲')], 842)).toBeUndefined();
    expect(pageKey([text(font('F1', null), '甲')], 842, 'k block 0')).toBeUndefined();
  });
});

describe('a page taken from the page cache', () => {
  const fonts = findFonts();
  const png = new PNG({ width: 40, height: 20 });
  png.data.fill(120);
  const bytes = PNG.sync.write(png);
  const pdf = async (blocks: Block[], cache: string | undefined, memo: boolean) =>
    Buffer.from(
      (
        await writePdf(
          { meta: { title: '测试', author: '', subject: '', date: '2021-06-30', lang: 'zh-CN' }, blocks },
          { fonts, readImage: (src) => (src.endsWith('.png') ? bytes : undefined), date: new Date(0), memo, ...(cache ? { cache: new ContentCache(cache) } : {}) },
        )
      ).data,
    );
  const paragraph = (value: string): Block => ({ type: 'paragraph', indent: true, children: [{ type: 'text', value }] });
  const picture = (src: string, caption: string): Block => ({ type: 'image', src, caption, alt: '' });

  it.each([true, false])('is the same bytes as a page drawn afresh, with pictures (typesetting memo: %s)', async (memo) => {
    // A picture before the first text of a font (its 楷体 caption): fonts and pictures are embedded in drawing order.
    const captioned = [paragraph('正文第一段，仿宋。'), picture('a.png', '图一 楷体说明'), paragraph('正文第二段。')];
    const dir = mkdtempSync(join(tmpdir(), 'dossier-page-cache-'));
    const fresh = await pdf(captioned, undefined, memo);
    expect((await pdf(captioned, dir, memo)).equals(fresh)).toBe(true);
    expect((await pdf(captioned, dir, memo)).equals(fresh)).toBe(true);
    // Two paths of equal bytes on a page, then one path twice.
    const two = [picture('a.png', '图'), picture('b.png', '图')];
    const once = [picture('a.png', '图'), picture('a.png', '图')];
    await pdf(two, dir, memo);
    expect((await pdf(once, dir, memo)).equals(await pdf(once, undefined, memo))).toBe(true);
    expect((await pdf(two, dir, memo)).equals(await pdf(two, undefined, memo))).toBe(true);
  });
});
