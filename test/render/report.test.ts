import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/types.js';
import { checkGoldenFolder, failOnGoldenProblems } from '../golden.js';
import { docxPlainText, root, runCli } from '../helpers.js';
import { reportParts, splitModelJson, splitText } from './report-parts.js';

const env = { SOURCE_DATE_EPOCH: '1625011200' };
let out: string;
let pdfText: string;
let docxText: string;

/** A workspace over the example dossier that writes into a temporary folder. */
function exampleWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-build-'));
  writeFileSync(join(dir, 'dossier.config.yaml'), `district: 西安曲江新区\ndossiers: ${join(root, 'dossiers')}\noutput: ${join(dir, 'output')}\nasOf: 2021-06-30\nmapping:\n  30: [4]\n  31: [4]\n`);
  // The example's self-assessment: the report shows the item that lost points and the departments concerned.
  writeFileSync(join(dir, '自评.yaml'), readFileSync(join(root, '自评.yaml')));
  return dir;
}

const squeeze = (s: string) => s.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');

beforeAll(async () => {
  const ws = exampleWorkspace();
  const r = await runCli(['build'], { cwd: ws, env });
  expect(r.code).toBe(0);
  out = join(ws, 'output');
  pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, '自评报告.pdf'), '-'], { encoding: 'utf8' });
  docxText = await docxPlainText(join(out, '自评报告.docx'));
}, 120_000);

