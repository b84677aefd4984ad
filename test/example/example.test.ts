import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers.js';

interface Diag {
  code: string;
  severity: string;
  file?: string;
  line?: number;
  task?: number;
  unit?: string;
  item?: string;
}
let data: { summary: Record<string, number>; tasks: { no: number; status: string; overdue: boolean }[]; diagnostics: Diag[] };

beforeAll(async () => {
  const r = await runCli(['check', '--json'], { cwd: root });
  data = JSON.parse(r.stdout);
});

describe('the bundled example workspace (示例)', () => {
  it('triggers exactly the intended diagnostics, and nothing else', () => {
    const shown = data.diagnostics.filter((d) => d.item === undefined).map((d) => [d.code, d.task ?? null, d.unit ?? null, d.file ?? null]);
    expect(shown).toEqual([
      ['metric-below-target', 10, '住建局', '住建局/T10-市政基础设施安全监管和老旧管网改造.md'],
      ['metric-below-target', 16, '住建局', '住建局/T16-综合管廊规划建设.md'],
      ['unknown-unit', 85, '应急管里中心', '应急管理中心/T85-社会力量参与救援.md'],
      ['overdue', 10, null, null],
      ['task-missing', 14, null, null],
      ['unit-missing', 15, '大明宫保护办', null],
      ['overdue', 16, null, null],
      ['unit-missing', 24, '市场监管局曲江分局', null],
      ['task-missing', 36, null, null],
      ['task-missing', 37, null, null],
      ['task-missing', 53, null, null],
      ['task-missing', 60, null, null],
      ['task-missing', 66, null, null],
      ['unit-missing', 85, '应急管理中心', null],
    ]);
  });

  it('is a realistic mid-way state', () => {
    // The example assessed 三级项 (4) only (自评.yaml, 示例); the others of the bundled standard are listed.
    const items = data.diagnostics.filter((d) => d.item !== undefined);
    expect(items.filter((d) => d.code === 'item-unassessed').map((d) => d.item)).not.toContain('4');
    expect(items.filter((d) => d.code === 'item-unassessed')).toHaveLength(43);
    expect(items.filter((d) => d.code === 'item-unsupported').map((d) => d.item)).not.toContain('4');
    expect(data.summary).toEqual({ tasks: 87, complete: 77, inProgress: 4, missing: 6, overdue: 7, errors: 9, warnings: 5 + items.length });
    expect(data.tasks.filter((t) => t.status === 'in-progress').map((t) => t.no)).toEqual([10, 16, 39, 65]);
  });

  it('marks every evidence file and attachment as 示例', () => {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const files = walk(join(root, 'dossiers'));
    const md = files.filter((f) => f.endsWith('.md'));
    expect(md.length).toBeGreaterThan(150);
    for (const f of md) expect(readFileSync(f, 'utf8'), f).toContain('示例');
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(20);
    expect(files.filter((f) => f.endsWith('.png')).length).toBeGreaterThan(4);
  });

  it('the main job prints a summary and writes the check report and chase list', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dossier-all-'));
    writeFileSync(join(out, 'dossier.config.yaml'), `district: 西安曲江新区\ndossiers: ${join(root, 'dossiers')}\noutput: ${join(out, 'output')}\nasOf: 2021-06-30\n`);
    const r = await runCli(['all'], { cwd: out });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/合计\s+87\s+77\s+4\s+6\s+7/);
    expect(r.stdout).toContain('错误  任务没有佐证材料 6 处：任务 14、36、37、53、60、66  [task-missing]');
    expect(r.stdout).toContain('催办清单（Excel，每个单位一张表）：output/催办清单.xlsx');
    for (const name of ['检查报告.txt', '检查结果.json', '催办清单.xlsx', '催办清单.md']) expect(existsSync(join(out, 'output', name))).toBe(true);
    expect(readFileSync(join(out, 'output', '催办清单.md'), 'utf8')).toContain('## 大明宫保护办（1 项）');
  });
});

describe('the example generator', () => {
  it('regenerates the committed evidence files and photos byte for byte', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = mkdtempSync(join(tmpdir(), 'dossier-example-'));
    execFileSync(process.execPath, [join(root, 'scripts/example/make-example.mjs'), out], { stdio: 'pipe' });
    const walk = (dir: string, base = ''): string[] =>
      readdirSync(join(dir, base), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === '_report' ? [] : walk(dir, join(base, e.name))) : [join(base, e.name)]));
    const committed = walk(join(root, 'dossiers')).sort();
    expect(walk(out).sort()).toEqual(committed);
    // PDFs embed a system font whose version may differ between machines; text and pictures must not.
    for (const f of committed.filter((x) => !x.endsWith('.pdf'))) {
      expect(readFileSync(join(out, f)).equals(readFileSync(join(root, 'dossiers', f))), f).toBe(true);
    }
  }, 120_000);
});
