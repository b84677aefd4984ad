// Font files taken apart and put together again, for the tests of our font readers and subsetter.
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';

/** The font library, as the tests compare with it. */
export const fontkit = createRequire(import.meta.url)('fontkit') as typeof Fontkit;

/** A face of a font file (a collection's face when named), as fontkit reads it, with each of its tables' bytes. */
export interface Face {
  readonly font: Fontkit.Font;
  readonly tables: Map<string, Uint8Array>;
}

/** Opens a face of a font file's bytes. */
export function openFace(data: Buffer, name?: string): Face {
  const font = fontkit.create(data, name) as Fontkit.Font;
  const dir = (font as unknown as { directory: { tables: Record<string, { offset: number; length: number }> } }).directory.tables;
  return { font, tables: new Map(Object.entries(dir).map(([tag, t]) => [tag, data.subarray(t.offset, t.offset + t.length)])) };
}

/**
 * A font file of the face's tables, with those in `replaced` put instead of its own (checksums
 * left 0: fontkit does not read them); `version` is the file's first four bytes.
 */
export function sfntFile(f: Face, replaced: Readonly<Record<string, Uint8Array>>, version = 'OTTO'): Buffer {
  const tables = [...f.tables].map(([tag, bytes]) => [tag, replaced[tag] ?? bytes] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const header = Buffer.alloc(12 + tables.length * 16);
  header.write(version, 0, 'latin1');
  header.writeUInt16BE(tables.length, 4);
  let at = header.length;
  const bodies = tables.map(([tag, bytes], i) => {
    header.write(tag, 12 + i * 16, 'latin1');
    header.writeUInt32BE(at, 20 + i * 16);
    header.writeUInt32BE(bytes.length, 24 + i * 16);
    const padded = Buffer.alloc((bytes.length + 3) & ~3);
    padded.set(bytes);
    at += padded.length;
    return padded;
  });
  return Buffer.concat([header, ...bodies]);
}
