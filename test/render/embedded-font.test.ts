import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { findFonts } from '../../src/render/fonts/find-fonts.js';
import { cidRanges } from '../../src/render/pdf/embedded-font.js';
import { writePdf } from '../../src/render/pdf/write-pdf.js';

const fonts = findFonts();
const dir = mkdtempSync(join(tmpdir(), 'dossier-embedded-font-'));

/** A PDF of the given pages (each a list of paragraphs), written to a file. */
async function pdf(name: string, pages: readonly (readonly string[])[]): Promise<string> {
  const blocks: Block[] = pages.flatMap((texts, i) => [
    ...(i > 0 ? [{ type: 'pageBreak' } as const] : []),
    ...texts.map((t): Block => ({ type: 'paragraph', indent: true, children: [{ type: 'text', value: t }] })),
  ]);
  const out = await writePdf(
    { meta: { title: '测试', author: '测试区', subject: '', date: '2021-06-30', lang: 'zh-CN' }, blocks },
    { fonts, readImage: () => undefined, date: new Date('2021-06-30T00:00:00Z') },
  );
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, out.data);
  return file;
}

/** The file's streams, decoded, by kind: each page's content streams (in page order) and the embedded font files. */
function streams(file: string): { pages: string[][]; fontFiles: string[] } {
  const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-stream-data=inline', '--decode-level=generalized', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const objects = json.qpdf[1] as Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown>; data?: string } }>;
  const data = (ref: string) => Buffer.from(objects[`obj:${ref}`]!.stream!.data ?? '', 'base64').toString('latin1');
  const pages = (JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=pages', file], { encoding: 'utf8' })).pages as { contents: string[] }[]).map((p) => p.contents.map(data));
  const fontFiles = Object.values(objects)
    .filter((o) => o.stream?.dict['/Subtype'] === '/CIDFontType0C' || (o.stream && o.stream.dict['/Length1'] !== undefined))
    .map((o) => Buffer.from(o.stream!.data ?? '', 'base64').toString('latin1'));
  return { pages, fontFiles };
}

describe('embedded fonts', () => {
  it('write a page the same whatever the other pages use, and the same subset for the same characters in any order', async () => {
    // The page after differs only in what the page before it uses: glyphs first used there come first in it.
    const a = await pdf('a', [['甲乙丙丁戊己庚辛'], ['共同的文字，出现在两份文件里。']]);
    const b = await pdf('b', [['安全发展示范城市'], ['共同的文字，出现在两份文件里。']]);
    const [sa, sb] = [streams(a), streams(b)];
    expect(sa.pages).toHaveLength(2);
    expect(sa.pages[1]).toEqual(sb.pages[1]);
    expect(sa.pages[0]).not.toEqual(sb.pages[0]);
    // The same characters, met in another order: the same font subsets, byte for byte.
    const c = await pdf('c', [['一二三四五六七八九十'], ['百千万']]);
    const d = await pdf('d', [['万千百'], ['十九八七六五四三二一']]);
    const [fc, fd] = [streams(c).fontFiles, streams(d).fontFiles];
    expect(fc.length).toBeGreaterThan(0);
    expect(fc).toEqual(fd);
    // And the text reads right: each page's own text, searchable and copied as written.
    for (const [file, pages] of [
      [a, ['甲乙丙丁戊己庚辛', '共同的文字，出现在两份文件里。']],
      [d, ['万千百', '十九八七六五四三二一']],
    ] as const) {
      pages.forEach((text, i) => {
        const got = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' });
        expect(got.replace(/\s+/g, '')).toContain(text);
      });
    }
  });

  it('draw the glyphs the text names: pages with the same text look the same whatever else the file holds', async () => {
    // Rendered by poppler through the font's CMap: a mapping off by one glyph would change the pixels.
    // In the second file the page's glyphs stand elsewhere in a larger subset.
    const a = await pdf('look-a', [['城市安全'], ['风险评估与隐患排查治理']]);
    const b = await pdf('look-b', [['一二三，甲乙丙：治理排查隐患与评估风险，城市安全示范。'], ['风险评估与隐患排查治理']]);
    const png = (file: string, page: number) => execFileSync('pdftoppm', ['-r', '40', '-gray', '-f', String(page), '-l', String(page), file], { maxBuffer: 1 << 26 });
    expect(png(a, 2).equals(png(b, 2))).toBe(true);
    expect(png(a, 1).equals(png(b, 1))).toBe(false);
    // The same characters in another order look otherwise (every glyph drawn as the empty .notdef would not).
    const c = await pdf('look-c', [['城市安全'], ['理治查排患隐与估评险风']]);
    expect(png(a, 2).equals(png(c, 2))).toBe(false);
  });

  it('map glyph ids to the subset in ranges whose ends differ in their last byte only', () => {
    expect(cidRanges([0, 0xfe, 0xff, 0x100, 0x101, 0x1ff, 0x200, 0x4e00])).toEqual(['<0000> <0000> 0', '<00fe> <00ff> 1', '<0100> <0101> 3', '<01ff> <01ff> 5', '<0200> <0200> 6', '<4e00> <4e00> 7']);
  });
});
