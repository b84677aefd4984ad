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

describe('readFrontMatter where the front matter does not end with ---', () => {
  const fields = ['task: 23', 'unit: 住建局', 'title: 检查通报', 'date: 2021-03-05', 'status: 已完成'];

  it('names the line before which the closing --- is missing, in Chinese only', () => {
    const r = readFrontMatter(['---', ...fields, '开展了检查。', ''].join('\n'));
    expect(r).toMatchObject({ ok: false, kind: 'syntax', line: 7, message: '属性区没有结束：第 7 行之前缺少单独一行的 ---' });
    expect(!r.ok && r.hint).toContain('单独写一行 ---');
    expect(!r.ok && r.message).not.toMatch(/[a-z]{4,}/);
  });

  it('names the last line when there is no text after the fields', () => {
    expect(readFrontMatter(['---', ...fields, '', ''].join('\n'))).toMatchObject({ ok: false, line: 6, message: '属性区没有结束：缺少单独一行的 ---' });
  });

  it.each(['———', '－－－', '——', '─────'])('reads %s typed for the closing --- as it, with a warning', (dashes) => {
    const r = readFrontMatter(['---', ...fields, dashes, '开展了检查。', ''].join('\n'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.data).toMatchObject({ task: 23, status: '已完成' });
    expect(r.value.body.trim()).toBe('开展了检查。');
    expect(r.value.lenient).toEqual([{ line: 7, message: `“${dashes}”已按属性区的结束标记 --- 读取（请写作三个英文减号 ---）` }]);
  });

  it('takes a closing --- with a full-width space after it, as before', () => {
    const r = readFrontMatter(['---', ...fields, '---\u3000', '说明：见附件。', ''].join('\n'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.data).toMatchObject({ task: 23 });
    expect(r.value.body.trim()).toBe('说明：见附件。');
    expect(r.value.lenient).toEqual([]);
  });

  it('does not take a dash line in the body for the missing closing ---', () => {
    const r = readFrontMatter(['---', ...fields, '开展了检查。', '', '——————', '附：现场照片', ''].join('\n'));
    expect(r).toMatchObject({ ok: false, line: 7, message: '属性区没有结束：第 7 行之前缺少单独一行的 ---' });
  });

  it('counts key:value without a space, and with a full-width colon, as front matter when looking for the missing ---', () => {
    const r = readFrontMatter(['---', 'task: 23', 'unit:CCBD管理办', 'title：检查通报', 'date: 2021-03-05', 'status: 已完成', '开展了检查。', ''].join('\n'));
    expect(r).toMatchObject({ ok: false, line: 7 });
  });

  it('reads YAML’s ... for the missing closing ---, with a warning', () => {
    const r = readFrontMatter(['---', ...fields, '...', '开展了检查。', ''].join('\n'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.lenient).toEqual([{ line: 7, message: '“...”已按属性区的结束标记 --- 读取（请写作三个英文减号 ---）' }]);
  });

  it('leaves a dash line in the body alone when the front matter ends with ---', () => {
    const r = readFrontMatter(['---', ...fields, '---', '第一段。', '———', '第二段。', ''].join('\n'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.body).toContain('———');
    expect(r.value.lenient).toEqual([]);
  });

  it('gives YAML errors in Chinese only', () => {
    const r = readFrontMatter(['---', 'task: 23', 'title: "未闭合', 'unit: 住建局', '---', ''].join('\n'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^属性区 YAML 格式错误：/);
    // No English words of the parser (the message reaches chase lists sent to departments).
    expect(!r.ok && r.message).not.toMatch(/[a-z]{4,}/);
  });
});
