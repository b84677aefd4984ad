import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

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

/** Size and SHA-256 of a file, read as a stream (memory stays flat whatever its size). */
export async function hashFile(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** Every file under `dir` as sorted forward-slash paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Hashes every file of the package folder (except the manifest and checksum files). */
export async function buildManifest(dir: string, name: string, created: Date): Promise<Manifest> {
  const files: ManifestEntry[] = [];
  for (const path of await listFiles(dir)) {
    if (path === MANIFEST || path === SUMS) continue;
    files.push({ path, ...(await hashFile(join(dir, path))) });
  }
  return { version: 1, package: name, created: created.toISOString(), files };
}

/** The manifest as a `sha256sum -c` file. */
export function sha256sums(m: Manifest): string {
  return m.files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}
