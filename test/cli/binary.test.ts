import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

const bin = join(root, 'dist/bin/dossier.js');
const dossier = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1625011200' } });

describe('the dossier binary', () => {
  it('runs typesetting commands: output, errors and exit codes come through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bin-'));
    writeFileSync(join(dir, 'dossier.config.yaml'), 'district: 测试区\nasOf: 2021-06-30\n');
    const missing = dossier(['build'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('佐证资料文件夹');
    const bad = dossier(['package', '--bogus'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('错误：没有 --bogus 这个选项');
    const markdown = dossier(['build', '--to', 'markdown'], root);
    expect(markdown.status, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain('西安曲江新区国家安全发展示范城市创建工作领导小组办公室关于创建工作自评情况的报告');
    // A command that does not typeset runs on the main thread, as before.
    const check = dossier(['check', '--task', '24'], root);
    expect(check.stdout).toContain('任务 24');
  }, 60_000);

  it('works in a folder outside the repository: init → new → check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-away-'));
    const init = dossier(['init', '县工作区'], dir);
    expect(init.status, init.stderr).toBe(0);
    const ws = join(dir, '县工作区');
    const created = dossier(['new', '--task', '24', '--unit', '住建局'], ws);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toBe('dossiers/住建局/T24.md\n');
    const check = dossier(['check', '--task', '24'], ws);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('任务 24');
    expect(check.stdout).toContain('evidence-placeholder');
  }, 60_000);
});
