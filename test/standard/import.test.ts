import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStandardFile } from '../../src/standard/standard-file.js';
import { excelPlan, wordPlan, type WordCell } from '../fixtures/plan-files.js';
import { writeTree } from '../fixtures/tree.js';
import { runCli } from '../helpers.js';

/** The official table's shape: title row, header, merged 一级/二级 cells, points in the titles. */
const HEADER = ['一级项', '二级项', '三级项', '评价内容', '评分标准'];
const ROWS: [string, string, string, string, string][] = [
  [
    '一、城市安全源头治理（5分）',
    '1.城市安全规划（3分）',
    '(1)城市总体规划及防灾减灾等专项规划（2分）',
    '编制城市总体规划和防灾减灾专项规划。',
    '未编制城市总体规划的，扣1分；防灾减灾专项规划每缺一项扣0.2分，1分扣完为止',
  ],
  ['一、城市安全源头治理（5分）', '1.城市安全规划（3分）', '(2)建设项目安全评估论证（1分）', '开展建设项目安全评估论证。', '评估论证质量不高的，酌情扣0.5～1分'],
  [
    '一、城市安全源头治理（5分）',
    '2.城市基础及安全设施建设（2分）',
    '(3)市政安全设施（2分）',
    '市政消火栓完好，老旧管网完成改造。',
    '市政消火栓（消防水鹤）未保持完好的，每发现一处扣0.2分，1分扣完为止',
  ],
  ['一、城市安全源头治理（5分）', '2.城市基础及安全设施建设（2分）', '(3)市政安全设施（2分）', '市政消火栓完好，老旧管网完成改造。', '市政供水、供热和燃气老旧管网改造率≤80%的，扣1分'],
  ['二、城市安全风险防控（2分）', '3.城市工业企业（2分）', '(4)危险化学品企业运行安全风险（2分）', '危险化学品企业风险可控。', '每发现一家企业未落实风险管控措施扣0.5分，2分扣完为止'],
];

function wordRows(): WordCell[][] {
  // 一级项 and 二级项 merged down the rows they cover, as in the official Word file.
  const span = (col: 0 | 1): (WordCell | null)[] => ROWS.map((r, i) => (i > 0 && ROWS[i - 1]![col] === r[col] ? null : { text: r[col], rowSpan: ROWS.filter((x) => x[col] === r[col]).length }));
  const c0 = span(0);
  const c1 = span(1);
  return [[{ text: '国家安全发展示范城市评分标准', colSpan: 5 }], HEADER, ...ROWS.map((r, i) => [c0[i], c1[i], r[2], r[3], r[4]].filter((c): c is WordCell => c != null))];
}

describe('dossier standard import', () => {
  it('reads the same standard from the Word table and from the Excel sheet, with clauses and points', async () => {
    const docx = await wordPlan({ title: '附件', tables: [{ rows: wordRows() }] });
    const xlsx = await excelPlan([{ name: '评分标准', rows: [['国家安全发展示范城市评分标准', null, null, null, null], HEADER, ...ROWS], merges: ['A1:E1'] }]);
    const results = [];
    for (const [name, bytes] of [
      ['评分表.docx', docx],
      ['评分表.xlsx', xlsx],
    ] as const) {
      const ws = writeTree({ 'dossier.config.yaml': 'district: 示例区\n' });
      writeFileSync(join(ws, name), bytes);
      const out = await runCli(['standard', 'import', name], { cwd: ws });
      expect(out.code, out.stderr).toBe(0);
      expect(out.stdout).toContain('2 个一级项（合计 7 分）、3 个二级项、4 个三级项、6 条评分标准条款');
      expect(out.stdout).toContain('其中 1 条无法自动计算扣分');
      expect(out.stdout).toContain('（2）建设项目安全评估论证 第 1 条：评估论证质量不高的');
      const standard = await loadStandardFile(join(ws, 'standard.yaml'));
      results.push(standard.items.map(({ source, ...rest }) => (expect(source).toBe(`导入自 ${name}`), rest)));
      // The workspace now uses it; a second import does not overwrite without --force.
      expect((await runCli(['standard'], { cwd: ws })).stdout).toContain('（3）市政安全设施');
      const again = await runCli(['standard', 'import', name], { cwd: ws });
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('--force');
      expect(readFileSync(join(ws, 'standard.yaml'), 'utf8')).toContain('kind: threshold');
    }
    expect(results[0]).toEqual(results[1]);
    const items = results[0]!;
    expect(items.map((i) => [i.level, i.id, i.title, i.points, i.parent ?? null])).toEqual([
      [1, '一', '城市安全源头治理', 5, null],
      [2, '1', '城市安全规划', 3, '一'],
      [3, '1', '城市总体规划及防灾减灾等专项规划', 2, '1'],
      [3, '2', '建设项目安全评估论证', 1, '1'],
      [2, '2', '城市基础及安全设施建设', 2, '一'],
      [3, '3', '市政安全设施', 2, '2'],
      [1, '二', '城市安全风险防控', 2, null],
      [2, '3', '城市工业企业', 2, '二'],
      [3, '4', '危险化学品企业运行安全风险', 2, '3'],
    ]);
    const facilities = items.find((i) => i.level === 3 && i.id === '3')!;
    expect(facilities.clauses.map((c) => [c.no, c.kind, c.amount, c.cap ?? null])).toEqual([
      [1, 'per-finding', 0.2, 1],
      [2, 'threshold', 1, null],
    ]);
  });

  it('warns when points do not add up, and refuses a table without its header', async () => {
    const ws = writeTree({ 'dossier.config.yaml': 'district: 示例区\n' });
    const rows = ROWS.map((r) => [...r]);
    rows[4]![0] = '二、城市安全风险防控（3分）';
    writeFileSync(join(ws, 'a.xlsx'), await excelPlan([{ name: 'S', rows: [HEADER, ...rows] }]));
    const out = await runCli(['standard', 'import', 'a.xlsx'], { cwd: ws });
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('一级项“城市安全风险防控”是 3 分，下面各项合计 2 分');
    writeFileSync(
      join(ws, 'b.xlsx'),
      await excelPlan([
        {
          name: 'S',
          rows: [
            ['项目', '内容'],
            ['x', 'y'],
          ],
        },
      ]),
    );
    const bad = await runCli(['standard', 'import', 'b.xlsx', '--force'], { cwd: ws });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('没有找到评分表的表头');
  });

  it('the bundled standard says what is confirmed and what is missing', async () => {
    const ws = writeTree({ 'dossier.config.yaml': 'district: 示例区\n' });
    const out = await runCli(['standard'], { cwd: ws });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/（4）市政安全设施\s+2 分\s+2 条条款\n/);
    expect(out.stdout).toContain('共 47 个三级项');
    expect(out.stdout).toContain('请用 dossier standard import');
  });
});
