import { describe, expect, it } from 'vitest';
import { parseClauses } from '../../src/standard/parse-clauses.js';

describe('parseClauses: 评分标准 text → deduction clauses', () => {
  it('reads per-finding clauses with their caps', () => {
    expect(parseClauses('市政消火栓（消防水鹤）未保持完好的，每发现一处扣0.2分，1分扣完为止')).toEqual([
      { no: 1, text: '市政消火栓（消防水鹤）未保持完好的，每发现一处扣0.2分，1分扣完为止', kind: 'per-finding', amount: 0.2, cap: 1 },
    ]);
    expect(parseClauses('每发现上述任何一处情况扣0.5分，2分扣完为止')[0]).toMatchObject({ kind: 'per-finding', amount: 0.5, cap: 2 });
    expect(parseClauses('防灾减灾专项规划每缺一项扣0.2分，1分扣完为止')[0]).toMatchObject({ kind: 'per-finding', amount: 0.2, cap: 1 });
    expect(parseClauses('每有1家企业未落实扣0.1分，最多扣1分')[0]).toMatchObject({ kind: 'per-finding', amount: 0.1, cap: 1 });
  });

  it('reads threshold clauses with what is measured, the side and the unit', () => {
    expect(parseClauses('市政供水、供热和燃气老旧管网改造率≤80%的，扣1分')).toEqual([
      { no: 1, text: '市政供水、供热和燃气老旧管网改造率≤80%的，扣1分', kind: 'threshold', amount: 1, limit: { name: '市政供水、供热和燃气老旧管网改造率', op: '<=', value: 80, unit: '%' } },
    ]);
    expect(parseClauses('消防站建设达标率低于90%的，扣0.5分')[0]).toMatchObject({ kind: 'threshold', amount: 0.5, limit: { name: '消防站建设达标率', op: '<', value: 90, unit: '%' } });
    expect(parseClauses('消防队到达辖区边缘时间超过5分钟的，扣1分')[0]).toMatchObject({ kind: 'threshold', limit: { op: '>', value: 5, unit: '分钟' } });
  });

  it('reads a condition as one finding, splits several clauses, and leaves judgement to the office', () => {
    const clauses = parseClauses('未编制城市总体规划的，扣1分；防灾减灾专项规划每缺一项扣0.2分，1分扣完为止。评估报告质量不高的，酌情扣0.5～1分');
    expect(clauses.map((c) => [c.no, c.kind, c.amount, c.cap])).toEqual([
      [1, 'per-finding', 1, 1],
      [2, 'per-finding', 0.2, 1],
      [3, 'manual', undefined, undefined],
    ]);
    expect(parseClauses('1.未建立制度的，扣0.5分\n2.每发现一处隐患未整改扣0.2分，1分扣完为止').map((c) => [c.no, c.kind, c.text])).toEqual([
      [1, 'per-finding', '未建立制度的，扣0.5分'],
      [2, 'per-finding', '每发现一处隐患未整改扣0.2分，1分扣完为止'],
    ]);
    expect(parseClauses('按照有关规定综合评定')).toEqual([{ no: 1, text: '按照有关规定综合评定', kind: 'manual' }]);
  });
});

describe('parseClauses on the official wording', () => {
  it('keeps conditions listed with semicolons as one clause with the deduction that follows them', () => {
    const text =
      '城市国土空间总体规划（城市总体规划）未体现综合防灾、公共安全要求的；未制定综合防灾减灾规划等专项规划和年度实施计划的；上述规划没有进行专家论证评审和中期评估的；每发现上述任何一处情况扣0.5分，2分扣完为止。';
    const clauses = parseClauses(text);
    expect(clauses).toHaveLength(1);
    expect(clauses[0]).toMatchObject({ no: 1, kind: 'per-finding', amount: 0.5, cap: 2 });
    expect(clauses[0]!.text).toContain('未制定综合防灾减灾规划');
  });

  it('keeps a 注 with the clause it explains, over several sentences', () => {
    const clauses = parseClauses(
      '（1）市政消火栓未保持完好的，每发现一处扣0.2分，1分扣完为止。\n（2）老旧管网改造率≤80%的，扣1分。\n注：老旧管网指运行年限30年以上的管网。燃气老旧管网指使用年限超过30年的管网。',
    );
    expect(clauses.map((c) => c.kind)).toEqual(['per-finding', 'threshold']);
    expect(clauses[1]!.text).toBe('老旧管网改造率≤80%的，扣1分（注：老旧管网指运行年限30年以上的管网。燃气老旧管网指使用年限超过30年的管网）');
    expect(clauses[1]!.limit).toMatchObject({ op: '<=', value: 80 });
  });
});
