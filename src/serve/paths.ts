// Files the server may read: only inside the dossier folder, resolved and checked before anything is opened.
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { isInside } from '../util/is-inside.js';

/**
 * The absolute real path of the regular file `rel` (forward or back slashes) inside `root`, or
 * undefined when it is not one: `..` and absolute paths are refused before the disk is touched, and a
 * symlink whose target lies outside `root` is refused after resolving it, before reading.
 */
export async function fileInside(root: string, rel: string): Promise<string | undefined> {
  if (rel === '' || rel.includes('\0') || isAbsolute(rel) || /^[a-zA-Z]:/.test(rel)) return undefined;
  const parts = rel.split(/[\\/]+/);
  if (parts.some((p) => p === '..' || p === '.')) return undefined;
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(join(root, ...parts))]);
    if (!isInside(realRoot, real)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}
