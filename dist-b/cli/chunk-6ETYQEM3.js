import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/util/atomic-write.js
import { constants } from "node:fs";
import { copyFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, basename, join } from "node:path";
async function writeFileAtomic(file, data) {
  await viaTemporary(file, (tmp) => writeFile(tmp, data));
}
async function copyFileAtomic(from, to) {
  await viaTemporary(to, (tmp) => copyFile(from, tmp, constants.COPYFILE_EXCL));
}
async function viaTemporary(file, make) {
  await mkdir(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await make(tmp);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export {
  writeFileAtomic,
  copyFileAtomic
};
