import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/catalog/load.js';
import type { Catalog, Task } from '../../src/catalog/types.js';
import { excelPlan, wordPlan } from '../fixtures/plan-files.js';
import { writeTree } from '../fixtures/tree.js';
import { runCli } from '../helpers.js';

/** Writes `bytes` as `name` into a temp folder and loads it as a plan; fails on plan errors. */
async function load(name: string, bytes: Buffer | string) {
  const dir = writeTree({});
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { ...(await loadPlan(file, { base: dir })), file, dir };
}
async function catalogOf(name: string, bytes: Buffer | string): Promise<Catalog> {
  const r = await load(name, bytes);
  if (!r.catalog) throw new Error(JSON.stringify(r.issues, null, 1));
  return r.catalog;
}
const pick = (t: Task) => ({ id: t.id, section: t.section, units: t.units, lead: t.lead, support: t.support, groups: t.groups, deadline: t.deadline, deadlineKind: t.deadlineKind });

describe('a Word plan with lead and support columns, numbering restarting per section', () => {
  const plan = () =>
    wordPlan({
      title: '某某区2021年国家安全发展示范城市创建工作任务分解表',
      tables: [
        {
          rows: [
            ['序 号', '工作任务', '牵头单位', '配合单位', '完成时间', '备注'],
            [{ text: '一、城市安全源头治理', colSpan: 6, bold: true }],
            ['1', '编制城市安全发展规划，规划编制率100%。', '规划局', '住建局，应急局', '2021年底前', ''],
            ['2', '开展建设项目安全评估论证。', { text: '住建局', rowSpan: 2 }, '规划局/消防救援大队', '上半年', '重点项目'],
            ['3', '完善城市各类设施安全管理办法。', '城管局 市场监管局', '2021.6', ''],
            [{ text: '二、城市安全风险防控', colSpan: 6, bold: true }],
            ['1', '建立城市安全风险评估制度，每年开展一次评估。', '应急局', '各街道', '每年', ''],
            ['2', '推进安全社区创建工作。', '应急局牵头', '卫健委配合', '长期坚持', ''],
          ],
        },
      ],
    });

  it('gives every task with its section id, lead and support units and deadline', async () => {
    const catalog = await catalogOf('方案.docx', await plan());
    expect(catalog.sections).toEqual([
      { no: 1, title: '城市安全源头治理' },
      { no: 2, title: '城市安全风险防控' },
    ]);
    expect(catalog.tasks.map(pick)).toEqual([
      { id: '1-1', section: 1, units: ['规划局', '住建局', '应急局'], lead: ['规划局'], support: ['住建局', '应急局'], groups: [], deadline: '2021-12-31', deadlineKind: 'date' },
      { id: '1-2', section: 1, units: ['住建局', '规划局', '消防救援大队'], lead: ['住建局'], support: ['规划局', '消防救援大队'], groups: [], deadline: '2021-06-30', deadlineKind: 'date' },
      // 住建局 reaches this row through the vertically merged cell.
      { id: '1-3', section: 1, units: ['住建局', '城管局', '市场监管局'], lead: ['住建局'], support: ['城管局', '市场监管局'], groups: [], deadline: '2021-06-30', deadlineKind: 'date' },
      { id: '2-1', section: 2, units: ['应急局'], lead: ['应急局'], support: [], groups: ['各街道'], deadline: null, deadlineKind: 'recurring' },
      { id: '2-2', section: 2, units: ['应急局', '卫健委'], lead: ['应急局'], support: ['卫健委'], groups: [], deadline: null, deadlineKind: 'ongoing' },
    ]);
    expect(catalog.tasks.map((t) => t.no)).toEqual([1, 2, 3, 4, 5]);
    expect(catalog.tasks[1]!.extra).toEqual({ 备注: '重点项目' });
    expect(catalog.tasks[0]!.targets).toEqual([{ name: '规划编制率', op: '>=', value: 100, unit: '%' }]);
    expect(catalog.tasks[0]!.place).toBe('表 1 第 3 行');
  });

  it('is shown by catalog --json, the terminal table, CSV and XLSX with the new fields', async () => {
    const { dir, file } = await load('方案.docx', await plan());
    const json = await runCli(['catalog', '--plan', file, '--json'], { cwd: dir });
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data.tasks[4]).toMatchObject({ id: '2-2', no: 5, lead: ['应急局'], support: ['卫健委'], deadlineKind: 'ongoing', deadlineText: '长期坚持' });
    const table = await runCli(['catalog', '--plan', file], { cwd: dir });
    expect(table.stdout).toMatch(/^2-2\s+长期坚持/m);
    expect(table.stdout).toContain('牵头：应急局');
    const csv = await runCli(['catalog', '--plan', file, '--format', 'csv'], { cwd: dir });
    const [head, , second] = csv.stdout.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(head).toContain('牵头单位');
    expect(head).toContain('配合单位');
    expect(head).toContain('备注');
    expect(second).toContain('重点项目');
  });
});

