// Pictures whose headers lie (100000 × 100000 pixels in 74 bytes, a size of 0) or ask too much
// (16000 × 16000 black pixels in 1 MB: 1 GB decoded): named instead of printed, never a crash,
// never NaN in the Word file; picture paths that are no paths never stop a build.
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { imageReader } from '../../src/render/image-reader.js';
import { imageSize, pictureProblem } from '../../src/render/image-size.js';
import { openPng } from '../../src/render/pdf/png-image.js';
import { READ_LIMITS } from '../../src/util/safe-file.js';
import { appendBody, bigBlackPng, exampleWorkspace, FIRST_PICTURE, jpegWithHeader, listPicture, peakRss, pngWithHeader } from '../fixtures/hostile/files/make.js';
import { root, runCli } from '../helpers.js';

/** The picture extents (EMU) written into a DOCX. */
async function extents(docx: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<wp:extent cx="([^"]*)" cy="([^"]*)"/g)].map((m) => `${m[1]}×${m[2]}`);
}

describe('picture headers', () => {
  it('sizes that cannot be true or are too large are problems, told in words; real pictures are not', () => {
    expect(pictureProblem(pngWithHeader(100000, 100000))).toMatch(/100000 × 100000 像素，超过上限 40 百万像素/);
    expect(imageSize(pngWithHeader(100000, 100000))).toBeUndefined();
    expect(pictureProblem(pngWithHeader(0, 5, 2))).toMatch(/0 × 5 像素，文件已损坏/);
    expect(pictureProblem(jpegWithHeader(0, 0))).toMatch(/0 × 0/);
    expect(pictureProblem(jpegWithHeader(65535, 65535))).toMatch(/超过上限/);
    expect(pictureProblem(jpegWithHeader(100, 100, 7))).toMatch(/颜色分量数（7）/);
    expect(pictureProblem(pngWithHeader(10, 10, 5))).toMatch(/颜色类型或位深不存在/);
    // A picture just at the limit is fine; one pixel row more is not.
    expect(pictureProblem(pngWithHeader(8000, 5000))).toBeUndefined();
    expect(pictureProblem(pngWithHeader(8000, 5001))).toMatch(/超过上限/);
    expect(READ_LIMITS.picturePixels).toBe(40_000_000);
    const real = readFileSync(join(root, 'dossiers', FIRST_PICTURE));
    expect(pictureProblem(real)).toBeUndefined();
    expect(imageSize(real)).toMatchObject({ format: 'png' });
    expect(pictureProblem(Buffer.from('not a picture'))).toBeUndefined();
  });

  it('openPng refuses what it would have to decode into gigabytes', () => {
    expect(openPng(pngWithHeader(100000, 100000), 'P')).toBeUndefined();
    expect(openPng(pngWithHeader(8000, 5000), 'P')).toBeDefined();
  });

  it('the picture reader gives a picture read a moment ago again without reading it, while the file is unchanged', async () => {
    const d = join(exampleWorkspace(), 'dossiers');
    for (let i = 0; i <= 9; i++) writeFileSync(join(d, `p${i}.png`), `picture ${i}`);
    const read = imageReader(d);
    // Just written: a later change in the same clock tick could not be told, so it is read each time.
    expect(read('p0.png')).not.toBe(read('p0.png'));
    await new Promise((r) => setTimeout(r, 2100));
    const first = read('p0.png')!;
    // The drawer asks for what the typesetter just read: the same bytes, the same object.
    expect(read('p0.png')).toBe(first);
    // A file changed since is read again (one made of its old bytes is never given).
    writeFileSync(join(d, 'p0.png'), 'replaced');
    expect(Buffer.from(read('p0.png')!).toString()).toBe('replaced');
    // Only the last eight are kept.
    const p1 = read('p1.png');
    expect(read('p1.png')).toBe(p1);
    for (let i = 2; i <= 9; i++) read(`p${i}.png`);
    expect(read('p1.png')).not.toBe(p1);
  }, 10_000);

  it('the picture reader gives nothing for a folder, a link leading out, a file over the limit, and says why', () => {
    const ws = exampleWorkspace();
    const d = join(ws, 'dossiers');
    const read = imageReader(d);
    expect(read(FIRST_PICTURE)).toBeInstanceOf(Uint8Array);
    mkdirSync(join(d, '住建局/附件/文件夹.png'));
    expect(read('住建局/附件/文件夹.png')).toBeUndefined();
    expect(read.problem('住建局/附件/文件夹.png')).toBe('这是一个文件夹');
    expect(read('../dossier.config.yaml')).toBeUndefined();
    expect(read('/etc/hostname')).toBeUndefined();
    expect(read('%zz')).toBeUndefined();
    expect(read('http://x/y.png')).toBeUndefined();
    expect(read('C:\\x.png')).toBeUndefined();
    expect(read('a\u0000b.png')).toBeUndefined();
    writeFileSync(join(d, 'big.png'), '');
    truncateSync(join(d, 'big.png'), READ_LIMITS.pictureBytes + 1);
    expect(read('big.png')).toBeUndefined();
    expect(read.problem('big.png')).toBe('文件太大（50 MB），超过图片的上限 50 MB');
  });
});

