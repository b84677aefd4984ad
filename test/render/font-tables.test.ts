// What typesetting measures of the fonts is kept between runs (output/.cache/font-tables.json, issue
// 12): a run whose characters were all met before neither reads the font files nor loads the font
// library, and gives the same PDF; a font file that changed is measured again.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFonts, FontError } from '../../src/render/fonts/find-fonts.js';
import { FontTables } from '../../src/render/fonts/font-tables.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dossier-font-tables-'));
const FANDOL = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol';
const TEXT = '关于国家安全发展示范城市创建工作的自评报告（2021年6月）——第一部分：组织领导，Ⅷ、①、《》';

/** A Node script run on the built modules: writes a PDF of TEXT with the tables in `file` (and font subsets in `cache`), prints its SHA-256 and whether fontkit was loaded. */
function runPdf(file: string, cache: string, text = TEXT): { sha256: string; fontkitLoaded: boolean } {
  const script = `
    import { createHash } from 'node:crypto';
    import { createRequire } from 'node:module';
    const { findFonts } = await import(${JSON.stringify(join(root, 'dist/render/fonts/find-fonts.js'))});
    const { FontTables } = await import(${JSON.stringify(join(root, 'dist/render/fonts/font-tables.js'))});
    const { writePdf } = await import(${JSON.stringify(join(root, 'dist/render/pdf/write-pdf.js'))});
    const { ContentCache } = await import(${JSON.stringify(join(root, 'dist/util/content-cache.js'))});
    const fonts = findFonts({}, FontTables.open(process.argv[1]));
    const blocks = [{ type: 'title', text: '测试' }, { type: 'heading', level: 1, children: [{ type: 'text', value: '一、标题' }] }, { type: 'paragraph', indent: true, children: [{ type: 'text', value: process.argv[2] }] }];
    const pdf = await writePdf({ meta: { title: '测试', author: '示例' }, blocks }, { fonts, readImage: () => undefined, date: new Date(0), cache: new ContentCache(process.argv[3]) });
    await fonts.save();
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/fontkit/'));
    console.log(JSON.stringify({ sha256: createHash('sha256').update(pdf.data).digest('hex'), fontkitLoaded: loaded }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, file, text, cache], { encoding: 'utf8' })) as { sha256: string; fontkitLoaded: boolean };
}

/**
 * Copies a font file with its modification time set to `time`, then waits until its status has
 * settled (2 s), so that a run trusts it as the file's signature.
 */
async function settledCopy(from: string, to: string, time: Date): Promise<void> {
  copyFileSync(from, to);
  utimesSync(to, time, time);
  await new Promise((r) => setTimeout(r, 2100));
}

describe('the font tables', () => {
  it('let a second run typeset without the font library, with the same bytes as a run without tables', () => {
    const file = join(dir, 'font-tables.json');
    const none = runPdf(join(dir, 'no-such-folder', 'tables.json'), join(dir, 'cache-none'));
    const first = runPdf(file, join(dir, 'cache'));
    const second = runPdf(file, join(dir, 'cache'));
    expect(first.fontkitLoaded).toBe(true);
    expect(second.fontkitLoaded).toBe(false);
    expect(second.sha256).toBe(first.sha256);
    expect(first.sha256).toBe(none.sha256);
    // Characters not met before: looked up in the font files' own tables and the subsets made by our
    // CFF subsetter, still without the font library, and the same bytes as a run with nothing kept.
    const more = `${TEXT}说试只`;
    const third = runPdf(file, join(dir, 'cache'), more);
    expect(third.fontkitLoaded).toBe(false);
    expect(third.sha256).toBe(runPdf(join(dir, 'no-such-folder', 'tables.json'), join(dir, 'cache-none-2'), more).sha256);
  });

  it('measure a font file again when it changed, and never take glyphs of the old file', async () => {
    const font = join(dir, 'changing.otf');
    const old = new Date(Date.now() - 3600_000);
    await settledCopy(join(FANDOL, 'FandolFang-Regular.otf'), font, old);
    const file = join(dir, 'changing-tables.json');
    const cp = '国'.codePointAt(0)!;
    const before = findFonts({ fangsong: font }, FontTables.open(file));
    const fang = before.roles.fangsong.glyph(cp);
    await before.save();
    expect(readFileSync(file, 'utf8')).toContain('changing.otf');
    // Another font under the same name and time.
    await settledCopy(join(FANDOL, 'FandolHei-Regular.otf'), font, old);
    const after = findFonts({ fangsong: font }, FontTables.open(file));
    const hei = findFonts({ fangsong: join(FANDOL, 'FandolHei-Regular.otf') }).roles.fangsong;
    expect(after.roles.fangsong.glyph(cp)).toEqual(hei.glyph(cp));
    expect(after.roles.fangsong.metrics).toEqual(hei.metrics);
    expect(hei.metrics.postscriptName).not.toBe(before.roles.fangsong.metrics.postscriptName);
    expect(fang.advance).toBe(1);
  });

  it('refuse a font file replaced while the run uses it, on every later call too (glyph ids of one file never go with the outlines of another)', async () => {
    const font = join(dir, 'replaced.otf');
    await settledCopy(join(FANDOL, 'FandolFang-Regular.otf'), font, new Date(Date.now() - 3600_000));
    const file = join(dir, 'replaced-tables.json');
    const first = findFonts({ fangsong: font }, FontTables.open(file));
    first.roles.fangsong.glyph('国'.codePointAt(0)!);
    await first.save();
    // The next run finds the kept table by the file's signature; then the file is replaced.
    const fonts = findFonts({ fangsong: font }, FontTables.open(file));
    copyFileSync(join(FANDOL, 'FandolHei-Regular.otf'), font);
    const fang = fonts.roles.fangsong;
    const fresh = '说'.codePointAt(0)!;
    for (let i = 0; i < 2; i++) {
      expect(() => fang.glyph(fresh)).toThrow(FontError);
      expect(() => fang.data()).toThrow(FontError);
      expect(() => fang.parsed()).toThrow(FontError);
    }
  });

  it('start empty from a damaged file, and measure again a face whose kept table has the wrong shape', async () => {
    const file = join(dir, 'damaged.json');
    writeFileSync(file, '{"version":"font-tables-1","context":');
    const fonts = findFonts({}, FontTables.open(file));
    const cp = '国'.codePointAt(0)!;
    const right = fonts.roles.fangsong.glyph(cp);
    expect(right.id).toBeGreaterThan(0);
    await fonts.save();
    // The kept table edited by hand: a box of three numbers and a glyph id that is text.
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { metrics: { bbox: unknown }; glyphs: unknown[][] }> };
    for (const t of Object.values(kept.entries)) {
      t.metrics.bbox = [0, 0, 1];
      t.glyphs = t.glyphs.map(([c]) => [c, 'x', 1]);
    }
    writeFileSync(file, JSON.stringify(kept));
    const again = findFonts({}, FontTables.open(file));
    expect(again.roles.fangsong.glyph(cp)).toEqual(right);
    expect(again.roles.fangsong.metrics.bbox).toHaveLength(4);
  });
});
