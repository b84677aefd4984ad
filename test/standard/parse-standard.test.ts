import { describe, expect, it } from 'vitest';
import { parseStandard } from '../../src/standard/parse-standard.js';

const head = ['name: 评分标准', 'source: 测试', 'items:', '- id: 一', '  level: 1', '  title: 城市安全源头治理'];

describe('a standard file edited by hand', () => {
  it('gives the real line of a YAML fault, in Chinese', () => {
    expect(() => parseStandard('standard.yaml', [...head, '  points: [18', '  clauses: []', '  confirmed: true', ''].join('\n'))).toThrow(
      /^评分标准文件 standard\.yaml 第 7 行格式错误：“\[”没有配对的“\]”/,
    );
  });

  it('says what a value should have been, in Chinese', () => {
    expect(() => parseStandard('standard.yaml', [...head, '  points: 十八', '  clauses: []', '  confirmed: true', ''].join('\n'))).toThrow(
      '评分标准文件 standard.yaml 中 items.0.points 不正确：应为数字',
    );
    expect(() => parseStandard('standard.yaml', ['name: 评分标准', 'source: 测试', 'items: []', ''].join('\n'))).toThrow('评分标准文件 standard.yaml 中 items 不正确：不能为空');
    const clause = (no: string) => [...head, '  points: 18', '  clauses:', `  - no: ${no}`, '    text: 条款', '  confirmed: true', ''].join('\n');
    expect(() => parseStandard('standard.yaml', clause('0'))).toThrow('评分标准文件 standard.yaml 中 items.0.clauses.0.no 不正确：应大于 0');
    expect(() => parseStandard('standard.yaml', clause('1.5'))).toThrow('评分标准文件 standard.yaml 中 items.0.clauses.0.no 不正确：应为整数');
  });
});
