import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { bodyPictures } from '../../src/dossier/body-pictures.js';

/** The local pictures a CommonMark parser (the one the report uses) finds in a body, with their lines. */
function parsedPictures(body: string): { path: string; line: number }[] {
  const out: { path: string; line: number }[] = [];
  const walk = (n: Nodes) => {
    // Local: not a web address (a scheme of two letters or more, file: excepted) nor a link in the page.
    if (n.type === 'image' && !n.url.startsWith('#') && (!/^[a-z][a-z0-9+.-]+:/i.test(n.url) || /^file:/i.test(n.url))) out.push({ path: decodeURI(n.url), line: n.position!.start.line });
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(fromMarkdown(body, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }));
  return out;
}

describe('bodyPictures', () => {
  it('finds pictures as clerks write them, with the line of each', () => {
    const body = [
      '现场检查情况如下。',
      '',
      '![检查现场](附件/现场.jpg)',
      '![带标题](<附件/现场 二.png> "图 2 现场")',
      '图见 ![行内](附件/行内.jpg) 和 ![编码](%E9%99%84%E4%BB%B6/%E4%B8%89.png)。',
      '![网上](https://example.com/a.png) ![页内](#top) ![根](/etc/a.png)',
      '`![代码](附件/不算.png)`',
      '```',
      '![代码块](附件/也不算.png)',
      '```',
      '- 列表中 ![列表](附件/列表.jpg)',
      '> ![引用](附件/引用.jpg)',
    ].join('\n');
    expect(bodyPictures(body)).toEqual([
      { path: '附件/现场.jpg', line: 3 },
      { path: '附件/现场 二.png', line: 4 },
      { path: '附件/行内.jpg', line: 5 },
      { path: '附件/三.png', line: 5 },
      { path: '/etc/a.png', line: 6 },
      { path: '附件/列表.jpg', line: 11 },
      { path: '附件/引用.jpg', line: 12 },
    ]);
    expect(bodyPictures(body)).toEqual(parsedPictures(body));
  });

  it('names a picture written with a space in its path, which markdown does not show', () => {
    expect(bodyPictures('见下图。\n\n![现场](附件/现场 照片.jpg)\n![标题](附件/a.png "有 空格 的标题")')).toEqual([
      { path: '附件/现场 照片.jpg', line: 3, spaced: true },
      { path: '附件/a.png', line: 4 },
    ]);
  });

  it('finds what the report’s markdown parser finds, line for line', () => {
    const fragment = fc.constantFrom(
      '全区开展检查 12 次。',
      '',
      '![现场](附件/a.jpg)',
      '![现场 2](<附件/b c.png> "标题")',
      "![d](附件/d.png 'x')",
      '文字 ![行内](附件/e.jpg) 文字',
      '`![代码](附件/f.png)`',
      '```',
      '~~~',
      '- 列表 ![g](附件/g.jpg)',
      '> 引用 ![h](附件/h.jpg)',
      '[链接](附件/说明.pdf)',
      '![网上](http://x.cn/y.png)',
      '| 表 | ![i](附件/i.png) |',
      '| --- | --- |',
      '# 标题 ![j](附件/j.jpg)',
      '![副本](附件/k(1).png)',
      '![桌面](C:\\Users\\张三\\照片.jpg)',
      '![文件](file:///D:/资料/l.jpg)',
      '![转义](附件/m\\(2\\).png)',
      '<!-- ![注释](附件/n.png) -->',
      '<!--',
      '-->',
      '![空格](附件/o p.png)',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 14 }), (lines) => {
        const body = lines.join('\n');
        // A path with a space is no picture to markdown: the scan names it apart (spaced), for check to say why.
        expect(bodyPictures(body).filter((p) => !p.spaced)).toEqual(parsedPictures(body));
      }),
      { numRuns: 2000 },
    );
  });
});
