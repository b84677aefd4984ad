/**
 * A subsetter for CFF fonts (Adobe Technical Note 5176; charstrings Type 2, TN 5177): the font
 * file a PDF embeds as FontFile3 /CIDFontType0C, holding only the glyphs a document uses.
 *
 * Glyphs are copied as they are: their charstrings are only scanned for the subroutines they call
 * (and those of the subroutines), never drawn. The result is a CID-keyed font whose CID n is the
 * subset's glyph n, registry Adobe-Identity-0, with the source's font dictionaries (those of the
 * glyphs kept) and subroutine lists of the same length where the subroutines no kept glyph calls
 * are emptied (so that numbers in charstrings stay valid): the same structure fontkit's subsetter
 * makes, without parsing every glyph's outline.
 */

/** A font this subsetter does not take (the caller then uses another): why, for the developers. */
export class CffUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CffUnsupported';
  }
}

/** Standard strings (TN 5176, appendix A): string ids below this are not in the font's String INDEX. */
const STANDARD_STRINGS = 391;
/** Top DICT operators whose operand is a string id (version, Notice, FullName, FamilyName, Weight, Copyright, PostScript, BaseFontName). */
const STRING_OPERATORS = new Set([0, 1, 2, 3, 4, 1200, 1221, 1222]);
/** Top DICT operators not copied: made anew (charset, Encoding, CharStrings, Private, ROS, CIDCount, FDArray, FDSelect, FontName) or naming the whole font, which a subset is not (UniqueID, XUID, UIDBase, SyntheticBase, CIDFontVersion/Revision/Type). */
const TOP_DROPPED = new Set([13, 14, 15, 16, 17, 18, 1220, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238]);

/** Font DICT operators not copied: Private (written anew) and FontName (as fontkit's subsetter drops it). */
const FD_DROPPED = new Set([18, 1238]);

/** One entry of a DICT: its operator (escaped ones as 1200 + second byte), its operands and their bytes as found. */
interface DictEntry {
  readonly op: number;
  readonly operands: readonly number[];
  readonly raw: Uint8Array;
}

/**
 * The subset of a CFF font (the bytes of an OpenType font's `CFF ` table) holding `glyphs`, glyph
 * ids of the source in the subset's order (glyph 0 first). Throws CffUnsupported for what it does
 * not take: another CFF version or charstring type, accented glyphs made with seac, charstrings
 * that compute (arithmetic and storage operators), damaged structures.
 */
