import { sfntTable } from './sfnt-table.js';

/** A font's glyph for a code point and glyph advances, read from its cmap and hmtx tables. */
export interface SfntGlyphs {
  /** The glyph id for a code point (0: none). */
  glyph(cp: number): number;
  /** A glyph's advance width in font units. */
  advance(gid: number): number;
}

/** The cmap subtables Unicode text is looked up in, best first (as fontkit chooses). */
const PREFERRED: readonly (readonly [platform: number, encoding: number])[] = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0],
];

/**
 * Glyph lookups straight from the font file's tables, giving what fontkit gives (the same
 * subtable, the same search), without loading fontkit (its code takes ~0.15 s to load): for a
 * file holding one font whose Unicode cmap subtable is of format 4 or 12, with horizontal metrics
 * and no variations. Undefined for any other file: the caller then asks fontkit.
 */
export function sfntGlyphs(file: Uint8Array): SfntGlyphs | undefined {
  const cmap = sfntTable(file, 'cmap');
  const hhea = sfntTable(file, 'hhea');
  const hmtx = sfntTable(file, 'hmtx');
  if (!cmap || !hhea || !hmtx || sfntTable(file, 'fvar') || cmap.length < 4 || hhea.length < 36) return undefined;
  const c = view(cmap);
  const records = c.getUint16(2);
  if (4 + records * 8 > cmap.length) return undefined;
  let at: number | undefined;
  for (const [platform, encoding] of PREFERRED) {
    for (let i = 0; i < records && at === undefined; i++) {
      if (c.getUint16(4 + i * 8) === platform && c.getUint16(6 + i * 8) === encoding) at = c.getUint32(8 + i * 8);
    }
    if (at !== undefined) break;
  }
  if (at === undefined || at + 4 > cmap.length) return undefined;
  const format = c.getUint16(at);
  const lookup = format === 4 ? format4(cmap, at) : format === 12 ? format12(cmap, at) : undefined;
  if (!lookup) return undefined;
  const metrics = view(hhea).getUint16(34);
  if (metrics * 4 > hmtx.length) return undefined;
  const h = view(hmtx);
  return {
    glyph: lookup,
    advance: (gid) => (metrics === 0 ? 0 : h.getUint16(Math.min(gid, metrics - 1) * 4)),
  };
}

/** Format 4 (segments of BMP code points), searched as fontkit searches it. */
function format4(cmap: Uint8Array, at: number): ((cp: number) => number) | undefined {
  const c = view(cmap);
  if (at + 14 > cmap.length) return undefined;
  const length = c.getUint16(at + 2);
  const segX2 = c.getUint16(at + 6);
  const segs = segX2 >> 1;
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  const glyphIds = rangeOffsets + segX2;
  if (glyphIds > cmap.length) return undefined;
  // The glyph id array runs to the subtable's stated length (within the table).
  const glyphIdCount = (length - (16 + 4 * segX2)) / 2;
  return (cp) => {
    let lo = 0;
    let hi = segs - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < c.getUint16(starts + mid * 2)) hi = mid - 1;
      else if (cp > c.getUint16(ends + mid * 2)) lo = mid + 1;
      else {
        const rangeOffset = c.getUint16(rangeOffsets + mid * 2);
        const delta = c.getInt16(deltas + mid * 2);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const index = rangeOffset / 2 + (cp - c.getUint16(starts + mid * 2)) - (segs - mid);
        const byte = glyphIds + index * 2;
        let gid = index >= 0 && index < glyphIdCount && Number.isInteger(index) && byte + 2 <= cmap.length ? c.getUint16(byte) : 0;
        if (gid !== 0) gid += delta;
        return gid & 0xffff;
      }
    }
    return 0;
  };
}

/** Format 12 (groups of code points, all planes), searched as fontkit searches it. */
function format12(cmap: Uint8Array, at: number): ((cp: number) => number) | undefined {
  const c = view(cmap);
  if (at + 16 > cmap.length) return undefined;
  const groups = c.getUint32(at + 12);
  const first = at + 16;
  if (first + groups * 12 > cmap.length) return undefined;
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = first + mid * 12;
      if (cp < c.getUint32(g)) hi = mid - 1;
      else if (cp > c.getUint32(g + 4)) lo = mid + 1;
      else return c.getUint32(g + 8) + (cp - c.getUint32(g));
    }
    return 0;
  };
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
