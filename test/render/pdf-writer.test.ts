import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { findFonts } from '../../src/render/fonts/find-fonts.js';
import { writePdf } from '../../src/render/pdf/write-pdf.js';
import { rgbPng } from '../helpers.js';

const fonts = findFonts();

/** A 1×1 RGB PNG written interlaced (Adam7). */
function interlacedPng(): Buffer {
  // A 1×1 picture has only Adam7's first pass: one filter byte, one red pixel.
  return rgbPng(1, 1, Buffer.from([0, 200, 30, 30]), true);
}

describe('the PDF writer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-writer-'));
  writeFileSync(join(dir, 'dot.png'), interlacedPng());
  const blocks: Block[] = [
    { type: 'title', text: '测试文件标题' },
    { type: 'heading', level: 1, children: [{ type: 'text', value: '一、基本情况' }] },
    { type: 'paragraph', indent: true, children: [{ type: 'text', value: '正文第一段，含数字 2021 年和英文 Word。' }] },
    { type: 'image', src: 'dot.png', alt: '', caption: '现场照片' },
    { type: 'image', src: 'dot.png', alt: '', caption: '同一张照片再用一次' },
  ];
  const write = async () =>
    writePdf(
      { meta: { title: '测试', author: '测试区', subject: '', date: '2021-06-30', lang: 'zh-CN' }, blocks },
      { fonts, readImage: (src) => (src === 'dot.png' ? interlacedPng() : undefined), date: new Date('2021-06-30T00:00:00Z') },
    );

  it('writes a valid, searchable, reproducible PDF with bookmarks, embedded subset fonts and pictures embedded once', async () => {
    const a = await write();
    const b = await write();
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    const file = join(dir, 'out.pdf');
    writeFileSync(file, a.data);
    execFileSync('qpdf', ['--check', file]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, '')).toContain('正文第一段，含数字2021年和英文Word。');
    expect(text).toMatch(/—\s*1\s*—/);
    const fontsList = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fontsList.length).toBeGreaterThan(0);
    for (const f of fontsList) expect(f).toMatch(/^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\b/);
    // The interlaced PNG is decoded and embedded once, drawn twice.
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(images).toHaveLength(2);
    expect(new Set(images.map((l) => l.trim().split(/\s+/)[10])).size).toBe(1);
    const outline = JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8' })).outlines as { title: string }[];
    expect(outline.map((o) => o.title)).toContain('一、基本情况');
  });
});
