import type { LoadedFont } from '../fonts/find-fonts.js';
import type { Op } from './ops.js';

/** Bumped when the drawing of an operation changes: older pages are then drawn again. */
const VERSION = 'pdf-page-2';

/** A page's drawing as kept between runs: the characters drawn in each of its fonts, and its compressed content stream. */
export interface KeptPage {
  /** For each font of the page's key (in its order), the characters drawn in it, each once, in order of first use. */
  readonly chars: readonly string[];
  /** The content stream, compressed (FlateDecode). */
  readonly body: Uint8Array;
}

/**
 * The content-cache key of a page's drawing: its operations, the page's height and the font files
 * they use (by path, face and signature), with those fonts in order of first use; undefined for a
 * page that cannot be kept (a picture is embedded by the drawing; a font file changed while read).
 */
export function pageKey(ops: readonly Op[], height: number, signature?: string): { key: string; fonts: LoadedFont[] } | undefined {
  if (signature !== undefined) {
    // Set by the typesetter from its memo's keys (what each block put on the page): the operations need not be written out.
    const fonts = pageFonts(ops);
    return fonts && { key: `${VERSION}\n${height}\n${signature}`, fonts };
  }
  const fonts: LoadedFont[] = [];
  const index = new Map<LoadedFont, number>();
  const parts: string[] = [VERSION, String(height)];
  for (const op of ops) {
    switch (op.type) {
      case 'text': {
        let i = index.get(op.font);
        if (i === undefined) {
          if (op.font.signature === undefined) return undefined;
          index.set(op.font, (i = fonts.length));
          fonts.push(op.font);
        }
        parts.push(`t${i} ${op.x} ${op.y} ${op.size} ${op.spacing} ${op.bold ? 1 : 0} ${op.color ?? ''} ${op.scale ?? ''} ${op.adjust ? op.adjust.join(';') : ''} ${JSON.stringify(op.text)}`);
        break;
      }
      case 'line':
        parts.push(`l ${op.x1} ${op.y1} ${op.x2} ${op.y2} ${op.width} ${op.color ?? ''}`);
        break;
      case 'rect':
        parts.push(`r ${op.x} ${op.y} ${op.w} ${op.h} ${op.fill}`);
        break;
      case 'image':
        return undefined;
    }
  }
  // A text is written as JSON (its line breaks escaped): one operation per line.
  const head = fonts.map((f) => `${f.path}#${f.face ?? ''}#${f.signature}`).join('\n');
  return { key: `${head}\n\n${parts.join('\n')}`, fonts };
}

/** The fonts of a page's text in order of first use; undefined when the page cannot be kept (pageKey). */
function pageFonts(ops: readonly Op[]): LoadedFont[] | undefined {
  const fonts: LoadedFont[] = [];
  const seen = new Set<LoadedFont>();
  for (const op of ops) {
    if (op.type === 'image') return undefined;
    if (op.type !== 'text' || seen.has(op.font)) continue;
    if (op.font.signature === undefined) return undefined;
    seen.add(op.font);
    fonts.push(op.font);
  }
  return fonts;
}

/**
 * Operations written out whole, fonts by path, face and signature, for a page's signature (the
 * operations of a page that no memo entry accounts for); undefined for a picture.
 */
export function opsText(ops: readonly Op[]): string | undefined {
  const parts: string[] = [];
  for (const op of ops) {
    if (op.type === 'image') return undefined;
    if (op.type === 'text')
      parts.push(
        `t ${op.font.path}#${op.font.face ?? ''}#${op.font.signature} ${op.x} ${op.y} ${op.size} ${op.spacing} ${op.bold ? 1 : 0} ${op.color ?? ''} ${op.scale ?? ''} ${op.adjust ? op.adjust.join(';') : ''} ${JSON.stringify(op.text)}`,
      );
    else if (op.type === 'line') parts.push(`l ${op.x1} ${op.y1} ${op.x2} ${op.y2} ${op.width} ${op.color ?? ''}`);
    else parts.push(`r ${op.x} ${op.y} ${op.w} ${op.h} ${op.fill}`);
  }
  return parts.join('\n');
}

/** The characters of each font of the page's key, each once, in the order they are first drawn. */
export function charsByFont(ops: readonly Op[], fonts: readonly LoadedFont[]): string[] {
  const seen = fonts.map(() => new Set<string>());
  const index = new Map(fonts.map((f, i) => [f, i]));
  for (const op of ops) {
    if (op.type !== 'text') continue;
    const set = seen[index.get(op.font)!]!;
    for (const ch of op.text) set.add(ch);
  }
  return seen.map((s) => [...s].join(''));
}

/** A kept page as stored: the length of its header, the header (JSON), the compressed stream. */
export function encodeKeptPage(page: KeptPage): Buffer {
  const head = Buffer.from(JSON.stringify(page.chars), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length);
  return Buffer.concat([length, head, page.body]);
}

/** A stored page read back; undefined when it is not one (the cache is only a help). */
export function decodeKeptPage(data: Buffer, fonts: number): KeptPage | undefined {
  if (data.length < 4) return undefined;
  const n = data.readUInt32BE(0);
  if (4 + n > data.length) return undefined;
  let head: unknown;
  try {
    head = JSON.parse(data.subarray(4, 4 + n).toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(head) || head.length !== fonts || !head.every((c) => typeof c === 'string')) return undefined;
  return { chars: head as string[], body: data.subarray(4 + n) };
}
