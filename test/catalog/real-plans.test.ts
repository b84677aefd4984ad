import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/catalog/load.js';
import { excelPlan, wordPlan, type WordCell } from '../fixtures/plan-files.js';
import { writeTree } from '../fixtures/tree.js';

/** Shapes found in real offices' plans by a review: each gives every task, or a refusal at a place. */
async function load(name: string, bytes: Buffer | string) {
  const dir = writeTree({});
  writeFileSync(join(dir, name), bytes);
  return loadPlan(join(dir, name), { base: dir });
}
const H = ['序号', '主要目标任务', '责任单位', '完成时限'];
const S = (t: string): WordCell[] => [{ text: t, colSpan: 4, bold: true }];
const ids = (r: Awaited<ReturnType<typeof load>>) => r.catalog?.tasks.map((t) => [t.id, t.section, t.units, t.deadline]);
const errors = (r: Awaited<ReturnType<typeof load>>) => r.issues.filter((i) => i.severity === 'error').map((i) => [i.place, i.message]);

describe('Word plans as offices have them', () => {
  it('a table split at a page break whose second part has an empty trailing column still gives every task', async () => {
    const r = await load(
      'p.docx',
      await wordPlan({
        title: '方案',
        tables: [
          { rows: [H, S('一、源头治理'), ['1', '任务一。', '区住建局', '2020年12月'], ['2', '任务二。', '区应急局', '2020年12月']] },
          {
            rows: [
              ['3', '任务三。', '区住建局', '2021年6月', ''],
              ['4', '任务四。', '区应急局', '2021年6月', ''],
            ],
          },
        ],
      }),
    );
    expect(ids(r)).toEqual([
      ['1', 1, ['区住建局'], '2020-12-31'],
      ['2', 1, ['区应急局'], '2020-12-31'],
      ['3', 1, ['区住建局'], '2021-06-30'],
      ['4', 1, ['区应急局'], '2021-06-30'],
    ]);
  });

  it('a second part whose columns do not line up is refused at its first numbered row, never dropped', async () => {
    const r = await load(
      'p.docx',
      await wordPlan({ title: '方案', tables: [{ rows: [H, S('一、源头治理'), ['1', '任务一。', '区住建局', '2020年12月']] }, { rows: [['2', '任务二。', '2021年6月']] }] }),
    );
    expect(r.catalog).toBeUndefined();
    expect(errors(r)).toEqual([['表 2 第 1 行', expect.stringContaining('没有表头，它的列与上面的任务表对不上')]]);
  });

  it('a contact table after the task table is skipped with a warning; a frame table around the plan is looked into', async () => {
    const r = await load(
      'p.docx',
      await wordPlan({
        title: '方案',
        tables: [
          { rows: [H, S('一、源头治理'), ['1', '任务一。', '区住建局', '2020年12月']] },
          {
            rows: [
              ['单位', '联系人', '电话', '邮箱'],
              ['区住建局', '张三', '12345', 'a@b.c'],
            ],
          },
        ],
      }),
    );
    expect(ids(r)).toEqual([['1', 1, ['区住建局'], '2020-12-31']]);
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', place: '表 2' })]);
  });

  it('bold cells, （2） numbers, （一） subsections under 一、 and a units cell merged through a section row', async () => {
    const r = await load(
      'p.docx',
      await wordPlan({
        title: '方案',
        tables: [
          {
            rows: [
              H,
              [{ text: '一、源头治理', colSpan: 2, bold: true }, { text: '区住建局', rowSpan: 3 }, ''],
              [{ text: '（一）规划', colSpan: 2 }, ''],
              ['（1）', { text: '任务一。', bold: true }, { text: '2020年12月', bold: true }],
              [{ text: '二、风险防控', colSpan: 4, bold: true }],
              ['（2）', '任务二。', { text: '区应急局、区城管局', bold: true }, '2021年6月'],
            ],
          },
        ],
      }),
    );
    expect(errors(r)).toEqual([]);
    expect(ids(r)).toEqual([
      ['1', 1, ['区住建局'], '2020-12-31'],
      ['2', 2, ['区应急局', '区城管局'], '2021-06-30'],
    ]);
    expect(r.catalog!.tasks[0]!.extra).toEqual({ 分项: '规划' });
  });

  it('header words other plans use: 完成日期, 时间安排, 主责单位, 工作事项', async () => {
    for (const header of [
      ['序号', '工作事项', '主责单位', '完成日期'],
      ['编号', '重点工作', '责任部门', '时间安排'],
    ]) {
      const r = await load('p.docx', await wordPlan({ title: '方案', tables: [{ rows: [header, ['1', '任务一。', '区住建局', '2021年6月']] }] }));
      expect(ids(r)).toEqual([['1', 1, ['区住建局'], '2021-06-30']]);
    }
  });
});

