import { hash } from 'node:crypto';
import { PNG } from 'pngjs';
import { pictureProblem, type ImageInfo } from '../image-size.js';
import { num, type PdfFile } from './pdf-file.js';
import { openPng } from './png-image.js';

/** What openPng writes through: an object maker backed by the PdfFile. */
interface RefLike {
  readonly no: number;
  data: Record<string, unknown>;
  end(chunk?: Uint8Array): void;
}

/**
 * The pictures of one PDF: each file embedded once (by its path), when first drawn, and not kept
 * after: PNG rows pass through compressed, alpha becomes a soft mask, JPEG is copied as it is.
 */
export class PdfImages {
  private readonly embedded = new Map<string, number>();
  /** The hash of the bytes embedded for each path (as the typesetter's picture ids). */
  private readonly ids = new Map<string, string>();

  constructor(private readonly file: PdfFile) {}

  /** The XObject number of the picture at `src`, embedding it from `read()` the first time; undefined if unreadable. */
  use(src: string, info: ImageInfo, read: () => Uint8Array | undefined): number | undefined {
    const known = this.embedded.get(src);
    if (known !== undefined) return known;
    const data = read();
    // A header that cannot be true, or a picture too large to decode, is never embedded (nor decoded).
    if (!data || pictureProblem(data) !== undefined || !(info.width >= 1 && info.height >= 1)) return undefined;
    const no = info.format === 'jpeg' ? this.jpeg(data, info) : this.png(data);
    if (no !== undefined) {
      this.embedded.set(src, no);
      this.ids.set(src, pictureId(data));
    }
    return no;
  }

  /** The hash (pictureId) of the bytes embedded for `src`; undefined when none were. */
  idOf(src: string): string | undefined {
    return this.ids.get(src);
  }

  private jpeg(data: Uint8Array, info: ImageInfo): number {
    const no = this.file.alloc();
    const components = info.components ?? 3;
    const space = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
    // Adobe's CMYK JPEGs are stored inverted.
    const decode = components === 4 ? ' /Decode [1 0 1 0 1 0 1 0]' : '';
    this.file.stream(
      no,
      `<< /Type /XObject /Subtype /Image /Width ${info.width} /Height ${info.height} /ColorSpace ${space} /BitsPerComponent ${info.bits ?? 8}${decode} /Filter /DCTDecode >>`,
      data,
      true,
    );
    return no;
  }

  private png(data: Uint8Array): number | undefined {
    let image = openPng(data, 'P');
    if (!image) {
      // Interlaced pictures: pngjs decodes them; written back plainly they take the usual path.
      try {
        const decoded = PNG.sync.read(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
        let opaque = true;
        for (let i = 3; opaque && i < decoded.data.length; i += 4) opaque = decoded.data[i] === 255;
        image = openPng(PNG.sync.write(decoded, { colorType: opaque ? 2 : 6 }), 'P');
      } catch {
        return undefined;
      }
    }
    if (!image) return undefined;
    try {
      image.embed({ ref: (d) => this.ref(d) });
    } catch {
      // Broken compressed data (it decodes to an error, or to far more than its header says): not embedded.
      return undefined;
    }
    return (image.obj as RefLike).no;
  }

  private ref(data: Record<string, unknown> = {}): RefLike {
    const no = this.file.alloc();
    const ref: RefLike = {
      no,
      data,
      end: (chunk) => {
        const dict = value(ref.data);
        if (chunk) this.file.stream(no, dict, chunk, true);
        else this.file.object(no, dict);
      },
    };
    return ref;
  }
}

/** A picture's identity in page keys: the SHA-1 of its bytes. */
export function pictureId(data: Uint8Array): string {
  let id = IDS.get(data);
  if (id === undefined) IDS.set(data, (id = hash('sha1', data, 'base64')));
  return id;
}

/** The ids of the pictures' bytes hashed so far (the typesetter and the drawer ask for the same bytes' id). */
const IDS = new WeakMap<Uint8Array, string>();

/** A JavaScript value as a PDF value: strings are names, objects with `no` references. */
function value(v: unknown): string {
  if (typeof v === 'number') return num(v);
  if (typeof v === 'string') return `/${v}`;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(value).join(' ')}]`;
  if (v && typeof v === 'object') {
    if ('no' in v && 'end' in v) return `${(v as RefLike).no} 0 R`;
    return `<< ${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `/${k} ${value(x)}`)
      .join(' ')} >>`;
  }
  return 'null';
}
