import { deflateSync, inflateSync } from 'node:zlib';
import { unfilter } from '../../util/png-unfilter.js';

/** The part of a pdfkit document an image needs to embed itself. */
interface PdfRefMaker {
  ref(data?: Record<string, unknown>): { data: Record<string, unknown>; end(chunk?: Uint8Array): void };
}

/** A PNG image in the shape pdfkit accepts in `doc.image()` (width, height, label, obj, embed). */
export interface PngImage {
  readonly width: number;
  readonly height: number;
  readonly label: string;
  obj: unknown;
  embed(doc: PdfRefMaker): void;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Opens a PNG for pdfkit without pdfkit's own PNG reader, which copies the compressed picture
 * byte by byte into a JavaScript array (a 5 MB photo cost some 150 MB). Opaque pictures pass their
 * compressed data through untouched; 8-bit pictures with an alpha channel are decoded once into
 * typed arrays and split into colour and mask. Returns undefined for what it does not handle
 * (interlaced, 16-bit with alpha, transparency chunks): pdfkit's reader takes those.
 */
export function openPng(data: Uint8Array, label: string): PngImage | undefined {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length < 33 || b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const bits = b[24]!;
  const colorType = b[25]!;
  const interlaced = b[28] === 1;
  const channels = CHANNELS[colorType];
  if (!channels || interlaced || !width || !height) return undefined;
  const idat: Buffer[] = [];
  let palette: Buffer | undefined;
  for (let p = 8; p + 12 <= b.length; ) {
    const len = b.readUInt32BE(p);
    const type = b.toString('latin1', p + 4, p + 8);
    const body = b.subarray(p + 8, p + 8 + len);
    if (type === 'IDAT') idat.push(body);
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') return undefined;
    else if (type === 'IEND') break;
    p += 12 + len;
  }
  if (!idat.length || (colorType === 3 && !palette)) return undefined;
  const alpha = colorType === 4 || colorType === 6;
  if (alpha && bits !== 8) return undefined;
  const image: PngImage = {
    width,
    height,
    label,
    obj: null,
    embed(doc) {
      if (image.obj) return;
      const colorSpace = colorType === 3 ? indexed(doc, palette!) : channels - (alpha ? 1 : 0) === 1 ? 'DeviceGray' : 'DeviceRGB';
      const obj = doc.ref({ Type: 'XObject', Subtype: 'Image', BitsPerComponent: bits, Width: width, Height: height, Filter: 'FlateDecode', ColorSpace: colorSpace });
      image.obj = obj;
      if (!alpha) {
        // The PNG's own compressed rows are a valid PDF Flate stream with the PNG predictor.
        obj.data['DecodeParms'] = { Predictor: 15, Colors: channels, BitsPerComponent: bits, Columns: width };
        obj.end(idat.length === 1 ? idat[0] : Buffer.concat(idat));
        return;
      }
      const pixels = unfilter(inflateSync(idat.length === 1 ? idat[0]! : Buffer.concat(idat)), width, height, channels);
      const colours = channels - 1;
      const rgb = new Uint8Array(width * height * colours);
      const mask = new Uint8Array(width * height);
      for (let i = 0, p = 0, a = 0; i < pixels.length; ) {
        for (let c = 0; c < colours; c++) rgb[p++] = pixels[i++]!;
        mask[a++] = pixels[i++]!;
      }
      const sMask = doc.ref({ Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 8, Filter: 'FlateDecode', ColorSpace: 'DeviceGray', Decode: [0, 1] });
      sMask.end(deflateSync(mask));
      obj.data['SMask'] = sMask;
      obj.end(deflateSync(rgb));
    },
  };
  return image;
}

function indexed(doc: PdfRefMaker, palette: Buffer): unknown[] {
  const ref = doc.ref();
  ref.end(new Uint8Array(palette));
  return ['Indexed', 'DeviceRGB', palette.length / 3 - 1, ref];
}