export function subsetCff(cff: Uint8Array, glyphs: readonly number[]): Uint8Array {
  const font = readCff(cff);
  const n = glyphs.length;
  if (n === 0 || glyphs[0] !== 0) throw new CffUnsupported('the subset must start with glyph 0');
  for (const g of glyphs) if (!Number.isInteger(g) || g < 0 || g >= font.charStrings.length) throw new CffUnsupported(`no glyph ${g}`);

  // Font dictionaries of the glyphs kept, in order of first use, each glyph's new one, and the subroutines each glyph calls.
  const fdNew = new Map<number, number>();
  const fdOfGlyph = new Uint8Array(n);
  const usedGlobal = new Set<number>();
  const usedLocal = font.fds.map(() => new Set<number>());
  glyphs.forEach((g, i) => {
    const fd = font.fdSelect ? font.fdSelect(g) : 0;
    if (fd >= font.fds.length) throw new CffUnsupported(`glyph ${g}: no font dictionary ${fd}`);
    let k = fdNew.get(fd);
    if (k === undefined) fdNew.set(fd, (k = fdNew.size));
    if (k > 255) throw new CffUnsupported('more than 256 font dictionaries');
    fdOfGlyph[i] = k;
    scanCharstring(font.charStrings[g]!, font.globalSubrs, font.fds[fd]!.subrs, usedGlobal, usedLocal[fd]!);
  });

  // Strings: the registry and ordering, then those the copied DICT entries name.
  const strings: Uint8Array[] = [];
  const addString = (bytes: Uint8Array): number => strings.push(bytes) - 1 + STANDARD_STRINGS;
  const top: Uint8Array[] = [];
  const registry = addString(Buffer.from('Adobe', 'latin1'));
  const ordering = addString(Buffer.from('Identity', 'latin1'));
  top.push(Buffer.concat([encodeInt(registry), encodeInt(ordering), encodeInt(0)]), escOp(30));
  // A copied entry whose operand is a string id names the string's copy in the new String INDEX.
  const copy = (entries: readonly DictEntry[], dropped: ReadonlySet<number>): Uint8Array[] =>
    entries.flatMap((e) => {
      if (dropped.has(e.op)) return [];
      if (e.op === 1206 && e.operands[0] !== 2) throw new CffUnsupported('charstrings of type 1');
      const sid = e.operands[0] ?? -1;
      if (!STRING_OPERATORS.has(e.op) || sid < STANDARD_STRINGS) return [e.raw, opBytes(e.op)];
      const str = font.strings[sid - STANDARD_STRINGS];
      if (!str) throw new CffUnsupported(`no string ${sid}`);
      return [encodeInt(addString(str)), opBytes(e.op)];
    });
  top.push(...copy(font.top, TOP_DROPPED));
  top.push(encodeInt(n), escOp(34));
  const topFixed = Buffer.concat(top);
  // Offsets are written as five-byte numbers, so that the DICT's length does not depend on them.
  const topDictWith = ([charset, charStrings, fdArray, fdSelect]: readonly number[]) =>
    Buffer.concat([
      topFixed,
      encodeInt32(charset ?? 0),
      Uint8Array.of(15),
      encodeInt32(charStrings ?? 0),
      Uint8Array.of(17),
      encodeInt32(fdArray ?? 0),
      escOp(36),
      encodeInt32(fdSelect ?? 0),
      escOp(37),
    ]);

  // Each kept font dictionary with its Private DICT (and local subroutines) after the FDArray; made
  // before the String INDEX is written, as its entries may add strings.
  const kept = [...fdNew.keys()];
  const privates = kept.map((fd) => {
    const f = font.fds[fd]!;
    const subrs = f.subrs.length > 0 ? writeIndex(keepUsed(f.subrs, usedLocal[fd]!)) : undefined;
    const entries = f.private.filter((e) => e.op !== 19).flatMap((e) => [e.raw, opBytes(e.op)]);
    const fixed = Buffer.concat(entries);
    const size = fixed.length + (subrs ? 5 + 1 : 0);
    const dict = subrs ? Buffer.concat([fixed, encodeInt32(size), Uint8Array.of(19)]) : fixed;
    // The font dictionary's own entries but its Private DICT's place (written below) and its name.
    return { dict, subrs, entries: Buffer.concat(copy(f.dict, FD_DROPPED)) };
  });

  const header = Uint8Array.of(1, 0, 4, 4);
  const nameIndex = writeIndex([font.name]);
  const stringIndex = writeIndex(strings);
  const globalSubrIndex = writeIndex(keepUsed(font.globalSubrs, usedGlobal));
  const charset = n > 1 ? Uint8Array.of(2, 0, 1, (n - 2) >> 8, (n - 2) & 0xff) : Uint8Array.of(0);
  const fdSelect = writeFdSelect(fdOfGlyph);
  const charStrings = writeIndex(glyphs.map((g) => font.charStrings[g]!));
  const fdArrayWith = (offsets: readonly number[]) => writeIndex(privates.map((p, i) => Buffer.concat([p.entries, encodeInt32(p.dict.length), encodeInt32(offsets[i] ?? 0), Uint8Array.of(18)])));

  let at = header.length + nameIndex.length + writeIndex([topDictWith([])]).length + stringIndex.length + globalSubrIndex.length;
  const charsetAt = at;
  at += charset.length;
  const fdSelectAt = at;
  at += fdSelect.length;
  const charStringsAt = at;
  at += charStrings.length;
  const fdArrayAt = at;
  at += fdArrayWith([]).length;
  const privateAt: number[] = [];
  for (const p of privates) {
    privateAt.push(at);
    at += p.dict.length + (p.subrs?.length ?? 0);
  }
  const out = Buffer.concat([
    header,
    nameIndex,
    writeIndex([topDictWith([charsetAt, charStringsAt, fdArrayAt, fdSelectAt])]),
    stringIndex,
    globalSubrIndex,
    charset,
    fdSelect,
    charStrings,
    fdArrayWith(privateAt),
    ...privates.flatMap((p) => (p.subrs ? [p.dict, p.subrs] : [p.dict])),
  ]);
  if (out.length !== at) throw new Error(`CFF subset: ${out.length} bytes written, ${at} expected`);
  return out;
}

