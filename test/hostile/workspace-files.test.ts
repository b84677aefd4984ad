// The office's own workspace files (config, standard, 自评.yaml, templates, fonts) as pipes or folders:
// a clear message and an exit code, never a wait for ever.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExampleWorkspace, root } from '../helpers.js';

const bin = join(root, 'dist/bin/dossier.js');
const dirs: string[] = [];
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
const fifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

function workspace(): string {
  const dir = copyExampleWorkspace('dossier-hostile-ws-');
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('workspace files that are pipes or folders', () => {
  it('dossier.config.yaml as a pipe: exit 2 naming it', () => {
    const dir = workspace();
    rmSync(join(dir, 'dossier.config.yaml'));
    fifo(join(dir, 'dossier.config.yaml'));
    const r = run(['check'], dir);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('配置文件');
  });

  it('the standard as a pipe: check warns, score exits 2, neither waits', () => {
    const dir = workspace();
    fifo(join(dir, 'standard.yaml'));
    const check = run(['check'], dir);
    expect(check.signal).toBeNull();
    expect(check.stderr).toContain('评分标准文件');
    const score = run(['score'], dir);
    expect(score.signal).toBeNull();
    expect(score.status).toBe(2);
  });

  it('the standard as a folder: a message, not EISDIR', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'standard.yaml'));
    const r = run(['score'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('评分标准文件');
    expect(r.stderr).not.toContain('EISDIR');
  });

  it('自评.yaml as a pipe: exit 2 naming it', () => {
    const dir = workspace();
    rmSync(join(dir, '自评.yaml'));
    fifo(join(dir, '自评.yaml'));
    const r = run(['score'], dir);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('自评.yaml');
  });

  it('a template as a pipe: exit 2 naming the template', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'templates'));
    fifo(join(dir, 'templates', 'task.md.hbs'));
    const r = run(['build', '--to', 'markdown'], dir);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('task.md.hbs');
  });

  it('a configured font that is a pipe: exit 2 naming the setting', () => {
    const dir = workspace();
    fifo(join(dir, 'font.ttf'));
    const config = readFileSync(join(dir, 'dossier.config.yaml'), 'utf8').replace('\nletter:', '\nreport:\n  fonts:\n    fangsong: font.ttf\nletter:');
    writeFileSync(join(dir, 'dossier.config.yaml'), config);
    const r = run(['check'], dir);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('report.fonts.fangsong');
  });

  it('standard import of a pipe: exit 2', () => {
    const dir = workspace();
    fifo(join(dir, '评分表.xlsx'));
    const r = run(['standard', 'import', '评分表.xlsx'], dir);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
  });
});
