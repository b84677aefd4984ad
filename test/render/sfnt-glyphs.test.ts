// Glyph lookups from a font file's own tables (issue 12: fontkit is not loaded for a character
// met for the first time) must give fontkit's glyph id and advance for every character.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sfntGlyphs } from '../../src/render/fonts/sfnt-glyphs.js';

const fontkit = createRequire(import.meta.url)('fontkit') as typeof Fontkit;
const FONTS = [
  // OpenType with CFF outlines, format 4 (the fonts Debian gives for the official ones).
  '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf',
  '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolHei-Regular.otf',
  // TrueType, format 4 beside a legacy Macintosh subtable (as the Windows fonts are made).
  '/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf',
  // TrueType with a format 12 subtable for all planes.
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
];

describe('glyphs from the font file’s tables', () => {
  for (const path of FONTS) {
    it.skipIf(!existsSync(path))(`give fontkit’s glyph and advance for every code point: ${path.split('/').pop()}`, () => {
      const data = readFileSync(path);
      const font = fontkit.create(data) as Fontkit.Font;
      const own = sfntGlyphs(data)!;
      expect(own).toBeDefined();
      const points = new Set<number>(font.characterSet);
      for (let cp = 0; cp <= 0xffff; cp++) points.add(cp);
      for (let cp = 0x10000; cp <= 0x10ffff; cp += 97) points.add(cp);
      let found = 0;
      for (const cp of points) {
        const gid = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).id : 0;
        if (own.glyph(cp) !== gid) expect(own.glyph(cp), `U+${cp.toString(16)}`).toBe(gid);
        if (gid !== 0) found++;
      }
      expect(found).toBeGreaterThan(1000);
      for (let gid = 0; gid < font.numGlyphs + 5; gid++) {
        const advance = font.getGlyph(gid).advanceWidth;
        if (own.advance(gid) !== advance) expect(own.advance(gid), `glyph ${gid}`).toBe(advance);
      }
    });
  }

  it('leave other files to fontkit: a collection, something not a font', () => {
    const noto = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
    if (existsSync(noto)) expect(sfntGlyphs(readFileSync(noto))).toBeUndefined();
    expect(sfntGlyphs(Buffer.from('这不是字体文件，只是一段文字。'))).toBeUndefined();
    expect(sfntGlyphs(new Uint8Array(0))).toBeUndefined();
  });
});
