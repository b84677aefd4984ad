import { describe, expect, it } from 'vitest';
import { markdownToDoc } from '../../src/model/from-markdown.js';
import { plain } from '../../src/model/plain.js';
import type { Block } from '../../src/model/types.js';

const meta = { title: '示例', author: '示例', subject: '示例', date: '2021-06-30', lang: 'zh-CN' as const };
const text = (blocks: readonly Block[]) => JSON.stringify(blocks);

describe('markdown to the document tree', () => {
  it('keeps GFM tables and strikethrough', () => {
    const { doc } = markdownToDoc('| 指标 | 数值 |\n|---|---:|\n| 覆盖率 | 96% |\n\n已~~删除~~保留的文字。\n', meta);
    expect(doc.blocks[0]).toMatchObject({ type: 'table' });
    expect(text(doc.blocks)).toContain('96%');
    const para = doc.blocks[1]!;
    expect(para.type === 'paragraph' && plain(para.children)).toBe('已删除保留的文字。');
  });

  it('keeps what a department typed: task-list boxes, footnote marks and URLs stay text', () => {
    const { doc } = markdownToDoc('- [ ] 未完成的事项\n- [x] 已完成的事项\n\n见通知[^1]，网址：www.example.gov.cn/notice。\n', meta);
    const all = text(doc.blocks);
    expect(all).toContain('[ ]未完成的事项');
    expect(all).toContain('[x]已完成的事项');
    expect(all).toContain('见通知[^1]，网址：www.example.gov.cn/notice。');
  });
});
