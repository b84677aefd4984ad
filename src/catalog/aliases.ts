import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import YAML from 'yaml';
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

/** Reads an alias YAML file (`变体: 规范名称` per line) into a record, with a Chinese error on bad content. */
export async function readAliasFile(file: string): Promise<Record<string, string>> {
  const data: unknown = YAML.parse(await readFile(file, 'utf8'));
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`别名表 ${file} 的格式不对：应是“别名: 规范名称”的键值对`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== 'string') throw new Error(`别名表 ${file} 中“${k}”的值应是单位名称（文字）`);
    out[k] = v;
  }
  return out;
}

/** The alias table shipped with dossier (`data/unit-aliases.yaml`). */
export async function builtinAliases(): Promise<Record<string, string>> {
  return readAliasFile(join(packageRoot, 'data', 'unit-aliases.yaml'));
}
