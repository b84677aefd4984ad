import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidence, writeTree } from '../fixtures/tree.js';
import { runCli } from '../helpers.js';

const STANDARD = `name: 测试评分标准
source: 测试
items:
  - { id: 一, level: 1, title: 城市安全源头治理, points: 10, confirmed: true }
  - { id: "1", level: 2, parent: 一, title: 城市安全规划, points: 10, confirmed: true }
  - id: "1"
    level: 3
    parent: "1"
    title: 市政安全设施
    points: 4
    confirmed: true
    clauses:
      - { no: 1, text: 市政消火栓未保持完好的，每发现一处扣0.5分，2分扣完为止, kind: per-finding, amount: 0.5, cap: 2 }
      - { no: 2, text: 燃气老旧管网改造率≤80%的，扣1分, kind: threshold, amount: 1, limit: { name: 燃气老旧管网改造率, op: "<=", value: 80, unit: "%" } }
  - id: "2"
    level: 3
    parent: "1"
    title: 消防站
    points: 3
    confirmed: true
    clauses:
      - { no: 1, text: 每发现一处消防站未达标扣2分, kind: per-finding, amount: 2 }
      - { no: 2, text: 建设质量不高的，酌情扣分, kind: manual }
  - { id: "3", level: 3, parent: "1", title: 尾矿库, points: 2, confirmed: true, clauses: [] }
  - { id: "4", level: 3, parent: "1", title: 防洪排涝设施, points: 1, confirmed: true, clauses: [] }
`;

function workspace(selfAssessment: string) {
  return writeTree({
    'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\nmapping:\n  24: [1]\n',
    'standard.yaml': STANDARD,
    '自评.yaml': selfAssessment,
    'dossiers/住建局/T24.md': evidence(
      ['task: 24', 'unit: 住建局', 'title: 管网改造台账', 'date: 2020-12-20', 'status: 已完成', 'metrics:', '  - name: 燃气老旧管网改造率', '    value: 75%'],
      '完成改造。',
    ),
    'dossiers/曲江消防救援大队/T83.md': evidence(['task: 83', 'unit: 曲江消防救援大队', 'title: 消防站建设情况', 'date: 2020-12-20', 'status: 已完成', 'items: [2]'], '消防站建设。'),
  });
}

