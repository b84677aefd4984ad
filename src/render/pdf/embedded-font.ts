import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { contentHash, type ContentCache } from '../../util/content-cache.js';
import { CffUnsupported, subsetCff } from '../fonts/cff-subset.js';
import type { LoadedFont } from '../fonts/find-fonts.js';
import { sfntTable } from '../fonts/sfnt-table.js';
import { num, type PdfFile } from './pdf-file.js';

/**
 * A font as one PDF document uses it: text is written as the font's own glyph ids, so that a page's
 * content does not depend on what other pages use (pages can be kept and reused between runs), and
 * at the end the glyphs used are embedded as a subset, numbered in the order of their ids, with an
 * embedded CMap from glyph id to subset number, the widths and a ToUnicode map, so text can be
 * searched and copied. The subset's font file is made by subsetFile (or taken from the content
 * cache by the set of glyphs), so that a run whose subsets were all made before needs no font file.
 */
export class EmbeddedFont {
  /** The PDF object number of the Type 0 font; page resources refer to it. */
  readonly ref: number;
  /** Code point → its glyph id as four hex digits (the code in content streams). */
  private readonly codes = new Map<number, string>();
  /** Original glyph id → the text it stands for (the first character drawn with it) and its width in thousandths of an em. */
  private readonly used = new Map<number, { text: string; width: number }>();

  constructor(
    readonly font: LoadedFont,
    file: PdfFile,
    private readonly cache?: ContentCache,
  ) {
    this.ref = file.alloc();
    this.used.set(0, { text: '', width: Math.round(font.glyph(0xffff).advance * 1000) });
  }

  /** The text as a hex string of glyph ids (for Tj). */
  encode(text: string): string {
    let hex = '';
    for (const ch of text) hex += this.code(ch);
    return `<${hex}>`;
  }

  /** Takes the text's glyphs into the subset, as encoding it would, without encoding it (for a page whose stream was kept). */
  use(text: string): void {
    for (const ch of text) this.code(ch);
  }

  /** A character's code (its glyph id as four hex digits); its glyph is taken into the subset when first met. */
  private code(ch: string): string {
    const cp = ch.codePointAt(0)!;
    let code = this.codes.get(cp);
    if (code === undefined) {
      const g = this.font.glyph(cp);
      if (!this.used.has(g.id)) this.used.set(g.id, { text: ch, width: Math.round(g.advance * 1000) });
      code = g.id.toString(16).padStart(4, '0');
      this.codes.set(cp, code);
    }
    return code;
  }

  /** The glyphs used, by id (glyph 0 first): their order in the subset. */
  private glyphs(): number[] {
    return [...this.used.keys()].sort((a, b) => a - b);
  }

  /**
   * The subset's font file, compressed (as PdfFile.stream compresses). Compressing it takes ~15 ms
   * (and fontkit's subsetter, for fonts ours does not take, parses every glyph used: ~0.3 s per CJK
   * font), so it is kept compressed in the content cache by the font file and the glyphs.
   */
  private encoded(glyphs: readonly number[]): Uint8Array {
    if (!this.cache) return deflateSync(this.subsetFile(glyphs));
    // The font file by the signature it was read with (hashing the 30 MB of five CJK fonts cost ~60 ms a run); by its bytes when it changed while read.
    let fontKey = this.font.signature === undefined ? undefined : `file:${this.font.path}:${this.font.signature}`;
    if (fontKey === undefined) {
      const bytes = this.font.data();
      fontKey = FONT_HASHES.get(bytes);
      if (!fontKey) FONT_HASHES.set(bytes, (fontKey = contentHash(bytes)));
    }
    const key = `font-subset-3|${fontKey}|${this.font.face ?? ''}|${glyphs.join(',')}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const data = deflateSync(this.subsetFile(glyphs));
    this.cache.put(key, data);
    return data;
  }

  /**
   * The subset's font file from the glyphs in subset order: a CFF font's by our own subsetter
   * (charstrings copied, not parsed: milliseconds where fontkit takes a third of a second), any
   * other's (TrueType outlines, a face of a collection, what ours does not take) by fontkit's.
   */
  private subsetFile(glyphs: readonly number[]): Uint8Array {
    if (this.font.metrics.cff) {
      const table = sfntTable(this.font.data(), 'CFF ');
      if (table) {
        try {
          return subsetCff(table, glyphs);
        } catch (err) {
          if (!(err instanceof CffUnsupported)) throw err;
        }
      }
    }
    // fontkit's own subsetter (its published types describe includeGlyph and encode otherwise).
    const subset = this.font.parsed().createSubset() as unknown as Subsetter;
    // The CMap maps to our numbering: a subsetter numbering otherwise would draw wrong glyphs.
    glyphs.forEach((g, i) => {
      if (subset.includeGlyph(g) !== i) throw new Error(`字体子集编号与 fontkit 不一致（${this.font.path}，字形 ${g}）`);
    });
    return subset.encode();
  }

  /** Writes the subset, its descriptor, widths, CMap and ToUnicode map, and the Type 0 font object. */
  write(file: PdfFile): void {
    const f = this.font.metrics;
    const glyphs = this.glyphs();
    const used = glyphs.map((g) => this.used.get(g)!);
    const data = this.encoded(glyphs);
    const cff = f.cff;
    const fontFile = file.alloc();
    file.deflated(fontFile, cff ? '<< /Subtype /CIDFontType0C >>' : '<< >>', data);
    // A subset tag from the glyphs used: the same subset gets the same name.
    const tag = tagOf(used.map((u) => u.text).join(''));
    const name = `/${tag}+${(f.postscriptName || 'Font').replace(/[^A-Za-z0-9-]/g, '')}`;
    const scale = 1000 / f.unitsPerEm;
    const [minX, minY, maxX, maxY] = f.bbox;
    const descriptor = file.alloc();
    file.object(
      descriptor,
      `<< /Type /FontDescriptor /FontName ${name} /Flags 4 /FontBBox [${[minX, minY, maxX, maxY].map((v) => num(v * scale)).join(' ')}] /ItalicAngle ${num(f.italicAngle)} /Ascent ${num(f.ascent * scale)} /Descent ${num(f.descent * scale)} /CapHeight ${num((f.capHeight || f.ascent) * scale)} /XHeight ${num(f.xHeight * scale)} /StemV 0 /${cff ? 'FontFile3' : 'FontFile2'} ${fontFile} 0 R >>`,
    );
    const cid = file.alloc();
    file.object(
      cid,
      `<< /Type /Font /Subtype /${cff ? 'CIDFontType0' : 'CIDFontType2'} /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /W [0 [${used.map((u) => u.width).join(' ')}]]${cff ? '' : ' /CIDToGIDMap /Identity'} >>`,
    );
    const encoding = file.alloc();
    const system = '<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>';
    // Named after the font and its glyphs: CMaps that differ have different names.
    const cmapName = `${tagOf(`${name}\0${glyphs.join(',')}`)}-GID`;
    file.stream(encoding, `<< /Type /CMap /CMapName /${cmapName} /CIDSystemInfo ${system} /WMode 0 >>`, Buffer.from(cidCmap(cmapName, glyphs), 'latin1'));
    const toUnicode = file.alloc();
    file.stream(toUnicode, '<< >>', Buffer.from(cmap(glyphs.map((g, i) => [g, used[i]!.text])), 'latin1'));
    file.object(this.ref, `<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding ${encoding} 0 R /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  }
}

