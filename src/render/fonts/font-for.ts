import type { FontSet, LoadedFont } from './find-fonts.js';
import type { FontRole } from './roles.js';

/** The font that draws `ch` in `role`: the role's font if it has the glyph, else the first fallback that does. */
export function fontFor(set: FontSet, role: FontRole, cp: number): LoadedFont | undefined {
  const own = set.roles[role];
  if (own.glyph(cp).id !== 0) return own;
  return set.fallbackFor(cp);
}
