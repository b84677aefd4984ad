import { constants } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** Writes `data` to `file` through a temporary file in the same folder, so readers never see half a file. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await viaTemporary(file, (tmp) => writeFile(tmp, data));
}

/** Writes a new file the same way, but never replaces one: fails with EEXIST when `file` exists (the last step is a hard link, which the system makes only when the name is free). */
export async function writeNewFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await viaTemporary(file, (tmp) => writeFile(tmp, data), true);
}

/** Copies `from` to `to` the same way (large files are streamed by the system, not read into memory). */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  await viaTemporary(to, (tmp) => copyFile(from, tmp, constants.COPYFILE_EXCL));
}

/** Makes `file` by writing a temporary file beside it and renaming it into place; the temporary file never stays. */
async function viaTemporary(file: string, make: (tmp: string) => Promise<void>, exclusive = false): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await make(tmp);
    if (exclusive) {
      await link(tmp, file);
      await rm(tmp, { force: true });
    } else await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
