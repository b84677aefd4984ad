// Sign-in codes: made at random, stored only as scrypt hashes in the workspace's 访问码.yaml.
import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import * as z from 'zod';
import { writeFileAtomic } from '../util/atomic-write.js';

/** The workspace file holding the codes' hashes. */
export const ACCESS_FILE = '访问码.yaml';

/** The office's name in the access file and the write log. */
export const OFFICE = '创建办';

/** Who a code signs in: the office (full rights) or one department. */
export type Role = { readonly kind: 'office' } | { readonly kind: 'unit'; readonly unit: string };

const entry = z.object({ salt: z.string(), hash: z.string(), created: z.string() });
const accessSchema = z.object({ office: entry.optional(), units: z.record(z.string(), entry).default({}) });

/** The stored hashes, by who they sign in. */
export type AccessHashes = z.infer<typeof accessSchema>;

/** A broken access file: its name and what is wrong. */
export class AccessFileError extends Error {}

/** Letters and digits that cannot be mistaken for one another when read aloud or typed (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A new code: 12 characters in three groups (about 59 bits), such as `K7PM-Q3XR-9TWD`. */
export function makeCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** A code as typed, made comparable: case, spaces and dashes ignored. */
function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s\-－—]/g, '');
}

/** The stored form of a code: a random salt and the scrypt hash. */
export function hashCode(code: string, created: string): z.infer<typeof entry> {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: scryptSync(normalizeCode(code), salt, 32).toString('hex'), created };
}

function matches(code: string, e: z.infer<typeof entry>): boolean {
  const got = scryptSync(normalizeCode(code), e.salt, 32);
  const want = Buffer.from(e.hash, 'hex');
  return want.length === got.length && timingSafeEqual(got, want);
}

/** Who a code signs in, or undefined when it matches no stored hash. */
export function roleOfCode(code: string, hashes: AccessHashes): Role | undefined {
  if (normalizeCode(code).length < 8) return undefined;
  if (hashes.office && matches(code, hashes.office)) return { kind: 'office' };
  for (const [unit, e] of Object.entries(hashes.units)) if (matches(code, e)) return { kind: 'unit', unit };
  return undefined;
}

/** Reads the workspace's access file; an absent file holds no codes. */
export async function readAccess(root: string): Promise<AccessHashes> {
  const file = join(root, ACCESS_FILE);
  if (!existsSync(file)) return { units: {} };
  let data: unknown;
  try {
    data = parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new AccessFileError(`${ACCESS_FILE} 无法读取：${(err as Error).message}`);
  }
  const parsed = accessSchema.safeParse(data ?? {});
  if (!parsed.success) throw new AccessFileError(`${ACCESS_FILE} 的内容不对（${parsed.error.issues[0]?.message ?? ''}）`);
  return parsed.data;
}

/** Writes the access file atomically, with a comment saying what it is. */
export async function writeAccess(root: string, hashes: AccessHashes): Promise<void> {
  const head = '# dossier serve 的访问码（只存散列值，不存访问码本身）。用 dossier access 生成或更换，不要手工修改。\n';
  await writeFileAtomic(join(root, ACCESS_FILE), head + stringify(hashes));
}
