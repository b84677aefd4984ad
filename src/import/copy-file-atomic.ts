import { constants } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Copies `from` to `to` through a temporary file in the target folder, so no one sees half a copy (large files are not read into memory). */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const tmp = join(dirname(to), `.${basename(to)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await copyFile(from, tmp, constants.COPYFILE_EXCL);
    await rename(tmp, to);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
