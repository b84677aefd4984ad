import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { listFiles } from './list-entries.js';
import { openRegular } from './open-regular.js';

/** Extensions whose content is already compressed: stored as they are, not deflated again. */
const STORED = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.zip', '.docx', '.xlsx', '.pptx', '.gz', '.7z', '.rar', '.mp4', '.webp']);

/** Size of the write buffer and of each read of a stored file. */
const CHUNK = 1 << 20;
/** Above this, a size or offset needs the ZIP64 fields (APPNOTE 4.4.8; 0xffffffff itself means "see ZIP64"). */
const ZIP64_FROM = 0xfffffffe;
/** Made by Unix (3), specification 6.3. */
const VERSION_MADE_BY = (3 << 8) | 63;
/** General purpose flags: UTF-8 names (bit 11), CRC and sizes in a data descriptor after the data (bit 3). */
const FLAGS = (1 << 11) | (1 << 3);
/** External attributes: a regular file, rw-r--r--. */
const ATTRIBUTES = (0o100644 << 16) >>> 0;

/** What the central directory says of one entry. */
interface Entry {
  readonly name: Buffer;
  readonly method: 0 | 8;
  readonly offset: number;
  readonly crc: number;
  readonly size: number;
  readonly packed: number;
}

/**
 * The zip file being written: one buffer of CHUNK bytes that is written out whenever it is full,
 * so that headers and small files go out in large writes and stored files are read straight into it.
 * Reads and writes are synchronous: a package has a hundred small files, and a round trip to the
 * thread pool per call took three times as long as the copying itself.
 */
class ZipOutput {
  private readonly buf = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  /** Bytes of the zip so far (written and buffered). */
  position = 0;

  constructor(private readonly fd: number) {}

  /** Appends bytes. */
  put(data: Uint8Array): void {
    let from = 0;
    while (from < data.length) {
      if (this.used === CHUNK) this.flush();
      const n = Math.min(data.length - from, CHUNK - this.used);
      this.buf.set(data.subarray(from, from + n), this.used);
      this.used += n;
      from += n;
      this.position += n;
    }
  }

  /** Copies a file's bytes in unchanged, reading them straight into the buffer; returns their CRC-32 and length. */
  copy(fd: number): { crc: number; size: number } {
    let crc = 0;
    let size = 0;
    for (;;) {
      if (this.used === CHUNK) this.flush();
      const bytesRead = readSync(fd, this.buf, this.used, CHUNK - this.used, null);
      if (bytesRead === 0) return { crc, size };
      crc = crc32(this.buf.subarray(this.used, this.used + bytesRead), crc);
      this.used += bytesRead;
      this.position += bytesRead;
      size += bytesRead;
    }
  }

  /** Writes out what is buffered. */
  flush(): void {
    let from = 0;
    while (from < this.used) from += writeSync(this.fd, this.buf, from, this.used - from);
    this.used = 0;
  }
}

/** A date's calendar fields as an MS-DOS date and time, read in UTC, clamped to 1980–2107 (seconds halved). */
function dosDateTime(d: Date): { date: number; time: number } {
  const t = Math.min(Math.max(d.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31, 23, 59, 58));
  const u = new Date(t);
  return {
    date: u.getUTCDate() | ((u.getUTCMonth() + 1) << 5) | ((u.getUTCFullYear() - 1980) << 9),
    time: Math.floor(u.getUTCSeconds() / 2) | (u.getUTCMinutes() << 5) | (u.getUTCHours() << 11),
  };
}

/** A 64-bit little-endian unsigned integer (sizes and offsets stay far below 2^53). */
function putUInt64(b: Buffer, n: number, at: number): void {
  b.writeUInt32LE(n % 0x100000000, at);
  b.writeUInt32LE(Math.floor(n / 0x100000000), at + 4);
}

/** The entry's sizes or offset need ZIP64 fields. */
function needsZip64(e: Pick<Entry, 'offset' | 'size' | 'packed'>): boolean {
  return e.size > ZIP64_FROM || e.packed > ZIP64_FROM || e.offset > ZIP64_FROM;
}

