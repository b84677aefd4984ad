import { crc32, deflateRawSync } from 'node:zlib';

/** One part of an Office package: its name in the zip and its content; text is deflated unless told. */
export interface ZipPart {
  readonly name: string;
  readonly data: string | Uint8Array;
  readonly compress?: boolean;
}

/**
 * Zips the parts of an Office package (small files: no ZIP64) in the given order, every entry
 * stamped with `date`: equal parts, equal bytes. Compression runs here on the main thread; zlib's
 * asynchronous calls run on worker threads whose memory pools stay with the process afterwards.
 */
export function zipParts(parts: readonly ZipPart[], date: Date): Uint8Array {
  const { time, day } = dosDateTime(date);
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const data = typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : Buffer.from(p.data.buffer, p.data.byteOffset, p.data.length);
    const deflate = p.compress ?? typeof p.data === 'string';
    const body = deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(p.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4); // made by: Unix, zip 2.0
    local.copy(entry, 6, 4, 30); // version needed … name length
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const size = central.reduce((a, b) => a + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...central, end]);
}

/** MS-DOS time and date words for a UTC date (two-second resolution, years 1980–2107). */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
