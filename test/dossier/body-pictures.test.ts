import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { bodyPictures } from '../../src/dossier/body-pictures.js';
import { evidenceMarkdown, posixJoin } from '../../src/model/evidence-body.js';

/** Local: not a web address (a scheme of two letters or more, file: excepted) nor a link in the page. */
const local = (url: string) => !url.startsWith('#') && (!/^[a-z][a-z0-9+.-]+:/i.test(url) || /^file:/i.test(url));

/** The local pictures the report shows for a body: those its body reader keeps as pictures, in order. */
function shownByReport(body: string): string[] {
  const out: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'paragraph' && n.children.length === 1 && n.children[0]!.type === 'image' && local(n.children[0]!.url)) out.push(decodeURI(n.children[0]!.url));
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(fromMarkdown(evidenceMarkdown(body).markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }));
  return out;
}

/** A picture's path as the report writes it. */
const asReport = (path: string) => (/^(?:\/|[a-z][a-z0-9+.-]*:)/i.test(path) ? path : posixJoin('', path));

/** How many times each path comes in a list. */
function counts(paths: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of paths) out.set(p, (out.get(p) ?? 0) + 1);
  return out;
}

describe('bodyPictures', () => {
  it('finds pictures as clerks write them, with the line of each and whether the report shows it', () => {
    const body = [
      '现场检查情况如下。', // 1
      '',
      '![检查现场](附件/现场.jpg)',
      '',
      '![带标题](<附件/现场 二.png> "图 2 现场")', // 5
      '![第二张](附件/二.jpg)',
      '',
      '图见 ![行内](附件/行内.jpg)。',
      '',
      '![网上](https://example.com/a.png) ![页内](#top)', // 10
      '',
      '`![代码](附件/不算.png)`',
      '```',
      '![代码块](附件/也不算.png)',
      '```', // 15
      '- ![列表](附件/列表.jpg)',
      '> ![引用](附件/引用.jpg)',
      '',
      '![图[1]](附件/方括号.jpg)',
      '', // 20
      '![引用式][现场]',
      '',
      '[现场]: 附件/引用式.jpg',
      '',
      '![空格](附件/现场 照片.jpg)', // 25
      '![全角空格](附件/现场　照片.jpg)',
    ].join('\n');
    expect(bodyPictures(body)).toEqual([
      { path: '附件/现场.jpg', line: 3 },
      { path: '附件/现场 二.png', line: 5, inline: true },
      { path: '附件/二.jpg', line: 6, inline: true },
      { path: '附件/行内.jpg', line: 8, inline: true },
      { path: '附件/列表.jpg', line: 16 },
      { path: '附件/引用.jpg', line: 17 },
      { path: '附件/方括号.jpg', line: 19 },
      { path: '附件/引用式.jpg', line: 21 },
      { path: '附件/现场 照片.jpg', line: 25, spaced: true },
      { path: '附件/现场　照片.jpg', line: 26, inline: true },
    ]);
  });

  it('names a picture indented with full-width spaces, which the report does not show', () => {
    expect(bodyPictures('说明。\n\n　　![现场](附件/a.jpg)\n\n![正常](附件/b.jpg)')).toEqual([
      { path: '附件/a.jpg', line: 3, inline: true, padded: true },
      { path: '附件/b.jpg', line: 5 },
    ]);
    expect(shownByReport('说明。\n\n　　![现场](附件/a.jpg)')).toEqual([]);
  });

  it('names a picture written with a space in its path, which markdown does not show', () => {
    expect(bodyPictures('见下图。\n\n![现场](附件/现场 照片.jpg)\n\n![标题](附件/a.png "有 空格 的标题")')).toEqual([
      { path: '附件/现场 照片.jpg', line: 3, spaced: true },
      { path: '附件/a.png', line: 5 },
    ]);
  });

  it('names a picture written as an HTML tag, which the report prints as text, but not one in code', () => {
    const body = '现场照片：\n\n<img src="附件/现场2.png" width="300">\n\n<IMG alt=\'x\' src=\'附件/b.jpg\'/>\n\n`<img src="附件/c.png">`\n\n```\n<img src="附件/d.png">\n```';
    expect(bodyPictures(body)).toEqual([
      { path: '附件/现场2.png', line: 3, html: true },
      { path: '附件/b.jpg', line: 5, html: true },
    ]);
    expect(shownByReport(body)).toEqual([]);
    // From a web page or WeChat: a web address, or the picture's data inline (shortened).
    const data = `data:image/png;base64,${'iVBORw0KGgo'.repeat(20)}`;
    expect(bodyPictures(`<img src="https://mp.weixin.qq.com/a.png">\n\n<img src="${data}">`)).toEqual([
      { path: 'https://mp.weixin.qq.com/a.png', line: 1, html: true },
      { path: `${data.slice(0, 40)}…`, line: 3, html: true },
    ]);
  });

  it('finds every picture the report shows, and calls none of them inline', () => {
    const fragment = fc.constantFrom(
      '全区开展检查 12 次。',
      '',
      '',
      '![现场](附件/a.jpg)',
      '![现场 2](<附件/b c.png> "标题")',
      "![d](附件/d.png 'x')",
      '文字 ![行内](附件/e.jpg) 文字',
      '`![代码](附件/f.png)`',
      '```',
      '~~~',
      '- 列表 ![g](附件/g.jpg)',
      '- ![g2](附件/g2.jpg)',
      '1. ![g3](附件/g3.jpg)',
      '> 引用 ![h](附件/h.jpg)',
      '> ![h2](附件/h2.jpg)',
      '[链接](附件/说明.pdf)',
      '![网上](http://x.cn/y.png)',
      '| 表 | ![i](附件/i.png) |',
      '| --- | --- |',
      '# 标题 ![j](附件/j.jpg)',
      '# 标题',
      '![副本](附件/k(1).png)',
      '![桌面](C:\\Users\\张三\\照片.jpg)',
      '![文件](file:///D:/资料/l.jpg)',
      '<!-- ![注释](附件/n.png) -->',
      '<!--',
      '-->',
      '![空格](附件/o p.png)',
      '![全角](附件/q　r.png)',
      '　　![全角缩进](附件/w.jpg)',
      '```dossier check```的结果：',
      '![图[1]](附件/s.jpg)',
      '![引用][t]',
      '[t]: 附件/t.jpg',
      '    ![缩进](附件/u.jpg)',
      '  ![略缩进](附件/v.jpg)',
      '---',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 14 }), (lines) => {
        const body = lines.join('\n');
        const found = bodyPictures(body).filter((p) => !p.spaced);
        const all = counts(found.map((p) => asReport(p.path)));
        const inline = counts(found.filter((p) => p.inline).map((p) => asReport(p.path)));
        // Of the places a path is found, those the report shows and those called inline are different ones.
        for (const [path, shown] of counts(shownByReport(body))) expect(shown + (inline.get(path) ?? 0), `${path} in ${JSON.stringify(body)}`).toBeLessThanOrEqual(all.get(path) ?? 0);
      }),
      { numRuns: 3000 },
    );
  });
});
