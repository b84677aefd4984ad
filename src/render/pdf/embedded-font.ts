import { createHash } from 'node:crypto';
import { contentHash, type ContentCache } from '../../util/content-cache.js';
import type { LoadedFont } from '../fonts/find-fonts.js';
import { num, type PdfFile } from './pdf-file.js';

/**
 * A font as one PDF document uses it: characters are turned into the glyph ids of a subset as pages
 * are written, and at the end the subset is embedded as a CID font (Identity-H) with its widths and
 * a ToUnicode map, so text can be searched and copied. Subset ids are given in order of first use,
 * as fontkit's subsetter numbers them; the subset's font file is made by fontkit (or taken from
 * the content cache), so that a run whose subsets were all made before needs no font file.
 */
export class EmbeddedFont {
  /** The PDF object number of the Type 0 font; page resources refer to it. */
  readonly ref: number;
  /** The original glyph ids in subset order (glyph 0 first). */
  private readonly glyphs: number[] = [0];
  /** Original glyph id → subset id. */
  private readonly subsetIds = new Map<number, number>([[0, 0]]);
  /** Code point → the subset glyph id as four hex digits. */
  private readonly codes = new Map<number, string>();
  /** Subset glyph id → its text and width in thousandths of an em. */
  private readonly used: { text: string; width: number }[] = [];

  constructor(
    readonly font: LoadedFont,
    file: PdfFile,
    private readonly cache?: ContentCache,
  ) {
    this.ref = file.alloc();
    this.used.push({ text: '', width: Math.round(font.glyph(0xffff).advance * 1000) });
  }

  /** The text as a hex string of subset glyph ids (for Tj). */
  encode(text: string): string {
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let code = this.codes.get(cp);
      if (code === undefined) {
        const g = this.font.glyph(cp);
        let sid = this.subsetIds.get(g.id);
        if (sid === undefined) {
          this.subsetIds.set(g.id, (sid = this.glyphs.length));
          this.glyphs.push(g.id);
          this.used.push({ text: ch, width: Math.round(g.advance * 1000) });
        }
        code = sid.toString(16).padStart(4, '0');
        this.codes.set(cp, code);
      }
      hex += code;
    }
    return `<${hex}>`;
  }

  /**
   * The subset's font file. Making it parses every glyph used (about 0.3 s per CJK font the first
   * time in a process), so it is kept in the content cache by the font file and the glyphs.
   */
  private encoded(): Uint8Array {
    if (!this.cache) return this.subsetFile();
    // The font file by the signature it was read with (hashing the 30 MB of five CJK fonts cost ~60 ms a run); by its bytes when it changed while read.
    let fontKey = this.font.signature === undefined ? undefined : `file:${this.font.path}:${this.font.signature}`;
    if (fontKey === undefined) {
      const bytes = this.font.data();
      fontKey = FONT_HASHES.get(bytes);
      if (!fontKey) FONT_HASHES.set(bytes, (fontKey = contentHash(bytes)));
    }
    const key = `font-subset-1|${fontKey}|${this.font.face ?? ''}|${this.glyphs.join(',')}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const data = this.subsetFile();
    this.cache.put(key, data);
    return data;
  }

  /** The subset's font file, made by fontkit's subsetter from the glyphs in subset order. */
  private subsetFile(): Uint8Array {
    // fontkit's own subsetter (its published types describe includeGlyph and encode otherwise).
    const subset = this.font.parsed().createSubset() as unknown as Subsetter;
    // The text was encoded with our numbering: a subsetter numbering otherwise would draw wrong glyphs.
    this.glyphs.forEach((g, i) => {
      if (subset.includeGlyph(g) !== i) throw new Error(`字体子集编号与 fontkit 不一致（${this.font.path}，字形 ${g}）`);
    });
    return subset.encode();
  }

  /** Writes the subset, its descriptor, widths and ToUnicode map, and the Type 0 font object. */
  write(file: PdfFile): void {
    const f = this.font.metrics;
    const data = this.encoded();
    const cff = f.cff;
    const fontFile = file.alloc();
    file.stream(fontFile, cff ? '<< /Subtype /CIDFontType0C >>' : '<< >>', data);
    // A subset tag from the glyphs used: the same subset gets the same name.
    const tag = tagOf(this.used.map((u) => u.text).join(''));
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
      `<< /Type /Font /Subtype /${cff ? 'CIDFontType0' : 'CIDFontType2'} /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /W [0 [${this.used.map((u) => u.width).join(' ')}]]${cff ? '' : ' /CIDToGIDMap /Identity'} >>`,
    );
    const toUnicode = file.alloc();
    file.stream(toUnicode, '<< >>', Buffer.from(cmap(this.used.map((u) => u.text)), 'latin1'));
    file.object(this.ref, `<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
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

/** A ToUnicode CMap: glyph id i → texts[i], in blocks of at most 100 entries. */
function cmap(texts: readonly string[]): string {
  const hex = (s: string) =>
    [...s]
      .map((c) => {
        const cp = c.codePointAt(0)!;
        if (cp < 0x10000) return cp.toString(16).padStart(4, '0');
        const v = cp - 0x10000;
        return ((0xd800 + (v >> 10)).toString(16) + (0xdc00 + (v & 0x3ff)).toString(16)).padStart(8, '0');
      })
      .join('');
  const entries = texts.map((t, i) => (t ? `<${i.toString(16).padStart(4, '0')}> <${hex(t)}>` : '')).filter((e) => e !== '');
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) blocks.push(`${Math.min(100, entries.length - i)} beginbfchar\n${entries.slice(i, i + 100).join('\n')}\nendbfchar`);
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
