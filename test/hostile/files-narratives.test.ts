// The report's narratives (_report/*.md) are read the guarded way evidence files are: a link leading
// out of the dossier folder, a pipe, a folder or a giant is refused with a diagnostic and never reaches the report.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNarratives } from '../../src/dossier/narratives.js';
import { READ_LIMITS } from '../../src/util/safe-file.js';
import { exampleWorkspace, fifo, packageTexts } from '../fixtures/hostile/files/make.js';
import { runCli } from '../helpers.js';

const SECRET = 'OUTSIDE-SECRET-7f3a';

describe('narratives of the report', () => {
  it('a narrative linked to a file outside the dossier folder is file-outside and its text reaches neither the report nor the package', async () => {
    const ws = exampleWorkspace();
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    writeFileSync(join(outside, 'secret.md'), `${SECRET} 不该出现在报告中的文字`);
    rmSync(join(ws, 'dossiers/_report/基本情况.md'));
    symlinkSync(join(outside, 'secret.md'), join(ws, 'dossiers/_report/基本情况.md'));

    const check = JSON.parse((await runCli(['check', '--json', '-w', ws])).stdout);
    const found = check.diagnostics.filter((d: { file?: string }) => d.file === '_report/基本情况.md');
    expect(found).toEqual([expect.objectContaining({ code: 'file-outside', severity: 'error' })]);
    expect(found[0].message).toContain('未读取');

    const md = await runCli(['build', '--to', 'markdown', '-w', ws]);
    expect(md.code).toBe(0);
    expect(md.stdout).not.toContain(SECRET);
    // The other narratives are still there.
    expect(md.stdout).toContain(
      readNarratives(join(ws, 'dossiers'))
        .texts['特色亮点']!.replace(/<!--[\s\S]*?-->/g, '')
        .trim()
        .slice(0, 20),
    );

    expect((await runCli(['package', '-w', ws])).code).toBe(0);
    const dir = join(ws, 'output/复核申请材料');
    for (const [file, text] of packageTexts(dir, ['01-请示.docx', '02-自评报告.docx', '02-自评报告.pdf', '复核材料汇编.pdf'])) expect(text, file).not.toContain(SECRET);
  });

  it('a link to the whole _report folder elsewhere is refused file by file', () => {
    const ws = exampleWorkspace();
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    writeFileSync(join(outside, '基本情况.md'), SECRET);
    rmSync(join(ws, 'dossiers/_report'), { recursive: true });
    symlinkSync(outside, join(ws, 'dossiers/_report'));
    const read = readNarratives(join(ws, 'dossiers'));
    expect(read.texts).toEqual({});
    expect(read.diagnostics.map((d) => [d.code, d.file])).toEqual([['file-outside', '_report/基本情况.md']]);
  });

  it('a pipe, a folder and a giant as narratives are refused at once, with a message each; build does not hang or stop', async () => {
    const ws = exampleWorkspace();
    const dir = join(ws, 'dossiers/_report');
    rmSync(join(dir, '基本情况.md'));
    fifo(join(dir, '基本情况.md'));
    rmSync(join(dir, '特色亮点.md'));
    mkdirSync(join(dir, '特色亮点.md'));
    writeFileSync(join(dir, '存在问题.md'), '');
    truncateSync(join(dir, '存在问题.md'), READ_LIMITS.textBytes + 1);
    writeFileSync(join(dir, '下一步工作.md'), Buffer.from([0, 1, 2, 3, 0, 0, 0xff]));

    const started = Date.now();
    const read = readNarratives(join(ws, 'dossiers'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(read.texts).toEqual({});
    const byFile = Object.fromEntries(read.diagnostics.map((d) => [d.file, d]));
    expect(byFile['_report/基本情况.md']).toMatchObject({ code: 'unreadable', severity: 'error' });
    expect(byFile['_report/基本情况.md']!.message).toContain('不是普通文件');
    expect(byFile['_report/特色亮点.md']!.message).toContain('文件夹');
    expect(byFile['_report/存在问题.md']!.message).toContain('超过报告段落文件的上限 10 MB');
    expect(byFile['_report/下一步工作.md']).toMatchObject({ code: 'encoding', severity: 'error' });

    const check = await runCli(['check', '-w', ws]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('_report/基本情况.md');
    const md = await runCli(['build', '--to', 'markdown', '-w', ws]);
    expect(md.code).toBe(0);
    expect(md.stderr).not.toContain('内部错误');
  });
});
