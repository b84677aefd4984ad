// What poppler sees of a PDF, for tests that measure pages as a reader would: the words with
// their boxes, and pages rendered to grey pixels.
import { execFileSync } from 'node:child_process';

/** A word pdftotext finds, its box in points from the page's top left (media box, unturned). */
export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** The pages of a PDF (from `first` to `last`, default all) with their sizes and words. */
export function pdfWords(file: string, first?: number, last?: number): { width: number; height: number; words: Word[] }[] {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  const html = execFileSync('pdftotext', ['-bbox', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [...p[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: m[5]!.replace(/&amp;/g, '&'),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    })),
  }));
}

/**
 * One page rendered in grey at `dpi` (as shown: turned, and cut to its crop box with `crop`), or
 * the region `x, y, w, h` of it in pixels: its size in pixels and its bytes, row by row.
 */
export function greyPage(file: string, page: number, opts: { dpi: number; crop?: boolean; region?: readonly [number, number, number, number] }): { width: number; height: number; data: Buffer } {
  const region = opts.region ? ['-x', '-y', '-W', '-H'].flatMap((flag, i) => [flag, String(Math.round(opts.region![i]!))]) : [];
  const pgm = execFileSync('pdftoppm', ['-gray', ...(opts.crop ? ['-cropbox'] : []), '-r', String(opts.dpi), '-f', String(page), '-l', String(page), ...region, file]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), data: pgm.subarray(header[0].length) };
}
