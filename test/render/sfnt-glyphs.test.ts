// Glyph lookups from a font file's own tables (issue 12: fontkit is not loaded for a character
// met for the first time) must give fontkit's glyph id and advance for every character.
import { existsSync, readFileSync } from 'node:fs';
import type * as Fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sfntGlyphs } from '../../src/render/fonts/sfnt-glyphs.js';
import { fontkit, openFace, sfntFile } from './sfnt-file.js';

const FONTS = [
  // OpenType with CFF outlines, format 4 (the fonts Debian gives for the official ones).
  '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf',
  '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolHei-Regular.otf',
  // TrueType, format 4 beside a legacy Macintosh subtable (as the Windows fonts are made).
  '/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  // TrueType with a format 12 subtable for all planes.
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
];

/**
 * Fandol 仿宋 with a Windows Unicode (3,10) subtable of format 12 put before its own: the same
 * characters, in groups of runs of glyph ids, plus a group beyond the BMP (whatever fonts are installed, format 12 is read).
 */
function withFormat12(path: string): Buffer {
  const data = readFileSync(path);
  const face = openFace(data);
  const font = face.font;
  const points = [...font.characterSet].sort((a, b) => a - b);
  const groups: [start: number, end: number, glyph: number][] = [];
  for (const cp of points) {
    const gid = font.glyphForCodePoint(cp).id;
    const last = groups.at(-1);
    if (last && cp === last[1] + 1 && gid === last[2] + (cp - last[0])) last[1] = cp;
    else groups.push([cp, cp, gid]);
  }
  groups.push([0x20000, 0x20010, 5]);
  const sub = Buffer.alloc(16 + groups.length * 12);
  sub.writeUInt16BE(12, 0);
  sub.writeUInt32BE(sub.length, 4);
  sub.writeUInt32BE(groups.length, 12);
  groups.forEach(([a, b, g], i) => {
    sub.writeUInt32BE(a, 16 + i * 12);
    sub.writeUInt32BE(b, 20 + i * 12);
    sub.writeUInt32BE(g, 24 + i * 12);
  });
  const cmap = Buffer.alloc(4 + 8);
  cmap.writeUInt16BE(1, 2);
  cmap.writeUInt16BE(3, 4);
  cmap.writeUInt16BE(10, 6);
  cmap.writeUInt32BE(12, 8);
  return sfntFile(face, { cmap: Buffer.concat([cmap, sub]) }, data.toString('latin1', 0, 4));
}

describe('glyphs from the font file’s tables', () => {
  const fang = FONTS[0]!;
  const cases: [name: string, data: () => Buffer][] = [
    ...FONTS.filter((p) => existsSync(p)).map((p) => [p.split('/').pop()!, () => readFileSync(p)] as [string, () => Buffer]),
    ...(existsSync(fang) ? [['FandolFang with a format 12 subtable', () => withFormat12(fang)] as [string, () => Buffer]] : []),
  ];
  it('have fonts to compare with (the Fandol fonts come with texlive-lang-chinese, which set-up installs)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });
  for (const [name, read] of cases) {
    it(`give fontkit’s glyph and advance for every code point: ${name}`, () => {
      const data = read();
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
      expect(found).toBeGreaterThan(500);
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