describe('the self-evaluation report of the example workspace', () => {
  it('writes the DOCX, the PDF and the evidence index', () => {
    for (const f of ['自评报告.docx', '自评报告.pdf', '自评打分表.xlsx', '佐证资料目录.xlsx']) expect(existsSync(join(out, f))).toBe(true);
  });

  it('carries every character of every evidence body into the PDF and the DOCX', async () => {
    const { globby } = await import('globby');
    const files = await globby('**/*.md', { cwd: join(root, 'dossiers'), ignore: ['**/_*/**', '**/README.md'] });
    const pdf = squeeze(pdfText);
    const docx = squeeze(docxText);
    let checked = 0;
    for (const f of files) {
      const body = readFileSync(join(root, 'dossiers', f), 'utf8')
        .split(/^---$/m)
        .slice(2)
        .join('---');
      const tree = unified().use(remarkParse).parse(body) as Root;
      for (const block of tree.children) {
        const t = squeeze(toString(block));
        if (!t) continue;
        expect(pdf.includes(t), `PDF lacks a paragraph of ${f}: ${t.slice(0, 40)}`).toBe(true);
        expect(docx.includes(t), `DOCX lacks a paragraph of ${f}: ${t.slice(0, 40)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('embeds every font of the PDF', () => {
    const list = execFileSync('pdffonts', [join(out, '自评报告.pdf')], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    expect(list.length).toBeGreaterThan(2);
    for (const line of list) expect(line, line).toMatch(/\syes\s+yes\s+yes\s/);
  });

  it('has bookmarks for the parts, the tasks and the attachments, pointing at their pages', () => {
    const json = JSON.parse(execFileSync('qpdf', ['--json', join(out, '自评报告.pdf')], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    const top = json.outlines.map((o: { title: string }) => o.title);
    expect(top).toEqual([
      '一、基本情况',
      '二、创建工作开展情况',
      '三、自评情况',
      '四、特色亮点',
      '五、存在问题',
      '六、下一步工作',
      '附件1　任务进度台账',
      '附件2　佐证资料目录',
      '附件3　创建工作日程安排完成情况',
    ]);
    const pages = pdfText.split('\f');
    for (const o of json.outlines as { title: string; destpageposfrom1: number }[]) {
      const title = o.title.startsWith('附件') ? o.title.split('　')[1]! : o.title;
      expect(pages[o.destpageposfrom1 - 1], o.title).toContain(title);
    }
    const tasks = json.outlines[1].kids.flatMap((k: { kids: { title: string }[] }) => k.kids.map((t) => t.title));
    expect(tasks).toHaveLength(87);
  });

  it('is typeset as an official document: title, addressee, 28-character lines, page numbers', () => {
    const layout = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '3', join(out, '自评报告.pdf'), '-'], { encoding: 'utf8' });
    // The title breaks between words (GB/T 9704 7.3.1): the first line ends with the whole 示范城市.
    expect(layout.replace(/\s+/g, '')).toContain('西安曲江新区国家安全发展示范城市创建工作领导小组办公室关于创建工作自评情况的报告');
    expect(layout.trimStart().split('\n')[0]!.trim()).toBe('西安曲江新区国家安全发展示范城市');
    expect(pdfText).toContain('市安全生产委员会：');
    expect(pdfText).toMatch(/^—\s*1\s*—$/m);
    const info = execFileSync('pdfinfo', [join(out, '自评报告.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595.27\d? x 841.89 pts \(A4\)/);
    expect(info).toContain('Title:           西安曲江新区国家安全发展示范城市创建工作领导小组办公室关于创建工作自评情况的报告');
  });

  it('leaves no lone character on the last line of a paragraph, no widow and no orphan line', () => {
    const MM = 72 / 25.4;
    const [LEFT, BOTTOM, CHAR, LINE] = [28 * MM, 37 * MM + 225 * MM, (156 * MM) / 28, (225 * MM) / 22];
    const html = execFileSync('pdftotext', ['-bbox', join(out, '自评报告.pdf'), '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const at = (x: number, chars: number) => Math.abs(x - LEFT - chars * CHAR) < 1;
    const found = { lone: [] as string[], widow: [] as number[], orphan: [] as number[] };
    const all: { x: number; right: number; text: string }[] = [];
    html
      .split('<page ')
      .slice(1)
      .forEach((page, p) => {
        // Body lines: 3号 words on one baseline joined, starting at the margin or two characters in.
        const byLine = new Map<number, { x: number; y: number; right: number; text: string }>();
        for (const m of page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)) {
          const [x, y, right, height] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]) - Number(m[2])];
          if (y >= BOTTOM || Math.abs(height - 16) >= 0.5) continue;
          const key = Math.round(y);
          const line = byLine.get(key);
          if (!line) byLine.set(key, { x, y, right, text: m[5]! });
          else byLine.set(key, { x: Math.min(x, line.x), y, right: Math.max(right, line.right), text: x < line.x ? m[5]! + line.text : line.text + m[5]! });
        }
        const lines = [...byLine.values()].sort((a, b) => a.y - b.y).filter((w) => at(w.x, 0) || at(w.x, 2));
        all.push(...lines);
        lines.forEach((l, i) => {
          const endsParagraph = !lines[i + 1] || at(lines[i + 1]!.x, 2);
          if (at(l.x, 0) && endsParagraph && [...l.text.replace(/[，。、；：？！）》”’]/g, '')].length === 1) found.lone.push(`${p + 1}: ${l.text}`);
        });
        const [first, second, last] = [lines[0], lines[1], lines.at(-1)];
        if (first && second && at(first.x, 0) && first.right < LEFT + 156 * MM - CHAR && at(second.x, 2)) found.widow.push(p + 1);
        if (last && at(last.x, 2) && last.y > BOTTOM - LINE - 2 && last.right > LEFT + 156 * MM - CHAR) found.orphan.push(p + 1);
      });
    // Few lines stretched by two characters or more: marks are set half wide first (标点挤压).
    const em = (t: string) => [...t].reduce((a, c) => a + (c.codePointAt(0)! < 0x2e80 && !'“”‘’—…·'.includes(c) ? 0.5 : 1), 0);
    const justified = all.filter((l) => Math.abs(l.right - (LEFT + 156 * MM)) < 1.5);
    const stretched = justified.filter((l) => (l.right - l.x) / CHAR - em(l.text) >= 2);
    expect(stretched.length / justified.length).toBeLessThan(0.03);
    expect(found.lone).toEqual([]);
    expect(found.orphan).toEqual([]);
    expect(found.widow.length).toBeLessThanOrEqual(1);
  });

  it('names the official fonts in the DOCX, in an A4 section with GB/T 9704 margins', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, '自评报告.docx')));
    const doc = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(doc).toContain('w:eastAsia="方正小标宋简体"');
    expect(doc).toContain('w:eastAsia="黑体"');
    expect(doc).toContain('w:eastAsia="楷体_GB2312"');
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles).toContain('w:eastAsia="zh-CN"');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="2098"[^>]* w:left="1587"/);
    expect(doc).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"/);
    expect(doc).toContain('<w:tblHeader/>');
  });

  it('writes a complete DOCX package: well-formed parts, every relationship and picture present', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, '自评报告.docx')));
    const names = Object.keys(zip.files);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/g)) expect(names, part).toContain(part);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const ids = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    for (const target of ids.values()) expect(names, target).toContain(`word/${target}`);
    const doc = await zip.file('word/document.xml')!.async('string');
    const embeds = [...doc.matchAll(/r:(?:embed|id)="([^"]+)"/g)].map((m) => m[1]!);
    expect(embeds.length).toBeGreaterThan(10);
    for (const id of embeds) expect(ids.has(id), id).toBe(true);
    // Tags balance in every XML part (a cheap well-formedness check without an XML parser).
    for (const name of names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      const xml = await zip.file(name)!.async('string');
      const stack: string[] = [];
      for (const [, close, tag, self] of xml.replace(/<\?[^>]*\?>/g, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
        if (self) continue;
        if (close) expect(stack.pop(), `${name}: </${tag}>`).toBe(tag);
        else stack.push(tag!);
      }
      expect(stack, name).toEqual([]);
    }
  });

  it('builds identical bytes a second time', async () => {
    const ws = exampleWorkspace();
    await runCli(['build'], { cwd: ws, env });
    for (const f of ['自评报告.docx', '自评报告.pdf', '自评打分表.xlsx', '佐证资料目录.xlsx']) {
      expect(readFileSync(join(ws, 'output', f)).equals(readFileSync(join(out, f))), f).toBe(true);
    }
  }, 120_000);

  it('matches the reviewed golden text of the document tree, the PDF and the DOCX, part by part', async () => {
    const model = (await runCli(['build', '--to', 'model'], { cwd: exampleWorkspace(), env })).stdout;
    // One golden file per part of the report (title and opening, 一、…, （一）…, 附件目录, 附件N) and format:
    // a change in one part fails with a diff of that part. UPDATE=1 rewrites them from the output.
    const parts = reportParts(JSON.parse(model) as Doc);
    const dir = join(import.meta.dirname, '../golden/report');
    const named = (texts: string[]) => parts.map((p, i) => [p.name, texts[i]!] as const);
    failOnGoldenProblems(
      [
        ...checkGoldenFolder(join(dir, 'model'), named(splitModelJson(model, parts))),
        ...checkGoldenFolder(join(dir, 'pdf'), named(splitText(pdfText, parts, { pages: true, what: 'pdftotext of 自评报告.pdf' }))),
        ...checkGoldenFolder(join(dir, 'docx'), named(splitText(docxText, parts, { pages: false, what: 'text of 自评报告.docx' }))),
      ],
      'UPDATE=1 npx vitest run test/render/report.test.ts',
    );
  }, 120_000);
});
