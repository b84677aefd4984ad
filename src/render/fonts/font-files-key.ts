import { statSync } from 'node:fs';
import { CANDIDATES, FALLBACKS, ROLES, type FontRole } from './roles.js';

/**
 * What would decide which font files findFonts(configured) uses, without reading any (nor loading
 * the font library): every candidate and fallback path with its size and times, or its absence.
 * Equal keys, equal fonts: a cache key for what typesetting measures.
 */
export function fontFilesKey(configured: Readonly<Partial<Record<FontRole, string>>> = {}): string {
  const paths = new Set<string>();
  for (const role of ROLES) {
    const own = configured[role];
    if (own) paths.add(own);
    for (const c of CANDIDATES[role]) paths.add(c.face ? `${c.path}#${c.face}` : c.path);
  }
  for (const c of FALLBACKS) paths.add(c.face ? `${c.path}#${c.face}` : c.path);
  return [...paths]
    .map((p) => {
      // `path#Face` names a face of a collection (see findFonts); the file is the part before the #.
      const hash = p.lastIndexOf('#');
      try {
        const st = statSync(hash > 0 ? p.slice(0, hash) : p);
        return `${p}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
      } catch {
        return `${p}:-`;
      }
    })
    .join('\n');
}