describe('a Word plan in two tables, sections in the number column, an indicator column', () => {
  it('continues numbering across the page-break table and reads the indicator items', async () => {
    const bytes = await wordPlan({
      title: '某县安全发展示范城市创建实施方案',
      tables: [
        {
          before: '附件：任务分解表',
          rows: [
            ['序号', '任务内容', '责任单位', '完成时限', '对应指标'],
            ['一', '城市安全状况', '', '', ''],
            ['1', '亿元国内生产总值生产安全事故死亡率逐年下降。', '安委会各成员单位', '2020年10月-2021年7月', '（1）'],
            ['2', '道路交通事故万车死亡率逐年下降。', '交通运输局、公安分局', '2021年6月', '(2)(3)'],
          ],
        },
        {
          rows: [
            ['二', '城市安全源头治理', '', '', ''],
            ['3', '消防站建设达标率100%。', '消防救援大队\n住建局', '2021年12月底前', '5'],
          ],
        },
      ],
    });
    const catalog = await catalogOf('plan.docx', bytes);
    expect(catalog.sections.map((s) => s.title)).toEqual(['城市安全状况', '城市安全源头治理']);
    expect(catalog.tasks.map((t) => [t.id, t.section, t.units, t.groups, t.deadline, t.items])).toEqual([
      ['1', 1, [], ['安委会各成员单位'], '2021-07-31', ['1']],
      ['2', 1, ['交通运输局', '公安分局'], [], '2021-06-30', ['2', '3']],
      ['3', 2, ['消防救援大队', '住建局'], [], '2021-12-31', ['5']],
    ]);
    expect(catalog.tasks[2]!.place).toBe('表 2 第 2 行');
  });
});

describe('an Excel plan with a title row, merged cells, real dates and a notes sheet', () => {
  const plan = () =>
    excelPlan([
      {
        name: '任务分解表',
        rows: [
          ['XX县安全发展示范城市创建任务清单', null, null, null, null],
          ['编号', '主要任务', '责任部门', '时间节点', '备注'],
          ['第一部分 城市安全源头治理', null, null, null, null],
          [1, '开展城市安全风险辨识评估。', '应急局、发改局', new Date(Date.UTC(2021, 5, 30)), null],
          [2, '完善消防规划。', '住建局', '2021年下半年', null],
          [3, '推进老旧管网改造，改造率达到80%以上。', '住建局；水务局', '2021年第三季度', null],
          [4, '建设应急避难场所。', '应急局', null, '示范'],
          ['第二部分 应急救援', null, null, null, null],
          [5, '组建专业救援队伍。', '消防救援大队', '持续推进', null],
        ],
        merges: ['A1:E1', 'A3:E3', 'D6:D7', 'A8:E8'],
        bold: [2],
      },
      { name: '填表说明', rows: [['各单位请于每月5日前报送进展。']] },
    ]);

  it('gives the exact tasks; the merged deadline reaches both rows', async () => {
    const r = await load('任务.xlsx', await plan());
    const catalog = r.catalog!;
    expect(catalog).toBeDefined();
    expect(catalog.sections).toEqual([
      { no: 1, title: '城市安全源头治理' },
      { no: 2, title: '应急救援' },
    ]);
    expect(catalog.tasks.map((t) => [t.id, t.section, t.units, t.deadline, t.deadlineKind])).toEqual([
      ['1', 1, ['应急局', '发改局'], '2021-06-30', 'date'],
      ['2', 1, ['住建局'], '2021-12-31', 'date'],
      ['3', 1, ['住建局', '水务局'], '2021-09-30', 'date'],
      ['4', 1, ['应急局'], '2021-09-30', 'date'],
      ['5', 2, ['消防救援大队'], null, 'ongoing'],
    ]);
    expect(catalog.tasks[3]!.extra).toEqual({ 备注: '示范' });
    expect(catalog.tasks[2]!.targets).toEqual([{ name: '改造率', op: '>=', value: 80, unit: '%' }]);
    expect(catalog.tasks[0]!.place).toBe('任务分解表!A4');
  });

  it('says which sheet it did not read', async () => {
    const r = await load('任务.xlsx', await plan());
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', place: '工作表“填表说明”', message: expect.stringContaining('未作为任务表读取') })]);
  });

  it('names the cell of a deadline nobody can read', async () => {
    const bytes = await excelPlan([
      {
        name: 'Sheet1',
        rows: [
          ['序号', '工作任务', '责任单位', '完成时限'],
          [1, '任务甲。', '应急局', '2021年6月'],
          [2, '任务乙。', '住建局', '尽快'],
        ],
      },
    ]);
    const r = await load('plan.xlsx', bytes);
    expect(r.catalog).toBeUndefined();
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'error', place: 'Sheet1!D3', message: '完成时限“尽快”无法识别' })]);
  });
});

