import { closeSync, existsSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { fileSignature } from '../../util/file-signature.js';
import { loadedFontId } from './font-files-key.js';
import { createRequire } from 'node:module';
import type * as fontkit from 'fontkit';
import { FontTables, type FontMetrics } from './font-tables.js';
import { sfntGlyphs, type SfntGlyphs } from './sfnt-glyphs.js';
import { CANDIDATES, FALLBACKS, fontCandidate, ROLES, type FontCandidate, type FontRole } from './roles.js';

/**
 * A font face, usable both for measuring and for embedding. What typesetting asks of it (glyph
 * ids, advances, metrics) comes from its table (FontTables), kept between runs by the file's
 * signature; the file is read only for what the table does not hold yet, and parsed by fontkit
 * only for what its own tables cannot answer (sfntGlyphs: a new character's glyph and advance).
 */
export interface LoadedFont {
  /** A short unique name (F1, F2…). */
  readonly id: string;
  readonly path: string;
  readonly face?: string;
  /** The file's signature (fileSignature); undefined when it changed just before or while being read. */
  readonly signature?: string;
  /** The family name to show people. */
  readonly family: string;
  readonly metrics: FontMetrics;
  /** The glyph for a code point and its advance in ems, looked up once and then kept (0 = none). */
  glyph(cp: number): Glyph;
  /** The top of the code point's glyph above the baseline, in ems. */
  glyphTop(cp: number): number;
  /** fontkit's font: the file read and parsed on first use. */
  parsed(): fontkit.Font;
  /** The file's bytes, read on first use (without parsing it, unless it was parsed already). */
  data(): Buffer;
}

/** A glyph of a font: its id and advance width in ems. */
export interface Glyph {
  readonly id: number;
  readonly advance: number;
}

let fontkitModule: typeof fontkit | undefined;

/**
 * The font library, loaded on first use. Synchronously, through Node's require (it is not bundled
 * into the command): a character not yet in a font's table is met in the middle of a line. A run
 * whose characters are all in the tables does not load it at all (1.9 MB of code and its start-up).
 */
function fontLibrary(): typeof fontkit {
  // A require of its own: the bundle's require gives Node's own modules only (scripts/bundle.mjs).
  return (fontkitModule ??= createRequire(import.meta.url)('fontkit') as typeof fontkit);
}

/** A face read and parsed. */
interface Parsed {
  readonly font: fontkit.Font;
  readonly data: Buffer;
  readonly signature?: string;
}

/** Reads (unless `read` holds its bytes already) and parses a face of a font file (the first face of a collection when none is named). */
function parse(c: FontCandidate, read: { data: Buffer; signature?: string } = readFont(c.path)): Parsed {
  const { data, signature } = read;
  const opened = fontLibrary().create(data, c.face) as fontkit.Font | fontkit.FontCollection;
  const font = 'fonts' in opened ? (opened.fonts[0] as fontkit.Font) : opened;
  return { font, data, ...(signature ? { signature } : {}) };
}

/** The metrics of a parsed face. */
function metricsOf(font: fontkit.Font): FontMetrics {
  const b = font.bbox;
  return {
    postscriptName: font.postscriptName ?? '',
    familyName: font.familyName,
    unitsPerEm: font.unitsPerEm,
    bbox: [b.minX, b.minY, b.maxX, b.maxY],
    italicAngle: font.italicAngle || 0,
    ascent: font.ascent,
    descent: font.descent,
    capHeight: font.capHeight || 0,
    xHeight: font.xHeight || 0,
    // As fontkit's createSubset decides.
    cff: Boolean((font as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables['CFF ']),
  };
}

/**
 * Opens a face: from its kept table when the file's signature matches one, else by reading and
 * parsing it (and keeping a new table). Null when the file is missing or no usable font.
 */
function openFace(c: FontCandidate, id: string, tables: FontTables): LoadedFont | null {
  const key = `${c.path}#${c.face ?? ''}`;
  let signature: string | undefined;
  try {
    signature = fileSignature(statSync(c.path));
  } catch {
    return null;
  }
  let table = signature === undefined ? undefined : tables.get(key, signature);
  let parsed: Parsed | undefined;
  let bytes: { data: Buffer; signature?: string } | undefined;
  // Glyph ids from the table and outlines from another file would make a broken PDF.
  const same = (read: { signature?: string }) => {
    if (table && read.signature !== signature) throw new FontError(`字体文件 ${c.path} 在生成过程中被改动了，请重新运行`);
  };
  const parsedFace = (): Parsed => {
    if (!parsed) {
      // Checked before it is kept: after a refusal, no later call may use the other file.
      const p = parse(c, bytes);
      same(p);
      parsed = p;
    }
    return parsed;
  };
  if (!table) {
    try {
      parsedFace();
    } catch {
      return null;
    }
    table = { metrics: metricsOf(parsed!.font), glyphs: new Map(), tops: new Map() };
    signature = parsed!.signature;
    if (signature !== undefined) tables.put(key, signature, table);
  }
  const { glyphs, tops, metrics } = table;
  const kept = new Map<number, Glyph>();
  const fileData = (): Buffer => {
    if (parsed) return parsed.data;
    if (!bytes) {
      const read = readFont(c.path);
      same(read);
      bytes = read;
    }
    return bytes.data;
  };
  // The file's own tables answer a character not in the table yet when they can (fontkit is then not loaded).
  let own: SfntGlyphs | null | undefined;
  const entry = (cp: number): readonly [number, number] => {
    let e = glyphs.get(cp);
    if (!e) {
      if (own === undefined) own = c.face ? null : (sfntGlyphs(fileData()) ?? null);
      if (own) {
        const gid = own.glyph(cp);
        e = [gid, own.advance(gid)];
      } else {
        const font = parsedFace().font;
        const gid = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).id : 0;
        e = [gid, font.getGlyph(gid).advanceWidth];
      }
      glyphs.set(cp, e);
      tables.grew();
    }
    return e;
  };
  return {
    id,
    path: c.path,
    ...(c.face ? { face: c.face } : {}),
    ...(signature ? { signature } : {}),
    family: metrics.familyName,
    metrics,
    glyph(cp: number): Glyph {
      let g = kept.get(cp);
      if (!g) {
        const [gid, advance] = entry(cp);
        kept.set(cp, (g = { id: gid, advance: advance / metrics.unitsPerEm }));
      }
      return g;
    },
    glyphTop(cp: number): number {
      let top = tops.get(cp);
      if (top === undefined) {
        tops.set(cp, (top = parsedFace().font.getGlyph(entry(cp)[0]).bbox.maxY));
        tables.grew();
      }
      return top / metrics.unitsPerEm;
    },
    parsed: () => parsedFace().font,
    data: fileData,
  };
}

/** The fonts found for a document: one per role, and a fallback chain for missing characters. */
export interface FontSet {
  readonly roles: Readonly<Record<FontRole, LoadedFont>>;
  /** The first fallback font that has the code point; fallback fonts are loaded only when first needed. */
  fallbackFor(cp: number): LoadedFont | undefined;
  /** Every fallback font installed (loads them all; for listing). */
  allFallbacks(): LoadedFont[];
  /**
   * The fallback font that an earlier run's typesetting names by its loadedFontId, loading the
   * fallbacks in their order until it is found (as setting the text would have); undefined when none is.
   */
  fallbackWithId(id: string): LoadedFont | undefined;
  /** Keeps what was measured for later runs (when the set was found with a tables file). */
  save(): Promise<void>;
}

/** No usable font was found for a role: the message says what to install. */
export class FontError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FontError';
  }
}

