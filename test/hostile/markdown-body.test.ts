// What departments write in evidence bodies that used to change or lose content in the official documents
// (issue 15): each case goes through the built-in evidence partial, the document tree and both writers.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/model/plain.js';
import type { Block, Inline } from '../../src/model/types.js';
import { AFTER, BEFORE, modelOf, NEXT_TASK, render, squeeze } from '../fixtures/hostile/markdown/render.js';
import { copyExampleWorkspace, docxPlainText, runCli } from '../helpers.js';
import { pdfWords } from '../pdf-pages.js';

/** Whitespace runs made one space: a line end in the PDF reads as a space. */
const spaced = (s: string) => s.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, ' ');

/** The blocks an evidence body became: after the first evidence heading, up to the next task's heading. */
function bodyBlocks(blocks: readonly Block[]): Block[] {
  const start = blocks.findIndex((b) => b.type === 'heading' && plain(b.children).startsWith('（1）'));
  const end = blocks.findIndex((b) => b.type === 'heading' && plain(b.children).includes(NEXT_TASK));
  expect(start, 'the evidence heading').toBeGreaterThan(0);
  expect(end, 'the next task heading is still a heading').toBeGreaterThan(start);
  return blocks.slice(start + 1, end);
}

/** Every text must reach the document tree, the DOCX and the PDF text layer (whitespace aside). */
function expectEverywhere(r: { text: string; docxText: string; pdfText: string }, texts: readonly string[]) {
  for (const t of [...texts, BEFORE, AFTER, NEXT_TASK]) {
    expect(squeeze(r.text), `document tree: ${t}`).toContain(squeeze(t));
    expect(squeeze(r.docxText), `DOCX: ${t}`).toContain(squeeze(t));
    expect(squeeze(r.pdfText), `PDF: ${t}`).toContain(squeeze(t));
  }
}

