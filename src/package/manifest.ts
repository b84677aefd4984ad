import { createHash } from 'node:crypto';
import { closeSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { listEntries } from './list-entries.js';
import { openRegular } from './open-regular.js';

/** One file of the package with its size and SHA-256. */
export interface ManifestEntry {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

/** The manifest of a review package (contract: manifest.json). */
export interface Manifest {
  readonly version: 1;
  readonly package: string;
  readonly created: string;
  readonly files: readonly ManifestEntry[];
}

/** The manifest's file name; the manifest describes every file but itself and SUMS. */
export const MANIFEST = 'manifest.json';
/** The checksum list in `sha256sum -c` form. */
export const SUMS = 'SHA256SUMS';

/**
 * The package's fingerprint: the SHA-256 of manifest.json's bytes. The manifest holds the size and
 * SHA-256 of every other file, so one short value sent apart from the package (a letter, a phone
 * call) vouches for all of it; `dossier package` prints and writes it, `dossier verify` prints it.
 */
export function fingerprint(manifestBytes: Uint8Array | string): string {
  return createHash('sha256').update(manifestBytes).digest('hex');
}

/** The manifest's bytes as written into the package. */
export function manifestBytes(m: Manifest): Buffer {
  return Buffer.from(JSON.stringify(m, null, 2) + '\n', 'utf8');
}

/** The buffer files are hashed through (memory stays flat whatever their size). */
const HASH_BUFFER = Buffer.allocUnsafe(1 << 20);

/** Size and SHA-256 of a regular file, read in 1 MB pieces. */
export async function hashFile(path: string): Promise<{ size: number; sha256: string }> {
  const { fd } = openRegular(path);
  try {
    const hash = createHash('sha256');
    let size = 0;
    for (let n; (n = readSync(fd, HASH_BUFFER, 0, HASH_BUFFER.length, null)) > 0; size += n) hash.update(HASH_BUFFER.subarray(0, n));
    return { size, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

/** A regular file's bytes, refused (undefined) when it is larger than `max`. */
export async function readRegular(path: string, max: number): Promise<Buffer | undefined> {
  const { fd, size } = openRegular(path);
  try {
    if (size > max) return undefined;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Hashes every file of the package folder (except the manifest and checksum files). `known`: files
 * whose SHA-256 the caller computed as it wrote them (the merged PDF), taken when the size on disk
 * is the size hashed, instead of reading them again.
 */
export async function buildManifest(dir: string, name: string, created: Date, known: ReadonlyMap<string, { size: number; sha256: string }> = new Map()): Promise<Manifest> {
  const files: ManifestEntry[] = [];
  for (const { path, kind, size } of await listEntries(dir)) {
    if (kind !== 'file' || path === MANIFEST || path === SUMS) continue;
    const hashed = known.get(path);
    files.push({ path, ...(hashed?.size === size ? { size, sha256: hashed.sha256 } : await hashFile(join(dir, path))) });
  }
  return { version: 1, package: name, created: created.toISOString(), files };
}

/**
 * The manifest as a `sha256sum -c` file. A name with a backslash or a line break (never one the
 * package makes) is written the way GNU sha256sum writes it: the line starts with `\` and the name
 * has `\\`, `\n`, `\r`.
 */
export function sha256sums(m: Manifest): string {
  return m.files
    .map((f) => {
      if (!/[\\\n\r]/.test(f.path)) return `${f.sha256}  ${f.path}\n`;
      return `\\${f.sha256}  ${f.path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}\n`;
    })
    .join('');
}
