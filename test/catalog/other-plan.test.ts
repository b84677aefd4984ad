import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../helpers.js';

const text = readFileSync(join(import.meta.dirname, '../fixtures/plans/other-plan.md'), 'utf8');
const catalog = catalogOf(text, { 卫健委员会: '卫健委' });
const task = (no: number) => catalog.tasks.find((t) => t.no === no)!;

describe('a second plan of the same form', () => {
  it('has its own sections and 9 tasks', () => {
    expect(catalog.sections).toEqual([
      { no: 1, title: '夯实城市安全基础' },
      { no: 2, title: '提升应急救援能力' },
      { no: 3, title: '加强宣传教育' },
    ]);
    expect(catalog.tasks.map((t) => [t.no, t.section])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 2],
      [7, 2],
      [8, 2],
      [9, 3],
    ]);
  });

  it('reads its deadlines', () => {
    expect(catalog.tasks.map((t) => t.deadline)).toEqual(['2021-03-31', '2021-03-31', '2021-05-31', null, '2021-02-15', '2021-12-31', '2021-06-30', '2021-04-10', '2021-12-31']);
  });

  it('reads its departments, groups and workspace aliases', () => {
    expect(task(1)).toMatchObject({ units: ['规划局', '水务局'], groups: [] });
    expect(task(2).units).toEqual(['水务局', '老（旧）小区办']);
    expect(task(3)).toMatchObject({ units: ['园林局'], groups: ['各街道'] });
    expect(task(7)).toMatchObject({ units: ['应急局'], groups: ['区安委会各成员单位'] });
    expect(task(8).units).toEqual(['应急局', '卫健委']);
    expect(catalog.units).toEqual(['规划局', '水务局', '老（旧）小区办', '园林局', '应急局', '交通运输局', '消防大队', '卫健委', '创建办']);
  });

  it('reads its targets', () => {
    expect(task(2).targets).toEqual([{ name: '市政排水管网改造率', op: '>=', value: 90, unit: '%' }]);
    expect(task(3).targets).toEqual([{ name: '公园绿地应急避难场所人均面积', op: '>=', value: 2, unit: '平方米' }]);
    expect(task(4).targets).toEqual([]);
    expect(task(5).targets.map((t) => [t.name, t.op, t.value])).toEqual([
      ['安全隐患整改率', '>=', 100],
      ['重大隐患挂牌督办率', '>=', 98],
    ]);
    expect(task(6).targets).toEqual([{ name: '接警后救援力量到场', op: '<=', value: 8, unit: '分钟' }]);
    expect(task(7).targets).toEqual([{ name: '每年组织综合应急演练', op: '>=', value: 2, unit: '次' }]);
    expect(task(8).targets).toEqual([{ name: '应急物资储备库覆盖率', op: '>', value: 85, unit: '%' }]);
  });

  it('reads its schedule and main tasks', () => {
    expect(catalog.schedule.map((s) => [s.no, s.deadline, s.units, s.groups])).toEqual([
      [1, '2020-12-10', ['创建办'], []],
      [2, '2021-03-31', ['创建办'], ['各部门、各街道']],
      [3, '2021-06-30', ['创建办', '应急局'], []],
      [4, null, ['创建办'], []],
    ]);
    expect(catalog.mainTasks.map((m) => [m.no, m.part, m.title, m.units, m.groups])).toEqual([
      [1, 1, '完善规划体系', ['规划局', '水务局'], ['各街道']],
      [2, 1, '加强设施建设', ['水务局', '老（旧）小区办', '园林局'], []],
      [3, 2, '健全应急体系', ['应急局'], ['区安委会各成员单位']],
    ]);
    expect(catalog.mainTasks[1]!.text).toBe('推进老旧管网改造，提高排水防涝能力。');
  });
});
