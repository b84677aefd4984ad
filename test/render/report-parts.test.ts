import { describe, expect, it } from 'vitest';
import type { Block, Doc } from '../../src/model/types.js';
import { reportParts, splitModelJson, splitText } from './report-parts.js';

const heading = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, children: [{ type: 'text', value: text }] });
const paragraph = (text: string): Block => ({ type: 'paragraph', indent: true, children: [{ type: 'text', value: text }] });
const doc: Doc = {
  meta: { title: 'T', author: 'A', subject: 'S', date: '2021-06-30', lang: 'zh-CN' },
  blocks: [
    { type: 'title', text: '关于创建工作的报告' },
    paragraph('开头。'),
    heading(1, '一、基本情况'),
    paragraph('情况。'),
    heading(2, '（一）一个很长很长很长很长很长很长很长很长的小标题'),
    heading(3, '1. 任务'),
    paragraph('正文。'),
    { type: 'toc', title: '附件目录' },
    { type: 'attachment', no: 1, title: '任务进度台账' },
    paragraph('表格。'),
  ],
};

describe('the parts of a report', () => {
  const parts = reportParts(doc);

  it('follow the headings of levels 1 and 2, the table of contents and the attachments', () => {
    expect(parts.map((p) => [p.name, p.block])).toEqual([
      ['00-标题和开头.txt', 0],
      ['01-一、基本情况.txt', 2],
      ['02-（一）一个很长很长很长很长很长很长很长很长的小标题.txt', 4],
      ['03-附件目录.txt', 7],
      ['04-附件1_任务进度台账.txt', 8],
    ]);
  });

  it('cut the model JSON before their first blocks', () => {
    const json = JSON.stringify(doc, null, 1) + '\n';
    const pieces = splitModelJson(json, parts);
    expect(pieces.join('')).toBe(json);
    expect(pieces[0]).toMatch(/^\{\n "meta"/);
    expect(pieces[1]).toMatch(/^ {2}\{\n {3}"type": "heading"[^]*"一、基本情况"[^]*"情况。"[^]*\},\n$/);
    expect(pieces[4]).toMatch(/"no": 1[^]*"表格。"[^]*\n \]\n\}\n$/);
  });

  it('cut a PDF text at the lines that read them, a wrapped heading too, an attachment only at the top of a page', () => {
    const pdf = [
      '关于创建工作的报告',
      '开头。',
      '一、基本情况',
      '情况。',
      '（一）一个很长很长很长很长很长很长',
      '很长很长的小标题',
      '1. 任务',
      '正文。',
      '—1—',
      '',
      '\f附件目录',
      '附件1',
      '',
      '任务进度台账',
      '',
      '2',
      '',
      '\f附件1',
      '',
      '任务进度台账',
      '表格。',
      '\f',
    ].join('\n');
    const pieces = splitText(pdf, parts, { pages: true, what: 'pdf' });
    expect(pieces.join('')).toBe(pdf);
    expect(pieces.map((p) => p.split('\n')[0])).toEqual(['关于创建工作的报告', '一、基本情况', '（一）一个很长很长很长很长很长很长', '\f附件目录', '\f附件1']);
    expect(pieces[3]).toBe('\f附件目录\n附件1\n\n任务进度台账\n\n2\n\n');
  });

  it('cut a DOCX text, where the table of contents puts number and title on one line', () => {
    const docx =
      '关于创建工作的报告\n\n开头。\n一、基本情况\n情况。\n（一）一个很长很长很长很长很长很长很长很长的小标题\n1. 任务\n正文。\n附件目录\n附件1　任务进度台账\n附件1\n\n任务进度台账\n表格。';
    const pieces = splitText(docx, parts, { pages: false, what: 'docx' });
    expect(pieces.join('')).toBe(docx);
    expect(pieces.slice(3)).toEqual(['附件目录\n附件1　任务进度台账\n', '附件1\n\n任务进度台账\n表格。']);
  });

  it('say which part they cannot find', () => {
    expect(() => splitText('关于创建工作的报告\n一、基本情况\n', parts, { pages: false, what: 'docx' })).toThrow(
      'docx: no line after line 3 reads ["（一）一个很长很长很长很长很长很长很长很长的小标题"], where part 02-（一）一个很长很长很长很长很长很长很长很长的小标题.txt should start',
    );
  });
});
