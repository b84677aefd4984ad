// Departments' PDFs that would make the merge take minutes and gigabytes: refused at once, listed as not mergeable.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfConcat } from '../../src/package/pdf-concat.js';
import { PDF_LIMITS, PdfLimitError, PdfReader, PdfReadError } from '../../src/package/pdf-reader.js';
import { findFonts } from '../../src/render/fonts/find-fonts.js';
import { root, runCli } from '../helpers.js';
import { env, inflatingTo, manyObjectStreams, miniWorkspace, objectStreamBomb, onePagePdf, xrefStreamBomb } from '../fixtures/hostile/package/make.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-limits-'));
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/hostile/package', name));
const file = (name: string, data: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const GB = 1536 << 20;

/** Copies a file into a merged PDF as the package does: as it is, then read again from the start if its structure is damaged. */
async function merge(path: string): Promise<number[]> {
  const concat = await PdfConcat.create(join(dir, 'out.pdf'), findFonts());
  try {
    return await concat.addFile(path).catch((err: unknown) => {
      if (err instanceof PdfLimitError) throw err;
      return concat.addFile(path, { recover: true });
    });
  } finally {
    concat.destroy();
  }
}

describe('limits on what one PDF can make the reader do', () => {
  it('a 108-byte file whose table claims 2,000,000,000 objects is refused, not read row by row', async () => {
    const path = join(root, 'test/fixtures/hostile/package/xref-2000000000.pdf');
    expect(fixture('xref-2000000000.pdf').length).toBeLessThan(121);
    expect(() => PdfReader.file(path)).toThrow(PdfLimitError);
    expect(() => PdfReader.file(path)).toThrow(/2000000000 个对象/);
    // Read from the start instead, it has a catalog and no pages.
    expect(PdfReader.file(path, { recover: true }).pages()).toEqual([]);
  }, 10_000);

  it('a 1.5 MB file whose cross-reference stream inflates to 1.5 GB stops at the per-stream limit', async () => {
    const bomb = xrefStreamBomb(GB);
    expect(bomb.length).toBeLessThan(2 << 20);
    expect(() => PdfReader.memory(bomb)).toThrow(PdfLimitError);
    expect(() => PdfReader.memory(bomb)).toThrow(`一个数据流解压后超过 ${PDF_LIMITS.streamBytes >> 20} MB`);
  }, 10_000);

  it('an object stream inflating to 1.5 GB is refused, also when the table is broken and the file is read from the start', async () => {
    const bomb = file('objstm-bomb.pdf', objectStreamBomb(GB));
    await expect(merge(bomb)).rejects.toThrow(PdfLimitError);
    const broken = file('objstm-bomb-broken.pdf', objectStreamBomb(GB, true));
    expect(() => PdfReader.file(broken)).toThrow(PdfReadError);
    expect(() => PdfReader.file(broken, { recover: true })).toThrow(PdfLimitError);
    // The same file with a small object stream is read, either way.
    expect(await merge(file('objstm-small.pdf', objectStreamBomb(1 << 20)))).toHaveLength(1);
    expect(await merge(file('objstm-small-broken.pdf', objectStreamBomb(1 << 20, true)))).toHaveLength(1);
  }, 20_000);

  it('streams each within the per-stream limit stop at the total for the file', async () => {
    // Five object streams of 60 MB each: 300 MB in all.
    const path = file('many.pdf', manyObjectStreams(5, 60 << 20));
    await expect(merge(path)).rejects.toThrow(`解压后的数据合计超过 ${PDF_LIMITS.totalBytes >> 20} MB`);
    // Three are fine.
    expect(await merge(file('three.pdf', manyObjectStreams(3, 60 << 20)))).toHaveLength(1);
  }, 30_000);

  it('refuses a cross-reference stream with rows of no bytes, an object stream claiming 2,000,000,000 objects, and nesting 10,000 deep', () => {
    const xrefOf = (dict: string, data: Buffer) => {
      const head = '%PDF-1.5\n';
      return Buffer.concat([
        Buffer.from(`${head}1 0 obj\n<< /Type /XRef ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
        data,
        Buffer.from(`\nendstream\nendobj\nstartxref\n${head.length}\n%%EOF\n`, 'latin1'),
      ]);
    };
    expect(() => PdfReader.memory(xrefOf('/W [0 0 0] /Index [0 2000000000] /Root 2 0 R', Buffer.alloc(0)))).toThrow(/W 不对/);
    const deep = onePagePdf('deep', ` /Deep ${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(() => PdfReader.memory(deep).pages()).toThrow(`数组或字典嵌套超过 ${PDF_LIMITS.depth} 层`);
    const data = inflatingTo(64, '1 0 ');
    const objStm = Buffer.concat([
      Buffer.from(`%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 2000000000 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream\nendobj\n2 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 2 0 R >>\n', 'latin1'),
    ]);
    expect(() => PdfReader.memory(objStm, { recover: true })).toThrow(/2000000000 个对象/);
  }, 10_000);

  it('reads a file whose cross-reference table points at the wrong places by reading it from the start', async () => {
    const good = onePagePdf('found again');
    // Everything shifted by 100 bytes of junk before the header: every offset in the table is wrong.
    const shifted = file('shifted.pdf', Buffer.concat([Buffer.alloc(100, 0x20), good]));
    const trusting = await PdfConcat.create(join(dir, 'x.pdf'), findFonts());
    await expect(trusting.addFile(shifted)).rejects.toThrow(PdfReadError);
    trusting.destroy();
    const concat = await PdfConcat.create(join(dir, 'recovered.pdf'), findFonts());
    const pages = await concat.addFile(shifted, { recover: true });
    await concat.finish(pages, [], { title: 't', author: 'a', date: new Date(0) });
    expect(execFileSync('pdftotext', [join(dir, 'recovered.pdf'), '-'], { encoding: 'utf8' })).toContain('found again');
  });
});

describe('the package with such an attachment', () => {
  it('lists it as not mergeable with the reason, says so in the 汇编, and finishes', async () => {
    const ws = miniWorkspace({ '坏表.pdf': fixture('xref-2000000000.pdf'), '膨胀.pdf': objectStreamBomb(GB), '正常.pdf': onePagePdf('normal page') });
    const r = await runCli(['package'], { cwd: ws, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/23-01-1_防高坠台账_住建局_2020-12-20\.pdf 无法并入汇编 PDF（交叉引用表声称有 2000000000 个对象/);
    expect(r.stderr).toMatch(/23-01-2_防高坠台账_住建局_2020-12-20\.pdf 无法并入汇编 PDF（一个数据流解压后超过 64 MB/);
    expect(r.stderr).toContain('超出安全处理的上限');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(ws, 'output/复核申请材料/复核材料汇编.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('该附件结构异常（超出安全处理的上限），无法并入本汇编');
    expect(text).toContain('normalpage');
  }, 120_000);
});
