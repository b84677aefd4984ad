/**
 * The bytes of one table of an OpenType or TrueType font file holding a single font (not a
 * collection: those are read by the font library, which knows their faces by name); undefined
 * when the file is no such font or has no such table.
 */
export function sfntTable(file: Uint8Array, tag: string): Uint8Array | undefined {
  if (file.length < 12) return undefined;
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const version = view.getUint32(0);
  // 1.0 (TrueType outlines), 'OTTO' (CFF outlines), 'true' (Apple TrueType).
  if (version !== 0x00010000 && version !== 0x4f54544f && version !== 0x74727565) return undefined;
  const tables = view.getUint16(4);
  if (12 + tables * 16 > file.length) return undefined;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(file[record]!, file[record + 1]!, file[record + 2]!, file[record + 3]!) !== tag) continue;
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    return offset + length <= file.length ? file.subarray(offset, offset + length) : undefined;
  }
  return undefined;
}
