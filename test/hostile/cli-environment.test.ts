// What the machine and the office's own files can do to a run: closed pipes, an output folder that cannot be
// written, templates that include themselves, a configured font that does not load, control characters in names.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { environmentError } from '../../src/cli/errors.js';
import { copyExampleWorkspace, root } from '../helpers.js';

const bin = join(root, 'dist/bin/dossier.js');
const dossier = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1625011200' } });
const dirs: string[] = [];

/** A copy of the example workspace. */
function workspace(): string {
  const dir = copyExampleWorkspace('dossier-hostile-cli-');
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the machine', () => {
  it('output piped into a program that stops reading: a note and exit 2, no stack trace', async () => {
    const child = spawn(process.execPath, [bin, 'build', '--to', 'model'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close the pipe as `head -c 10` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('输出被提前关闭');
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toContain('内部错误');
  });

  it('an output folder that is taken by a file: the path and what to do, exit 2', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'output'), 'not a folder');
    const r = dossier(['chase', '--format', 'xlsx'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('无法读写“output”');
    expect(r.stderr).not.toContain('内部错误');
  });

  it.each([
    ['ENOSPC', '磁盘已满'],
    ['EROFS', '只读'],
    ['EACCES', '没有权限'],
    ['EBUSY', '占用'],
  ])('%s becomes a message naming the path', (code, words) => {
    const err = Object.assign(new Error('x'), { code, path: '/ws/output/自评报告.pdf', syscall: 'open' });
    const usage = environmentError(err, (p) => p.replace('/ws/', ''));
    expect(usage?.message).toContain('“output/自评报告.pdf”');
    expect(usage?.message).toContain(words);
    expect(usage?.hint).toBeTruthy();
    expect(environmentError(new Error('other'))).toBeUndefined();
  });
});

describe("the office's own files", () => {
  it('a template that includes itself, directly or through another: the loop named, exit 2', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'task.md.hbs'), 'a {{> evidence}}\n');
    writeFileSync(join(dir, 'templates', 'evidence.md.hbs'), 'b {{> task}}\n');
    const r = dossier(['build', '--to', 'markdown'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('task.md.hbs → evidence.md.hbs → task.md.hbs');
  });

  it('a configured font that does not load is an error, not silently replaced', () => {
    const dir = workspace();
    const config = readFileSync(join(dir, 'dossier.config.yaml'), 'utf8').replace(
      '\nletter:',
      '\nreport:\n  fonts:\n    fangsong: /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#没有这个字体\nletter:',
    );
    writeFileSync(join(dir, 'dossier.config.yaml'), config);
    const r = dossier(['build', '--format', 'pdf'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('report.fonts.fangsong');
    expect(r.stderr).toContain('NotoSansCJKsc-Regular');
  });

  it('control characters in a department name reach neither the terminal nor the chase list', () => {
    const dir = workspace();
    const file = join(dir, 'dossiers', '住建局', 'T24-建筑施工安全监控和持证上岗.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('unit: 住建局', 'unit: "\\e]0;pwned\\a\\e[31m住建局\\u202e"')
        .replace(/^title: .*$/m, 'title: "标题\\e[2J"'),
    );
    const r = dossier(['check'], dir);
    expect(r.stdout + r.stderr).not.toMatch(/\x1b(?!\[K)|\x07|\u202e/u);
    const md = dossier(['chase', '--format', 'md'], dir);
    expect(md.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\u202e]/u);
  });
});