/**
 * Finds and loads the fonts: paths from the workspace config first (`fonts: { fangsong: … }`),
 * then the official fonts where Windows or macOS keep them, then Debian's free substitutes.
 */
export function findFonts(configured: Readonly<Partial<Record<FontRole, string>>> = {}, tables: FontTables = FontTables.open()): FontSet {
  const cache = new Map<string, LoadedFont | null>();
  const load = (c: FontCandidate): LoadedFont | null => {
    const key = `${c.path}#${c.face ?? ''}`;
    if (cache.has(key)) return cache.get(key)!;
    const loaded = openFace(c, `F${cache.size + 1}`, tables);
    cache.set(key, loaded);
    return loaded;
  };
  const roles = {} as Record<FontRole, LoadedFont>;
  for (const role of ROLES) {
    const own = configured[role];
    // A font the office named must be the one used: one that does not load is an error, never silently replaced.
    if (own && !load(fontCandidate(own))) throw new FontError(`dossier.config.yaml 中 report.fonts.${role} 的字体“${own}”无法使用：${whyNot(fontCandidate(own))}`);
    const list: FontCandidate[] = own ? [fontCandidate(own), ...CANDIDATES[role]] : [...CANDIDATES[role]];
    // The first candidate that loads; later ones are not even read.
    let found: LoadedFont | undefined;
    for (const c of list) if ((found = load(c) ?? undefined)) break;
    if (!found) {
      throw new FontError(`找不到${role}字体。Linux 上请安装 fonts-noto-cjk 和 texlive-lang-chinese（bash scripts/setup.sh），或在 dossier.config.yaml 的 report: 下的 fonts: 中指定字体文件`);
    }
    roles[role] = found;
  }
  const loaded: LoadedFont[] = [];
  let tried = 0;
  // The first fallback that `wanted` accepts, loading the fallbacks in their order until one is
  // (large CJK collections are read only once something needs them): the same order, and so the
  // same font ids, whoever asks first.
  const fallbackWhere = (wanted: (f: LoadedFont) => boolean): LoadedFont | undefined => {
    const hit = loaded.find(wanted);
    if (hit) return hit;
    while (tried < FALLBACKS.length) {
      const f = load(FALLBACKS[tried++]!);
      if (!f) continue;
      if (!loaded.includes(f)) loaded.push(f);
      if (wanted(f)) return f;
    }
    return undefined;
  };
  const fallbackFor = (cp: number) => fallbackWhere((f) => f.glyph(cp).id !== 0);
  const fallbackWithId = (id: string) => fallbackWhere((f) => loadedFontId(f) === id);
  const allFallbacks = () => {
    fallbackWhere(() => false);
    return [...loaded];
  };
  return { roles, fallbackFor, allFallbacks, fallbackWithId, save: () => tables.save() };
}

