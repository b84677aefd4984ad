import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openPng } from '../../src/render/pdf/png-image.js';

/** A PNG with the given packed rows of samples, each row written with the given filter (0–4). */
function png(width: number, height: number, colorType: 0 | 2 | 3 | 4 | 6, pixels: Uint8Array, filters: number[], extra: [string, Buffer][] = [], bits = 8): Buffer {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  const ch = Math.max(1, (channels * bits) / 8);
  const stride = Math.ceil((width * channels * bits) / 8);
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const f = filters[y % filters.length]!;
    raw[y * (stride + 1)] = f;
    for (let x = 0; x < stride; x++) {
      const cur = pixels[y * stride + x]!;
      const left = x >= ch ? pixels[y * stride + x - ch]! : 0;
      const up = y ? pixels[(y - 1) * stride + x]! : 0;
      const ul = y && x >= ch ? pixels[(y - 1) * stride + x - ch]! : 0;
      const p = left + up - ul;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - ul) ? left : Math.abs(p - up) <= Math.abs(p - ul) ? up : ul;
      const pred = [0, left, up, (left + up) >> 1, paeth][f]!;
      raw[y * (stride + 1) + 1 + x] = (cur - pred) & 0xff;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = bits;
  ihdr[9] = colorType;
  const data = deflateSync(raw);
  // Two IDAT chunks: readers must join them.
  const half = data.length >> 1;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...extra.map(([t, d]) => chunk(t, d)),
    chunk('IDAT', data.subarray(0, half)),
    chunk('IDAT', data.subarray(half)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Embeds through a stand-in object maker and returns the objects written. */
function embed(data: Buffer) {
  const objs: { data: Record<string, unknown>; body?: Uint8Array }[] = [];
  const image = openPng(data, 'P1');
  if (!image) return undefined;
  image.embed({
    ref(d = {}) {
      const o: { data: Record<string, unknown>; body?: Uint8Array; end(chunk?: Uint8Array): void } = { data: d, end: (c) => void (o.body = c) };
      objs.push(o);
      return o;
    },
  });
  return { image, objs };
}

const pixelsOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + seed * 11 + ((i * i) % 13)) & 0xff);

describe('PNG pictures in the PDF writer', () => {
  it('passes an opaque picture’s compressed rows through with the PNG predictor', () => {
    const px = pixelsOf(5 * 4 * 3, 1);
    const r = embed(png(5, 4, 2, px, [0, 1, 2, 3, 4]))!;
    expect(r.image).toMatchObject({ width: 5, height: 4 });
    const [obj] = r.objs;
    expect(obj!.data).toMatchObject({ Subtype: 'Image', ColorSpace: 'DeviceRGB', BitsPerComponent: 8, Filter: 'FlateDecode', DecodeParms: { Predictor: 15, Colors: 3, Columns: 5 } });
    // Inflated, the stream is the PNG's filtered rows: one filter byte then the row.
    const rows = inflateSync(obj!.body!);
    expect(rows.length).toBe(4 * (5 * 3 + 1));
    expect([...rows].filter((_, i) => i % 16 === 0)).toEqual([0, 1, 2, 3]);
  });

  it('decodes every row filter of a picture with an alpha channel and splits colour and mask', () => {
    const w = 7;
    const h = 10;
    const px = pixelsOf(w * h * 4, 2);
    const r = embed(png(w, h, 6, px, [0, 1, 2, 3, 4]))!;
    const [obj, mask] = [r.objs.find((o) => o.data['SMask'])!, r.objs.find((o) => o.data['ColorSpace'] === 'DeviceGray')!];
    expect(obj.data['DecodeParms']).toBeUndefined();
    const rgb = inflateSync(obj.body!);
    const alpha = inflateSync(mask.body!);
    expect([...rgb]).toEqual([...px].filter((_, i) => i % 4 !== 3));
    expect([...alpha]).toEqual([...px].filter((_, i) => i % 4 === 3));
  });

  it('handles grey with alpha, and leaves interlaced pictures to the decoding path', () => {
    const px = pixelsOf(3 * 3 * 2, 3);
    const r = embed(png(3, 3, 4, px, [4, 3, 1]))!;
    expect(r.objs[0]!.data['ColorSpace']).toBe('DeviceGray');
    expect([...inflateSync(r.objs[0]!.body!)]).toEqual([...px].filter((_, i) => i % 2 === 0));
    const interlaced = png(3, 3, 2, pixelsOf(27, 4), [0]);
    interlaced[28] = 1;
    expect(embed(interlaced)).toBeUndefined();
    expect(openPng(Buffer.from('not a png at all, really not'), 'P1')).toBeUndefined();
  });

  it('keeps 8 bits of each 16-bit sample of a picture with alpha', () => {
    const px = pixelsOf(4 * 3 * 8, 5);
    const r = embed(png(4, 3, 6, px, [1, 4, 2], [], 16))!;
    const [obj, mask] = [r.objs.find((o) => o.data['SMask'])!, r.objs.find((o) => o.data['ColorSpace'] === 'DeviceGray')!];
    expect(obj.data['BitsPerComponent']).toBe(8);
    // Samples are big-endian: the first byte of each pair is the high one.
    expect([...inflateSync(obj.body!)]).toEqual([...px].filter((_, i) => i % 2 === 0 && i % 8 !== 6));
    expect([...inflateSync(mask.body!)]).toEqual([...px].filter((_, i) => i % 8 === 6));
  });

  it('turns a transparent colour into a colour-key mask and a palette’s transparency into a soft mask', () => {
    const key = embed(png(3, 3, 2, pixelsOf(27, 4), [0], [['tRNS', Buffer.from([0, 10, 0, 20, 0, 30])]]))!;
    expect(key.objs[0]!.data['Mask']).toEqual([10, 10, 20, 20, 30, 30]);
    expect(key.objs[0]!.data['DecodeParms']).toMatchObject({ Predictor: 15, Colors: 3 });
    // A 2-bit palette of four colours; index 1 half transparent, index 2 invisible, index 3 (beyond tRNS) opaque.
    const indices = [0, 1, 2, 3, 3, 2, 1, 0, 1, 1, 2, 2, 0, 3, 0, 3, 2, 1]; // 6 × 3
    const packed = new Uint8Array(2 * 3);
    indices.forEach((v, i) => {
      const y = Math.floor(i / 6);
      const x = i % 6;
      packed[y * 2 + (x >> 2)]! |= v << (6 - 2 * (x % 4));
    });
    const plte = Buffer.from([0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255]);
    const pal = embed(
      png(
        6,
        3,
        3,
        packed,
        [0, 2, 1],
        [
          ['PLTE', plte],
          ['tRNS', Buffer.from([255, 128, 0])],
        ],
        2,
      ),
    )!;
    const image = pal.objs.find((o) => o.data['SMask'])!;
    expect(image.data).toMatchObject({ BitsPerComponent: 2, DecodeParms: { Predictor: 15, Colors: 1, BitsPerComponent: 2, Columns: 6 } });
    expect((image.data['ColorSpace'] as unknown[]).slice(0, 3)).toEqual(['Indexed', 'DeviceRGB', 3]);
    const mask = pal.objs.find((o) => o.data['ColorSpace'] === 'DeviceGray')!;
    expect([...inflateSync(mask.body!)]).toEqual(indices.map((i) => [255, 128, 0, 255][i]));
  });
});
