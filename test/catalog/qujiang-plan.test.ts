import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/catalog/plan.js';
import { makeAliasTable } from '../../src/catalog/aliases.js';
import { editDistance } from '../../src/util/edit-distance.js';
import { builtinAliasRecord, catalogOf, qujiangText } from '../helpers.js';

const catalog = catalogOf(qujiangText());
const task = (no: number) => catalog.tasks.find((t) => t.no === no)!;

describe('the bundled Qujiang plan', () => {
  it('parses without errors or warnings', () => {
    const result = parsePlan(qujiangText(), 'plan.md', makeAliasTable(builtinAliasRecord));
    expect(result.issues).toEqual([]);
  });

  it('has tasks 1–87 with no gaps, across the page-break header repeats', () => {
    expect(catalog.tasks.map((t) => t.no)).toEqual(Array.from({ length: 87 }, (_, i) => i + 1));
  });

  it('has the 7 sections from the <b> rows, each task in the right one', () => {
    expect(catalog.sections.map((s) => s.title)).toEqual([
      '城市安全状况显著改善',
      '加强城市安全源头治理',
      '加强城市安全风险防控',
      '加强城市安全监督管理',
      '提升城市安全保障能力',
      '提升城市安全应急救援能力',
      '创建工作中的特色亮点工作',
    ]);
    const firstOf = catalog.sections.map((s) => catalog.tasks.find((t) => t.section === s.no)!.no);
    expect(firstOf).toEqual([1, 6, 19, 39, 61, 78, 87]);
  });

  it('reads deadlines as DESIGN.md defines them', () => {
    expect(task(1).deadline).toBe('2021-07-31'); // 2020年10月-2021年7月
    expect(task(14).deadline).toBeNull(); // 规划水平年
    expect(task(39).deadline).toBe('2021-12-31'); // 2020年-2021年
    expect(task(6).deadline).toBe('2020-12-31');
    expect(task(28)).toMatchObject({ deadline: '2020-12-31', deadlineText: '2020 年 12 月' });
    expect(task(31).deadline).toBe('2021-06-30'); // 2021 年 6 月
    expect(task(19).deadline).toBe('2021-05-31');
    expect(task(87).deadline).toBe('2021-07-31');
  });

  it('splits departments and groups, drops 等相关单位, keeps 城（棚）改办 whole', () => {
    expect(task(6).units).toEqual(['经发局', '住建局', '资源规划中心', '城市管理服务中心', '应急管理中心', '社区卫健局', '交警曲江大队', '曲江消防救援大队']);
    expect(task(15).units).toEqual(['住建局', '资源规划中心', '城管执法局', '城（棚）改办', 'CCBD管理办', '大明宫保护办']);
    expect(task(1)).toMatchObject({ units: [], groups: ['安委会各相关成员单位'] });
    expect(task(2).groups).toEqual(['道路交通委员会各相关成员单位']);
    expect(task(26)).toMatchObject({ units: ['城管执法局'], groups: ['安委会各相关成员单位'] });
    expect(task(37)).toMatchObject({ units: [], groups: ['新区防汛抗旱指挥部相关成员单位'] });
    expect(task(61)).toMatchObject({ units: ['财政局'], groups: ['各相关板块'] });
    expect(task(86)).toMatchObject({ units: ['经发局', '文化旅游局', '住建局', '应急管理中心', '社区卫健局'], groups: [] });
    expect(task(82)).toMatchObject({ units: ['住建局', '资源规划中心', '应急管理中心'], groups: ['安委会各相关成员单位'] });
  });

  it('normalizes the spelling variants (CCBD 管理办, 社区卫生局, 大明官保护办)', () => {
    expect(task(28).units).toContain('CCBD管理办');
    expect(task(63).units).toEqual(['应急管理中心', '教育局', '社区卫健局']);
    expect(catalog.units).not.toContain('CCBD 管理办');
    expect(catalog.units).not.toContain('社区卫生局');
    expect(catalog.units).not.toContain('大明官保护办');
    expect(catalog.mainTasks[15]!.units).toContain('社区卫健局'); // 社区卫生健局 in the body
  });

  it('spells no department two ways', () => {
    const units = catalog.units;
    expect(new Set(units).size).toBe(units.length);
    for (const a of units) for (const b of units) if (a !== b) expect(editDistance(a, b), `${a} / ${b}`).toBeGreaterThan(1);
    for (const u of units) expect(u).not.toMatch(/\s|等|及|、/);
  });

  it('finds the quantitative targets', () => {
    const withTargets = catalog.tasks.filter((t) => t.targets.length > 0).map((t) => t.no);
    for (const no of [10, 12, 16, 24, 54, 82]) expect(withTargets).toContain(no);
    expect(task(10).targets).toEqual([{ name: '市政供水、供热和燃气老旧管网改造率', op: '>', value: 80, unit: '%' }]);
    expect(task(24).targets[0]).toEqual({ name: '建设施工现场视频监控系统安装率', op: '>=', value: 100, unit: '%' });
    expect(task(24).targets[3]).toEqual({ name: '安全生产标准化考评合格率', op: '>=', value: 90, unit: '%' });
    expect(task(82).targets).toEqual([{ name: '人均避难场所面积', op: '>', value: 1.5, unit: '平方米' }]);
    expect(task(11).targets).toEqual([{ name: '接到出动指令后消防队到达辖区边缘', op: '<=', value: 5, unit: '分钟' }]);
    expect(task(12).targets.map((t) => [t.op, t.value])).toEqual([
      ['>=', 100],
      ['>=', 95],
      ['>=', 95],
      ['>=', 100],
      ['>=', 1],
    ]);
    expect(task(54).targets.map((t) => t.name)).toEqual(['信息化执法率', '执法检查处罚率']);
    expect(task(1).targets).toEqual([]);
    expect(task(5).targets).toEqual([]);
  });

  it('reads the 18 schedule stages with space-separated departments', () => {
    expect(catalog.schedule.map((s) => s.no)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const stage = (no: number) => catalog.schedule[no - 1]!;
    expect(stage(1)).toMatchObject({ deadline: '2020-10-20', units: ['西曲江创建领导小组办公室'], groups: [] });
    expect(stage(2).deadline).toBe('2020-11-10');
    expect(stage(4).deadline).toBe('2020-11-30');
    expect(stage(7)).toMatchObject({ units: [], groups: ['各部门、各单位'] });
    expect(stage(11)).toMatchObject({ deadline: '2020-12-31', units: ['西曲江创建领导小组办公室'], groups: ['各部门、各单位'] });
    expect(stage(15).groups).toEqual(['各部门、各板块']);
    expect(stage(18)).toMatchObject({ deadline: null, deadlineText: '按照国家确定 时间实施' });
  });

  it('reads the 20 main tasks with their 责任单位 and rejoins text split at page breaks', () => {
    expect(catalog.mainTasks.map((m) => m.no)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(catalog.mainTasks.map((m) => m.part)).toEqual([1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 6, 6, 6]);
    const m3 = catalog.mainTasks[2]!;
    expect(m3.title).toBe('加强城市基础及安全设施建设');
    expect(m3.units).toContain('CCBD管理办');
    expect(m3.units).toContain('城（棚）改办');
    expect(m3.groups).toEqual(['各板块']);
    expect(catalog.mainTasks[0]!.text).toContain('平均每百万人口因灾死亡率等指标数据逐年下降');
    expect(catalog.mainTasks[7]!.text).toContain('完善应急广播体系，畅通预警信息传播绿色通道');
    expect(catalog.mainTasks[17]!).toMatchObject({ units: ['应急管理中心'], groups: ['安委会各相关成员单位'] });
  });

  it('lists the units in order of first appearance, including those only in the schedule', () => {
    expect(catalog.units.slice(0, 3)).toEqual(['经发局', '住建局', '资源规划中心']);
    expect(catalog.units).toContain('西曲江创建领导小组办公室');
    expect(catalog.units).toContain('城墙管委会');
    expect(catalog.units.length).toBe(28);
  });
});
