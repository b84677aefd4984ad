import yazl from 'yazl';
import { setZipTimestamps } from './zip-fixed-time.js';

/** One part of an Office package: its name in the zip and its content; text is deflated unless told. */
export interface ZipPart {
  readonly name: string;
  readonly data: string | Uint8Array;
  readonly compress?: boolean;
}

/** Zips the parts of an Office package in the given order, every entry stamped with `date`: equal parts, equal bytes. */
export async function zipParts(parts: readonly ZipPart[], date: Date): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  for (const p of parts) {
    const text = typeof p.data === 'string';
    const data = typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : Buffer.from(p.data.buffer, p.data.byteOffset, p.data.length);
    zip.addBuffer(data, p.name, { mtime: date, mode: 0o100644, compress: p.compress ?? text, forceDosTimestamp: true });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return setZipTimestamps(Buffer.concat(chunks), date);
}