/** A font file's bytes and its signature (fileSignature), when the open file's status was the same before and after reading. */
function readFont(path: string): { data: Buffer; signature?: string } {
  const fd = openSync(path, 'r');
  try {
    const before = fileSignature(fstatSync(fd));
    const data = readFileSync(fd);
    const after = fstatSync(fd);
    const signature = fileSignature(after);
    return signature !== undefined && signature === before && after.size === data.length ? { data, signature } : { data };
  } finally {
    closeSync(fd);
  }
}

/** Why a configured font does not load, in the clerk's words (a missing face of a collection names the faces there are). */
function whyNot(c: FontCandidate): string {
  if (!existsSync(c.path)) return '文件不存在';
  try {
    const opened = fontLibrary().create(readFileSync(c.path)) as fontkit.Font | fontkit.FontCollection;
    if ('fonts' in opened) {
      const faces = opened.fonts.map((f) => (f as fontkit.Font).postscriptName);
      return c.face ? `字体集中没有“${c.face}”，可用的有：${faces.join('、')}（写作 路径#字体名）` : `这是字体集，请写明用哪一个：${faces.join('、')}`;
    }
    return c.face ? `这不是字体集，请去掉“#${c.face}”` : '字体文件无法读取';
  } catch {
    return '不是可以读取的字体文件（可能已损坏）';
  }
}
