import { describe, expect, it } from 'vitest';
import { readImportName } from '../../src/import/import-name.js';
import { lastDateIn } from '../../src/import/last-date.js';
import { fileNameSafe } from '../../src/import/safe-name.js';

const units: Record<string, string> = { 住建局: '住建局', 社区卫生局: '社区卫健局', 社区卫健局: '社区卫健局' };
const unitOf = (s: string) => units[s.replace(/\s+/g, '')];

describe('reading a file name', () => {
  it('reads task, department, title and date in the usual order', () => {
    expect(readImportName('T24_住建局_视频监控台账_2020-12-20.docx', unitOf)).toEqual({
      task: '24',
      unit: '住建局',
      title: '视频监控台账',
      stem: 'T24_住建局_视频监控台账_2020-12-20',
      date: '2020-12-20',
      rest: ['视频监控台账'],
    });
  });

  it('accepts a bare leading number, 任务, full-width digits, aliases and every date form', () => {
    expect(readImportName('24_住建局_台账_2020.12.20.pdf', unitOf)).toMatchObject({ task: '24', unit: '住建局', title: '台账', date: '2020-12-20' });
    expect(readImportName('任务２４_社区卫生局_台账_2020年1月5日.pdf', unitOf)).toMatchObject({ task: '24', unit: '社区卫健局', date: '2020-01-05' });
    expect(readImportName('t3.2_住建局_2020-1-5.png', unitOf)).toMatchObject({ task: '3.2', unit: '住建局', date: '2020-01-05' });
    expect(readImportName('住建局_台账_20201220_T24.xlsx', unitOf)).toMatchObject({ task: '24', unit: '住建局', title: '台账', date: '2020-12-20' });
  });

  it('reads a task number written with zeros before it, as 第…项 or 任务…号, or with a full-width Ｔ', () => {
    expect(readImportName('T05_住建局_报告_2021.3.5.docx', unitOf)).toMatchObject({ task: '5', unit: '住建局', title: '报告', date: '2021-03-05' });
    expect(readImportName('T024_住建局_报告.docx', unitOf)).toMatchObject({ task: '24' });
    expect(readImportName('05_住建局_报告.docx', unitOf)).toMatchObject({ task: '5' });
    expect(readImportName('第24项_住建局_报告.docx', unitOf)).toMatchObject({ task: '24', title: '报告' });
    expect(readImportName('任务24号_住建局_报告.docx', unitOf)).toMatchObject({ task: '24', title: '报告' });
    // 第12号 is a document number (简报第12号), not a task.
    expect(readImportName('住建局_安委办通报_第12号_2021-01-05.pdf', unitOf)).toEqual(expect.objectContaining({ title: '安委办通报_第12号' }));
    expect(readImportName('住建局_安委办通报_第12号_2021-01-05.pdf', unitOf).task).toBeUndefined();
    expect(readImportName('Ｔ２４_住建局_报告.docx', unitOf)).toMatchObject({ task: '24', title: '报告' });
    expect(readImportName('t3.02_住建局_报告.docx', unitOf)).toMatchObject({ task: '3.2' });
    // A title that only starts like a number stays a title.
    expect(readImportName('T24_住建局_第3季度报告.docx', unitOf)).toMatchObject({ task: '24', title: '第3季度报告' });
  });

  it('reads names split by dashes or spaces, a task in brackets, and a department or date written without a separator', () => {
    expect(readImportName('T24-住建局-安全检查-2021-03-01.pdf', unitOf)).toMatchObject({ task: '24', unit: '住建局', title: '安全检查', date: '2021-03-01' });
    expect(readImportName('T3-2-住建局-安全-检查记录.pdf', unitOf)).toMatchObject({ task: '3-2', unit: '住建局', title: '安全-检查记录' });
    expect(readImportName('T24 住建局 安全检查 2021.03.01.pdf', unitOf)).toMatchObject({ task: '24', unit: '住建局', title: '安全检查', date: '2021-03-01' });
    expect(readImportName('T24　住建局　安全检查.pdf', unitOf)).toMatchObject({ task: '24', unit: '住建局', title: '安全检查' });
    expect(readImportName('【T24】住建局安全检查记录2021.3.1.pdf', unitOf)).toMatchObject({ task: '24', unit: '住建局', title: '安全检查记录', date: '2021-03-01' });
    expect(readImportName('[第24项]住建局_检查记录_20210301.pdf', unitOf)).toMatchObject({ task: '24', unit: '住建局', title: '检查记录', date: '2021-03-01' });
    expect(readImportName('T24_住建局检查记录_2021年3月1日.pdf', unitOf)).toMatchObject({ task: '24', unit: '住建局', title: '检查记录', date: '2021-03-01' });
    // Brackets around something else are part of the title.
    expect(readImportName('【紧急】_住建局_检查记录.pdf', unitOf)).toMatchObject({ unit: '住建局', title: '【紧急】_检查记录' });
    // A department or date found as a part of its own is not looked for inside the others.
    expect(readImportName('T24_住建局_住建局检查记录2021.3.1_2021-03-05.pdf', unitOf)).toMatchObject({ unit: '住建局', title: '住建局检查记录2021.3.1', date: '2021-03-05' });
    // A date alone at the start of a part is a part of its own only when split off.
    expect(readImportName('T24_住建局_2021.3.1检查记录.pdf', unitOf)).toMatchObject({ title: '2021.3.1检查记录' });
  });

  it('leaves out what a download or a copy adds at the end of a name', () => {
    expect(readImportName('T24_住建局_安全检查_2021-03-01 (1).pdf', unitOf)).toMatchObject({ task: '24', title: '安全检查', date: '2021-03-01' });
    expect(readImportName('T24_住建局_安全检查_2021-03-01 - 副本.pdf', unitOf)).toMatchObject({ task: '24', title: '安全检查', date: '2021-03-01' });
    expect(readImportName('T24_住建局_安全检查 - Copy (2).pdf', unitOf)).toMatchObject({ task: '24', title: '安全检查' });
    // A number the office wrote itself stays.
    expect(readImportName('T24_住建局_安全检查（1）.pdf', unitOf)).toMatchObject({ title: '安全检查（1）' });
    expect(readImportName(' (1).pdf', unitOf)).toMatchObject({ stem: '(1)' });
  });

  it('gives no title when the name has none, and keeps the stem for the last resort', () => {
    const name = readImportName('T24_住建局_2020-12-20.docx', unitOf);
    expect(name.title).toBeUndefined();
    expect(name.stem).toBe('T24_住建局_2020-12-20');
    const plain = readImportName('视频监控情况说明.docx', unitOf);
    expect(plain).toEqual({ stem: '视频监控情况说明', rest: ['视频监控情况说明'] });
  });

  it('does not take a number that is not first, or an impossible date, for a task or date', () => {
    expect(readImportName('住建局_2020_台账_2020-02-30.pdf', unitOf)).toMatchObject({ unit: '住建局', title: '2020_台账', badDate: '2020-02-30' });
    expect(readImportName('住建局_2020_台账_2020-02-30.pdf', unitOf).task).toBeUndefined();
    expect(readImportName('住建局_台账_2020-02-30_2020-03-01.pdf', unitOf)).toMatchObject({ date: '2020-03-01', title: '台账_2020-02-30' });
    expect(readImportName('住建局_台账_2020-02-30_2020-03-01.pdf', unitOf).badDate).toBeUndefined();
  });
});

describe('dates written in a document', () => {
  it('finds the last date, in Arabic or Chinese numerals', () => {
    expect(lastDateIn('2020年3月1日召开会议……\n\n2020年12月20日')).toEqual({ written: '2020年12月20日', iso: '2020-12-20' });
    expect(lastDateIn('西安曲江新区住建局\n二〇二〇年十二月二十一日')).toEqual({ written: '二〇二〇年十二月二十一日', iso: '2020-12-21' });
    expect(lastDateIn('2021年 6 月 30 日')).toEqual({ written: '2021年6月30日', iso: '2021-06-30' });
    expect(lastDateIn('二〇二〇年十月十日')?.iso).toBe('2020-10-10');
    expect(lastDateIn('2020年12月')).toBeUndefined();
  });
});

describe('titles in file names', () => {
  it('drops characters Windows forbids and shortens long titles', () => {
    expect(fileNameSafe('关于2020/12 "视频监控" 的报告:终稿')).toBe('关于2020 12 视频监控 的报告 终稿');
    expect([...fileNameSafe('一'.repeat(40))]).toHaveLength(30);
    expect(fileNameSafe('...')).toBe('');
  });
});
