import { withHead, splitHead } from '../../util/head-and-body.js';
import { loadedFontId } from '../fonts/font-files-key.js';
import type { LoadedFont } from '../fonts/find-fonts.js';
import { drawnOps, opArrays } from './op-arrays.js';
import type { Op } from './ops.js';

/** Bumped when the drawing of an operation changes: older pages are then drawn again. */
const VERSION = 'pdf-page-3';

/** A page's drawing as kept between runs: the characters drawn in each of its fonts, and its compressed content stream. */
export interface KeptPage {
  /** For each font of the page's key (in its order), the characters drawn in it, each once, in order of first use. */
  readonly chars: readonly string[];
  /** The content stream, compressed (FlateDecode). */
  readonly body: Uint8Array;
}

/**
 * The key of a page's drawing: the page's height and its operations (opsText), or the signature
 * the typesetter gave it (what its operations came from), with the fonts of its text in order of
 * first use; undefined for a page that cannot be kept (a picture whose bytes are not known; a
 * font file changed while read).
 */
export function pageKey(ops: readonly Op[], height: number, signature?: string): { key: string; fonts: LoadedFont[] } | undefined {
  const fonts = pageFonts(ops);
  const text = fonts && (signature ?? opsText(ops));
  return text === undefined ? undefined : { key: `${VERSION}\n${height}\n${signature === undefined ? 'o' : 's'}\n${text}`, fonts: fonts! };
}

/** The fonts of a page's text in order of first use; undefined when the page cannot be kept (pageKey). */
function pageFonts(ops: readonly Op[]): LoadedFont[] | undefined {
  const fonts: LoadedFont[] = [];
  const seen = new Set<LoadedFont>();
  for (const op of ops) {
    if (op.type === 'image' && op.id === undefined) return undefined;
    if (op.type !== 'text' && op.type !== 'kept') continue;
    for (const font of op.type === 'text' ? [op.font] : op.fonts) {
      if (seen.has(font)) continue;
      if (font.signature === undefined) return undefined;
      seen.add(font);
      fonts.push(font);
    }
  }
  return fonts;
}

/** Operations written out whole (opArrays as JSON), fonts by loadedFontId; undefined for what cannot be. */
export function opsText(ops: readonly Op[]): string | undefined {
  // A picture by its place, the hash of its bytes and its path (each path is embedded once, so two
  // paths of equal bytes are two pictures, one path drawn twice one): what its drawing depends on.
  const arrays = opArrays(ops, loadedFontId, (op) => (op.id === undefined ? undefined : ['i', op.x, op.y, op.w, op.h, op.id, op.src]));
  return arrays && JSON.stringify(arrays);
}

/** The characters of each font of the page's key, each once, in the order they are first drawn. */
export function charsByFont(ops: readonly Op[], fonts: readonly LoadedFont[]): string[] {
  // By code point (no string made per character: every page's text passes here once).
  const seen = fonts.map(() => new Set<number>());
  const index = new Map(fonts.map((f, i) => [f, i]));
  for (const op of drawnOps(ops)) {
    if (op.type !== 'text') continue;
    const set = seen[index.get(op.font)!]!;
    const text = op.text;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      set.add(cp);
    }
  }
  return seen.map((s) => String.fromCodePoint(...s));
}

/** A kept page as stored: its characters as the header (withHead), the compressed stream as the body. */
export function encodeKeptPage(page: KeptPage): Buffer {
  return withHead(page.chars, page.body);
}

/** A stored page read back; undefined when it is not one (the cache is only a help). */
export function decodeKeptPage(data: Buffer, fonts: number): KeptPage | undefined {
  const split = splitHead(data);
  const chars = split?.head;
  if (!Array.isArray(chars) || chars.length !== fonts || !chars.every((c) => typeof c === 'string')) return undefined;
  return { chars: chars as string[], body: split!.body };
}
