import { deflateSync, inflateSync } from 'node:zlib';
import { unfilter } from '../../util/png-unfilter.js';
import { READ_LIMITS } from '../../util/safe-file.js';

/** What an image needs to embed itself: a maker of PDF objects (a dictionary, then `end` with the stream data). */
interface PdfRefMaker {
  ref(data?: Record<string, unknown>): { data: Record<string, unknown>; end(chunk?: Uint8Array): void };
}

/** A PNG image ready to embed: its size, and `embed` writes its objects once (`obj` is then the image object). */
export interface PngImage {
  readonly width: number;
  readonly height: number;
  readonly label: string;
  obj: unknown;
  embed(doc: PdfRefMaker): void;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Opens a PNG for the PDF writer without decoding what need not be: opaque pictures pass their
 * compressed data through untouched, a transparent colour (tRNS) becomes a colour-key mask;
 * pictures with an alpha channel, or a palette with transparency, are decoded once into typed
 * arrays and split into colour and a soft mask. Returns undefined for interlaced pictures (the
 * writer has pngjs decode those).
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
  if (!channels || interlaced || !width || !height || ![1, 2, 4, 8, 16].includes(bits)) return undefined;
  // A header claiming more pixels than dossier decodes (or that cannot be true) is refused before anything is allocated.
  if (width * height > READ_LIMITS.picturePixels || ((colorType === 4 || colorType === 6) && bits < 8)) return undefined;
  const idat: Buffer[] = [];
  let palette: Buffer | undefined;
  let trns: Buffer | undefined;
  for (let p = 8; p + 12 <= b.length;) {
    const len = b.readUInt32BE(p);
    const type = b.toString('latin1', p + 4, p + 8);
    // A chunk running past the end of the file is cut where the file ends.
    const body = b.subarray(p + 8, Math.min(b.length, p + 8 + len));
    if (type === 'IDAT') idat.push(body);
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') trns = body;
    else if (type === 'IEND') break;
    p += 12 + len;
  }
  if (!idat.length || (colorType === 3 && !palette)) return undefined;
  const compressed = () => (idat.length === 1 ? idat[0]! : Buffer.concat(idat));
  const alpha = colorType === 4 || colorType === 6;
  const image: PngImage = {
    width,
    height,
    label,
    obj: null,
    embed(doc) {
      if (image.obj) return;
      // Whatever must be decoded is decoded before any object is made: a picture that turns out broken
      // (the decoder throws) leaves no half-written objects behind.
      const paletteMask = !alpha && trns && colorType === 3 ? paletteAlpha(compressed(), width, height, bits, trns) : undefined;
      const decoded = alpha ? unfilter(inflateRows(compressed(), width * channels * (bits / 8), height), width, height, channels * (bits / 8)) : undefined;
      const colorSpace = colorType === 3 ? indexed(doc, palette!) : channels - (alpha ? 1 : 0) === 1 ? 'DeviceGray' : 'DeviceRGB';
      if (!decoded) {
        // The PNG's own compressed rows are a valid PDF Flate stream with the PNG predictor.
        const obj = doc.ref({ Type: 'XObject', Subtype: 'Image', BitsPerComponent: bits, Width: width, Height: height, Filter: 'FlateDecode', ColorSpace: colorSpace });
        image.obj = obj;
        obj.data['DecodeParms'] = { Predictor: 15, Colors: channels, BitsPerComponent: bits, Columns: width };
        if (paletteMask) obj.data['SMask'] = softMask(doc, paletteMask);
        else if (trns) {
          // One transparent colour: a colour-key mask, each 16-bit sample a [min max] pair.
          const key: number[] = [];
          for (let i = 0; i + 1 < trns.length && key.length < 2 * channels; i += 2) key.push(trns.readUInt16BE(i), trns.readUInt16BE(i));
          obj.data['Mask'] = key;
        }
        obj.end(compressed());
        return;
      }
      // Colour and alpha are interleaved: decoded once above, keep 8 bits per sample, split.
      const bytes = bits / 8;
      const pixels = decoded;
      const colours = channels - 1;
      const rgb = new Uint8Array(width * height * colours);
      const mask = new Uint8Array(width * height);
      for (let i = 0, p = 0, a = 0; i < pixels.length;) {
        for (let c = 0; c < colours; c++, i += bytes) rgb[p++] = pixels[i]!;
        mask[a++] = pixels[i]!;
        i += bytes;
      }
      const obj = doc.ref({ Type: 'XObject', Subtype: 'Image', BitsPerComponent: 8, Width: width, Height: height, Filter: 'FlateDecode', ColorSpace: colorSpace });
      image.obj = obj;
      obj.data['SMask'] = softMask(doc, mask);
      obj.end(deflateSync(rgb));
    },
  };
  return image;

  function softMask(doc: PdfRefMaker, mask: Uint8Array): unknown {
    const ref = doc.ref({ Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 8, Filter: 'FlateDecode', ColorSpace: 'DeviceGray', Decode: [0, 1] });
    ref.end(deflateSync(mask));
    return ref;
  }
}

/** The alpha of every pixel of a palette picture, from its palette indices and the tRNS table. */
function paletteAlpha(compressed: Buffer, width: number, height: number, bits: number, trns: Buffer): Uint8Array {
  const rowBytes = Math.ceil((width * bits) / 8);
  const rows = unfilter(inflateRows(compressed, rowBytes, height), rowBytes, height, 1);
  const mask = new Uint8Array(width * height);
  const perByte = 8 / bits;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const byte = rows[y * rowBytes + Math.floor(x / perByte)]!;
      const index = bits === 8 ? byte : (byte >> (8 - bits * ((x % perByte) + 1))) & ((1 << bits) - 1);
      mask[y * width + x] = index < trns.length ? trns[index]! : 255;
    }
  }
  return mask;
}

/**
 * A PNG's rows inflated, hardly more than its header says there are (each row a filter byte and
 * `rowBytes`, and some slack for encoders that pad): data inflating to much more (a "zip bomb"
 * behind a small header) throws instead of filling the memory.
 */
function inflateRows(compressed: Buffer, rowBytes: number, height: number): Buffer {
  return inflateSync(compressed, { maxOutputLength: (rowBytes + 1) * height + 65536 });
}

function indexed(doc: PdfRefMaker, palette: Buffer): unknown[] {
  const ref = doc.ref();
  ref.end(new Uint8Array(palette));
  return ['Indexed', 'DeviceRGB', palette.length / 3 - 1, ref];
}
