import { statSync, type Stats } from 'node:fs';

/** How long after its last change a file's signature is trusted: a change within the same clock tick as the reading would not show. */
const SETTLE_MS = 2000;

/**
 * A file's signature from its status: device, inode, size, and the times of its last change to
 * content (mtime) and to anything (ctime, which no program can set back). The same file unchanged
 * has the same signature, so it can stand for the file's content in a cache key. Undefined for a
 * file changed too recently for the times to tell a later change apart.
 */
export function fileSignature(st: Stats, now: number = Date.now()): string | undefined {
  if (now - Math.max(st.mtimeMs, st.ctimeMs) < SETTLE_MS) return undefined;
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** The signature (fileSignature) of the file at `path`; undefined when it cannot be looked at or has just changed. */
export function pathSignature(path: string): string | undefined {
  try {
    return fileSignature(statSync(path));
  } catch {
    return undefined;
  }
}
