/** A picture's header facts: stored pixel size, format, and for JPEG its components and EXIF orientation (1–8). */
export interface ImageInfo {
  readonly width: number;
  readonly height: number;
  readonly format: 'png' | 'jpeg';
  readonly orientation: number;
  /** JPEG colour components (1 grey, 3 RGB, 4 CMYK) and bits per component. */
  readonly components?: number;
  readonly bits?: number;
}

/** Pixel size of a PNG or JPEG image, read from its header; undefined for other formats. */
export function imageSize(data: Uint8Array): ImageInfo | undefined {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47) return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), format: 'png', orientation: 1 };
  if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8) {
    let p = 2;
    let orientation = 1;
    while (p + 9 < b.length) {
      if (b[p] !== 0xff) return undefined;
      const marker = b[p + 1]!;
      const len = b.readUInt16BE(p + 2);
      if (marker === 0xe1 && b.toString('latin1', p + 4, p + 10) === 'Exif\0\0') orientation = exifOrientation(b.subarray(p + 10, p + 2 + len));
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: b.readUInt16BE(p + 5), width: b.readUInt16BE(p + 7), format: 'jpeg', orientation, components: b[p + 9]!, bits: b[p + 4]! };
      }
      p += 2 + len;
    }
  }
  return undefined;
}

/** The size a picture is seen at: orientations 5–8 turn it a quarter, swapping width and height. */
export function displaySize(info: ImageInfo): { width: number; height: number } {
  return info.orientation >= 5 ? { width: info.height, height: info.width } : { width: info.width, height: info.height };
}

/** The Orientation tag (0x0112) of an EXIF block (TIFF header first); 1 when absent or unreadable. */
function exifOrientation(tiff: Buffer): number {
  if (tiff.length < 8) return 1;
  const le = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (o + 2 <= tiff.length ? (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o)) : 0);
  const u32 = (o: number) => (o + 4 <= tiff.length ? (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o)) : 0);
  const ifd = u32(4);
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const e = ifd + 2 + i * 12;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : 1;
    }
  }
  return 1;
}
