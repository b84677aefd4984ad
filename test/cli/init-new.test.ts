import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordPlan } from '../fixtures/plan-files.js';
import { runCli } from '../helpers.js';

describe('from nothing to a clean check on one task', () => {
  it('init, new, edit, check --task', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-init-'));
    const init = await runCli(['init', 'ws'], { cwd: dir });
    expect(init.code).toBe(0);
    // Without --plan the bundled example plan is used, and init says so and how to give one's own.
    expect(init.stdout).toContain('没有用 --plan 指定方案，用的是 dossier 自带的示例方案');
    expect(init.stdout).toContain('init --plan 你的方案.docx');
    const ws = join(dir, 'ws');
    expect(readFileSync(join(ws, 'dossier.config.yaml'), 'utf8')).toContain('请换成本地区的方案');
    expect(readFileSync(join(ws, 'dossier.config.yaml'), 'utf8')).toContain('district: 西安曲江新区');
    expect(existsSync(join(ws, 'seeds/qujiang-safety-city-plan-2020.md'))).toBe(true);
    const readme = readFileSync(join(ws, 'dossiers/住建局/README.md'), 'utf8');
    expect(readme).toContain('| 24 | 建设施工现场视频监控系统安装率100%');
    expect(readme).toContain('建设施工现场视频监控系统安装率 ≥ 100%');
    expect(existsSync(join(ws, 'dossiers/_模板.md'))).toBe(true);

    const created = await runCli(['new', '--task', '24', '--unit', '住建局'], { cwd: ws });
    expect(created.code).toBe(0);
    expect(created.stdout).toBe('dossiers/住建局/T24.md\n');
    const file = join(ws, 'dossiers/住建局/T24.md');
    const stub = readFileSync(file, 'utf8');
    expect(stub).toContain('# 完成时限：2020年12月（2020-12-31）');

    // The untouched stub does not pass: its figures are still empty and its text is the placeholder.
    const first = await runCli(['check', '--task', '24'], { cwd: ws });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('metrics 第 1 项的 value（数值）没有填写');
    expect(first.stdout).toContain('正文还是 dossier new 生成的提示文字');
    const firstJson = JSON.parse((await runCli(['check', '--task', '24', '--json'], { cwd: ws })).stdout);
    expect(firstJson.tasks[0]).toMatchObject({ id: '24', status: 'missing' });

    // The department fills in the figures, marks it done and attaches its ledger.
    writeFileSync(join(ws, 'dossiers/住建局/台账.pdf'), '%PDF-1.4');
    writeFileSync(
      file,
      stub
        .replace(/value: ""\s+# 目标：[^\n]*≥ (\d+)%/g, 'value: $1%')
        .replace('status: 推进中', 'status: 已完成')
        .replace('attachments: []', 'attachments: [台账.pdf]')
        .replace(/（请在这里写工作开展情况[^\n]*/, '全区 46 个在建工地全部安装视频监控，并接入监管平台。'),
    );
    const second = await runCli(['check', '--task', '24', '--json'], { cwd: ws });
    const data = JSON.parse(second.stdout);
    expect(data.tasks).toEqual([expect.objectContaining({ no: 24, status: 'complete' })]);
    expect(data.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(second.code).toBe(0);

    // A second stub for the same task does not overwrite the first.
    const again = await runCli(['new', '--task', '24', '--unit', '住建局'], { cwd: ws });
    expect(again.stdout).toBe('dossiers/住建局/T24-2.md\n');
  });

  it('init never overwrites existing files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-init-'));
    writeFileSync(join(dir, 'dossier.config.yaml'), 'district: 我的区\n');
    const r = await runCli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('已存在，未改动：dossier.config.yaml');
    expect(readFileSync(join(dir, 'dossier.config.yaml'), 'utf8')).toBe('district: 我的区\n');
  });

  it('new refuses unknown tasks and departments with a hint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-new-'));
    const badTask = await runCli(['new', '--task', '88', '--unit', '住建局'], { cwd: dir });
    expect(badTask.code).toBe(2);
    expect(badTask.stderr).toContain('任务序号“88”不在方案中');
    const badUnit = await runCli(['new', '--task', '24', '--unit', '住建委'], { cwd: dir });
    expect(badUnit.code).toBe(2);
    expect(badUnit.stderr).toContain('是不是“住建局”');
  });

  it('init --plan 方案.docx builds the workspace from a Word plan: its departments, its tasks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-init-'));
    const plan = await wordPlan({
      title: '某某县国家安全发展示范城市创建工作实施方案',
      tables: [
        {
          rows: [
            ['序号', '工作任务', '牵头单位', '配合单位', '完成时间'],
            [{ text: '一、城市安全源头治理', colSpan: 5 }],
            ['1', '编制城市安全发展规划。', '规划局', '住建局', '2021年底前'],
            ['2', '开展建设项目安全评估论证。', '住建局', '应急局', '2021.6'],
          ],
        },
      ],
    });
    writeFileSync(join(dir, '方案.docx'), plan);
    const init = await runCli(['init', 'ws', '--plan', '方案.docx'], { cwd: dir, env: { PATH: '' } });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).not.toContain('示例方案');
    expect(init.stdout).toContain('2 项任务，3 个责任单位');
    // Not installed on PATH here: the next steps name a command that works anyway.
    expect(init.stdout).toMatch(/node \S*dist\/bin\/dossier\.js new --task 1 --unit 规划局 --workspace ws/);
    const ws = join(dir, 'ws');
    expect(readFileSync(join(ws, 'dossier.config.yaml'), 'utf8')).toMatch(/district: 某某县\s.*\nplan: seeds\/方案\.docx/);
    expect(readFileSync(join(ws, 'seeds/方案.docx')).equals(plan)).toBe(true);
    expect(existsSync(join(ws, 'dossiers/应急局/README.md'))).toBe(true);
    expect(existsSync(join(ws, 'dossiers/曲江消防救援大队'))).toBe(false);
    const created = await runCli(['new', '--task', '2', '--unit', '应急局'], { cwd: ws });
    expect(created.stdout).toBe('dossiers/应急局/T2.md\n');
    const check = await runCli(['check', '--json'], { cwd: ws });
    const data = JSON.parse(check.stdout);
    expect(data.tasks.map((t: { id: string }) => t.id)).toEqual(['1', '2']);
    expect(data.diagnostics.filter((d: { file?: string }) => d.file).map((d: { code: string }) => d.code)).toEqual(['evidence-placeholder']);
  });
});