describe('a CSV plan saved by Excel in GBK', () => {
  it('reads quoted cells with commas, separators and a plan year from its deadlines', async () => {
    const text = '序号,任务内容,责任单位,完成时限\r\n一、源头治理,,,\r\n1,"完善规划，明确目标",规划局,2021年6月\r\n2,建设消防站,消防大队 / 住建局,年底前\r\n';
    const catalog = await catalogOf('plan.csv', iconv.encode(text, 'gbk'));
    expect(catalog.tasks.map((t) => [t.id, t.text, t.units, t.deadline])).toEqual([
      ['1', '完善规划，明确目标', ['规划局'], '2021-06-30'],
      ['2', '建设消防站', ['消防大队', '住建局'], '2021-12-31'],
    ]);
  });
});

describe('a markdown plan with a pipe table and no section rows', () => {
  it('gives one section named after the table and every row', async () => {
    const text = [
      '# 某区创建方案',
      '',
      '| 序号 | 具体任务 | 责任单位 | 完成时限 |',
      '| --- | --- | --- | --- |',
      '| 1 | 任务甲。 | 应急局 | 2021.3 |',
      '| 2 | 任务乙。 | 住建局、规划局 | 2021.9.30 |',
      '',
    ].join('\n');
    const catalog = await catalogOf('plan.md', text);
    expect(catalog.sections).toHaveLength(1);
    expect(catalog.tasks.map((t) => [t.id, t.units, t.deadline, t.line])).toEqual([
      ['1', ['应急局'], '2021-03-31', 5],
      ['2', ['住建局', '规划局'], '2021-09-30', 6],
    ]);
  });
});

describe('plans the reader must refuse, with the place', () => {
  it('a Word row without a number', async () => {
    const bytes = await wordPlan({
      title: '方案',
      tables: [
        {
          rows: [
            ['序号', '工作任务', '责任单位', '完成时间'],
            ['1', '任务甲。', '应急局', '2021年6月'],
            ['', '任务乙的后半句。', '住建局', '2021年6月'],
          ],
        },
      ],
    });
    const r = await load('plan.docx', bytes);
    expect(r.catalog).toBeUndefined();
    expect(r.issues).toContainEqual(expect.objectContaining({ severity: 'error', place: '表 1 第 3 行', message: '这一行没有序号' }));
  });

  it('a yearless deadline in a plan that names no year', async () => {
    const text = ['序号\t工作任务\t责任单位\t完成时间', '1\t任务甲。\t应急局\t上半年', ''].join('\n');
    const r = await load('plan.txt', text);
    expect(r.issues).toContainEqual(expect.objectContaining({ line: 2, message: '完成时限“上半年”没有写年份，方案中也看不出是哪一年' }));
  });

  it('an old .doc file or a PDF, with what to do', async () => {
    for (const name of ['plan.doc', 'plan.pdf']) {
      const r = await load(name, Buffer.from('%PDF-1.4 something'));
      expect(r.catalog).toBeUndefined();
      expect(r.issues[0]!.hint).toMatch(/另存为|Word 原件/);
    }
  });

  it('the CLI prints a Word place and exits 2', async () => {
    const bytes = await wordPlan({
      title: '方案',
      tables: [
        {
          rows: [
            ['序号', '工作任务', '责任单位', '完成时间'],
            ['1', '任务甲。', '应急局', '看情况'],
          ],
        },
      ],
    });
    const { dir, file } = await load('plan.docx', bytes);
    const out = await runCli(['catalog', '--plan', file], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('plan.docx 表 1 第 2 行  错误  完成时限“看情况”无法识别');
  });
});
