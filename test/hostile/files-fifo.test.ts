// Pipes (FIFOs) and folders where dossier expects a file: evidence, narrative, attachment, picture,
// plan. Opened the usual way a pipe waits for a writer for ever; dossier refuses each at once, with a message.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/catalog/load.js';
import { FileRefused, readRegularFileSync } from '../../src/util/safe-file.js';
import { exampleWorkspace, fifo, FIRST_PICTURE, PICTURE_EVIDENCE } from '../fixtures/hostile/files/make.js';
import { runCli } from '../helpers.js';

type Found = { code: string; severity: string; file?: string; message: string };

describe('pipes and folders where a file is expected', () => {
  it('readRegularFileSync refuses a pipe, a folder and a device without waiting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-fifo-'));
    fifo(join(dir, 'p'));
    expect(() => readRegularFileSync(join(dir, 'p'), { maxBytes: 10 })).toThrow(expect.objectContaining({ code: 'ENOTREG' }));
    expect(() => readRegularFileSync(dir, { maxBytes: 10 })).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(() => readRegularFileSync('/dev/zero', { maxBytes: 10 })).toThrow(FileRefused);
    writeFileSync(join(dir, 'f'), '0123456789A');
    expect(() => readRegularFileSync(join(dir, 'f'), { maxBytes: 10 })).toThrow(expect.objectContaining({ code: 'EFBIG' }));
    expect(readRegularFileSync(join(dir, 'f'), { maxBytes: 11 }).toString()).toBe('0123456789A');
  });

  it('check, build and package with pipes as evidence, narrative, PDF attachment and picture, and a folder as a picture', async () => {
    const ws = exampleWorkspace();
    const d = join(ws, 'dossiers');
    fifo(join(d, '住建局/T99-管道.md'));
    rmSync(join(d, '_report/基本情况.md'));
    fifo(join(d, '_report/基本情况.md'));
    const pdf = join(d, '住建局/附件/T24-建筑施工安全监控和持证上岗工作方案.pdf');
    rmSync(pdf);
    fifo(pdf);
    rmSync(join(d, FIRST_PICTURE));
    fifo(join(d, FIRST_PICTURE));
    // A third picture listed is a folder.
    mkdirSync(join(d, '住建局/附件/文件夹.png'));
    const evidence = join(d, PICTURE_EVIDENCE);
    writeFileSync(evidence, readFileSync(evidence, 'utf8').replace('  - 附件/T10-现场照片2.png', '  - 附件/T10-现场照片2.png\n  - 附件/文件夹.png'));

    const check = await runCli(['check', '--json', '-w', ws]);
    expect(check.code).toBe(1);
    const diagnostics = JSON.parse(check.stdout).diagnostics as Found[];
    const about = (file: string) => diagnostics.filter((x) => x.file === file);
    expect(about('住建局/T99-管道.md')).toEqual([expect.objectContaining({ code: 'unreadable', message: expect.stringContaining('不是普通文件') })]);
    expect(about('_report/基本情况.md')).toEqual([expect.objectContaining({ code: 'unreadable', message: expect.stringContaining('不是普通文件') })]);
    const attachments = diagnostics.filter((x) => x.code === 'attachment-missing').map((x) => x.message);
    expect(attachments).toContainEqual(expect.stringMatching(/T24-建筑施工安全监控和持证上岗工作方案\.pdf”不是普通文件/));
    expect(attachments).toContainEqual(expect.stringMatching(/T10-现场照片1\.png”不是普通文件/));
    expect(attachments).toContainEqual(expect.stringMatching(/文件夹\.png”是一个文件夹/));

    const build = await runCli(['build', '-w', ws]);
    expect(build.code).toBe(0);
    expect(build.stderr).not.toContain('内部错误');
    const pack = await runCli(['package', '-w', ws]);
    expect(pack.code).toBe(0);
    expect(pack.stderr).not.toContain('内部错误');
  });

  it('a plan that is a pipe or a folder: a clear error and exit 2 for check, catalog --plan and init --plan', async () => {
    const ws = exampleWorkspace();
    renameSync(join(ws, 'seeds/qujiang-safety-city-plan-2020.md'), join(ws, 'seeds/real.md'));
    fifo(join(ws, 'seeds/qujiang-safety-city-plan-2020.md'));
    const check = await runCli(['check', '-w', ws]);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('无法读取方案文件：这不是普通文件（可能是管道、设备或其他特殊文件）');
    const catalog = await runCli(['catalog', '--plan', join(ws, 'seeds/qujiang-safety-city-plan-2020.md')], { cwd: ws });
    expect(catalog.code).toBe(2);
    const init = await runCli(['init', 'new', '--plan', join(ws, 'seeds/qujiang-safety-city-plan-2020.md')], { cwd: ws });
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('不是普通文件');

    const folder = exampleWorkspace();
    mkdirSync(join(folder, 'plan.md'));
    writeFileSync(join(folder, 'dossier.config.yaml'), 'plan: plan.md\n');
    const r = await runCli(['check', '-w', folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取方案文件：这是一个文件夹');
    expect((await loadPlan(join(folder, 'plan.md'))).issues[0]!.message).toBe('无法读取方案文件：这是一个文件夹');
  });
});
