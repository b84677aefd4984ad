import { describe, expect, it } from 'vitest';
import { makeAliasTable } from '../../src/catalog/aliases.js';
import { parsePlan } from '../../src/catalog/plan.js';
import { builtinAliasRecord, qujiangText } from '../helpers.js';

const aliases = makeAliasTable(builtinAliasRecord);
const lines = qujiangText().split('\n');
const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix)) + 1;
const parse = (edit: (ls: string[]) => void) => {
  const copy = [...lines];
  edit(copy);
  return parsePlan(copy.join('\n'), 'plan.md', aliases);
};

describe('a plan that does not parse', () => {
  it('reports a row with a missing tab at its line and withholds the catalog', () => {
    const at = lineOf('24\t');
    const result = parse((ls) => (ls[at - 1] = ls[at - 1]!.replace('\t2020年12月', ' 2020年12月')));
    expect(result.catalog).toBeUndefined();
    expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'error', line: at, message: expect.stringContaining('3 列') }));
  });

  it('reports a gap in the numbering', () => {
    const at = lineOf('41\t');
    const result = parse((ls) => ls.splice(at - 1, 1));
    expect(result.catalog).toBeUndefined();
    expect(result.issues).toContainEqual(expect.objectContaining({ line: at, message: expect.stringContaining('缺少序号 41') }));
  });

  it('reports a duplicate number with the line it first appeared on', () => {
    const at = lineOf('41\t');
    const result = parse((ls) => ls.splice(at, 0, ls[at - 1]!));
    expect(result.catalog).toBeUndefined();
    expect(result.issues).toContainEqual(expect.objectContaining({ line: at + 1, message: `任务序号 41 重复，第 ${at} 行已经用过` }));
  });

  it('reports a deadline nobody can read', () => {
    const at = lineOf('30\t');
    const result = parse((ls) => (ls[at - 1] = ls[at - 1]!.replace('2020 年 12 月', '年底前后')));
    expect(result.catalog).toBeUndefined();
    expect(result.issues).toEqual([expect.objectContaining({ line: at, message: '完成时限“年底前后”无法识别' })]);
  });

  it('reports a row whose first cell is not a number', () => {
    const at = lineOf('7\t');
    const result = parse((ls) => (ls[at - 1] = ls[at - 1]!.replace(/^7/, '七')));
    expect(result.issues).toContainEqual(expect.objectContaining({ line: at, message: '序号“七”不是数字' }));
  });

  it('reports a main task without its 责任单位', () => {
    const at = lineOf('**4. ');
    const result = parse((ls) => (ls[at - 1] = ls[at - 1]!.replace(/（责任单位：[^）]*）/, '')));
    expect(result.issues).toContainEqual(expect.objectContaining({ line: at, message: expect.stringContaining('主要任务 4') }));
  });

  it('reports a plan with no task table at all', () => {
    const result = parsePlan('# 方案\n\n正文。\n', 'plan.md', aliases);
    expect(result).toEqual({ issues: [expect.objectContaining({ line: 1, message: '方案中没有找到任务分解表' })] });
  });

  it('warns about a department spelled two ways that no alias covers', () => {
    const at = lineOf('9\t');
    const result = parse((ls) => (ls[at - 1] = ls[at - 1]!.replace('住建局、交警曲江大队', '住建局、交警曲江大对')));
    expect(result.catalog).toBeDefined();
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'warning', line: at, message: expect.stringContaining('“交警曲江大对”与“交警曲江大队”') })]);
  });

  it('warns about a deadline before an occasion, read as its year end', () => {
    const at = lineOf('30\t');
    const result = parse((ls) => (ls[at - 1] = ls[at - 1]!.replace('2020 年 12 月', '2021年汛期前')));
    expect(result.catalog!.tasks.find((t) => t.id === '30')).toMatchObject({ deadline: '2021-12-31', deadlineText: '2021年汛期前' });
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        line: at,
        place: expect.any(String),
        message: '完成时限“2021年汛期前”中的“汛期前”没有具体日期，暂按 2021-12-31（当年年底）统计是否逾期',
        hint: '如果要按更早的日期统计和催办，请在方案中写明日期，如“2021年5月底前”',
      },
    ]);
  });
});
