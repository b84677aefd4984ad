import { describe, expect, it } from 'vitest';
import { districtOf } from '../../src/catalog/plan.js';

describe("the district named in a plan's title", () => {
  it.each([
    ['西安曲江新区国家安全发展示范城市创建工作实施方案', '西安曲江新区'],
    ['曲江新区创建国家安全发展示范城市任务分解表', '曲江新区'],
    ['曲江新区2020年创建国家安全发展示范城市工作方案', '曲江新区'],
    ['某县争创国家安全发展示范城市实施方案', '某县'],
    ['关于印发某区创建安全发展示范城市工作方案的通知', '某区'],
    ['# 某市 2021年度 国家安全发展示范城市创建任务清单', '某市'],
  ])('%s → %s', (title, district) => {
    expect(districtOf([title])).toBe(district);
  });

  it('is none when no line names one', () => {
    expect(districtOf(['任务分解表', '序号\t任务\t责任单位'])).toBeUndefined();
  });
});
