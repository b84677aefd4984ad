import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteComment } from '../../src/model/evidence-body.js';
import { markdownToDoc, markdownToDocWhole } from '../../src/model/from-markdown.js';
import { markdownChunks } from '../../src/model/markdown-chunks.js';
import { Memo } from '../../src/util/memo.js';

const meta = { title: '示例', author: '示例', subject: '示例', date: '2021-06-30', lang: 'zh-CN' as const };

/** Lines that open, close or sit inside every block a heading could end or be swallowed by. */
const LINES = [
  '# 标题',
  '## 一级',
  '### 二级 **粗**',
  '#### 三级',
  '#',
  '#不是标题',
  ' ## 缩进的标题',
  '段落文字，第一行',
  '第二行 *强调* ~~删~~',
  '',
  '',
  '```',
  '```chart',
  '~~~',
  '````',
  '```toc',
  '附件目录',
  '<div>',
  '</div>',
  '<!-- 注释 -->',
  '<!--',
  '-->',
  '<pre>',
  '</pre>',
  '<?x',
  '?>',
  '<![CDATA[',
  ']]>',
  '<span>',
  '- 列表项',
  '1. 编号项',
  '   ```',
  '  ## 列表中的行',
  '> 引用',
  '> ## 引用中的标题',
  '    缩进代码',
  '| 指标 | 数值 |',
  '|---|---:|',
  '| 覆盖率 | 96% |',
  '===',
  '---',
  '![图](附件/a.png)',
  noteComment({ kind: 'heading', text: '小标题' } as never),
];

describe('the report markdown read in parts', () => {
  it('reads every text exactly as it reads in one piece (fast-check, 3000 texts)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), fc.boolean(), (lines, trailing) => {
        const md = lines.join('\n') + (trailing ? '\n' : '');
        expect(markdownToDoc(md, meta)).toEqual(markdownToDocWhole(md, meta));
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });

  it('cuts before headings, not inside a fence, and not at all with a link definition', () => {
    const parts = markdownChunks('# 题\n\n文字\n\n## 一\n\n```\n## 代码里\n```\n\n## 二\n');
    expect(parts.map((p) => p.line)).toEqual([1, 5, 11]);
    expect(parts.map((p) => p.text).join('\n')).toBe('# 题\n\n文字\n\n## 一\n\n```\n## 代码里\n```\n\n## 二\n');
    expect(markdownChunks('## 一\n\n[a]: /x\n\n## 二\n')).toHaveLength(1);
  });

  it('a part that leaves a comment open is read with the next, and the notes keep their lines in the whole', () => {
    const md = '## 一\n\n<!--\n\n## 二\n\n-->\n\n## 三\n\n---\n';
    const { doc, notes } = markdownToDoc(md, meta);
    expect(doc.blocks.map((b) => b.type)).toEqual(['heading', 'heading']);
    expect(notes).toEqual([{ line: 11, message: '分隔线（---）在公文中不输出' }]);
  });

  it('takes the parts met before from the memo file, the same as read anew; a damaged memo file is read anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-memo-'));
    const file = join(dir, 'memo.json');
    const md = Array.from({ length: 30 }, (_, i) => `## 第${i + 1}项\n\n正文${i}，含 **粗体** 与表格：\n\n| a | b |\n|---|---|\n| ${i} | x |\n`).join('\n');
    const first = Memo.open(file);
    const fresh = markdownToDoc(md, meta, first);
    await first.save();
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, string> };
    expect(Object.keys(stored.entries)).toHaveLength(30);
    // One part changed: the others come from the memo; the result equals a reading without it.
    const changed = md.replace('正文7', '正文七');
    const second = Memo.open(file);
    expect(markdownToDoc(changed, meta, second)).toEqual(markdownToDocWhole(changed, meta));
    await second.save();
    // Only the parts this run met are kept: 29 old and 1 new.
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { entries: object }).entries)).toHaveLength(30);
    writeFileSync(file, '{"version":"memo-1","code":');
    expect(markdownToDoc(md, meta, Memo.open(file))).toEqual(fresh);
  });
});
