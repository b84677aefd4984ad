import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/model/types.js';
import { findFonts } from '../../src/render/fonts/find-fonts.js';
import { drawnOps } from '../../src/render/pdf/op-arrays.js';
import { typeset } from '../../src/render/pdf/typeset.js';
import { TypesetMemo } from '../../src/render/pdf/typeset-memo.js';

const fonts = findFonts();
const text = (value: string): Inline[] => [{ type: 'text', value }];

/** A report-like document: chapters of headings, paragraphs of different lengths, lists and tables, some 60 pages. */
function document(edit = ''): Block[] {
  const blocks: Block[] = [];
  for (let s = 1; s <= 40; s++) {
    if (s % 10 === 1) blocks.push({ type: 'pageBreak' }, { type: 'heading', level: 1, children: text(`第${(s + 9) / 10}部分`) });
    blocks.push({ type: 'heading', level: 2, children: text(`（${s}）第${s}项任务的完成情况`) });
    for (let p = 0; p < 4; p++) {
      const body = `第${s}项第${p + 1}段：按照实施方案要求，牵头单位建立工作台账，逐项登记检查时间、发现问题、整改措施和责任人，`.repeat(1 + ((s + p) % 4));
      blocks.push({ type: 'paragraph', indent: true, children: text(s === 12 && p === 1 ? body + edit : body) });
    }
    if (s % 5 === 0) blocks.push({ type: 'list', ordered: true, start: 1, items: [text('排查隐患并建立台账'), text('每月更新并报送创建办')] });
    if (s % 7 === 0)
      blocks.push({
        type: 'table',
        header: [text('序号'), text('事项'), text('完成情况')],
        align: ['center', 'left', 'left'],
        widths: [1, 3, 3],
        rows: Array.from({ length: 6 }, (_, r) => [text(String(r + 1)), text(`第${r + 1}项检查事项`), text('已完成整改，资料已归档备查。')]),
      });
  }
  return blocks;
}

/** Every page signature met in these tests, with the page's operations: one signature must never stand for two pages. */
const signed = new Map<string, string>();

/** The pages typeset from the blocks (fonts by path), how many blocks the memo had, and how many were set (and kept) anyway. */
function pages(blocks: Block[], memo?: TypesetMemo, fontSet = fonts): { pages: string[]; taken: number; set: number } {
  const out: string[] = [];
  let taken = 0;
  let set = 0;
  const counting = memo && {
    get: (k: string) => {
      const v = memo.get(k);
      if (v !== undefined) taken++;
      return v;
    },
    put: (k: string, v: Uint8Array) => {
      set++;
      memo.put(k, v);
    },
  };
  typeset(
    { meta: { title: '测试', author: '', subject: '', date: '2021-06-30', lang: 'zh-CN' }, blocks },
    { fonts: fontSet, readImage: () => undefined, ...(counting ? { memo: counting } : {}) },
    (page, i) => {
      // The signature is told apart (signed): it says where the operations came from, not what they are.
      const ops = JSON.stringify({ ...page, ops: drawnOps(page.ops), signature: undefined }, (k, v: unknown) => (k === 'font' ? (v as { path: string }).path : v));
      out[i] = ops;
      if (page.signature !== undefined) {
        const known = signed.get(page.signature);
        if (known !== undefined && known !== ops) throw new Error(`two pages with one signature: ${page.signature.slice(0, 80)}`);
        signed.set(page.signature, ops);
      }
    },
  );
  memo?.close();
  return { pages: out, taken, set };
}