/** The font file of each font, hashed once per process (the cache key of its subsets). */
const FONT_HASHES = new WeakMap<Uint8Array, string>();

/** fontkit's Subset as it behaves: glyph ids in (numbered in order of first inclusion, glyph 0 first), the font file out. */
interface Subsetter {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}

/**
 * Six capital letters derived from the subset's characters (PDF subset tag, ISO 32000-1 9.6.4):
 * the same subset gets the same tag, different subsets different tags (print shops merge fonts by name).
 */
function tagOf(s: string): string {
  const digest = createHash('sha256').update(s).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest.readUInt32BE(i * 4) % 26));
  return tag;
}

/** Four hex digits of a two-byte code. */
const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** `begin…`/`end…` sections of at most 100 entries each (the limit of a CMap section). */
function sections(kind: string, entries: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < entries.length; i += 100) out.push(`${Math.min(100, entries.length - i)} begin${kind}\n${entries.slice(i, i + 100).join('\n')}\nend${kind}`);
  return out;
}

/** A CMap's PostScript around its mapping sections. */
function cmapProgram(head: readonly string[], body: readonly string[]): string {
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    ...head,
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...body,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/**
 * The font's encoding (ISO 32000-1, 9.7.5.3): two-byte code = original glyph id → CID = its place in
 * the subset (`glyphs` ascending), runs of consecutive ids as ranges. A range never crosses a
 * multiple of 256: its two ends may differ in their last byte only (Adobe's CMap specification,
 * 5014, 1.4; Acrobat, Ghostscript and others read a range byte by byte).
 */
export function cidRanges(glyphs: readonly number[]): string[] {
  const ranges: string[] = [];
  for (let i = 0; i < glyphs.length;) {
    let j = i;
    while (j + 1 < glyphs.length && glyphs[j + 1] === glyphs[j]! + 1 && (glyphs[j + 1]! & 0xff) !== 0) j++;
    ranges.push(`<${hex4(glyphs[i]!)}> <${hex4(glyphs[j]!)}> ${i}`);
    i = j + 1;
  }
  return ranges;
}

/** The encoding CMap's program (cidRanges). */
function cidCmap(name: string, glyphs: readonly number[]): string {
  return cmapProgram(['/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def', `/CMapName /${name} def`, '/CMapType 1 def'], sections('cidrange', cidRanges(glyphs)));
}

/** A ToUnicode CMap: code (glyph id) → its text. */
function cmap(entries: readonly (readonly [code: number, text: string])[]): string {
  const hex = (s: string) =>
    [...s]
      .map((c) => {
        const cp = c.codePointAt(0)!;
        if (cp < 0x10000) return hex4(cp);
        const v = cp - 0x10000;
        return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
      })
      .join('');
  const lines = entries.filter(([, t]) => t !== '').map(([code, t]) => `<${hex4(code)}> <${hex(t)}>`);
  return cmapProgram(['/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def', '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def'], sections('bfchar', lines));
}
