// Names in the package: no control characters (SHA256SUMS stays valid), never longer than a file system takes, never two alike.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attachmentName, fitName, MAX_NAME_BYTES, nameBytes, numberedName, safeExtension, safeName, sectionFolder, taskFolder } from '../../src/package/names.js';
import { sha256sums } from '../../src/package/manifest.js';
import { runCli } from '../helpers.js';
import { env, miniWorkspace, onePagePdf } from '../fixtures/hostile/package/make.js';

const CONTROL = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
/** Every file and folder name under `dir`. */
const names = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((p) => p.split('/'));

describe('names.ts', () => {
  it('replaces control characters, line breaks and direction marks, in titles and in extensions', () => {
    expect(safeName('第一行\n第二行\t\x7f')).toBe('第一行 第二行');
    expect(safeName('台账\u202egpj.exe')).toBe('台账 gpj.exe');
    expect(safeExtension('.p\ndf')).toBe('.p_df');
    expect(safeExtension('.PDF')).toBe('.pdf');
    expect(attachmentName('23-01', 0, 1, '标题\r\n', '住建局\u0085', '2020-12-20', '.x\u2028y')).toBe('23-01_标题_住建局_2020-12-20.x_y');
  });

  it('any title, unit, date and extension: a name of at most 255 bytes without control characters, number and extension kept', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ maxLength: 30 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (title, unit, date, ext) => {
          const name = attachmentName('23-01', 1, 3, title, unit, date, `.${ext}`);
          expect(nameBytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
          expect(name).not.toMatch(CONTROL);
          expect(name).not.toMatch(/[/\\:*?"<>|]/);
          expect(name.startsWith('23-01-2_')).toBe(true);
          expect(name.endsWith(safeExtension(`.${ext}`))).toBe(true);
          for (const folder of [safeName(title), sectionFolder(3, title), taskFolder(title, 99)]) {
            expect(nameBytes(folder)).toBeLessThanOrEqual(MAX_NAME_BYTES);
            expect(folder).not.toMatch(CONTROL);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('shortens the title of a name of 4-byte characters to 255 bytes, with … where it was cut', () => {
    const long = '𠀀'.repeat(40);
    const unit = '𠀁'.repeat(20);
    const name = attachmentName('23-01', 0, 2, long, unit, '2020-12-20', '.jpeg');
    expect(nameBytes(name)).toBeLessThanOrEqual(255);
    expect(name).toMatch(/^23-01-1_𠀀+…_𠀁{20}_2020-12-20\.jpeg$/u);
    // Names cut to fit stay different when they differed past the cut; numbered copies fit too.
    const a = fitName(`${'甲'.repeat(100)}a.pdf`, '.pdf');
    const b = fitName(`${'甲'.repeat(100)}b.pdf`, '.pdf');
    expect(a).not.toBe(b);
    expect(nameBytes(a)).toBeLessThanOrEqual(255);
    expect(nameBytes(numberedName(a, '.pdf', 12))).toBeLessThanOrEqual(255);
    expect(numberedName(a, '.pdf', 12).endsWith('-12.pdf')).toBe(true);
  });

  it('SHA256SUMS of a name with a line break or backslash is written the GNU way', () => {
    const sums = sha256sums({ version: 1, package: 'p', created: '', files: [{ path: 'a\nb\\c', size: 0, sha256: 'e'.repeat(64) }] });
    expect(sums).toBe(`\\${'e'.repeat(64)}  a\\nb\\\\c\n`);
  });
});

describe('the package with such names', () => {
  it('an attachment with a line break in its extension and control characters in the title: valid SHA256SUMS', async () => {
    const ws = miniWorkspace({ '扫描件.p\ndf': onePagePdf(), '方案.pdf': onePagePdf() }, '防高坠\u202e台账\x7f');
    const r = await runCli(['package'], { cwd: ws, env });
    expect(r.code, r.stderr).toBe(0);
    const pkg = join(ws, 'output/复核申请材料');
    for (const n of names(pkg)) expect(n).not.toMatch(CONTROL);
    expect(readFileSync(join(pkg, 'SHA256SUMS'), 'utf8').split('\n')).toHaveLength(13);
    execFileSync('sha256sum', ['-c', '--strict', '--quiet', 'SHA256SUMS'], { cwd: pkg });
    expect((await runCli(['verify', pkg], { cwd: ws })).code).toBe(0);
  }, 120_000);

  it('an attachment whose renamed name would pass 255 bytes: shortened, packaged, verified', async () => {
    const ws = miniWorkspace({ [`扫描.${'a'.repeat(120)}`]: onePagePdf(), [`扫描.${'b'.repeat(120)}`]: onePagePdf() }, '𠀀'.repeat(40));
    const r = await runCli(['package'], { cwd: ws, env });
    expect(r.code, r.stderr).toBe(0);
    const pkg = join(ws, 'output/复核申请材料');
    for (const n of names(pkg)) expect(nameBytes(n)).toBeLessThanOrEqual(255);
    const renamed = names(pkg).filter((n) => n.startsWith('23-01'));
    expect(renamed).toHaveLength(2);
    expect(new Set(renamed).size).toBe(2);
    expect((await runCli(['verify', join(ws, 'output/复核申请材料.zip')], { cwd: ws })).code).toBe(0);
  }, 120_000);
});
