// Page numbers and attachment labels stamped on copied pages (issue 13, point 10): whatever the
// page's box, turn, resources or leftover graphics state, the stamp lands upright where a reader
// of the printed page expects it, and the page's own content stays.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stamp } from '../../src/package/pdf-concat.js';
import { greyPage, pdfWords } from '../pdf-pages.js';
import { FONT, handMade, mergeFiles, stream } from './hand-made-pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-stamp-'));
const MM = 72 / 25.4;

/** The words of each page of a PDF, at their top left corners (pdftotext measures in the unturned media box). */
function shown(path: string): { width: number; height: number; words: { text: string; x: number; y: number }[] }[] {
  return pdfWords(path).map((p) => ({ ...p, words: p.words.map((w) => ({ text: w.text, x: w.xMin, y: w.yMin })) }));
}

/** A page rendered as shown (turned, cropped), 1 pixel per point: its size and whether a region has ink. */
function rendered(path: string, page: number): { width: number; height: number; ink: (x0: number, y0: number, x1: number, y1: number) => boolean } {
  const { width, height, data } = greyPage(path, page, { dpi: 72, crop: true });
  const ink = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(height, y1); y++) for (let x = Math.max(0, Math.floor(x0)); x < Math.min(width, x1); x++) if (data[y * width + x]! < 128) return true;
    return false;
  };
  return { width, height, ink };
}

/** Merges the files, stamping page i with `stamps[i]`. */
const stamped = (name: string, files: Buffer[], stamps: (Stamp | undefined)[]) => mergeFiles(dir, name, files, stamps);

describe('stamping the pages of the 汇编', () => {
  it('numbers odd pages at the right and even pages at the left, 28 mm above the foot, and labels at the top left', async () => {
    // Resources and fonts behind references; the page's own font is named like the stamp's would be;
    // the content leaves a scaled, unrestored graphics state and a character spacing behind.
    const own = handMade([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources 4 0 R /Contents 5 0 R >>',
      '<< /Font 7 0 R >>',
      stream('3 0 0 3 0 0 cm BT /Stamp1 8 Tf 20 Tc 20 200 Td (own text) Tj ET'),
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources 4 0 R /Contents 8 0 R >>',
      '<< /Stamp1 9 0 R >>',
      stream('BT /Stamp1 24 Tf 72 700 Td (second) Tj ET'),
      FONT,
    ]);
    const path = await stamped('portrait', [own], [{ number: 7, label: '附件4' }, { number: 8 }]);
    const [first, second] = shown(path);
    expect(
      first!.words
        .map((w) => w.text)
        .filter((t) => !/^(附件|—)/.test(t))
        .join(''),
    ).toBe('owntext');
    expect(second!.words.map((w) => w.text)).toContain('second');
    // pdftotext reads "— 7 —" as one word: the dashes' narrow spaces.
    const seven = first!.words.find((w) => /^—\s*7\s*—$/.test(w.text))!;
    const eight = second!.words.find((w) => /^—\s*8\s*—$/.test(w.text))!;
    // The dashes' upper edge 7 mm under a 225 mm text block that starts 37 mm from the top: the
    // number's line is about 269–274 mm from the top, at the outer side, one character in.
    expect(seven.y / MM).toBeGreaterThan(265);
    expect(seven.y / MM).toBeLessThan(275);
    expect(seven.x / MM).toBeGreaterThan(150);
    expect(eight.x / MM).toBeLessThan(60);
    const label = first!.words.find((w) => w.text.startsWith('附件'))!;
    expect(label.text).toBe('附件4');
    expect(label.x / MM).toBeCloseTo(28, 0);
    expect(label.y / MM).toBeLessThan(37);
    expect(second!.words.some((w) => w.text.startsWith('附件'))).toBe(false);
  });

  it('stamps turned and cropped pages upright as they are shown, and pages that inherit or lack content', async () => {
    const turned = handMade([
      '<< /Type /Catalog /Pages 2 0 R >>',
      // Resources inherited from the page tree; a crop box away from the origin; turned a quarter.
      '<< /Type /Pages /Kids [3 0 R 5 0 R 6 0 R] /Count 3 /Resources << /Font << /F1 4 0 R >> >> >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1000 1000] /CropBox [100 50 695.28 891.89] /Rotate 90 /Contents 7 0 R >>',
      FONT,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Rotate 270 /Contents 8 0 R >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Rotate 180 >>',
      stream('BT /F1 20 Tf 150 400 Td (quarter) Tj ET'),
      stream('BT /F1 20 Tf 100 400 Td (three) Tj ET'),
    ]);
    const path = await stamped('turned', [turned], [{ number: 1, label: '附件2' }, { number: 2 }, { number: 3, label: '附件3' }]);
    // pdftotext measures in the unturned media box: the pages are looked at as rendered instead.
    const pages = [1, 2, 3].map((n) => rendered(path, n));
    expect(pages.map((p) => [Math.round(p.width / 10), Math.round(p.height / 10)])).toEqual([
      [84, 60],
      [84, 60],
      [60, 84],
    ]);
    for (const [i, p] of pages.entries()) {
      // The number near the lower edge as shown (10 mm up on landscape, 28 mm on portrait), at the outer side only.
      const band = p.width > p.height ? [p.height - 40, p.height - 15] : [p.height - 90, p.height - 60];
      const odd = (i + 1) % 2 === 1;
      expect(p.ink(p.width / 2, band[0]!, p.width, band[1]!), `page ${i + 1} right`).toBe(odd);
      expect(p.ink(0, band[0]!, p.width / 2, band[1]!), `page ${i + 1} left`).toBe(!odd);
      // Nothing in the upper corners but the label.
      expect(p.ink(0, 0, p.width / 3, p.width > p.height ? 40 : 100), `page ${i + 1} label`).toBe(i !== 1);
      expect(p.ink((p.width * 2) / 3, 0, p.width, 100), `page ${i + 1} top right`).toBe(false);
    }
    // The pages' own text is still there.
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toMatch(/quarter[\s\S]*three/);
    expect(shown(path)[0]!.words.map((w) => w.text)).toContain('附件2');
  });

  it('leaves unstamped pages as they were', async () => {
    const plain = handMade([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      FONT,
      stream('BT /F1 20 Tf 100 400 Td (alone) Tj ET'),
    ]);
    const path = await stamped('plain', [plain], [undefined]);
    expect(shown(path)[0]!.words.map((w) => w.text)).toEqual(['alone']);
  });
});

