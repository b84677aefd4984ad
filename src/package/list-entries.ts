import { lstatSync, readdirSync, type Dirent } from 'node:fs';

/** What an entry of a folder is, as found without following links. */
export type EntryKind = 'file' | 'folder' | 'symlink' | 'fifo' | 'socket' | 'device' | 'other';

/**
 * Every entry under `dir` (files, folders, links, pipes …), as sorted forward-slash paths, with the
 * size of each regular file, without following links or opening anything. The calls are
 * synchronous: one thread-pool round trip per file cost more than the listing itself.
 */
export async function listEntries(dir: string): Promise<{ path: string; kind: EntryKind; size: number }[]> {
  return walk(dir, true);
}

/** Every regular file under `dir` as sorted forward-slash paths relative to it (nothing but the folders is looked up). */
export async function listFiles(dir: string): Promise<string[]> {
  return walk(dir, false)
    .filter((e) => e.kind === 'file')
    .map((e) => e.path);
}

/** The entries under `dir`, sorted by path; sizes looked up only when asked for (0 otherwise). */
function walk(dir: string, sizes: boolean): { path: string; kind: EntryKind; size: number }[] {
  const out: { path: string; kind: EntryKind; size: number }[] = [];
  const visit = (folder: string, under: string) => {
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      // Paths are put together as strings: path.relative resolves both paths against the working folder at every call.
      const full = `${folder}/${e.name}`;
      const path = under === '' ? e.name : `${under}/${e.name}`;
      const kind = kindOf(e);
      out.push({ path, kind, size: sizes && kind === 'file' ? lstatSync(full).size : 0 });
      if (kind === 'folder') visit(full, path);
    }
  };
  visit(dir, '');
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A directory entry's kind, from its type as the listing gave it. */
function kindOf(e: Dirent): EntryKind {
  if (e.isFile()) return 'file';
  if (e.isDirectory()) return 'folder';
  if (e.isSymbolicLink()) return 'symlink';
  if (e.isFIFO()) return 'fifo';
  if (e.isSocket()) return 'socket';
  if (e.isBlockDevice() || e.isCharacterDevice()) return 'device';
  return 'other';
}
