import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/types.js';
import type { Workspace } from '../../src/workspace/config.js';
import { aliasTargetProblems } from '../../src/workspace/alias-targets.js';

describe('aliasTargetProblems', () => {
  it('warns about a rename of a plan department, not about merging two spellings the plan both uses', () => {
    const ws = { unitAliases: { 区住建局: '住建局', 城管执法局: '曲江城管局', 住建委: '住房建设局', 区水务局: '区商务局' }, extraUnits: [] } as unknown as Workspace;
    const planUnits = ['区住建局', '住建局', '城管执法局', '区水务局', '区商务局'];
    const catalog = { units: ['住建局', '曲江城管局'] } as unknown as Catalog;
    expect(aliasTargetProblems(ws, catalog, planUnits).map((p) => p.message)).toEqual([
      'unitAliases 中“城管执法局: 曲江城管局”把方案中的单位“城管执法局”改称“曲江城管局”：方案、检查、催办和报告中都将用“曲江城管局”',
      'unitAliases 中“区水务局: 区商务局”把方案中的单位“区水务局”改称“区商务局”：方案、检查、催办和报告中都将用“区商务局”',
      'unitAliases 中“住建委: 住房建设局”右边的“住房建设局”不是方案中的单位，写“住建委”的材料会被当作单位名单外的单位',
    ]);
  });
});