describe('the merged file', () => {
  it('holds the copied dictionaries in object streams: smaller than qpdf’s merge of the same files, every page and string intact', async () => {
    // 120 two-page files: 600+ small objects (pages, resources, fonts, an annotation with a binary string) over several object streams.
    const files = Array.from({ length: 120 }, (_, i) =>
      handMade([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R /Annots [8 0 R] >>`,
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>`,
        FONT,
        stream(`BT /F1 20 Tf 100 400 Td (file${i}a) Tj ET`),
        stream(`BT /F1 20 Tf 100 400 Td (file${i}b) Tj ET`),
        `<< /Type /Annot /Subtype /Text /Rect [10 10 20 20] /Contents (\xe9\xff\x80 note ${i}) >>`,
      ]),
    );
    const path = await mergeFiles(dir, 'packed', files);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text.match(/file\d+[ab]/g)).toEqual(files.flatMap((_, i) => [`file${i}a`, `file${i}b`]));
    // Compressed objects, as qpdf lists them, and the annotations' bytes as written.
    const xref = execFileSync('qpdf', ['--show-xref', path], { encoding: 'utf8' });
    expect((xref.match(/compressed;/g) ?? []).length).toBeGreaterThan(600);
    // qpdf spells binary strings in hex.
    const plain = execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-']).toString('latin1');
    expect(plain).toContain(`/Contents <${Buffer.from('\xe9\xff\x80 note 119', 'latin1').toString('hex')}>`);
    const inputs = files.map((_, i) => join(dir, `packed-${i}.pdf`));
    const peer = join(dir, 'packed-qpdf.pdf');
    execFileSync('qpdf', ['--empty', '--pages', ...inputs, '--', peer]);
    expect(statSync(path).size).toBeLessThan(statSync(peer).size);
  });
});