describe('the typesetting memo', () => {
  it('sets the same pages as typesetting afresh, taking unchanged blocks from the memo after one paragraph grew', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-typeset-memo-')), 'typeset.memo');
    const fresh = pages(document());
    expect(fresh.pages.length).toBeGreaterThan(30);
    const first = pages(document(), TypesetMemo.open(file, 'ctx'));
    expect(first.pages).toEqual(fresh.pages);
    expect(first.taken).toBe(0);
    const second = pages(document(), TypesetMemo.open(file, 'ctx'));
    expect(second.pages).toEqual(fresh.pages);
    const blocks = document().length;
    expect(second.taken).toBe(blocks);
    expect(second.set).toBe(0);
    // Two more lines in section 12: the pages after it move until the next chapter's page break; the
    // blocks before the change, and those after that break, are met again where they stood.
    const edit = '补充说明：本段为追加的文字，用于测量只改一个文件后的重建。'.repeat(2);
    const edited = pages(document(edit));
    expect(edited.pages).not.toEqual(fresh.pages);
    const third = pages(document(edit), TypesetMemo.open(file, 'ctx'));
    expect(third.pages).toEqual(edited.pages);
    expect(third.taken).toBeGreaterThan(blocks * 0.6);
    expect(third.taken).toBeLessThan(blocks);
    // Pages were given signatures, and equal ones stood for equal pages (checked as they came).
    expect(signed.size).toBeGreaterThan(fresh.pages.length);
    // Another context (other code or fonts): nothing is taken.
    expect(pages(document(edit), TypesetMemo.open(file, 'other')).taken).toBe(0);
  });

  it('takes blocks set with a fallback font or with closing marks set half wide from the memo in a later run, which finds its fonts anew', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-typeset-memo-')), 'typeset.memo');
    // ㎡ is in no role's font (a fallback has it); a closing mark before another mark is set half wide on a full line.
    const blocks: Block[] = [
      { type: 'heading', level: 2, children: text('（一）基本情况') },
      { type: 'paragraph', indent: true, children: text('辖区面积约51.5平方公里（约5150万㎡），新建住宅项目占地12万㎡。'.repeat(3)) },
      { type: 'paragraph', indent: true, children: text('建立“月调度、季通报、年考核”。按照“属地管理”，“谁主管、谁负责”。（示例）。'.repeat(4)) },
      { type: 'paragraph', indent: true, children: text('其余工作按期推进。') },
    ];
    const fresh = pages(blocks);
    expect(pages(blocks, TypesetMemo.open(file, 'ctx'), findFonts()).pages).toEqual(fresh.pages);
    // A new run: a new font set, whose fallback fonts are not loaded and whose half-wide fonts are not made yet.
    const again = pages(blocks, TypesetMemo.open(file, 'ctx'), findFonts());
    expect(again.pages).toEqual(fresh.pages);
    expect(again.taken).toBe(blocks.length);
    expect(again.set).toBe(0);
    expect(fresh.pages.join('')).toContain('NotoSerifCJK');
  });

  it('gives back every entry, asked for in any order, from a file of many entries of different sizes', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-typeset-memo-')), 'typeset.memo');
    // 60 entries of 5–35 KB (about 1.2 MB), some larger than others around them, and two larger than what one read of the file takes (256 KB).
    const entry = (i: number) => Buffer.alloc(i === 12 || i === 45 ? 300_000 + i : 5_000 + ((i * 7_919) % 30_000), `条目${i}；`);
    const keys = Array.from({ length: 60 }, (_, i) => `k${i}`);
    const first = TypesetMemo.open(file, 'ctx');
    keys.forEach((k, i) => first.put(k, entry(i)));
    first.close();
    // Forwards, backwards, then a put among the gets (the entries taken so far are copied into the new
    // file, neighbours in the file together), then the rest forwards.
    const second = TypesetMemo.open(file, 'ctx');
    const order = [...keys.slice(0, 20), ...keys.slice(30).reverse(), 'new', ...keys.slice(20, 30)];
    for (const k of order) {
      if (k === 'new') second.put(k, Buffer.from('新条目'));
      else expect(second.get(k)?.equals(entry(Number(k.slice(1))))).toBe(true);
    }
    second.close();
    const third = TypesetMemo.open(file, 'ctx');
    expect(third.get('new')?.toString()).toBe('新条目');
    for (const k of [...keys].sort()) expect(third.get(k)?.equals(entry(Number(k.slice(1))))).toBe(true);
    third.close();
  });

  it('is empty when its file is damaged, and then sets the pages afresh', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-typeset-memo-')), 'typeset.memo');
    const fresh = pages(document());
    pages(document(), TypesetMemo.open(file, 'ctx'));
    const bytes = readFileSync(file);
    // A digit changed inside an entry (still valid JSON: the checksum tells), broken JSON, then a file cut short.
    const digit = bytes.indexOf('5', Math.floor(bytes.length / 3));
    const changed = Buffer.from(bytes);
    changed[digit] = '6'.charCodeAt(0);
    writeFileSync(file, changed);
    const one = pages(document(), TypesetMemo.open(file, 'ctx'));
    expect(one.pages).toEqual(fresh.pages);
    expect(one.taken).toBe(document().length - 1);
    const mid = Math.floor(bytes.length / 3);
    writeFileSync(file, Buffer.concat([bytes.subarray(0, mid), Buffer.from('{{{'), bytes.subarray(mid + 3)]));
    expect(pages(document(), TypesetMemo.open(file, 'ctx')).pages).toEqual(fresh.pages);
    writeFileSync(file, bytes.subarray(0, bytes.length - 7));
    const again = pages(document(), TypesetMemo.open(file, 'ctx'));
    expect(again.pages).toEqual(fresh.pages);
    expect(again.taken).toBe(0);
  });

  it('tells of characters no font has in a block taken from the memo, also one whose lines a heading broke while looking ahead', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-typeset-memo-')), 'typeset.memo');
    // A private-use character: no font has it.
    const odd = '\ue123';
    const paragraph: Block = { type: 'paragraph', indent: true, children: text(`没有字体的字：${odd}。`) };
    const missing = (blocks: Block[]) => {
      const seen = new Set<number>();
      const memo = TypesetMemo.open(file, 'ctx');
      typeset({ meta: { title: '测试', author: '', subject: '', date: '2021-06-30', lang: 'zh-CN' }, blocks }, { fonts, readImage: () => undefined, memo, missing: (cp) => seen.add(cp) }, () => {});
      memo.close();
      return [...seen];
    };
    // The heading breaks the paragraph's lines to keep itself with them; the paragraph is then kept.
    expect(missing([{ type: 'heading', level: 2, children: text('（一）标题') }, paragraph])).toEqual([0xe123]);
    // A one-line paragraph instead of the heading: the paragraph starts where it did, and is taken from the memo.
    expect(missing([{ type: 'paragraph', indent: true, children: text('一行的段落。') }, paragraph])).toEqual([0xe123]);
    expect(missing([{ type: 'heading', level: 2, children: text('（一）标题') }, paragraph])).toEqual([0xe123]);
  });
});