describe('dossier score by the national standard', () => {
  it('deducts what the clauses define: caps, thresholds from evidence, never below 0; not applicable and unassessed items stay out', async () => {
    const ws = workspace('1:\n  findings: { 1: 5 }\n  remark: 抽查 40 处，5 处损坏\n2:\n  findings: { 1: 5, 2: 0.5 }\n3:\n  applicable: false\n  reason: 辖区内无尾矿库\n');
    const out = await runCli(['score', '--json'], { cwd: ws });
    expect(out.code, out.stderr).toBe(0);
    const data = JSON.parse(out.stdout);
    expect(Object.keys(data)).toEqual(['standard', 'total', 'items', 'diagnostics']);
    expect(data.standard).toEqual({ name: '测试评分标准', source: '测试' });
    const item = (level: number, id: string) => data.items.find((i: { level: number; id: string }) => i.level === level && i.id === id);
    expect(item(3, '1')).toMatchObject({ status: 'assessed', points: 4, score: 1, deducted: 3, reason: '抽查 40 处，5 处损坏', tasks: ['24'], evidence: ['住建局/T24.md'] });
    expect(item(3, '1').clauses).toEqual([
      { no: 1, text: '市政消火栓未保持完好的，每发现一处扣0.5分，2分扣完为止', amount: 0.5, cap: 2, count: 5, value: null, deducted: 2 },
      { no: 2, text: '燃气老旧管网改造率≤80%的，扣1分', amount: 1, cap: null, count: null, value: '75%', deducted: 1 },
    ]);
    // 5 × 2 + 0.5 by hand is more than the item's 3 points: the item ends at 0, never below.
    expect(item(3, '2')).toMatchObject({ status: 'assessed', score: 0, deducted: 3, evidence: ['曲江消防救援大队/T83.md'] });
    expect(item(3, '3')).toMatchObject({ status: 'not-applicable', score: null, reason: '辖区内无尾矿库' });
    expect(item(3, '4')).toMatchObject({ status: 'unassessed', score: null });
    expect(item(2, '1')).toMatchObject({ status: 'unassessed', score: null });
    expect(data.total).toEqual({ points: 7, score: 1, deducted: 6 });
    expect(data.diagnostics.map((d: { code: string; item: string; severity: string }) => [d.code, d.item, d.severity])).toEqual([
      ['item-unassessed', '4', 'warning'],
      ['item-unsupported', '4', 'warning'],
    ]);
  });

  it('a measured value in 自评.yaml wins over the evidence; the terminal says what is unfinished first', async () => {
    const ws = workspace('1:\n  values: { 2: 85% }\n2: {}\n3: { applicable: false, reason: 无 }\n');
    const data = JSON.parse((await runCli(['score', '--json'], { cwd: ws })).stdout);
    expect(data.items.find((i: { level: number; id: string }) => i.level === 3 && i.id === '1')).toMatchObject({ score: 4, deducted: 0 });
    const text = (await runCli(['score'], { cwd: ws })).stdout;
    expect(text.split('\n')[0]).toContain('还有 1 项没有自评（（4））');
  });

  it('refuses a 自评.yaml that names an item the standard does not have, or a field it does not know', async () => {
    const ws = workspace('1: {}\n\n# 旧标准的项\n9:\n  findings: { 1: 1 }\n"(12)": {}\n');
    const bad = await runCli(['score'], { cwd: ws });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('自评.yaml 中的三级项 9（第 4 行）、12（第 6 行）不在评分标准中');
    // dossier all still writes the check and the chase list, and says so before the error.
    const all = await runCli(['all'], { cwd: ws });
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(
      /已生成：\n {2}检查报告（全部问题）：output\/检查报告\.txt\n[^]* {2}催办清单（Markdown）：output\/催办清单\.md\n自评报告和复核申请材料没有生成，原因如下。\n错误：自评\.yaml 中的三级项 9/,
    );
    writeFileSync(join(ws, '自评.yaml'), '1:\n  findings: { 1: 1 \n2: {}\n');
    const broken = await runCli(['score'], { cwd: ws });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/自评\.yaml 第 2 行格式错误：[^a-z]*\n/);
    writeFileSync(join(ws, '自评.yaml'), '1:\n  finding: { 1: 1 }\n');
    const typo = await runCli(['score'], { cwd: ws });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('不认识的字段 finding');
  });

  it('a level rolled up over a not-applicable item says which points it leaves out', async () => {
    const ws = workspace('1: {}\n2: {}\n3: { applicable: false, reason: 辖区内无尾矿库 }\n4: {}\n');
    const data = JSON.parse((await runCli(['score', '--json'], { cwd: ws })).stdout);
    const parent = data.items.find((i: { level: number; id: string }) => i.level === 2 && i.id === '1');
    // 10 points in the standard; the applicable items (4 + 3 + 1) are scored, the 2 of (3) are left out.
    expect(parent).toMatchObject({ status: 'assessed', points: 10, score: 7, deducted: 1, reason: '不适用的三级项（3）共 2 分不计' });
  });

  it('refuses a measured value in another unit than its clause, and does not take one from the evidence', async () => {
    const ws = workspace('1:\n  values: { 2: 85分钟 }\n');
    const bad = await runCli(['score'], { cwd: ws });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('三级项 1 第 2 条的实测值“85分钟”的单位与条款（%）不同');
    // Evidence reporting the rate in 处 says nothing about a % threshold: the clause is not decided by it.
    writeFileSync(join(ws, '自评.yaml'), '1: {}\n');
    writeFileSync(
      join(ws, 'dossiers/住建局/T24.md'),
      evidence(['task: 24', 'unit: 住建局', 'title: 管网改造台账', 'date: 2020-12-20', 'status: 已完成', 'metrics:', '  - name: 燃气老旧管网改造率', '    value: 75处'], '完成改造。'),
    );
    const data = JSON.parse((await runCli(['score', '--json'], { cwd: ws })).stdout);
    const clause = data.items.find((i: { level: number; id: string }) => i.level === 3 && i.id === '1').clauses[1];
    expect(clause).toMatchObject({ value: null, deducted: 0 });
  });
});
