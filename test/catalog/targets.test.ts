import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/catalog/targets.js';

describe('extractTargets', () => {
  it.each([
    ['建设施工现场视频监控系统安装率100%', { name: '建设施工现场视频监控系统安装率', op: '>=', value: 100, unit: '%' }],
    ['正常维护率达到95%以上', { name: '正常维护率', op: '>=', value: 95, unit: '%' }],
    ['老旧管网改造率 > 80%', { name: '老旧管网改造率', op: '>', value: 80, unit: '%' }],
    ['消防通信设施完好率 ≥ 95%', { name: '消防通信设施完好率', op: '>=', value: 95, unit: '%' }],
    ['综合管廊建设率>30%', { name: '综合管廊建设率', op: '>', value: 30, unit: '%' }],
    ['人均避难场所面积大于1.5平方米', { name: '人均避难场所面积', op: '>', value: 1.5, unit: '平方米' }],
    ['人均面积不低于2平方米', { name: '人均面积', op: '>=', value: 2, unit: '平方米' }],
    ['在接到出动指令后5分钟内消防队到达辖区边缘', { name: '接到出动指令后消防队到达辖区边缘', op: '<=', value: 5, unit: '分钟' }],
    ['每年至少组织1次消防应急疏散演练', { name: '每年组织消防应急疏散演练', op: '>=', value: 1, unit: '次' }],
    ['每年开展2项以上应急演练并及时总结评估', { name: '每年开展应急演练', op: '>=', value: 2, unit: '项' }],
    ['重大隐患挂牌督办率 ≥ 98％', { name: '重大隐患挂牌督办率', op: '>=', value: 98, unit: '%' }],
  ])('%s', (text, target) => {
    expect(extractTargets(text)).toEqual([target]);
  });

  it('finds several targets in one text, in order', () => {
    const found = extractTargets('信息化执法率>90%；执法检查处罚率>5%。');
    expect(found.map((t) => [t.name, t.op, t.value])).toEqual([
      ['信息化执法率', '>', 90],
      ['执法检查处罚率', '>', 5],
    ]);
  });

  it.each([
    '2020年12月底前，执法装备达到标准',
    '近3年内未发生较大以上事故灾难；近1年内未被约谈',
    '企业安全培训达到“三个100%”',
    '周边不少于150米范围内交通安全设施齐全',
    '防洪标准基本达到20年一遇',
    '开展第2次模拟自评',
  ])('no target in %s', (text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});
