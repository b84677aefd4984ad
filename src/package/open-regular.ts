import { closeSync, constants, fstatSync, lstatSync, openSync } from 'node:fs';

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
