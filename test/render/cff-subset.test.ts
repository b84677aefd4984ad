// Our CFF subsetter (issue 12): a subset's glyph n must draw exactly the source's glyph glyphs[n],
// for CID-keyed fonts with and without subroutines and for name-keyed ones; what it does not take
// is refused with CffUnsupported (the PDF writer then uses fontkit's subsetter).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type * as Fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { CffUnsupported, subsetCff } from '../../src/render/fonts/cff-subset.js';
import { sfntTable } from '../../src/render/fonts/sfnt-table.js';
import { fontkit, openFace, sfntFile, type Face } from './sfnt-file.js';

const FANDOL = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol';
const NOTO = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const dir = mkdtempSync(join(tmpdir(), 'dossier-cff-subset-'));

/** A face of a font file, with its tables' bytes (of a collection's face too). */
function face(path: string, name?: string): Face {
  return openFace(readFileSync(path), name);
}

/** An OpenType file of the face's tables with its CFF table replaced. */
function withCff(f: Face, cff: Uint8Array): Buffer {
  return sfntFile(f, { 'CFF ': cff });
}

/** `count` glyph ids of the face drawn by `seed`, glyph 0 first, then ascending (the PDF writer's order). */
function sample(f: Face, count: number, seed: number): number[] {
  const n = f.font.numGlyphs;
  const ids = new Set<number>([0, 1, n - 1]);
  let x = seed + 1;
  while (ids.size < Math.min(count, n)) {
    // Park–Miller: the product stays below 2^53, so the sequence is exact (and long).
    x = (x * 48271) % 2147483647;
    ids.add(x % n);
  }
  return [...ids].sort((a, b) => a - b);
}

/** Checks that glyph i of the subset draws the source's glyph glyphs[i], and has its advance. */
function expectSameGlyphs(f: Face, glyphs: readonly number[]): Uint8Array {
  const sub = subsetCff(f.tables.get('CFF ')!, glyphs);
  const parsed = fontkit.create(withCff(f, sub)) as Fontkit.Font;
  expect((parsed as unknown as { 'CFF ': { topDict: { CharStrings: unknown[] } } })['CFF '].topDict.CharStrings).toHaveLength(glyphs.length);
  glyphs.forEach((g, i) => {
    expect(parsed.getGlyph(i).path.toSVG(), `glyph ${g} (subset ${i})`).toBe(f.font.getGlyph(g).path.toSVG());
  });
  // Hints and widths (the Private DICT of each glyph's font dictionary, its subroutines aside) and the font's names.
  const [ours, source] = [cffOf(parsed), cffOf(f.font)];
  glyphs.forEach((g, i) => {
    const withoutSubrs = (d: Record<string, unknown> | null) => Object.fromEntries(Object.entries(d ?? {}).filter(([k]) => k !== 'Subrs'));
    expect(withoutSubrs(ours.privateDictForGlyph(i)), `Private DICT of glyph ${g}`).toEqual(withoutSubrs(source.privateDictForGlyph(g)));
  });
  for (const name of ['FullName', 'FamilyName', 'Weight', 'Notice', 'Copyright'] as const) {
    expect(ours.string(ours.topDict[name]), name).toBe(source.string(source.topDict[name]));
  }
  return sub;
}

/** fontkit's reading of a face's CFF table (its internals, for comparing). */
interface CffTable {
  privateDictForGlyph(gid: number): Record<string, unknown> | null;
  string(sid: unknown): string | null;
  readonly topDict: Record<string, unknown>;
}
function cffOf(font: Fontkit.Font): CffTable {
  return (font as unknown as { 'CFF ': CffTable })['CFF '];
}

/**
 * What a PDF reader (poppler's pdftoppm, which draws with FreeType) shows of a subset: one page with
 * every glyph of the subset drawn by its number, as gray pixels.
 */
