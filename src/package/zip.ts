import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import yazl from 'yazl';
import { listFiles } from './manifest.js';

/** Extensions whose content is already compressed: stored as they are, not deflated again. */
const STORED = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.zip', '.docx', '.xlsx', '.pptx', '.gz', '.7z', '.rar', '.mp4', '.webp']);

/**
 * Zips a folder under `prefix/` (UTF-8 names, ZIP64 where needed), streaming each file, with a fixed
 * time on every entry so the archive is reproducible; written to a temporary file, then renamed.
 */
export async function zipFolder(dir: string, zipPath: string, prefix: string, date: Date): Promise<{ files: number; bytes: number }> {
  const files = await listFiles(dir);
  const zip = new yazl.ZipFile();
  for (const f of files) {
    const dot = f.lastIndexOf('.');
    const ext = dot > f.lastIndexOf('/') ? f.slice(dot).toLowerCase() : '';
    zip.addReadStreamLazy(`${prefix}/${f}`, { mtime: date, mode: 0o100644, compress: !STORED.has(ext) }, (cb) => cb(null, createReadStream(join(dir, f))));
  }
  zip.end();
  const tmp = join(dirname(zipPath), `.${basename(zipPath)}.${process.pid}.tmp`);
  const out = createWriteStream(tmp);
  try {
    zip.outputStream.pipe(out);
    await once(out, 'finish');
    await rename(tmp, zipPath);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return { files: files.length, bytes: out.bytesWritten };
}
