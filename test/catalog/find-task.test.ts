import { describe, expect, it } from 'vitest';
import { taskRef } from '../../src/catalog/find-task.js';
import { normalizeNumber } from '../../src/catalog/table-rows.js';

describe('task numbers as clerks write them', () => {
  it('reads 24, T24, 任务24, 第24项, 任务24号, full-width forms and numbers with zeros before them as one task', () => {
    for (const ref of ['24', ' 24 ', '２４', 'T24', 't24', 'Ｔ２４', '任务24', '任务 24', '第24项', '第 24 项', '任务24号', '24项', 'T024', '024']) expect(taskRef(ref)).toBe('24');
    expect(taskRef('T05')).toBe('5');
    expect(taskRef('3.02')).toBe('3.2');
    expect(taskRef('2-03')).toBe('2-3');
    expect(taskRef('0')).toBe('0');
  });

  it('leaves what is no task number as it was written', () => {
    expect(taskRef('第三季度')).toBe('第三季度');
    expect(taskRef('abc')).toBe('abc');
    expect(taskRef('第三项')).toBe('第三项');
    expect(taskRef('2020年第5号')).toBe('2020年第5号');
  });

  it('reads a plan numbered 01, 02 … as tasks 1, 2 …', () => {
    expect(normalizeNumber('01')).toBe('1');
    expect(normalizeNumber('（05）')).toBe('5');
    expect(normalizeNumber('3.01')).toBe('3.1');
    expect(normalizeNumber('10')).toBe('10');
    expect(normalizeNumber('0')).toBe('0');
  });
});
