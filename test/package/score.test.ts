import { describe, expect, it } from 'vitest';
import { share } from '../../src/score/score.js';
import { builtinScoringFile, readScoringTable } from '../../src/score/table.js';

describe('scoring', () => {
  it('splits an item over its tasks to the hundredth, summing exactly', () => {
    const parts = share(18, Array(13).fill(undefined));
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(18, 10);
    expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(0.011);
    expect(share(10, [2, undefined, undefined, 3])).toEqual([2, 2.5, 2.5, 3]);
  });

  it('ships a table whose base items total 100 and whose figures are marked for confirmation', async () => {
    const table = await readScoringTable(builtinScoringFile());
    expect(table.items.filter((i) => !i.bonus).reduce((a, i) => a + i.points, 0)).toBe(100);
    expect(table.items.flatMap((i) => i.sections).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(table.items.every((i) => i.confirm)).toBe(true);
    expect(table.vetoes.map((v) => v.task)).toEqual([5]);
  });
});
