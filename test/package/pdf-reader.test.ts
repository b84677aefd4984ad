import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfConcat } from '../../src/package/pdf-concat.js';
import { FONT, fonts, handMade, mergeFiles, stream } from './hand-made-pdf.js';
import { PdfEncryptedError, PdfReader, PdfReadError } from '../../src/package/pdf-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-reader-'));

const text = (s: string) => `BT /F1 24 Tf 72 700 Td (${s}) Tj ET`;

/** A one-page file: catalog, page tree, the page (its own attributes given), then `rest` as objects 4, 5, … */
const onePage = (page: string, ...rest: string[]) =>
  handMade(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Parent 2 0 R /MediaBox [0 0 595 842] ${page} >>`, ...rest]);
const TEXT_PAGE = '/Type /Page /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R';

/** Merges the PDFs with PdfConcat and returns the merged file's page texts. */
async function merged(name: string, inputs: Uint8Array[]): Promise<string[]> {
  return execFileSync('pdftotext', [await mergeFiles(dir, name, inputs), '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1)
    .map((t) => t.trim());
}

describe('reading PDFs object by object for the merged PDF', () => {
  it('copies pages of a classic file, with attributes inherited from the page tree', async () => {
    const pdf = handMade([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> >>',
      '<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>',
      '<< /Type /Page /Parent 2 0 R /Contents 7 0 R /Rotate 0 >>',
      FONT,
      stream(text('first page')),
      stream(text('second page')),
    ]);
    expect(await merged('classic', [pdf])).toEqual(['first page', 'second page']);
  });

  it('reads cross-reference streams and object streams (as pdf-lib writes them), and incremental updates', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const s of ['alpha', 'beta', 'gamma']) doc.addPage([300, 300]).drawText(s, { x: 20, y: 150, size: 20, font });
    const compact = await doc.save({ useObjectStreams: true });
    expect(Buffer.from(compact).includes('/ObjStm')).toBe(true);
    // An incremental update appended to a classic file: object 6 (the first page's content) replaced.
    const base = onePage(TEXT_PAGE, FONT, stream(text('old text')));
    const prev = Number(/startxref\n(\d+)/.exec(base.toString('latin1'))![1]);
    const at = base.length;
    const update = `5 0 obj\n${stream(text('new text'))}\nendobj\n`;
    const xref = at + Buffer.byteLength(update, 'latin1');
    const updated = Buffer.concat([
      base,
      Buffer.from(`${update}xref\n5 1\n${String(at).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev ${prev} >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'),
    ]);
    expect(await merged('modern', [compact, updated])).toEqual(['alpha', 'beta', 'gamma', 'new text']);
  });

  it('finds the end of a stream whose /Length is wrong, and streams large data in pieces', async () => {
    const pdf = onePage(TEXT_PAGE, FONT, stream(text('length was wrong'), 7));
    expect(await merged('bad-length', [pdf])).toEqual(['length was wrong']);
    const big = `${text('big')}\n%${'x'.repeat(3 << 20)}`;
    const file = join(dir, 'big.pdf');
    writeFileSync(file, onePage('/Type /Page /Contents 4 0 R', stream(big)));
    const reader = PdfReader.file(file);
    const content = reader.get(4)!;
    expect(content.stream && 'offset' in content.stream ? content.stream.length : 0).toBe(big.length);
    expect([...reader.streamChunks(content.stream!)].length).toBeGreaterThan(3);
    reader.close();
  });

  it('reads stream data that starts after spaces on the stream line, and pages without /Type', async () => {
    const pdf = onePage('/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R', FONT, stream(text('spaces after the keyword')).replace('stream\n', 'stream  \r\n'));
    expect(await merged('spaces', [pdf])).toEqual(['spaces after the keyword']);
  });

  it('refuses a damaged table rather than copy the wrong objects, and leaves nothing of a file it cannot read', async () => {
    const good = onePage(TEXT_PAGE, FONT, stream(text('swapped')));
    // Entries 4 and 5 swapped: each offset points at the other object.
    const s = good.toString('latin1');
    const rows = s.match(/^\d{10} 00000 n $/gm)!;
    const swapped = join(dir, 'swapped.pdf');
    writeFileSync(swapped, Buffer.from(s.replace(`${rows[3]}\n${rows[4]}`, `${rows[4]}\n${rows[3]}`), 'latin1'));
    const path = join(dir, 'partial.pdf');
    const concat = await PdfConcat.create(path, fonts);
    await expect(concat.addFile(swapped)).rejects.toThrow(PdfReadError);
    // A large picture, then an object that never ends: nothing of the file may reach the output.
    const broken = join(dir, 'unfinished.pdf');
    writeFileSync(broken, onePage('/Type /Page /Contents [4 0 R 5 0 R]', stream('x'.repeat(1 << 20)), '<< /Length 99 >>\nstream\nno end'));
    await expect(concat.addFile(broken)).rejects.toThrow(PdfReadError);
    await concat.finish([], [], { title: 't', author: 'a', date: new Date(0) });
    expect(readFileSync(path).length).toBeLessThan(2000);
  });

  it('refuses encrypted and broken files with a reason', () => {
    const encrypted = join(dir, 'enc.pdf');
    writeFileSync(encrypted, handMade(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>'], ' /Encrypt 3 0 R'));
    expect(() => PdfReader.file(encrypted)).toThrow(PdfEncryptedError);
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.4 this is not really a pdf');
    expect(() => PdfReader.file(broken)).toThrow(PdfReadError);
    writeFileSync(
      broken,
      readFileSync(encrypted)
        .toString('latin1')
        .replace(/startxref\n\d+/, 'startxref\n5'),
    );
    expect(() => PdfReader.file(broken)).toThrow(PdfReadError);
  });
});