describe('building with such pictures', () => {
  it('a 74-byte PNG claiming 100000 × 100000 and JPEGs of 0 × 0 and 65535 × 65535: built, named not printed, no NaN', async () => {
    const ws = exampleWorkspace();
    writeFileSync(listPicture(ws, '说谎.png'), pngWithHeader(100000, 100000));
    const evidence = join(ws, 'dossiers/住建局/T10-市政基础设施安全监管和老旧管网改造.md');
    writeFileSync(evidence, readFileSync(evidence, 'utf8').replace('  - 附件/T10-现场照片2.png', '  - 附件/T10-现场照片2.png\n  - 附件/零.jpg\n  - 附件/巨.jpg'));
    writeFileSync(join(ws, 'dossiers/住建局/附件/零.jpg'), jpegWithHeader(0, 0));
    writeFileSync(join(ws, 'dossiers/住建局/附件/巨.jpg'), jpegWithHeader(65535, 65535));
    const r = await runCli(['build', '-w', ws]);
    expect(r.stderr).not.toContain('内部错误');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('说谎.png');
    const sizes = await extents(join(ws, 'output/自评报告.docx'));
    expect(sizes.length).toBeGreaterThan(0);
    for (const s of sizes) expect(s).toMatch(/^\d+×\d+$/);
  });

  it('a 1 MB PNG of 16000 × 16000 pixels is named, not decoded: the build stays small', async () => {
    const ws = exampleWorkspace();
    const png = await bigBlackPng(16000, 16000);
    expect(png.length).toBeLessThan(2 << 20);
    writeFileSync(listPicture(ws, '巨幅.png'), png);
    const before = peakRss();
    const r = await runCli(['build', '--format', 'pdf', '-w', ws]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('巨幅.png');
    // Decoding it would take 1 GB for the pixels alone, and as much again to split colour and alpha.
    expect(peakRss() - before).toBeLessThan(500 * 1024 * 1024);
  });

  it('picture paths that are no paths (%zz, http://, C:\\, a folder, a NUL) never stop a build', async () => {
    const ws = exampleWorkspace();
    appendBody(ws, ['', '![](%zz)', '', '![](http://x)', '', '![](C:\\x.png)', '', '![](附件)', '', '![](a%00b.png)', '', '![](<附件/ x .png>)', ''].join('\n'));
    const r = await runCli(['build', '-w', ws]);
    expect(r.stderr).not.toContain('内部错误');
    expect(r.code).toBe(0);
    for (const s of await extents(join(ws, 'output/自评报告.docx'))) expect(s).toMatch(/^\d+×\d+$/);
  });
});
