// Folder names made from department names (dossier init, dossier new) are single plain names, and
// every file they write stays inside the workspace, even where a folder on the way is a link leading out.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertInsideForWrite, unsafeNameReason, WriteOutside } from '../../src/util/safe-file.js';
import { exampleWorkspace } from '../fixtures/hostile/files/make.js';
import { runCli } from '../helpers.js';

/** Every path under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

/** A text plan whose departments include names that are paths. */
const PLAN = [
  '某区安全发展示范城市创建工作任务分解表',
  '',
  '序号\t工作任务\t责任单位\t完成时限',
  '1\t建立安全监管制度\t../../../ESCAPED局\t2020年12月',
  '2\t开展安全检查\t..\\..\\..\\WINESC局\t2020年12月',
  '3\t开展安全宣传\t住建局\t2020年12月',
  '4\t开展应急演练\tC:ESC局\t2020年12月',
  '',
].join('\n');

describe('names of folders made from department names', () => {
  it('refuses separators, dot names, colons, control characters and device names', () => {
    for (const bad of ['..', '.', '...', '../x', 'a/b', 'a\\b', '..\\..\\x', 'C:x', 'x\u0000y', 'x\ny', 'x\u202e', 'CON', 'nul.txt', 'com1', '住建局 ', '住建局.', ' 住建局', '']) {
      expect(unsafeNameReason(bad), JSON.stringify(bad)).not.toBeUndefined();
    }
    for (const good of ['住建局', '城（棚）改办', 'CCBD管理办', '市场监管局曲江分局', 'a.b', '交警曲江大队', 'console']) expect(unsafeNameReason(good), good).toBeUndefined();
  });

  it('dossier init --plan with departments named ../../../X, ..\\..\\X or C:X writes nothing outside the new workspace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-init-names-'));
    writeFileSync(join(dir, 'plan.md'), PLAN);
    const r = await runCli(['init', 'a/b/ws', '--plan', 'plan.md'], { cwd: dir });
    expect(r.code).toBe(0);
    // Only the workspace was made next to the plan: nothing above it, nothing beside it.
    expect(readdirSync(dir).sort()).toEqual(['a', 'plan.md']);
    expect(readdirSync(join(dir, 'a'))).toEqual(['b']);
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['ws']);
    const made = tree(join(dir, 'a/b/ws'));
    expect(made).toContain(join('dossiers', '住建局', 'README.md'));
    expect(made).toContain(join('dossiers', 'ESCAPED局', 'README.md'));
    // ".." (what "../../../ESCAPED局" splits into) and the backslash name got no folder; the workspace's own README is not written.
    expect(made).not.toContain('README.md');
    expect(made.filter((p) => p.includes('WINESC') || p.includes('ESC局') || p.includes(':'))).toEqual([]);
    expect(r.stderr).toContain('单位名称“..”不能用作文件夹名');
    expect(r.stderr).toContain('单位名称“..\\..\\..\\WINESC局”不能用作文件夹名：名称中有路径分隔符');
    expect(r.stderr).toContain('单位名称“C:ESC局”不能用作文件夹名：名称中有冒号');
  });

  it('dossier new for a configured department named ../../../X refuses (exit 2) and writes nothing', async () => {
    const ws = exampleWorkspace();
    const escaped = join(ws, '..', `ESCAPED-${process.pid}局`);
    writeFileSync(join(ws, 'dossier.config.yaml'), `units:\n  - ../ESCAPED-${process.pid}局\n  - ../../../../../../../../tmp/ESCAPED-${process.pid}局\n`, { flag: 'a' });
    for (const unit of [`../ESCAPED-${process.pid}局`, `../../../../../../../../tmp/ESCAPED-${process.pid}局`]) {
      const r = await runCli(['new', '--task', '24', '--unit', unit, '-w', ws]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('不能用作文件夹名：名称中有路径分隔符');
      expect(r.stdout).toBe('');
    }
    expect(existsSync(escaped)).toBe(false);
    expect(existsSync(join(tmpdir(), `ESCAPED-${process.pid}局`))).toBe(false);
  });

  it('dossier new does not write through a department folder that is a link leading out of the dossier folder', async () => {
    const ws = exampleWorkspace();
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    renameSync(join(ws, 'dossiers/住建局'), join(ws, '住建局.moved'));
    symlinkSync(outside, join(ws, 'dossiers/住建局'));
    const r = await runCli(['new', '--task', '24', '--unit', '住建局', '-w', ws]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('实际位于佐证资料文件夹以外');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('dossier init into a folder whose dossiers/<单位> is a link leading out leaves the outside untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-init-link-'));
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    mkdirSync(join(dir, 'dossiers'));
    symlinkSync(outside, join(dir, 'dossiers/住建局'));
    const r = await runCli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('未写入：dossiers/住建局/README.md 实际位于工作区以外');
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(dir, 'dossiers/应急管理中心/README.md'))).toBe(true);
  });

  it('assertInsideForWrite sees through links on the way and through folders not made yet', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-write-'));
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    symlinkSync(outside, join(root, 'link'));
    expect(() => assertInsideForWrite(root, join(root, 'a/b/c.md'))).not.toThrow();
    expect(() => assertInsideForWrite(root, join(root, 'link/c.md'))).toThrow(WriteOutside);
    expect(() => assertInsideForWrite(root, join(root, 'link/new/c.md'))).toThrow(WriteOutside);
    expect(() => assertInsideForWrite(root, join(root, '../c.md'))).toThrow(WriteOutside);
    expect(() => assertInsideForWrite(join(root, 'not-yet'), join(root, 'not-yet/x/c.md'))).not.toThrow();
  });
});
