import { statSync } from 'node:fs';
import { fileSignature } from '../../util/file-signature.js';
import type { FontSet, LoadedFont } from './find-fonts.js';
import { CANDIDATES, FALLBACKS, fontCandidate, ROLES, type FontRole } from './roles.js';

/**
 * What would decide which font files findFonts(configured) uses, without reading any (nor loading
 * the font library): every candidate and fallback path with its signature (fileSignature), or its absence.
 * Equal keys, equal fonts: a cache key for what typesetting measures; undefined while a font file
 * has just changed.
 */
export function fontFilesKey(configured: Readonly<Partial<Record<FontRole, string>>> = {}): string | undefined {
  const paths = new Set<string>();
  for (const role of ROLES) {
    const own = configured[role];
    if (own) paths.add(own);
    for (const c of CANDIDATES[role]) paths.add(c.face ? `${c.path}#${c.face}` : c.path);
  }
  for (const c of FALLBACKS) paths.add(c.face ? `${c.path}#${c.face}` : c.path);
  const parts: string[] = [];
  for (const p of paths) {
    let signature: string | undefined = '-';
    try {
      // `path#Face` names a face of a collection: the file is its path.
      signature = fileSignature(statSync(fontCandidate(p).path));
    } catch {
      // Not there: its absence is part of the key.
    }
    // A font changed just now has no signature yet: no key, nothing kept.
    if (signature === undefined) return undefined;
    parts.push(`${p}:${signature}`);
  }
  return parts.join('\n');
}

/**
 * What decides how a font set measures and draws: the file each role uses (path, face and the
 * signature it was read with) and every candidate and fallback file (fontFilesKey); undefined
 * while a font file has just changed.
 */
export function fontSetKey(fonts: FontSet): string | undefined {
  const files = fontFilesKey({});
  if (files === undefined) return undefined;
  const roles = Object.values(fonts.roles).map(fontFileId);
  if (roles.includes(undefined)) return undefined;
  return [files, ...roles].join('\n');
}

/** A loaded font's file as keys name it: path, face and the signature it was read with; undefined when it changed while read. */
export function fontFileId(f: LoadedFont): string | undefined {
  return f.signature === undefined ? undefined : `${f.path}#${f.face ?? ''}#${f.signature}`;
}

/**
 * A loaded font as keys of what was drawn with it name it: its name in the font set (two loads of
 * one file are two fonts, embedded apart) and its file (fontFileId); undefined when that changed while read.
 */
export function loadedFontId(f: LoadedFont): string | undefined {
  const file = fontFileId(f);
  return file && `${f.id}#${file}`;
}
