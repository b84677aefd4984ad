// PDFs written by hand for the reader and merger tests, and a merge of files as the package does it.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PdfConcat, type Stamp } from '../../src/package/pdf-concat.js';
import { findFonts } from '../../src/render/fonts/find-fonts.js';

/** A PDF written by hand: objects in order, a classic cross-reference table, optional extra trailer keys. */
export function handMade(objects: string[], trailer = ''): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A stream object's body with the given data (and /Length, right unless given). */
export const stream = (content: string, length = content.length) => `<< /Length ${length} >>\nstream\n${content}\nendstream`;
/** A standard font needing no embedding. */
export const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A one-page PDF showing `text` in Helvetica, with `extra` after it in the page's content (a comment to make it larger …). */
export const onePage = (text: string, extra = '') =>
  handMade([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    stream(`BT /F1 24 Tf 72 700 Td (${text}) Tj ET${extra}`),
  ]);

/** The fonts stamps are set in. */
export const fonts = findFonts();

/** Merges the files (written to `dir` first) with PdfConcat into `dir/name.pdf`, page i stamped with `stamps[i]`; checked by qpdf. */
export async function mergeFiles(dir: string, name: string, files: Uint8Array[], stamps: readonly (Stamp | undefined)[] = []): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  const concat = await PdfConcat.create(path, fonts);
  const order: number[] = [];
  for (const [i, data] of files.entries()) {
    const file = join(dir, `${name}-${i}.pdf`);
    writeFileSync(file, data);
    order.push(...(await concat.addFile(file)));
  }
  await concat.finish(order, [], { title: 't', author: 'a', date: new Date(0) }, undefined, (i) => stamps[i]);
  execFileSync('qpdf', ['--check', path]);
  return path;
}
