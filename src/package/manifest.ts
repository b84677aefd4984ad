import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
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

/**
 * Opens a regular file for reading; a symbolic link, pipe or anything else is refused (ENOTREGULAR),
 * never followed or waited on. Synchronous, as are the reads below: a package has a hundred small
 * files, and a thread-pool round trip per read cost more than the hashing.
 */
export function openRegular(path: string): { fd: number; size: number } {
  const notRegular = () => Object.assign(new Error(`${path} 不是普通文件`), { code: 'ENOTREGULAR' });
  // Looked at first, so that a pipe is not even opened; opened so that one put there meanwhile does not block.
  if (!lstatSync(path).isFile()) throw notRegular();
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    throw notRegular();
  }
  return { fd, size: st.size };
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

/** What an entry of a folder is, as found without following links. */
export type EntryKind = 'file' | 'folder' | 'symlink' | 'fifo' | 'socket' | 'device' | 'other';

/**
 * Every entry under `dir` (files, folders, links, pipes …), as sorted forward-slash paths, without
 * following links or opening anything. The calls are synchronous: one thread-pool round trip per
 * file cost more than the listing itself.
 */
export async function listEntries(dir: string): Promise<{ path: string; kind: EntryKind; size: number }[]> {
  const out: { path: string; kind: EntryKind; size: number }[] = [];
  const walk = (folder: string) => {
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, e.name);
      const path = relative(dir, full).split(sep).join('/');
      const kind: EntryKind = e.isFile()
        ? 'file'
        : e.isDirectory()
          ? 'folder'
          : e.isSymbolicLink()
            ? 'symlink'
            : e.isFIFO()
              ? 'fifo'
              : e.isSocket()
                ? 'socket'
                : e.isBlockDevice() || e.isCharacterDevice()
                  ? 'device'
                  : 'other';
      out.push({ path, kind, size: kind === 'file' ? lstatSync(full).size : 0 });
      if (kind === 'folder') walk(full);
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every regular file under `dir` as sorted forward-slash paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  return (await listEntries(dir)).filter((e) => e.kind === 'file').map((e) => e.path);
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