/** The local file header; CRC and sizes are left 0 and follow the data in the data descriptor. */
function localHeader(name: Buffer, method: 0 | 8, dos: { date: number; time: number }): Buffer {
  const b = Buffer.alloc(30 + name.length);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4); // version needed: 2.0
  b.writeUInt16LE(FLAGS, 6);
  b.writeUInt16LE(method, 8);
  b.writeUInt16LE(dos.time, 10);
  b.writeUInt16LE(dos.date, 12);
  // CRC, sizes (bytes 14–25) 0; name length; no extra field.
  b.writeUInt16LE(name.length, 26);
  name.copy(b, 30);
  return b;
}

/** The data descriptor with signature; 8-byte sizes for a ZIP64 entry. */
function dataDescriptor(e: Entry): Buffer {
  if (!needsZip64(e)) {
    const b = Buffer.alloc(16);
    b.writeUInt32LE(0x08074b50, 0);
    b.writeUInt32LE(e.crc, 4);
    b.writeUInt32LE(e.packed, 8);
    b.writeUInt32LE(e.size, 12);
    return b;
  }
  const b = Buffer.alloc(24);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(e.crc, 4);
  putUInt64(b, e.packed, 8);
  putUInt64(b, e.size, 16);
  return b;
}

/** The central directory record: with the Info-ZIP "UT" modification time, and the ZIP64 extra field where needed. */
function centralRecord(e: Entry, dos: { date: number; time: number }, unixTime: number): Buffer {
  const zip64 = needsZip64(e);
  const extra = 9 + (zip64 ? 28 : 0);
  const b = Buffer.alloc(46 + e.name.length + extra);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(VERSION_MADE_BY, 4);
  b.writeUInt16LE(zip64 ? 45 : 20, 6);
  b.writeUInt16LE(FLAGS, 8);
  b.writeUInt16LE(e.method, 10);
  b.writeUInt16LE(dos.time, 12);
  b.writeUInt16LE(dos.date, 14);
  b.writeUInt32LE(e.crc, 16);
  b.writeUInt32LE(zip64 ? 0xffffffff : e.packed, 20);
  b.writeUInt32LE(zip64 ? 0xffffffff : e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt16LE(extra, 30);
  // Comment length, disk, internal attributes (32–37) 0.
  b.writeUInt32LE(ATTRIBUTES, 38);
  b.writeUInt32LE(zip64 ? 0xffffffff : e.offset, 42);
  let at = 46;
  at += e.name.copy(b, at);
  // "UT": flags say modification and access time, as Info-ZIP writes it; the central copy holds the modification time only.
  b.writeUInt16LE(0x5455, at);
  b.writeUInt16LE(5, at + 2);
  b.writeUInt8(3, at + 4);
  b.writeInt32LE(unixTime, at + 5);
  at += 9;
  if (zip64) {
    b.writeUInt16LE(0x0001, at);
    b.writeUInt16LE(24, at + 2);
    putUInt64(b, e.size, at + 4);
    putUInt64(b, e.packed, at + 12);
    putUInt64(b, e.offset, at + 20);
  }
  return b;
}

/** The end of the central directory, preceded by the ZIP64 record and locator when counts, size or offset need them. */
function endRecords(count: number, start: number, size: number): Buffer {
  const zip64 = count >= 0xffff || size >= 0xffffffff || start >= 0xffffffff;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count >= 0xffff ? 0xffff : count, 8);
  end.writeUInt16LE(count >= 0xffff ? 0xffff : count, 10);
  end.writeUInt32LE(size >= 0xffffffff ? 0xffffffff : size, 12);
  end.writeUInt32LE(start >= 0xffffffff ? 0xffffffff : start, 16);
  if (!zip64) return end;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  putUInt64(record, 44, 4);
  record.writeUInt16LE(VERSION_MADE_BY, 12);
  record.writeUInt16LE(45, 14);
  putUInt64(record, count, 24);
  putUInt64(record, count, 32);
  putUInt64(record, size, 40);
  putUInt64(record, start, 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  putUInt64(locator, start + size, 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, end]);
}

