import type { FontSet, LoadedFont } from './find-fonts.js';

/** Which characters of a text the body font lacks: drawn from a fallback font, or by no font at all. */
export interface Coverage {
  readonly borrowed: ReadonlyMap<string, LoadedFont>;
  readonly uncovered: readonly string[];
}

/** Checks every distinct character of `text` against the body font and the fallback chain. */
export function coverage(text: string, fonts: FontSet): Coverage {
  const borrowed = new Map<string, LoadedFont>();
  const uncovered: string[] = [];
  for (const ch of new Set(text.replace(/\s/g, ''))) {
    const cp = ch.codePointAt(0)!;
    if (fonts.roles.fangsong.glyph(cp).id !== 0) continue;
    const f = fonts.fallbackFor(cp);
    if (f) borrowed.set(ch, f);
    else uncovered.push(ch);
  }
  return { borrowed, uncovered };
}
