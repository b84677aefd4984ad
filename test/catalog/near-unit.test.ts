import { describe, expect, it } from 'vitest';
import { nearUnit } from '../../src/catalog/near-unit.js';
import { loadPlan } from '../../src/catalog/load.js';
import { qujiangPlanPath } from '../helpers.js';

describe('nearUnit', async () => {
  const { catalog } = await loadPlan(qujiangPlanPath);
  const units = catalog!.units;

  it.each([
    ['曲江新区住建局', '住建局'],
    ['西安市曲江新区应急管理中心', '应急管理中心'],
    ['应急管里中心', '应急管理中心'],
    ['卫健局', '社区卫健局'],
    ['执法局', '城管执法局'],
    ['审批局', '行政审批局'],
    ['人事局', '组织人事局'],
    ['监管局', '市场监管局曲江分局'],
    ['住建', '住建局'],
    ['市场监管局', '市场监管局曲江分局'],
    ['住房建设局', '住建局'],
    ['市监局', '市场监管局曲江分局'],
    ['城管局', '城管执法局'],
  ])('%s → %s', (written, meant) => {
    expect(nearUnit(written, units)).toBe(meant);
  });

  it.each(['应急局', '西安市统计局', '统计局', '局'])('%s → no guess (no department is that close)', (written) => {
    expect(nearUnit(written, units)).toBeUndefined();
  });
});
