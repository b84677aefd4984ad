import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { listFiles } from './manifest.js';

/** Extensions whose content is already compressed: stored as they are, not deflated again. */
const STORED = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.zip', '.docx', '.xlsx', '.pptx', '.gz', '.7z', '.rar', '.mp4', '.webp']);

/**
 * A date whose calendar fields are read in UTC. A zip entry's DOS time has no time zone and yazl
 * fills it from the local fields of the date it is given, so the same package zipped under
 * `TZ=Asia/Shanghai` and `TZ=UTC` would differ; with this the DOS time is the UTC time (the build
 * date: `2021-06-30 00:00` for SOURCE_DATE_EPOCH=1625011200) wherever the zip is made. The Unix
 * time field beside it is the instant itself.
 */
class UtcFieldsDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
}

/**
 * Writes a folder as a zip at `zipPath` (under `prefix/`, UTF-8 names, ZIP64 where needed), streaming
 * each file, with a fixed time on every entry so that the archive is reproducible (the same bytes in
 * any time zone). Writes `zipPath` itself: the caller gives a temporary name and renames.
 */
export async function writeZip(dir: string, zipPath: string, prefix: string, date: Date): Promise<{ files: number; bytes: number }> {
  const files = await listFiles(dir);
  const zip = new yazl.ZipFile();
  const mtime = new UtcFieldsDate(date.getTime());
  for (const f of files) {
    const dot = f.lastIndexOf('.');
    const ext = dot > f.lastIndexOf('/') ? f.slice(dot).toLowerCase() : '';
    zip.addReadStreamLazy(`${prefix}/${f}`, { mtime, mode: 0o100644, compress: !STORED.has(ext) }, (cb) => cb(null, createReadStream(join(dir, f))));
  }
  zip.end();
  const out = createWriteStream(zipPath);
  // A file that cannot be read is reported by the zip object, not its output: end the copy with it.
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  failed.catch(() => {});
  await Promise.race([pipeline(zip.outputStream, out), failed]).catch((err: unknown) => {
    out.destroy();
    throw err;
  });
  return { files: files.length, bytes: out.bytesWritten };
}

/** Zips a folder (as writeZip) to a temporary file beside `zipPath`, then renames it into place. */
export async function zipFolder(dir: string, zipPath: string, prefix: string, date: Date): Promise<{ files: number; bytes: number }> {
  const tmp = join(dirname(zipPath), `.${basename(zipPath)}.${process.pid}.tmp`);
  try {
    const r = await writeZip(dir, tmp, prefix, date);
    await rename(tmp, zipPath);
    return r;
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
