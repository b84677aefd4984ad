import { hash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentCache } from '../util/content-cache.js';
import { packageRoot } from '../util/package-root.js';

/** Spelling variants of department names mapped to their canonical names (keys without spaces). */
export type AliasTable = ReadonlyMap<string, string>;

/** Removes all whitespace and invisible characters (control, zero-width, direction overrides): department names never contain meaningful ones, and they must not reach a terminal or a document. */
export function squeeze(name: string): string {
  return name.replace(/[\s\p{Cc}\p{Cf}]+/gu, '');
}

/** The canonical spelling of a department name. */
export function canonicalUnit(name: string, aliases: AliasTable): string {
  const key = squeeze(name);
  return aliases.get(key) ?? key;
}

/** Builds an alias table from plain records; later records override earlier ones. */
export function makeAliasTable(...records: Readonly<Record<string, string>>[]): AliasTable {
  const table = new Map<string, string>();
  for (const record of records) {
    for (const [variant, canonical] of Object.entries(record)) table.set(squeeze(variant), squeeze(canonical));
  }
  return table;
}

/** The alias table shipped with dossier (`data/unit-aliases.yaml`); with a cache, taken from it when read before. */
export async function builtinAliases(cache?: ContentCache): Promise<Record<string, string>> {
  const file = join(packageRoot, 'data', 'unit-aliases.yaml');
  const text = await readFile(file, 'utf8');
  const parse = async () => (await import('./parse-aliases.js')).parseAliases(file, text);
  return cache ? cache.json(`unit-aliases-1\0${hash('sha256', text, 'base64url')}`, parse) : parse();
}