/** A font dictionary of the source: its own entries, its Private DICT's and its local subroutines. */
interface FontDict {
  readonly dict: readonly DictEntry[];
  readonly private: readonly DictEntry[];
  readonly subrs: readonly Uint8Array[];
}

/** What the subsetter reads of a CFF font. */
interface CffFont {
  readonly name: Uint8Array;
  readonly top: readonly DictEntry[];
  readonly strings: readonly Uint8Array[];
  readonly globalSubrs: readonly Uint8Array[];
  readonly charStrings: readonly Uint8Array[];
  readonly fds: readonly FontDict[];
  /** The font dictionary of a glyph (CID-keyed fonts). */
  readonly fdSelect?: (glyph: number) => number;
}

/** Reads the parts of a CFF font the subsetter needs. */
function readCff(d: Uint8Array): CffFont {
  if (d.length < 4 || d[0] !== 1) throw new CffUnsupported(`CFF version ${d[0]}`);
  const names = readIndex(d, d[2]!);
  const tops = readIndex(d, names.end);
  const strings = readIndex(d, tops.end);
  const globalSubrs = readIndex(d, strings.end);
  if (names.items.length < 1 || tops.items.length < 1) throw new CffUnsupported('no font in the CFF table');
  const top = readDict(tops.items[0]!);
  const get = (op: number) => top.find((e) => e.op === op)?.operands;
  const csAt = offsetOf(get(17)?.[0]);
  if (csAt === undefined) throw new CffUnsupported('no CharStrings');
  const charStrings = readIndex(d, csAt).items;
  const fdArrayAt = offsetOf(get(1236)?.[0]);
  const fdSelectAt = offsetOf(get(1237)?.[0]);
  let fds: FontDict[];
  let fdSelect: ((g: number) => number) | undefined;
  if (get(1230)) {
    if (fdArrayAt === undefined || fdSelectAt === undefined) throw new CffUnsupported('CID-keyed font without FDArray or FDSelect');
    fds = readIndex(d, fdArrayAt).items.map((item) => fontDict(d, readDict(item)));
    fdSelect = readFdSelect(d, fdSelectAt, charStrings.length);
  } else {
    // A name-keyed font becomes one font dictionary holding its Private DICT and nothing else.
    fds = [{ ...fontDict(d, top), dict: [] }];
  }
  return { name: names.items[0]!, top, strings: strings.items, globalSubrs: globalSubrs.items, charStrings, fds, ...(fdSelect ? { fdSelect } : {}) };
}

/** A font dictionary (or a name-keyed font's Top DICT) with its Private DICT and local subroutines. */
function fontDict(d: Uint8Array, dict: readonly DictEntry[]): FontDict {
  const p = dict.find((e) => e.op === 18)?.operands;
  if (!p || p.length < 2) return { dict, private: [], subrs: [] };
  const size = offsetOf(p[0])!;
  const at = offsetOf(p[1])!;
  if (at + size > d.length) throw new CffUnsupported('Private DICT outside the table');
  const priv = readDict(d.subarray(at, at + size));
  const subrsAt = offsetOf(priv.find((e) => e.op === 19)?.operands[0]);
  return { dict, private: priv, subrs: subrsAt === undefined ? [] : readIndex(d, at + subrsAt).items };
}

/** An offset or size read from a DICT (undefined when there is none): a whole number, not below 0. */
function offsetOf(v: number | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isInteger(v) || v < 0) throw new CffUnsupported(`offset ${v}`);
  return v;
}

