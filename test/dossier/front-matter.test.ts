import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/dossier/front-matter.js';

const read = (lines: string[]) => {
  const r = readFrontMatter(['---', ...lines, '---', '正文。', ''].join('\n'));
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('readFrontMatter mends a value YAML would read as a block or a list', () => {
  it.each([
    ['target: >=95%', { target: '>=95%' }, '>=95%', '≥95%'],
    ['target: >95%', { target: '>95%' }, '>95%', '＞95%'],
    ['value: |95|', { value: '|95|' }, '|95|', '"|95|"'],
    ['value: -', { value: '-' }, '-', '"-"'],
    ['目标: >=1,000', { 目标: '>=1,000' }, '>=1,000', '≥1,000'],
  ])('%s', (line, data, value, advice) => {
    const fm = read([line]);
    expect(fm.data).toEqual(data);
    expect(fm.lenient).toEqual([{ line: 2, message: expect.stringContaining(`的值“${value}”以“${value[0]}”开头，YAML 会读错，已按文字读取（建议写作 ${advice}）`) }]);
  });

  it('keeps a comment after the value a comment', () => {
    const fm = read(['target: >=95%  # 省定目标']);
    expect(fm.data).toEqual({ target: '>=95%' });
  });

  it('leaves real block scalars and a list item alone', () => {
    const fm = read(['note: |', '  第一行：说明', '  第二行', 'remark: >-', '  折叠的', '  文字', 'keep: |2+', '    缩进', 'attachments:', '  - 附件/a.pdf']);
    expect(fm.data).toEqual({ note: '第一行：说明\n第二行\n', remark: '折叠的 文字', keep: '  缩进\n', attachments: ['附件/a.pdf'] });
    expect(fm.lenient).toEqual([]);
  });
});
