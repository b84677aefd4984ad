import { formatBytes, READ_LIMITS } from '../util/safe-file.js';

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

/** The bit depths PNG allows for each colour type. */
const PNG_DEPTHS: Readonly<Record<number, readonly number[]>> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/**
 * Pixel size of a PNG or JPEG image, read from its header; undefined for other formats and for
 * headers that cannot be true or ask too much (see pictureProblem): a picture is then named, not printed.
 */
export function imageSize(data: Uint8Array): ImageInfo | undefined {
  const read = readHeader(data);
  return read && 'info' in read ? read.info : undefined;
}

/**
 * Why a PNG or JPEG cannot be printed, from its header alone (in Chinese): a size of zero, bit depths
 * or colour types the format does not have, or more than READ_LIMITS.picturePixels pixels (decoding
 * would take gigabytes). Undefined for a sane picture, and for data that is no PNG or JPEG at all.
 */
export function pictureProblem(data: Uint8Array): string | undefined {
  const read = readHeader(data);
  return read && 'problem' in read ? read.problem : undefined;
}

function readHeader(data: Uint8Array): { info: ImageInfo } | { problem: string } | undefined {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47) {
    if (b.length < 33 || b.readUInt32BE(8) !== 13 || b.toString('latin1', 12, 16) !== 'IHDR') return { problem: 'PNG 文件头不完整或已损坏' };
    const width = b.readUInt32BE(16);
    const height = b.readUInt32BE(20);
    const bits = b[24]!;
    const colorType = b[25]!;
    if (!PNG_DEPTHS[colorType]?.includes(bits) || b[26] !== 0 || b[27] !== 0 || b[28]! > 1) return { problem: 'PNG 文件头中的颜色类型或位深不存在，文件已损坏' };
    return checked({ width, height, format: 'png', orientation: 1 });
  }
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
        const components = b[p + 9]!;
        if (![1, 3, 4].includes(components)) return { problem: `JPEG 文件头中的颜色分量数（${components}）不存在，文件已损坏` };
        return checked({ height: b.readUInt16BE(p + 5), width: b.readUInt16BE(p + 7), format: 'jpeg', orientation, components, bits: b[p + 4]! });
      }
      p += 2 + len;
    }
  }
  return undefined;
}

/** The info when its size can be printed: neither side zero, at most READ_LIMITS.picturePixels pixels. */
function checked(info: ImageInfo): { info: ImageInfo } | { problem: string } {
  if (info.width < 1 || info.height < 1) return { problem: `图片文件头写的尺寸是 ${info.width} × ${info.height} 像素，文件已损坏` };
  if (info.width * info.height > READ_LIMITS.picturePixels) {
    return {
      problem: `图片有 ${info.width} × ${info.height} 像素，超过上限 ${READ_LIMITS.picturePixels / 1_000_000} 百万像素（约需 ${formatBytes(info.width * info.height * 4)} 内存才能展开）`,
    };
  }
  return { info };
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