/** The FDSelect's function from glyph to font dictionary (formats 0 and 3). */
function readFdSelect(d: Uint8Array, at: number, glyphs: number): (g: number) => number {
  const format = d[at];
  if (format === 0) {
    if (at + 1 + glyphs > d.length) throw new CffUnsupported('FDSelect outside the table');
    return (g) => d[at + 1 + g]!;
  }
  if (format === 3) {
    const ranges = u16(d, at + 1);
    const firsts: number[] = [];
    const fds: number[] = [];
    for (let i = 0; i < ranges; i++) {
      firsts.push(u16(d, at + 3 + i * 3));
      fds.push(d[at + 5 + i * 3]!);
    }
    const sentinel = u16(d, at + 3 + ranges * 3);
    return (g) => {
      if (g >= sentinel) throw new CffUnsupported(`glyph ${g} beyond FDSelect`);
      let lo = 0;
      let hi = firsts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (firsts[mid]! <= g) lo = mid;
        else hi = mid - 1;
      }
      if (firsts[lo] === undefined || firsts[lo]! > g) throw new CffUnsupported(`glyph ${g} before FDSelect's first range`);
      return fds[lo]!;
    };
  }
  throw new CffUnsupported(`FDSelect format ${format}`);
}

/** An FDSelect of format 3: runs of glyphs with the same font dictionary. */
function writeFdSelect(fdOfGlyph: Uint8Array): Uint8Array {
  const ranges: number[] = [];
  for (let i = 0; i < fdOfGlyph.length; i++) if (i === 0 || fdOfGlyph[i] !== fdOfGlyph[i - 1]) ranges.push(i);
  const out = new Uint8Array(3 + ranges.length * 3 + 2);
  out[0] = 3;
  put16(out, 1, ranges.length);
  ranges.forEach((first, k) => {
    put16(out, 3 + k * 3, first);
    out[5 + k * 3] = fdOfGlyph[first]!;
  });
  put16(out, 3 + ranges.length * 3, fdOfGlyph.length);
  return out;
}

/** The list with every subroutine not used made a bare `return`, so that the others keep their numbers. */
function keepUsed(subrs: readonly Uint8Array[], used: ReadonlySet<number>): Uint8Array[] {
  return subrs.map((s, i) => (used.has(i) ? s : RETURN));
}
const RETURN = Uint8Array.of(11);

/** The number added to a subroutine's operand (TN 5177, 4.7). */
function bias(count: number): number {
  return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
}

/**
 * Follows a charstring and the subroutines it calls, adding their numbers to `usedGlobal` and
 * `usedLocal`. Only numbers and the operators that take or skip bytes are interpreted: the stems
 * counted for hintmask and cntrmask, the operands of callsubr and callgsubr.
 */