/**
 * Deflates a file (raw deflate, level 6) into the zip; returns the CRC-32 and length of its bytes and
 * the deflated length. A file of up to CHUNK bytes is deflated in one call; a longer one streams
 * through zlib, so memory stays flat (both give the same bytes: zlib's output does not depend on how
 * its input is cut).
 */
async function deflateInto(fd: number, out: ZipOutput): Promise<{ crc: number; size: number; packed: number }> {
  const first = Buffer.allocUnsafe(CHUNK);
  const got = readFull(fd, first);
  if (got < CHUNK) {
    const data = first.subarray(0, got);
    const packed = deflateRawSync(data, { level: 6 });
    out.put(packed);
    return { crc: crc32(data), size: got, packed: packed.length };
  }
  const deflate = createDeflateRaw({ level: 6 });
  let crc = 0;
  let size = 0;
  let packed = 0;
  const feed = (async () => {
    // zlib holds on to what it is given until it has taken it: a buffer per read.
    for (let data = first.subarray(0, got); data.length;) {
      crc = crc32(data, crc);
      size += data.length;
      if (!deflate.write(data)) await new Promise((resolve) => deflate.once('drain', resolve));
      const next = Buffer.allocUnsafe(CHUNK);
      data = next.subarray(0, readFull(fd, next));
    }
    deflate.end();
  })();
  feed.catch((err: unknown) => deflate.destroy(err as Error));
  for await (const part of deflate) {
    out.put(part as Buffer);
    packed += (part as Buffer).length;
  }
  await feed;
  return { crc, size, packed };
}

/** Reads from the file's current position until the buffer is full or the file ends; returns the bytes read. */
function readFull(fd: number, buf: Buffer): number {
  let got = 0;
  for (let n; got < buf.length && (n = readSync(fd, buf, got, buf.length - got, null)) > 0;) got += n;
  return got;
}

/**
 * Writes a folder as a zip at `zipPath` (under `prefix/`, UTF-8 names, ZIP64 where needed), file by
 * file through one buffer, with a fixed time on every entry so that the archive is reproducible (the
 * same bytes in any time zone: the DOS time holds the date's UTC fields, the "UT" field the instant).
 * Text files are deflated, files that are compressed already are stored. Writes `zipPath` itself:
 * the caller gives a temporary name and renames.
 */
export async function writeZip(dir: string, zipPath: string, prefix: string, date: Date): Promise<{ files: number; bytes: number }> {
  const files = await listFiles(dir);
  const dos = dosDateTime(date);
  const unixTime = Math.min(Math.max(Math.floor(date.getTime() / 1000), -0x80000000), 0x7fffffff);
  const zipFd = openSync(zipPath, 'w');
  try {
    const out = new ZipOutput(zipFd);
    const entries: Entry[] = [];
    for (const f of files) {
      const dot = f.lastIndexOf('.');
      const method = STORED.has(dot > f.lastIndexOf('/') ? f.slice(dot).toLowerCase() : '') ? 0 : 8;
      const name = Buffer.from(`${prefix}/${f}`);
      const offset = out.position;
      out.put(localHeader(name, method, dos));
      const { fd } = openRegular(`${dir}/${f}`);
      let entry: Entry;
      try {
        if (method === 0) {
          const { crc, size } = out.copy(fd);
          entry = { name, method, offset, crc, size, packed: size };
        } else {
          entry = { name, method, offset, ...(await deflateInto(fd, out)) };
        }
      } finally {
        closeSync(fd);
      }
      out.put(dataDescriptor(entry));
      entries.push(entry);
    }
    const start = out.position;
    for (const e of entries) out.put(centralRecord(e, dos, unixTime));
    out.put(endRecords(entries.length, start, out.position - start));
    out.flush();
    return { files: files.length, bytes: out.position };
  } finally {
    closeSync(zipFd);
  }
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