function rendered(cff: Uint8Array, glyphs: number, name: string): Buffer {
  const perRow = 20;
  const rows = Math.ceil(glyphs / perRow);
  let content = 'BT\n';
  for (let i = 0; i < glyphs; i++) content += `/F1 20 Tf 1 0 0 1 ${10 + (i % perRow) * 24} ${rows * 24 - Math.floor(i / perRow) * 24} Tm <${i.toString(16).padStart(4, '0')}> Tj\n`;
  content += 'ET\n';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${perRow * 24 + 20} ${rows * 24 + 30}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Test /Encoding /Identity-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /AAAAAA+Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /AAAAAA+Test /Flags 4 /FontBBox [-1000 -1000 2000 2000] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile3 8 0 R >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((o, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1'));
  });
  offsets.push(length);
  push(Buffer.from(`8 0 obj\n<< /Subtype /CIDFontType0C /Length ${cff.length} >>\nstream\n`, 'latin1'));
  push(Buffer.from(cff));
  push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  const xref = length;
  push(
    Buffer.from(`xref\n0 9\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 9 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'),
  );
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, Buffer.concat(parts));
  execFileSync('pdftoppm', ['-r', '40', '-gray', '-singlefile', file, join(dir, name)]);
  return readFileSync(join(dir, `${name}.pgm`));
}

/** Checks that a PDF reader draws our subset exactly as fontkit's subset of the same glyphs. */
function expectDrawnAsFontkit(f: Face, glyphs: readonly number[], name: string): void {
  const theirs = f.font.createSubset() as unknown as { includeGlyph(g: number): number; encode(): Uint8Array };
  for (const g of glyphs) theirs.includeGlyph(g);
  const ours = rendered(subsetCff(f.tables.get('CFF ')!, glyphs), glyphs.length, `${name}-ours`);
  expect(ours.length).toBeGreaterThan(1000);
  expect(ours.equals(rendered(theirs.encode(), glyphs.length, `${name}-fontkit`)), `${name}: pixels`).toBe(true);
}

const fang = `${FANDOL}/FandolFang-Regular.otf`;
const braille = `${FANDOL}/FandolBraille-Display.otf`;

describe('CFF subset', () => {
  it.skipIf(!existsSync(fang))('copies the glyphs of a CID-keyed font without subroutines (the Fandol fonts), smaller than fontkit’s subset', () => {
    const f = face(fang);
    const glyphs = sample(f, 600, 7);
    const ours = expectSameGlyphs(f, glyphs);
    expectDrawnAsFontkit(f, glyphs.slice(0, 200), 'fang');
    const theirs = f.font.createSubset() as unknown as { includeGlyph(g: number): number; encode(): Uint8Array };
    for (const g of glyphs) theirs.includeGlyph(g);
    expect(ours.length).toBeLessThanOrEqual(theirs.encode().length);
    // The table is found in the file as the PDF writer finds it.
    expect(Buffer.from(sfntTable(readFileSync(fang), 'CFF ')!).equals(Buffer.from(f.tables.get('CFF ')!))).toBe(true);
  });

  it.skipIf(!existsSync(braille))('keeps the subroutines a name-keyed font’s glyphs call (global and local), and only those', () => {
    const f = face(braille);
    const all = Array.from({ length: f.font.numGlyphs }, (_, i) => i);
    expectSameGlyphs(f, all);
    expectDrawnAsFontkit(f, all, 'braille');
    const some = [0, 5, 40, 41, 200];
    const sub = expectSameGlyphs(f, some);
    // Fewer subroutines' bodies than the whole font: the others are emptied (a bare return).
    expect(sub.length).toBeLessThan(subsetCff(f.tables.get('CFF ')!, all).length);
  });

  it.skipIf(!existsSync(NOTO))('keeps the font dictionaries and subroutines of a large CID-keyed font (Noto Serif CJK, a face of a collection)', () => {
    const f = face(NOTO, 'NotoSerifCJKsc-Regular');
    const glyphs = sample(f, 800, 11);
    expectSameGlyphs(f, glyphs);
    expectDrawnAsFontkit(f, glyphs.slice(0, 300), 'noto');
    // A collection's face is not looked up in the file by the writer (fontkit's subsetter takes it).
    expect(sfntTable(readFileSync(NOTO), 'CFF ')).toBeUndefined();
  });

  it.skipIf(!existsSync(fang))('gives the same bytes for the same glyphs', () => {
    const f = face(fang);
    const glyphs = sample(f, 50, 3);
    expect(Buffer.from(subsetCff(f.tables.get('CFF ')!, glyphs)).equals(Buffer.from(subsetCff(f.tables.get('CFF ')!, [...glyphs])))).toBe(true);
  });

  it.skipIf(!existsSync(fang))('renumbers a string a font dictionary names into the subset’s String INDEX', () => {
    // Fandol's font dictionary names itself (FontName, 12 38, dropped); made Copyright (12 0), a string the subset keeps.
    const f = face(fang);
    const cff = Uint8Array.from(f.tables.get('CFF ')!);
    const source = cffOf(f.font) as unknown as { topDict: { FDArray: { FontName: number }[] }; string(sid: number): string };
    const fontName = source.string(source.topDict.FDArray[0]!.FontName);
    const sourceTop = cffIndex(cff, cffIndex(cff, cff[2]!).end).items[0]!;
    const sourceFd = cffIndex(cff, dictOffset(sourceTop, [12, 36])).items[0]!;
    const op = Buffer.from(sourceFd).indexOf(Buffer.from([12, 38]));
    expect(op).toBeGreaterThan(0);
    // The item is a view of `cff` (offset 0 in its buffer): the second byte of the operator becomes 0.
    cff[sourceFd.byteOffset + op + 1] = 0;
    const sub = subsetCff(cff, [0, 1, 2]);
    const names = cffIndex(sub, sub[2]!);
    const top = cffIndex(sub, names.end);
    const strings = cffIndex(sub, top.end);
    const fd = cffIndex(sub, dictOffset(top.items[0]!, [12, 36])).items[0]!;
    const copyright = Buffer.from(fd).indexOf(Buffer.from([12, 0]));
    const sid = (fd[copyright - 2]! - 247) * 256 + fd[copyright - 1]! + 108;
    expect(Buffer.from(strings.items[sid - 391] ?? []).toString('latin1')).toBe(fontName);
  });

  it.skipIf(!existsSync(fang))('refuses what it does not take with CffUnsupported, never another error: glyphs not there, seac, damaged tables', () => {
    const cff = face(fang).tables.get('CFF ')!;
    expect(() => subsetCff(cff, [0, 99999])).toThrow(CffUnsupported);
    expect(() => subsetCff(cff, [3])).toThrow(CffUnsupported);
    expect(() => subsetCff(Uint8Array.of(2, 0, 4, 4), [0])).toThrow(CffUnsupported);
    // A glyph made with seac (endchar with four operands): the accent's glyphs would be missing.
    const seac = withSeac(face(fang));
    expect(() => subsetCff(seac.cff, [0, seac.gid])).toThrow(/seac/);
    expect(() => subsetCff(seac.cff, [0, seac.gid + 1])).not.toThrow();
    // Damage anywhere in the table (its structures, charstrings, subroutines, Private DICTs), of a
    // font without subroutines and of one with them: refused or subset, but no crash of another kind.
    const fonts = [cff, ...(existsSync(braille) ? [face(braille).tables.get('CFF ')!] : [])];
    for (const table of fonts) {
      const glyphs = [0, 1, 2, 40, 100, 200];
      fc.assert(
        fc.property(fc.integer({ min: 0, max: Math.min(table.length - 1, 400_000) }), fc.integer({ min: 0, max: 255 }), fc.boolean(), (at, byte, nearStart) => {
          const damaged = Uint8Array.from(table);
          damaged[nearStart ? at % 4000 : at] = byte;
          try {
            subsetCff(damaged, glyphs);
          } catch (err) {
            if (!(err instanceof CffUnsupported)) throw err;
          }
        }),
        { numRuns: 300, seed: 12 },
      );
    }
  });
});

/**
 * The face's CFF table with a glyph's charstring overwritten in place by a seac one of the same
 * length (numbers first, then four operands and endchar); the glyph's id.
 */
function withSeac(f: Face): { cff: Uint8Array; gid: number } {
  const cff = Uint8Array.from(f.tables.get('CFF ')!);
  const tableAt = (f.font as unknown as { directory: { tables: Record<string, { offset: number }> } }).directory.tables['CFF ']!.offset;
  const charStrings = (f.font as unknown as { 'CFF ': { topDict: { CharStrings: { offset: number; length: number }[] } } })['CFF '].topDict.CharStrings;
  const gid = charStrings.findIndex((c, i) => i > 0 && c.length >= 6 && c.length <= 40);
  const { offset, length } = charStrings[gid]!;
  const at = offset - tableAt;
  cff.fill(139, at, at + length - 5);
  cff.set([139, 139, 139 + 65, 139 + 97, 14], at + length - 5);
  return { cff, gid };
}

/** The items of the CFF INDEX at `at`, where its first item starts and where it ends. */
function cffIndex(d: Uint8Array, at: number): { items: Uint8Array[]; start: number; end: number } {
  const count = (d[at]! << 8) | d[at + 1]!;
  if (count === 0) return { items: [], start: at + 2, end: at + 2 };
  const size = d[at + 2]!;
  const offset = (k: number) => {
    let v = 0;
    for (let j = 0; j < size; j++) v = v * 256 + d[at + 3 + k * size + j]!;
    return v;
  };
  const data = at + 3 + (count + 1) * size - 1;
  const items = Array.from({ length: count }, (_, k) => d.subarray(data + offset(k), data + offset(k + 1)));
  return { items, start: data + 1, end: data + offset(count) };
}

/** The offset a DICT gives with the operator `op` (its operand written in five bytes, 29 …, as the subsetter writes it, or in fewer). */
function dictOffset(dict: Uint8Array, op: readonly number[]): number {
  const at = Buffer.from(dict).indexOf(Buffer.from(op));
  expect(at).toBeGreaterThan(0);
  if (dict[at - 5] === 29) return Buffer.from(dict).readInt32BE(at - 4);
  if (dict[at - 3] === 28) return Buffer.from(dict).readInt16BE(at - 2);
  return (dict[at - 2]! - 247) * 256 + dict[at - 1]! + 108;
}
