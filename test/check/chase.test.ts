import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defectWorkspace } from '../fixtures/defects.js';
import { evidence, writeTree } from '../fixtures/tree.js';
import { runCli } from '../helpers.js';

let ws: string;
beforeAll(() => {
  ws = defectWorkspace();
});

describe('dossier chase', () => {
  it('--format xlsx writes one sheet per department plus a summary, reproducibly', async () => {
    const env = { SOURCE_DATE_EPOCH: '1625011200' };
    const r = await runCli(['chase', '--format', 'xlsx'], { cwd: ws, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已写出催办清单：output/催办清单.xlsx');
    const bytes = readFileSync(join(ws, 'output/催办清单.xlsx'));
    await runCli(['chase', '--format', 'xlsx', '--out', 'again.xlsx'], { cwd: ws, env });
    expect(readFileSync(join(ws, 'again.xlsx')).equals(bytes)).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('汇总');
    expect(names).toContain('住建局');
    expect(names).toContain('应急管理中心');
    expect(names).toContain('辖区派出所');
    expect(names.at(-1)).toBe('集体责任任务');
    expect(new Set(names).size).toBe(names.length);

    const rows = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const zj = rows('住建局');
    expect(zj[0]![0]).toBe('住建局：待办事项 ' + (zj.length - 2) + ' 项（截至 2021-06-30）');
    expect(zj[1]).toEqual(['任务序号', '任务内容', '完成时限', '问题类型', '具体情况', '处理建议', '文件', '行']);
    // A task of 住建局 with no evidence, its figure below target, and its broken metric file.
    expect(zj.find((r) => r[0] === 34)).toEqual(expect.arrayContaining([34, '2020-12-31', '未报送']));
    expect(zj.find((r) => r[3] === '指标未达标')).toEqual(expect.arrayContaining([82, '住建局/T82.md', 8]));
    expect(zj.filter((r) => r[3] === '文件有误').map((r) => r[7])).toEqual([8, 10, 12]);
    // 应急管理中心 is chased for the files in its folder, including those that could not be read.
    const yj = rows('应急管理中心');
    expect(yj.filter((r) => r[3] === '附件问题')).toHaveLength(4);
    expect(yj.some((r) => r[6] === '应急管理中心/空文件.md')).toBe(true);
    expect(yj.some((r) => r[6] === '应急管理中心/T85-错字.md')).toBe(true);
    expect(yj.find((r) => r[0] === 85 && r[3] === '未报送')).toBeDefined(); // it filed under a misspelled name
    const summary = rows('汇总');
    expect(summary[1]).toEqual(['责任单位', '未报送', '逾期未完成', '文件有误', '附件问题', '指标未达标', '合计']);
    expect(summary.find((r) => r[0] === '住建局')![6]).toBe(zj.length - 2);
  });

  it('--format md prints a forwardable list; --unit narrows it', async () => {
    const r = await runCli(['chase', '--format', 'md', '--unit', '辖区派出所'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# 测试区创建工作佐证资料催办清单');
    expect(r.stdout).toContain('## 辖区派出所（');
    expect(r.stdout).not.toContain('## 住建局');
    expect(r.stdout).toMatch(/\| 20 \| 2020-12-31 \| 未报送 \| 尚未报送佐证材料（其他责任单位已报送） \| 请报送本单位承担部分的佐证材料/);
  });

  it('says another department delivered a task shared with collective departments when a member did', async () => {
    const own = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T26.md': evidence(['task: 26', 'unit: 住建局', 'title: 城市管理设施台账', 'date: 2020-12-20', 'status: 已完成']),
    });
    const r = await runCli(['chase', '--format', 'md', '--unit', '城管执法局'], { cwd: own });
    expect(r.stdout).toMatch(/\| 26 \| [^|]+ \| 未报送 \| 尚未报送佐证材料[^|]*（其他单位已报送） \|/);
  });

  it('says why a late task is not done when the department marked its file 已完成 and the file has an error', async () => {
    const own = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T23.md': evidence(['task: 23', 'unit: 住建局', 'title: 现场照片', 'date: 2020-12-20', 'status: 已完成'], '![现场](附件/不存在.jpg)'),
    });
    const r = await runCli(['chase', '--format', 'md', '--unit', '住建局'], { cwd: own });
    expect(r.stdout).toMatch(
      /\| 23 \| 2020-12-31 \| 逾期未完成 \| 已超过完成时限 181 天，任务仍在推进中；本单位已报“已完成”，但 住建局\/T23\.md 的附件或图片有问题（见本清单中该文件的问题），不计为完成 \| 请按本清单列出的问题补齐或改正附件和图片 \|/,
    );
    expect(r.stdout).toContain('正文中的图片“附件/不存在.jpg”不存在');
  });

  it('says a figure below its target, not an error to correct, when that keeps a late task from being done', async () => {
    const own = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': evidence([
        'task: 24',
        'unit: 住建局',
        'title: 监控安装情况',
        'date: 2020-12-20',
        'status: 已完成',
        'metrics:',
        '  - name: 建设施工现场视频监控系统安装率',
        '    value: 71.3%',
      ]),
    });
    const r = await runCli(['chase', '--format', 'md', '--unit', '住建局'], { cwd: own });
    expect(r.stdout).toMatch(/\| 24 \| 2020-12-31 \| 逾期未完成 \| [^|]*本单位已报“已完成”，但 指标 “建设施工现场视频监控系统安装率” 未达到目标，不计为完成 \| 请核对指标的数值和目标/);
    const d = JSON.parse((await runCli(['check', '--json', '--task', '24'], { cwd: own })).stdout);
    expect(d.diagnostics.find((x: { code: string }) => x.code === 'overdue').message).toBe(
      '任务 24 已超过完成时限（2020-12-31）181 天，仍未完成：已报“已完成”，但 指标 “建设施工现场视频监控系统安装率” 未达到目标，不计为完成',
    );
  });

  it('does not say another department delivered when the only file names an unknown one', async () => {
    const r = await runCli(['chase', '--format', 'md', '--unit', '应急管理中心'], { cwd: ws });
    expect(r.stdout).toMatch(/\| 85 \| [^|]+ \| 未报送 \| 尚未报送佐证材料[^|]*（已有的材料不是本任务的责任单位报送的） \|/);
  });

  it('prints on the terminal by default', async () => {
    const r = await runCli(['chase'], { cwd: ws });
    expect(r.stdout).toMatch(/^催办清单（截至 2021-06-30）：\d+ 个单位共 \d+ 项待办，另有集体责任任务 \d+ 项。/);
    expect(r.stdout).toContain('  [附件问题] 任务 67（时限 2020-12-31） 附件“附件/不存在.pdf”不存在  应急管理中心/T67.md:8');
  });
});
