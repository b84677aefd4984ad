// A tiny PNG painter for the example dossier's "site photos" (示例): flat shapes, no text.
import { deflateSync } from 'node:zlib';

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An RGB canvas with rectangle filling, encoded as PNG. */
export class Canvas {
  constructor(width, height) {
    this.width = width;
    this.height = height;
    this.px = Buffer.alloc(width * height * 3);
  }
  rect(x, y, w, h, [r, g, b]) {
    for (let j = Math.max(0, y); j < Math.min(this.height, y + h); j++) {
      for (let i = Math.max(0, x); i < Math.min(this.width, x + w); i++) {
        const p = (j * this.width + i) * 3;
        this.px[p] = r;
        this.px[p + 1] = g;
        this.px[p + 2] = b;
      }
    }
  }
  gradient(y0, y1, top, bottom) {
    for (let y = y0; y < y1; y++) {
      const t = (y - y0) / Math.max(1, y1 - y0 - 1);
      this.rect(
        0,
        y,
        this.width,
        1,
        top.map((c, i) => Math.round(c + (bottom[i] - c) * t)),
      );
    }
  }
  png() {
    const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
    for (let y = 0; y < this.height; y++) this.px.copy(raw, y * (this.width * 3 + 1) + 1, y * this.width * 3, (y + 1) * this.width * 3);
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.width, 0);
    ihdr.writeUInt32BE(this.height, 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
  }
}

/** A generated "site photo": sky, ground, buildings, a crane or a banner, varied by `rand`. */
export function sitePhoto(rand) {
  const c = new Canvas(480, 320);
  c.gradient(0, 200, [120 + rand() * 40, 170 + rand() * 30, 230], [210, 225, 240]);
  c.gradient(200, 320, [150, 140, 120], [110, 100, 85]);
  for (let i = 0; i < 6; i++) {
    const w = 40 + Math.floor(rand() * 50);
    const h = 60 + Math.floor(rand() * 110);
    const x = Math.floor(rand() * 440);
    const shade = 150 + Math.floor(rand() * 80);
    c.rect(x, 200 - h, w, h, [shade, shade - 10, shade - 25]);
    for (let wy = 210 - h; wy < 195; wy += 14) for (let wx = x + 6; wx < x + w - 8; wx += 12) c.rect(wx, wy, 6, 8, [90, 110, 140]);
  }
  if (rand() < 0.5) {
    const x = 300 + Math.floor(rand() * 120);
    c.rect(x, 40, 6, 160, [230, 170, 30]);
    c.rect(x - 90, 40, 150, 5, [230, 170, 30]);
  } else {
    c.rect(60, 150, 360, 34, [200, 30, 30]);
    c.rect(66, 156, 348, 22, [220, 60, 50]);
  }
  c.rect(0, 250, 480, 8, [240, 240, 240]);
  return c.png();
}