function scanCharstring(cs: Uint8Array, globalSubrs: readonly Uint8Array[], localSubrs: readonly Uint8Array[], usedGlobal: Set<number>, usedLocal: Set<number>): void {
  // The argument stack (at most 48 entries, TN 5177 appendix B) and its height.
  const stack = SCAN_STACK;
  let sp = 0;
  let stems = 0;
  let depth = 0;
  const gBias = bias(globalSubrs.length);
  const lBias = bias(localSubrs.length);
  // Whether the charstring ended (endchar), as against a subroutine returning.
  const run = (s: Uint8Array): boolean => {
    // The glyph's own charstring and at most 10 levels of subroutines (TN 5177, appendix B).
    if (++depth > 11) throw new CffUnsupported('subroutines nested more than 10 deep');
    let i = 0;
    while (i < s.length) {
      const b = s[i]!;
      if (b >= 32 || b === 28) {
        if (sp === stack.length) throw new CffUnsupported('more than 48 operands');
        if (b === 28) {
          stack[sp++] = ((s[i + 1]! << 24) | (s[i + 2]! << 16)) >> 16;
          i += 3;
        } else if (b <= 246) {
          stack[sp++] = b - 139;
          i += 1;
        } else if (b <= 250) {
          stack[sp++] = (b - 247) * 256 + s[i + 1]! + 108;
          i += 2;
        } else if (b <= 254) {
          stack[sp++] = -(b - 251) * 256 - s[i + 1]! - 108;
          i += 2;
        } else {
          stack[sp++] = ((s[i + 1]! << 24) | (s[i + 2]! << 16) | (s[i + 3]! << 8) | s[i + 4]!) / 65536;
          i += 5;
        }
        if (i > s.length) throw new CffUnsupported('charstring ends inside a number');
        continue;
      }
      i++;
      switch (b) {
        case 1: // hstem
        case 3: // vstem
        case 18: // hstemhm
        case 23: // vstemhm
          stems += sp >> 1;
          sp = 0;
          break;
        case 19: // hintmask
        case 20: // cntrmask
          // Operands left here are the last vstems' (vstem implied).
          stems += sp >> 1;
          sp = 0;
          i += (stems + 7) >> 3;
          break;
        case 10: // callsubr
        case 29: {
          // callgsubr
          const local = b === 10;
          const list = local ? localSubrs : globalSubrs;
          const operand = sp > 0 ? stack[--sp]! : Number.NaN;
          if (!Number.isInteger(operand)) throw new CffUnsupported('callsubr without a subroutine number');
          const k = operand + (local ? lBias : gBias);
          const subr = list[k];
          if (!subr) throw new CffUnsupported(`no subroutine ${k}`);
          (local ? usedLocal : usedGlobal).add(k);
          if (run(subr)) return true;
          break;
        }
        case 11: // return
          depth--;
          return false;
        case 14: // endchar
          // With four operands (five with the width) it is seac: an accent drawn from two other glyphs.
          if (sp >= 4) throw new CffUnsupported('seac (accented glyphs made of two others)');
          return true;
        case 12: {
          const e = s[i++];
          // dotsection (a no-op kept from Type 1) and the flex operators (hflex, flex, hflex1, flex1); the others compute, so their results cannot be followed here.
          if (e === undefined || (e !== 0 && (e < 34 || e > 37))) throw new CffUnsupported(`charstring operator 12 ${e}`);
          sp = 0;
          break;
        }
        default:
          if (b === 0 || b === 2 || b === 9 || b === 13 || b === 15 || b === 16 || b === 17) throw new CffUnsupported(`charstring operator ${b}`);
          sp = 0;
      }
    }
    depth--;
    return false;
  };
  run(cs);
}
/** The scan's argument stack, reused. */
const SCAN_STACK = new Float64Array(48);

/** The items of the INDEX at `at` and where it ends. */
function readIndex(d: Uint8Array, at: number): { items: Uint8Array[]; end: number } {
  if (at < 0 || at + 2 > d.length) throw new CffUnsupported('INDEX outside the table');
  const count = u16(d, at);
  if (count === 0) return { items: [], end: at + 2 };
  const offSize = d[at + 2]!;
  if (offSize < 1 || offSize > 4) throw new CffUnsupported(`INDEX offset size ${offSize}`);
  const offsetsAt = at + 3;
  const dataAt = offsetsAt + (count + 1) * offSize - 1;
  const offset = (k: number) => {
    let v = 0;
    for (let j = 0; j < offSize; j++) v = v * 256 + d[offsetsAt + k * offSize + j]!;
    return v;
  };
  const items: Uint8Array[] = [];
  let prev = offset(0);
  if (prev !== 1) throw new CffUnsupported('INDEX not starting at offset 1');
  for (let k = 1; k <= count; k++) {
    const next = offset(k);
    if (next < prev || dataAt + next > d.length) throw new CffUnsupported('INDEX offsets out of order or outside the table');
    items.push(d.subarray(dataAt + prev, dataAt + next));
    prev = next;
  }
  return { items, end: dataAt + prev };
}