describe('evidence bodies keep every character and the report its structure', () => {
  it('1. an unclosed <!-- comments out nothing, and the department is told', async () => {
    const r = await render(['补充说明：以下为备注。\n\n<!-- 以下内容待核实\n\n第二段仍是正文，必须出现在报告中。', '第二份材料的正文。']);
    expect(bodyBlocks(r.doc.blocks).filter((b) => b.type === 'heading')).toHaveLength(1);
    expectEverywhere(r, ['补充说明：以下为备注。', '<!-- 以下内容待核实', '第二段仍是正文，必须出现在报告中。', '第二份材料的正文。']);
    expect(r.notes.map((n) => n.message).join('\n')).toMatch(/材料“（1）住建局：材料1.*”正文第 3 行：HTML 注释“<!--”没有结束/);
    // A closed comment is the department's note to itself and stays out.
    const closed = await modelOf(['正文一。\n\n<!-- 内部备注，不印 -->\n\n正文二。<!-- 行内备注 -->']);
    expect(closed.text).not.toContain('内部备注');
    expect(closed.text).not.toContain('行内备注');
    expect(closed.text).toContain('正文二。');
  });

  it('2. a line end inside a paragraph is nothing between Chinese characters and a space between digits or Latin words', async () => {
    const r = await render(['检查企业数量：120\n2021年计划：150\nSafety\nPlan已印发，共12\n项，统计\n数据已核对。']);
    for (const text of [r.text, r.docxText]) {
      expect(text).toContain('检查企业数量：120 2021年计划：150 Safety Plan已印发，共12项，统计数据已核对。');
    }
    expect(spaced(r.pdfText)).toContain('120 2021');
    expect(spaced(r.pdfText)).toContain('Safety Plan');
    expect(squeeze(r.pdfText)).toContain('检查企业数量：1202021年计划：150SafetyPlan已印发，共12项，统计数据已核对。');
  });

  it('3. * and _ inside a word are the department’s characters, not emphasis; ~ is not strikethrough', async () => {
    const body = '钢板规格2*3*4米，长*宽*高为5*6*7，变量a_b_c，温度10~20度，湿度30~40%。';
    const r = await render([`${body}\n\n这是**重点**工作，共**120**家。`]);
    expectEverywhere(r, [body]);
    const blocks = bodyBlocks(r.doc.blocks);
    expect(JSON.stringify(blocks)).not.toContain('"emphasis"');
    // Bold that the department marked stays bold.
    expect(JSON.stringify(blocks)).toContain('{"type":"strong","children":[{"type":"text","value":"120"}]}');
  });

  it('4. a word longer than a line is broken at the margin: all of it on the page and in the text layer', async () => {
    const url = `https://www.example.gov.cn/${Array.from({ length: 30 }, (_, i) => `segment${String(i + 1).padStart(2, '0')}/`).join('')}index.html`;
    const digits = '1234567890'.repeat(40);
    const cell = 'X'.repeat(120);
    const r = await render([`网址：${url} 结束。\n\n编号：${digits}号。\n\n| 项目 | 编码 |\n| --- | --- |\n| 长编码 | ${cell} |`]);
    expectEverywhere(r, [url, digits, cell]);
    for (const page of pdfWords(r.pdfFile)) {
      for (const w of page.words) expect(w.xMax, `${w.text} stays inside the page`).toBeLessThanOrEqual(page.width - 60);
    }
  });

  it('5. a table cell taller than a page goes on over the pages, none of it cut', async () => {
    const sentences = Array.from({ length: 120 }, (_, i) => `第${String(i + 1).padStart(3, '0')}条，单元格内容应当完整保留。`);
    const r = await render([`| 项目 | 说明 |\n| --- | --- |\n| 长单元格 | ${sentences.join('')}结束标记 |\n| 下一行 | 正常 |`]);
    const pdf = squeeze(r.pdfText).replaceAll('项目说明', '');
    for (const s of [...sentences, '结束标记', '下一行正常']) expect(pdf, s).toContain(s);
    expect(r.pages).toBeGreaterThanOrEqual(3);
    for (const s of sentences) {
      expect(squeeze(r.text)).toContain(s);
      expect(squeeze(r.docxText)).toContain(s);
    }
    // Word would cut a row it may not split at the page's foot: the tall row may split, the others not.
    const xml = await (await JSZip.loadAsync(r.docxData)).file('word/document.xml')!.async('string');
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((m) => m[1]!);
    const tall = rows.find((row) => row.includes('第001条'))!;
    expect(tall).not.toContain('<w:cantSplit/>');
    expect(rows.find((row) => row.includes('下一行'))).toContain('<w:cantSplit/>');
  });

  it('6. a line underlined with === or --- stays the department’s sentence, never a heading of the report', async () => {
    const r = await render(['这是单位的一句话\n===\n\n这是另一句话\n---\n\n# 一级标题\n\n正文继续。']);
    const blocks = bodyBlocks(r.doc.blocks);
    expect(blocks.filter((b) => b.type === 'heading' || b.type === 'title')).toEqual([]);
    expectEverywhere(r, ['这是单位的一句话', '这是另一句话', '一级标题', '正文继续。']);
    expect(r.notes.map((n) => n.message).join('\n')).toContain('正文第 1、4 行：文字下一行的“===”或“---”');
    // The PDF's bookmarks list the report's headings only.
    const outline = JSON.parse(execFileSync('qpdf', ['--json', r.pdfFile], { encoding: 'utf8', maxBuffer: 1 << 26 })).outlines;
    expect(JSON.stringify(outline)).not.toContain('这是单位的一句话');
  });

  it('7. link addresses, task-list boxes and backslashes stay visible', async () => {
    const r = await render([
      '详见[通知](http://example.com/notice?id=1)和<https://example.org/x>，又见[说明][1]。\n\n[1]: http://example.com/readme\n\n- [ ] 未完成事项\n- [x] 已完成事项\n\n共享目录\\\\server\\share\\2021，备注\\(内部\\)，版本1\\.5版，乘号\\*不是强调，A&amp;B。',
    ]);
    expectEverywhere(r, [
      '详见通知（http://example.com/notice?id=1）和<https://example.org/x>，又见说明（http://example.com/readme）。',
      '[ ]未完成事项',
      '[x]已完成事项',
      '共享目录\\\\server\\share\\2021，备注\\(内部\\)，版本1\\.5版，乘号*不是强调，A&amp;B。',
    ]);
  });

  it('8. a list nested 1000 deep costs about what a flat list of 1000 items does, nested at most 8 deep', { timeout: 30_000 }, async () => {
    // It took minutes (about cubic in the depth); the parser now never sees more than 8 levels.
    const list = (depth: number) => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(Math.min(i, depth - 1))}- 第${i + 1}层`).join('\n');
    const time = async (body: string) => {
      const t = performance.now();
      const m = await modelOf([body]);
      return { m, ms: performance.now() - t };
    };
    await time(list(1));
    const flat = await time(list(1));
    const { m, ms } = await time(list(1000));
    expect(ms).toBeLessThan(4 * flat.ms + 1000);
    const lists = bodyBlocks(m.doc.blocks).filter((b): b is Extract<Block, { type: 'list' }> => b.type === 'list');
    expect(Math.max(...lists.map((l) => l.depth ?? 0))).toBe(7);
    const items = lists.flatMap((l) => l.items.map(plain));
    expect(items).toEqual(Array.from({ length: 1000 }, (_, i) => `第${i + 1}层`));
    expect(m.notes.map((n) => n.message).join('\n')).toContain('嵌套超过 8 层');
    // Block quotes and list markers on one line are bounded too.
    const quotes = await modelOf([`${'>'.repeat(5000)} 引用\n\n${'- '.repeat(5000)}列表`]);
    expect(squeeze(quotes.text)).toContain('引用');
    expect(squeeze(quotes.text)).toContain('列表');
  });

  it('9. raw HTML is shown as text and swallows nothing', async () => {
    const r = await render(['<div>\n重要文字在div里\n</div>\n\n<pre>\n预排文字没有结束标签\n\n后面的段落\n\n<span>行内</span>标签与<b>加粗</b>。', '<script>\n第二份材料\n']);
    const blocks = bodyBlocks(r.doc.blocks);
    expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(1);
    expectEverywhere(r, ['<div>重要文字在div里', '</div>', '<pre>预排文字没有结束标签', '后面的段落', '<span>行内</span>标签与<b>加粗</b>。', '<script>第二份材料']);
    expect(r.notes.map((n) => n.message).join('\n')).toContain('HTML 标签按原文文字输出');
  });

  it('a run of thousands of * or [ is text: no stack overflow, no quadratic pairing', { timeout: 30_000 }, async () => {
    const body = `${'*'.repeat(10000)}字${'*'.repeat(10000)}\n\n${'['.repeat(5000)}字${']'.repeat(5000)}`;
    const m = await modelOf([body]);
    expect(squeeze(m.text)).toContain(`${'*'.repeat(10000)}字${'*'.repeat(10000)}`);
    expect(squeeze(m.text)).toContain(`${'['.repeat(5000)}字${']'.repeat(5000)}`);
    // Emphasis nested past any use is its text as typed.
    const nested = await modelOf([`${'*a '.repeat(40)}字${' a*'.repeat(40)}`]);
    expect(squeeze(nested.text).replace(/\*/g, '')).toContain(`${'a'.repeat(40)}字${'a'.repeat(40)}`);
    const depth = (list: readonly Inline[]): number => Math.max(0, ...list.map((i) => (i.type === 'strong' || i.type === 'emphasis' ? 1 + depth(i.children) : 0)));
    const paragraphs = bodyBlocks(nested.doc.blocks).filter((b) => b.type === 'paragraph');
    expect(Math.max(...paragraphs.map((p) => depth(p.children)))).toBeLessThanOrEqual(8);
  });

  it('a picture path with a lone % is a path, not an error', async () => {
    const m = await modelOf(['现场照片如下。\n\n![现场](附件/完成率100%.png)']);
    expect(m.doc.blocks).toContainEqual({ type: 'image', src: '住建局/附件/完成率100%.png', alt: '现场' });
  });

  it('keeps equal bytes for equal bodies', async () => {
    const body = '<!-- 未结束\n\n2*3*4米\n标题\n===\n\n- [x] 完成\n\n[链接](http://a.b/c)';
    const a = await render([body]);
    const b = await render([body]);
    expect(Buffer.from(a.pdfData).equals(Buffer.from(b.pdfData))).toBe(true);
    expect(Buffer.from(a.docxData).equals(Buffer.from(b.docxData))).toBe(true);
  });
});

describe('dossier build with a hostile evidence body', () => {
  it('an unclosed comment in one file leaves the rest of the report whole and is reported', { timeout: 120_000 }, async () => {
    const ws = copyExampleWorkspace('dossier-hostile-md-ws-');
    const file = join(ws, 'dossiers/住建局/T24-建筑施工安全监控和持证上岗.md');
    appendFileSync(file, '\n\n<!-- 以下内容待核实\n\n这一段仍是正文。\n');
    const r = await runCli(['build'], { cwd: ws, env: { SOURCE_DATE_EPOCH: '1625011200' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/材料“（1）住建局：建筑施工安全监控和持证上岗工作方案（材料24-01，.*）”正文第 \d+ 行：HTML 注释“<!--”没有结束/);
    const pdf = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', join(ws, 'output/自评报告.pdf'), '-'], { encoding: 'utf8' }));
    const docx = squeeze(await docxPlainText(join(ws, 'output/自评报告.docx')));
    // The text after the comment, the next tasks, the closing parts and the attachments are all there.
    for (const t of ['这一段仍是正文。', '25.对大型商业综合体', '六、下一步工作', '附件3', '创建工作日程安排完成情况']) {
      expect(pdf, t).toContain(squeeze(t));
      expect(docx, t).toContain(squeeze(t));
    }
  });
});
