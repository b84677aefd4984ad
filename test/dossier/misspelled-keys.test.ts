import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/dossier/front-matter.js';
import { misspelledKey, toEvidence } from '../../src/dossier/to-evidence.js';

/** An evidence file's front matter read and checked, as `dossier check` reads it. */
function evidence(lines: string[]) {
  const fm = readFrontMatter(['---', ...lines, '---', '做了工作。', ''].join('\n'));
  if (!fm.ok) throw new Error(fm.message);
  return toEvidence('住建局/T23.md', fm.value, (u) => u);
}

const base = ['task: 23', 'unit: 住建局', 'title: 检查通报', 'date: 2021-03-05', 'status: 已完成'];

describe('a known field whose name is mistyped', () => {
  it('is read as that field, with a warning at its line: attachments are not lost', () => {
    const r = evidence([...base, 'attachment:', '  - 附件/扫描件.pdf']);
    expect(r.evidence?.attachments).toEqual([{ path: '附件/扫描件.pdf', line: 8 }]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'frontmatter-lenient', severity: 'warning', line: 7, message: '字段名“attachment”已按 attachments（附件）读取', hint: '请改为 attachments' }),
    ]);
  });

  it('reads metric, Title, titel and data as metrics, title and date', () => {
    const r = evidence(['task: 23', 'unit: 住建局', 'titel: 检查通报', 'data: 2021-03-05', 'status: 已完成', 'metric:', '  - name: 检查覆盖率', '    value: 100%']);
    expect(r.evidence).toMatchObject({ title: '检查通报', date: '2021-03-05', metrics: [{ name: '检查覆盖率', raw: '100%' }] });
    expect(r.diagnostics.map((d) => d.message)).toEqual(['字段名“titel”已按 title（标题）读取', '字段名“data”已按 date（日期）读取', '字段名“metric”已按 metrics（指标）读取']);
  });

  it('is not used, and said so, when the file names that field as well', () => {
    const r = evidence([...base, 'attachments:', '  - 附件/a.pdf', 'attachment:', '  - 附件/b.pdf']);
    expect(r.evidence?.attachments.map((a) => a.path)).toEqual(['附件/a.pdf']);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'frontmatter-lenient', line: 9, message: expect.stringContaining('字段名“attachment”不认识，没有使用：是不是 attachments（附件）？') }),
    ]);
  });

  it('leaves fields of the office’s own alone', () => {
    const r = evidence([...base, '备注: 原件存档', 'note: 见附件', 'author: 张三', 'source: 台账']);
    expect(r.diagnostics).toEqual([]);
    expect(r.evidence?.extra).toEqual({ 备注: '原件存档', note: '见附件', author: '张三', source: '台账' });
  });

  it.each([
    ['Attachments', 'attachments'],
    ['TASK', 'task'],
    ['tasks', 'task'],
    ['item', 'items'],
    ['stauts', 'status'],
    ['unti', 'unit'],
    ['titl', 'title'],
    ['note', undefined],
    ['name', undefined],
    ['time', undefined],
    ['type', undefined],
    ['file', undefined],
    ['task1', undefined],
    ['date2', undefined],
  ])('%s → %s', (key, meant) => {
    expect(misspelledKey(key)).toBe(meant);
  });
});
