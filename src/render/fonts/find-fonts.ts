import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { fileSignature } from '../../util/file-signature.js';
import * as fontkit from 'fontkit';
import { CANDIDATES, FALLBACKS, ROLES, type FontCandidate, type FontRole } from './roles.js';

/** A font file loaded once, usable both for measuring and for embedding (fontkit). */
export interface LoadedFont {
  /** A short unique name (F1, F2…). */
  readonly id: string;
  readonly path: string;
  readonly face?: string;
  readonly data: Buffer;
  /** The file's signature while it was read (fileSignature); undefined when it changed while being read or just before. */
  readonly signature?: string;
  readonly font: fontkit.Font;
  /** The family name to show people. */
  readonly family: string;
  /** The glyph for a code point and its advance in ems, looked up once and then kept (0 = none). */
  glyph(cp: number): Glyph;
}

/** A glyph of a font: its id and advance width in ems. */
export interface Glyph {
  readonly id: number;
  readonly advance: number;
}

/** Wraps a parsed font with a cached glyph and advance table: fontkit is asked once per character. */
function withGlyphTable(base: Omit<LoadedFont, 'glyph'>): LoadedFont {
  const table = new Map<number, Glyph>();
  const { font } = base;
  return {
    ...base,
    glyph(cp: number): Glyph {
      let g = table.get(cp);
      if (!g) {
        const id = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).id : 0;
        g = { id, advance: font.getGlyph(id).advanceWidth / font.unitsPerEm };
        table.set(cp, g);
      }
      return g;
    },
  };
}

/** The fonts found for a document: one per role, and a fallback chain for missing characters. */
export interface FontSet {
  readonly roles: Readonly<Record<FontRole, LoadedFont>>;
  /** The first fallback font that has the code point; fallback fonts are loaded only when first needed. */
  fallbackFor(cp: number): LoadedFont | undefined;
  /** Every fallback font installed (loads them all; for listing). */
  allFallbacks(): LoadedFont[];
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
export function findFonts(configured: Readonly<Partial<Record<FontRole, string>>> = {}): FontSet {
  const cache = new Map<string, LoadedFont | null>();
  const load = (c: FontCandidate): LoadedFont | null => {
    const key = `${c.path}#${c.face ?? ''}`;
    if (cache.has(key)) return cache.get(key)!;
    let loaded: LoadedFont | null = null;
    if (existsSync(c.path)) {
      try {
        const { data, signature } = readFont(c.path);
        const opened = fontkit.create(data, c.face) as fontkit.Font | fontkit.FontCollection;
        const font = 'fonts' in opened ? (opened.fonts[0] as fontkit.Font) : opened;
        loaded = withGlyphTable({ id: `F${cache.size + 1}`, path: c.path, ...(c.face ? { face: c.face } : {}), data, ...(signature ? { signature } : {}), font, family: font.familyName });
      } catch {
        loaded = null;
      }
    }
    cache.set(key, loaded);
    return loaded;
  };
  const roles = {} as Record<FontRole, LoadedFont>;
  for (const role of ROLES) {
    const own = configured[role];
    // A font the office named must be the one used: one that does not load is an error, never silently replaced.
    if (own && !load(parseConfigured(own))) throw new FontError(`dossier.config.yaml 中 report.fonts.${role} 的字体“${own}”无法使用：${whyNot(parseConfigured(own))}`);
    const list: FontCandidate[] = own ? [parseConfigured(own), ...CANDIDATES[role]] : [...CANDIDATES[role]];
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
  const fallbackFor = (cp: number): LoadedFont | undefined => {
    const hit = loaded.find((f) => f.glyph(cp).id !== 0);
    if (hit) return hit;
    // Large CJK collections are read only once a character needs them.
    while (tried < FALLBACKS.length) {
      const f = load(FALLBACKS[tried++]!);
      if (!f) continue;
      if (!loaded.includes(f)) loaded.push(f);
      if (f.glyph(cp).id !== 0) return f;
    }
    return undefined;
  };
  const allFallbacks = () => {
    while (tried < FALLBACKS.length) {
      const f = load(FALLBACKS[tried++]!);
      if (f && !loaded.includes(f)) loaded.push(f);
    }
    return [...loaded];
  };
  return { roles, fallbackFor, allFallbacks };
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
    const opened = fontkit.create(readFileSync(c.path)) as fontkit.Font | fontkit.FontCollection;
    if ('fonts' in opened) {
      const faces = opened.fonts.map((f) => (f as fontkit.Font).postscriptName);
      return c.face ? `字体集中没有“${c.face}”，可用的有：${faces.join('、')}（写作 路径#字体名）` : `这是字体集，请写明用哪一个：${faces.join('、')}`;
    }
    return c.face ? `这不是字体集，请去掉“#${c.face}”` : '字体文件无法读取';
  } catch {
    return '不是可以读取的字体文件（可能已损坏）';
  }
}

/** A configured font: `path` or `path#PostScriptName` for a face inside a .ttc collection. */
function parseConfigured(s: string): FontCandidate {
  const i = s.lastIndexOf('#');
  return i > 0 ? { path: s.slice(0, i), face: s.slice(i + 1) } : { path: s };
}