/** An INDEX of `items`, with the smallest offset size that holds them. */
function writeIndex(items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return Uint8Array.of(0, 0);
  const total = items.reduce((sum, it) => sum + it.length, 0) + 1;
  const offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
  const out = new Uint8Array(3 + (items.length + 1) * offSize + total - 1);
  put16(out, 0, items.length);
  out[2] = offSize;
  let off = 1;
  let dataAt = 3 + (items.length + 1) * offSize;
  const putOffset = (k: number, v: number) => {
    for (let j = offSize - 1; j >= 0; j--, v = Math.floor(v / 256)) out[3 + k * offSize + j] = v & 0xff;
  };
  putOffset(0, off);
  items.forEach((it, k) => {
    out.set(it, dataAt);
    dataAt += it.length;
    off += it.length;
    putOffset(k + 1, off);
  });
  return out;
}

/** The entries of a DICT (TN 5176, 4), each with its operands' bytes as found. */
function readDict(d: Uint8Array): DictEntry[] {
  const entries: DictEntry[] = [];
  let operands: number[] = [];
  let start = 0;
  let i = 0;
  while (i < d.length) {
    const b = d[i]!;
    if (b <= 21) {
      let op = b;
      const end = i;
      i++;
      if (b === 12) {
        if (i >= d.length) throw new CffUnsupported('DICT ends inside an operator');
        op = 1200 + d[i++]!;
      }
      entries.push({ op, operands, raw: d.subarray(start, end) });
      operands = [];
      start = i;
    } else if (b === 28) {
      operands.push(((d[i + 1]! << 24) | (d[i + 2]! << 16)) >> 16);
      i += 3;
    } else if (b === 29) {
      operands.push((d[i + 1]! << 24) | (d[i + 2]! << 16) | (d[i + 3]! << 8) | d[i + 4]!);
      i += 5;
    } else if (b === 30) {
      // A real number: its nibbles up to the end nibble 0xf (kept as bytes; its value is not needed here).
      i++;
      while (i < d.length && (d[i]! & 0x0f) !== 0x0f && (d[i]! & 0xf0) !== 0xf0) i++;
      i++;
      operands.push(Number.NaN);
    } else if (b >= 32 && b <= 246) {
      operands.push(b - 139);
      i++;
    } else if (b >= 247 && b <= 250) {
      operands.push((b - 247) * 256 + d[i + 1]! + 108);
      i += 2;
    } else if (b >= 251 && b <= 254) {
      operands.push(-(b - 251) * 256 - d[i + 1]! - 108);
      i += 2;
    } else throw new CffUnsupported(`DICT byte ${b}`);
    if (i > d.length) throw new CffUnsupported('DICT ends inside a number');
  }
  if (operands.length > 0) throw new CffUnsupported('DICT ends with operands and no operator');
  return entries;
}

/** An integer operand in the shortest encoding. */
function encodeInt(v: number): Uint8Array {
  if (v >= -107 && v <= 107) return Uint8Array.of(v + 139);
  if (v >= 108 && v <= 1131) return Uint8Array.of(((v - 108) >> 8) + 247, (v - 108) & 0xff);
  if (v >= -1131 && v <= -108) return Uint8Array.of(((-v - 108) >> 8) + 251, (-v - 108) & 0xff);
  if (v >= -32768 && v <= 32767) return Uint8Array.of(28, (v >> 8) & 0xff, v & 0xff);
  return encodeInt32(v);
}

/** An integer operand in five bytes (offsets: the DICT's length does not depend on their values). */
function encodeInt32(v: number): Uint8Array {
  return Uint8Array.of(29, (v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
}

/** An operator's bytes. */
function opBytes(op: number): Uint8Array {
  return op >= 1200 ? escOp(op - 1200) : Uint8Array.of(op);
}

/** An escaped operator (12 x). */
function escOp(x: number): Uint8Array {
  return Uint8Array.of(12, x);
}

function u16(d: Uint8Array, at: number): number {
  if (at + 2 > d.length) throw new CffUnsupported('read beyond the table');
  return (d[at]! << 8) | d[at + 1]!;
}

function put16(d: Uint8Array, at: number, v: number): void {
  d[at] = (v >> 8) & 0xff;
  d[at + 1] = v & 0xff;
}