describe('Excel plans as offices have them', () => {
  it('one sheet per section, numbering restarting on each sheet', async () => {
    const sheet = (name: string) => ({ name, rows: [H, [1, '任务一。', '区住建局', '2020年12月'], [2, '任务二。', '区应急局', '2021年6月']] });
    const r = await load('p.xlsx', await excelPlan([sheet('源头治理'), sheet('风险防控')]));
    expect(r.catalog!.sections.map((s) => s.title)).toEqual(['源头治理', '风险防控']);
    expect(r.catalog!.tasks.map((t) => t.id)).toEqual(['1-1', '1-2', '2-1', '2-2']);
  });

  it('cells read as Excel shows them: a month-formatted date, 2021.10 with its zero', async () => {
    const book = await excelPlan([{ name: 'S', rows: [H, [1, '任务一。', '区住建局', new Date(Date.UTC(2021, 5, 1))], [2, '任务二。', '区应急局', 2021.1]] }]);
    // Formats as a clerk would set them in Excel.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book as unknown as ArrayBuffer);
    wb.getWorksheet('S')!.getCell('D2').numFmt = 'yyyy"年"m"月"';
    wb.getWorksheet('S')!.getCell('D3').numFmt = '0.00';
    const r = await load('p.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.catalog!.tasks.map((t) => [t.deadlineText, t.deadline])).toEqual([
      ['2021年6月', '2021-06-30'],
      ['2021.10', '2021-10-31'],
    ]);
  });

  it('an Excel error value is refused at its cell; notes and sign-off rows under the table are not tasks', async () => {
    const bad = await load('p.xlsx', await excelPlan([{ name: 'S', rows: [H, [1, '任务一。', '#REF!', '2020年12月']] }]));
    expect(errors(bad)).toEqual([['S!C2', '单元格显示 Excel 错误值 #REF!（责任单位）']]);
    const notes = await load(
      'p.xlsx',
      await excelPlan([
        { name: 'S', rows: [H, [1, '任务一。', '区住建局', '2020年12月'], ['注：完成时限为最迟完成时间。', null, null, null], ['填表人：张三', null, '审核人：李四', null]], merges: ['A3:D3'] },
      ]),
    );
    expect(ids(notes)).toEqual([['1', 1, ['区住建局'], '2020-12-31']]);
    expect(notes.catalog!.sections).toHaveLength(1);
  });

  it('hidden sheets and columns are left out with a warning', async () => {
    const bytes = await excelPlan([
      {
        name: '任务',
        rows: [
          ['序号', '主要目标任务', '责任单位', '责任单位（旧）', '完成时限'],
          [1, '任务一。', '区住建局', '区建设局', '2020年12月'],
        ],
      },
      { name: '旧版', rows: [H, [1, '旧任务。', '区建设局', '2019年12月']] },
    ]);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.getWorksheet('任务')!.getColumn(4).hidden = true;
    wb.getWorksheet('旧版')!.state = 'hidden';
    const r = await load('p.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(ids(r)).toEqual([['1', 1, ['区住建局'], '2020-12-31']]);
    expect(r.issues.map((i) => i.message)).toEqual([expect.stringContaining('第 D 列是隐藏的'), '工作表“旧版”是隐藏的，未读取']);
  });
});

describe('text plans as offices have them', () => {
  it('a pipe table cut by a blank line, section lines without 、, a row whose tabs became spaces', async () => {
    const pipe = ['| 序号 | 主要目标任务 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 任务一。 | 区住建局 | 2020年12月 |', '', '| 2 | 任务二。 | 区应急局 | 2021年6月 |', ''].join(
      '\n',
    );
    expect(ids(await load('p.md', pipe))).toEqual([
      ['1', 1, ['区住建局'], '2020-12-31'],
      ['2', 1, ['区应急局'], '2021-06-30'],
    ]);
    const sections = ['序号\t主要目标任务\t责任单位\t完成时限', '第一部分 源头治理', '1\t任务一。\t区住建局\t2020年12月', '二 监管执法', '2\t任务二。\t区应急局\t2020年12月', ''].join('\n');
    expect(ids(await load('p.txt', sections))).toEqual([
      ['1', 1, ['区住建局'], '2020-12-31'],
      ['2', 2, ['区应急局'], '2020-12-31'],
    ]);
    const lost = ['序号\t主要目标任务\t责任单位\t完成时限', '1\t任务一。\t区住建局\t2020年12月', '2  任务二。  区应急局  2020年12月', '', '备注：', '1. 以上任务适用于各部门。', ''].join('\n');
    const r = await load('p.txt', lost);
    expect(errors(r)).toEqual([['第 3 行', expect.stringContaining('没有制表符')]]);
  });
});
