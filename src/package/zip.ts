import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, basename } from 'node:path';
import zlib from 'node:zlib';
import yazl from 'yazl';
import { listFiles } from './manifest.js';

/**
 * yazl checks every byte it zips with buffer-crc32, a JavaScript loop: over gigabytes of evidence
 * that is most of the packaging time, all the more with V8's optimizing compiler off (src/cli/index.ts).
 * Node 20.15 and later compute the same CRC-32 natively; yazl looks the function up at each call.
 */
function useNativeCrc32(): void {
  const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  if (typeof native !== 'function') return;
  const crc = createRequire(createRequire(import.meta.url).resolve('yazl'))('buffer-crc32') as { unsigned: (buf: Uint8Array | string, previous?: number) => number };
  crc.unsigned = (buf, previous) => native(typeof buf === 'string' ? Buffer.from(buf) : buf, previous ?? 0);
}

/** Extensions whose content is already compressed: stored as they are, not deflated again. */
const STORED = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.zip', '.docx', '.xlsx', '.pptx', '.gz', '.7z', '.rar', '.mp4', '.webp']);

/**
 * Zips a folder under `prefix/` (UTF-8 names, ZIP64 where needed), streaming each file, with a fixed
 * time on every entry so the archive is reproducible; written to a temporary file, then renamed.
 */
export async function zipFolder(dir: string, zipPath: string, prefix: string, date: Date): Promise<{ files: number; bytes: number }> {
  const files = await listFiles(dir);
  useNativeCrc32();
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
