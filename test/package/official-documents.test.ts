// The documents a clerk signs, measured on the generated files as a reviewer would read them
// (issue 13): sender and addressee, masthead, title breaks, signature, 附件说明, 版记, page numbers,
// the report's headings, captions and spacing, the 整改台账 and the 汇编's pictures and fonts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { words as layoutWords } from '../../src/render/layout.js';
import { root, runCli } from '../helpers.js';
import { greyPage, pdfWords, type Word } from '../pdf-pages.js';

const env = { SOURCE_DATE_EPOCH: '1625011200' };
const MM = 72 / 25.4;
/** The text block of a GB/T 9704 page, in points from the page's top left. */
const BLOCK = { left: 28 * MM, right: 28 * MM + 156 * MM, top: 37 * MM, bottom: 37 * MM + 225 * MM };
const LINE = (225 * MM) / 22;
const CHAR = (156 * MM) / 28;
const ORGAN = '西安曲江新区国家安全发展示范城市创建工作领导小组办公室';

let pkg: string;
let model: { blocks: { type: string; text?: string; children?: { value?: string }[]; alt?: string; caption?: string }[] };

/** The words pdftotext finds on a page, with their boxes in points. */
const words = (file: string, page: number): Word[] => pdfWords(file, page)[0]?.words ?? [];

const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const text = (file: string, first?: number, last?: number) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', ...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
/** The text in content order (table cells whole), without line breaks. */
const raw = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).replace(/\s+/g, '');
const find = (ws: readonly Word[], s: string) => ws.find((w) => w.text.includes(s));

/** The rows (in points from the page top) where a rendered page region has dark pixels: 4 pixels per point. */
function darkRows(file: string, page: number, x: number, y: number, w: number, h: number): number[] {
  const { width, height, data } = greyPage(file, page, { dpi: 288, region: [x * 4, y * 4, w * 4, h * 4] });
  const rows: number[] = [];
  for (let r = 0; r < height; r++) if (data.subarray(r * width, (r + 1) * width).some((v) => v < 128)) rows.push(y + r / 4);
  return rows;
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-official-'));
  const config = readFileSync(join(root, 'dossier.config.yaml'), 'utf8')
    .replace(/^dossiers: .*$/m, `dossiers: ${join(root, 'dossiers')}`)
    .replace(/^output: .*$/m, `output: ${join(dir, 'output')}`)
    .replace(/^plan: .*$/m, '')
    .replace(/^letter:.*$/m, 'letter:\n  cc: 西安市应急管理局');
  writeFileSync(join(dir, 'dossier.config.yaml'), config);
  writeFileSync(join(dir, '自评.yaml'), readFileSync(join(root, '自评.yaml')));
  const r = await runCli(['package'], { cwd: dir, env });
  expect(r.code, r.stderr).toBe(0);
  pkg = join(dir, 'output', '复核申请材料');
  model = JSON.parse((await runCli(['build', '--to', 'model'], { cwd: dir, env })).stdout);
}, 180_000);

describe('the 请示', () => {
  const letter = () => join(pkg, '01-请示.pdf');

  it('speaks for one organ to one addressee: masthead, title, signature and 主送机关 agree with the report', () => {
    const all = text(letter()).replace(/\s+/g, '');
    expect(all.startsWith(ORGAN)).toBe(true);
    expect(all).toContain(`${ORGAN}关于申请创建工作省、市级复核的请示`);
    expect(all).toContain('西安市安全生产委员会：');
    expect(all).toContain(`${ORGAN}2021年6月30日`);
    const report = text(join(pkg, '02-自评报告.pdf')).replace(/\s+/g, '');
    expect(report).toContain(`${ORGAN}关于创建工作自评情况的报告`);
    expect(report).toContain('西安市安全生产委员会：');
    expect(report).toContain(`${ORGAN}2021年6月30日`);
  });

  it('has a large red masthead, 发文字号 two lines under it, and a title broken between words', () => {
    const p1 = words(letter(), 1);
    const masthead = p1.filter((w) => ORGAN.includes(w.text) && w.yMax < BLOCK.top + 80 * MM);
    expect(masthead.map((w) => w.text).join('')).toBe(ORGAN);
    for (const w of masthead) expect(w.yMax - w.yMin, w.text).toBeGreaterThanOrEqual(26);
    expect(masthead[0]!.yMin).toBeCloseTo(BLOCK.top + 35 * MM, -1);
    const number = find(p1, '〔2021〕3号')!;
    expect(Math.abs(number.yMin - masthead.at(-1)!.yMax - 2 * LINE)).toBeLessThanOrEqual(LINE / 2);
    // Title lines end at word ends: 示范城市, 省、市级 and the organ's name are never split.
    const title = p1.filter((w) => w.yMin > number.yMax && w.yMax - w.yMin > 20).map((w) => w.text);
    expect(title.join('')).toContain(`${ORGAN}关于申请`);
    const wordsOf = layoutWords(title.join(''));
    let at = 0;
    const ends = new Set(wordsOf.map((w) => (at += w.length)));
    at = 0;
    for (const line of title.slice(0, -1)) expect(ends.has((at += line.length)), line).toBe(true);
  });

  it('sets the signature centred over the date inside the text block, the date four characters in', () => {
    const last = pages(letter());
    const page = [...Array(last).keys()].map((i) => words(letter(), i + 1)).find((ws) => ws.some((w) => w.text === '2021年6月30日'))!;
    const date = page.find((w) => w.text === '2021年6月30日')!;
    expect(BLOCK.right - date.xMax).toBeCloseTo(4 * CHAR, 0);
    const organ = page.filter((w) => ORGAN.includes(w.text) && w.yMax <= date.yMin + 1 && w.yMin > date.yMin - 4 * LINE);
    expect(organ.map((w) => w.text).join('')).toBe(ORGAN);
    const centre = (w: Word) => (w.xMin + w.xMax) / 2;
    for (const w of organ) {
      expect(w.xMax).toBeLessThanOrEqual(BLOCK.right + 0.5);
      // Centred over the date, or (a line too long to centre) ending at the block's edge.
      expect(Math.abs(centre(w) - centre(date)) < 2 || Math.abs(w.xMax - BLOCK.right) < 1, w.text).toBe(true);
    }
  });

  it('lists its attachments by their own titles, a long name continuing under its first character', () => {
    const pageWords = [...Array(pages(letter())).keys()].map((i) => words(letter(), i + 1)).find((ws) => ws.some((w) => w.text.startsWith('附件：')))!;
    const label = pageWords.find((w) => w.text.startsWith('附件：'))!;
    const first = pageWords.find((w) => w.text.startsWith('西安曲江新区') && Math.abs(w.yMin - label.yMin) < 1)!;
    const second = pageWords.find((w) => w.yMin > first.yMin + LINE / 2 && w.yMin < first.yMin + 1.5 * LINE)!;
    expect(second.xMin).toBeCloseTo(first.xMin, 0);
    const all = text(letter()).replace(/\s+/g, '');
    const report = text(join(pkg, '02-自评报告.pdf'), 1).replace(/\s+/g, '');
    const reportTitle = `${ORGAN}关于创建工作自评情况的报告`;
    expect(report).toContain(reportTitle);
    expect(all).toContain(`1．${reportTitle}2．西安曲江新区国家安全发展示范城市创建工作自评打分表`);
    expect(text(join(pkg, '03-自评打分表.pdf'), 1).replace(/\s+/g, '')).toContain('西安曲江新区国家安全发展示范城市创建工作自评打分表');
    expect(all).toContain('5．西安曲江新区国家安全发展示范城市创建工作问题整改台账');
  });

  it('ends with the 版记 at the foot of an even page: 抄送, 印发机关 and 印发日期 between rules', () => {
    const n = pages(letter());
    expect(n % 2).toBe(0);
    const last = words(letter(), n);
    const printed = find(last, '印发')!;
    expect(printed.text).toBe('2021年6月30日印发');
    expect(BLOCK.bottom - printed.yMax).toBeLessThan(LINE / 2 + 2);
    expect(BLOCK.right - printed.xMax).toBeCloseTo(14, 0);
    expect(find(last, '抄送：西安市应急管理局')).toBeDefined();
    // The rules: dark rows at the block's foot and above the 抄送 line, across the whole block.
    const rows = darkRows(letter(), n, BLOCK.left + 10, BLOCK.bottom - 3, 20, 6);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('puts the dashes of the page number 7 mm under the text block', () => {
    // Page 1 is odd: the number sits at the right, one character in; its first dash is measured.
    const number = find(words(letter(), 1), '—')!;
    expect(BLOCK.right - number.xMax).toBeCloseTo(CHAR, 0);
    const rows = darkRows(letter(), 1, number.xMin, BLOCK.bottom + 2 * MM, 12, 12 * MM);
    expect(rows.length).toBeGreaterThan(0);
    expect(Math.abs(rows[0]! - BLOCK.bottom - 7 * MM)).toBeLessThan(0.3 * MM);
  });
});

describe('the self-evaluation report', () => {
  const plainText = () => model.blocks.map((b) => b.text ?? b.caption ?? b.alt ?? (b.children ?? []).map((c) => c.value ?? '').join('')).join('\n');

  it('never cuts a heading: a long task gets its first sentence or clause, the full text below', () => {
    const headings = model.blocks.filter((b) => b.type === 'heading').map((b) => (b.children ?? []).map((c) => c.value ?? '').join(''));
    expect(headings.filter((h) => h.includes('…'))).toEqual([]);
    expect(headings).toContain('7. 严格安全准入');
    expect(plainText()).toContain('严格安全准入，建设项目按规定开展安全预评价（设立安全评价）、地震安全性评价、地质灾害危险性评估');
  });

  it('captions pictures from the evidence, never with a file name', () => {
    const captions = model.blocks.filter((b) => b.type === 'image').map((b) => b.caption ?? b.alt ?? '');
    expect(captions.length).toBeGreaterThan(10);
    expect(captions.filter((c) => /\.(png|jpe?g)$/i.test(c) || /^T\d+-/.test(c))).toEqual([]);
    expect(captions).toContain('生产安全事故死亡率统计分析现场检查图片（1）');
  });

  it('sets no space between Chinese and digits', () => {
    expect(plainText().match(/[\u4e00-\u9fff][ \u00a0]+\d|\d[ \u00a0]+[\u4e00-\u9fff]/g)).toBeNull();
    expect(text(join(pkg, '02-自评报告.pdf'), 1).replace(/\n/g, '')).toContain('87项任务中');
  });

  it('reports the completion of each stage in 附件3, as the office filled it in', () => {
    const all = raw(join(pkg, '02-自评报告.pdf'));
    expect(all).toContain('已完成（2020年11月26日印发）');
    expect(all).not.toMatch(/时限已过/);
  });
});

describe('the package', () => {
  it('keeps the order of the pictures of an evidence file in the 汇编', () => {
    const merged = join(pkg, '复核材料汇编.pdf');
    const all = text(merged).replace(/[ \t]+/g, '');
    const first = all.indexOf('生产安全事故死亡率统计分析现场检查图片（1）');
    const second = all.indexOf('生产安全事故死亡率统计分析现场检查图片（2）');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(all).not.toMatch(/T1-现场照片\d\.png/);
  });

  it('numbers the 汇编 continuously as printed, blank pages unnumbered, and labels each attachment 附件N at the top left', () => {
    const merged = join(pkg, '复核材料汇编.pdf');
    const all = pdfWords(merged);
    expect(all.length).toBe(pages(merged));
    const blank: number[] = [];
    const labels: [number, string][] = [];
    for (const [i, page] of all.entries()) {
      const n = i + 1;
      if (!page.words.length) {
        blank.push(n);
        continue;
      }
      // One number per page (a part's own numbers are replaced), the page's place in the whole:
      // under the text block, at the right on odd pages and at the left on even ones.
      const folios = page.words.filter(
        (w) => /^—\s*\d+\s*—$/.test(w.text) || (/^\d+$/.test(w.text) && page.words.some((d) => d.text === '—' && Math.abs(d.yMin - w.yMin) < 1 && Math.abs(d.xMax - w.xMin) < 8)),
      );
      expect(
        folios.map((w) => w.text.replace(/\D/g, '')),
        `page ${n}`,
      ).toEqual([String(n)]);
      const folio = folios[0]!;
      const portrait = page.width < page.height;
      expect(page.height - folio.yMax, `page ${n}`).toBeGreaterThan(portrait ? 60 : 15);
      expect(page.height - folio.yMax, `page ${n}`).toBeLessThan(portrait ? 85 : 35);
      if (n % 2) expect(folio.xMin, `page ${n}`).toBeGreaterThan(page.width / 2);
      else expect(folio.xMax, `page ${n}`).toBeLessThan(page.width / 2);
      // 附件N in the margin above the text block, at its left edge.
      const label = page.words.find((w) => /^附件\d$/.test(w.text) && w.yMax < (portrait ? BLOCK.top : 15 * MM));
      if (label) {
        labels.push([n, label.text]);
        expect(label.xMin, `page ${n}`).toBeCloseTo(portrait ? BLOCK.left : 15 * MM, 0);
        expect(label.yMax - label.yMin, `page ${n}`).toBeCloseTo(16, 0);
      }
    }
    // The parts start where the bookmarks say, each on an odd page; a blank page fills the gap before it.
    const json = JSON.parse(execFileSync('qpdf', ['--json', merged], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    const starts = (json.outlines as { title: string; destpageposfrom1: number }[]).slice(1).map((o) => [o.destpageposfrom1, o.title.split('　')[0]]);
    expect(labels).toEqual(starts);
    for (const n of blank)
      expect(
        starts.some(([s]) => s === n + 1),
        `blank page ${n}`,
      ).toBe(true);
  });

  it('gives different font subsets different names', () => {
    const merged = join(pkg, '复核材料汇编.pdf');
    const fonts = execFileSync('pdffonts', [merged], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .map((l) => l.split(/\s+/)[0]!)
      .filter((n) => /^[A-Z]{6}\+Fandol/.test(n));
    // Each document embeds its own subsets: letter, report, score sheet, index and picture pages.
    expect(new Set(fonts).size).toBeGreaterThan(fonts.length / 2);
    const letterFonts = execFileSync('pdffonts', [join(pkg, '01-请示.pdf')], { encoding: 'utf8' });
    const reportFonts = execFileSync('pdffonts', [join(pkg, '02-自评报告.pdf')], { encoding: 'utf8' });
    const tag = (list: string, face: string) => new RegExp(`([A-Z]{6})\\+${face}`).exec(list)?.[1];
    expect(tag(letterFonts, 'FandolFang-Regular')).not.toBe(tag(reportFonts, 'FandolFang-Regular'));
  });

  it('prints the sheets as reviewers print them: A4 landscape, ruled, numbered, the title merged over the columns', async () => {
    for (const name of ['03-自评打分表.xlsx', '04-佐证资料目录.xlsx', '06-问题整改台账.xlsx']) {
      const zip = await JSZip.loadAsync(readFileSync(join(pkg, name)));
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      expect(sheet, name).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
      expect(sheet, name).toMatch(/<oddFooter>[^<]*&amp;P[^<]*<\/oddFooter>/);
      const columns = (/<dimension ref="A1:([A-Z]+)\d+"/.exec(sheet) ?? [])[1];
      expect(sheet, name).toContain(`<mergeCell ref="A1:${columns}1"/>`);
      const styles = await zip.file('xl/styles.xml')!.async('string');
      // Body cells use a ruled style (a border with thin lines on every side).
      expect(styles).toMatch(/<border><left style="thin">/);
      expect(sheet).toMatch(/<c r="A3" s="[34]"/);
    }
    // The evidence index names the packaged materials, not the workspace's files.
    const index = await JSZip.loadAsync(readFileSync(join(pkg, '04-佐证资料目录.xlsx')));
    const strings = await index.file('xl/sharedStrings.xml')?.async('string');
    const cells = strings ?? (await index.file('xl/worksheets/sheet1.xml')!.async('string'));
    expect(cells).not.toMatch(/\.md\b|dossiers\//);
    // The printed sheets are landscape A4 too.
    for (const name of ['03-自评打分表.pdf', '06-问题整改台账.pdf']) {
      expect(execFileSync('pdfinfo', [join(pkg, name)], { encoding: 'utf8' }), name).toMatch(/Page size:\s+841.89 x 595.27\d? pts/);
    }
  });

  it('makes the same DOCX when it is built alone, without the PDF whose picture sizes it takes', async () => {
    const r = await runCli(['build', '--format', 'docx'], { cwd: dirname(dirname(pkg)), env });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dirname(pkg), '自评报告.docx')).equals(readFileSync(join(pkg, '02-自评报告.docx')))).toBe(true);
  });

  it('paginates the DOCX as the PDF: laid out by LibreOffice, the report takes as many pages within 2 %, and keeps every mark', () => {
    const out = mkdtempSync(join(tmpdir(), 'dossier-lo-'));
    // A profile of its own, so that a LibreOffice already running elsewhere does not take the job.
    execFileSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(pkg, '02-自评报告.docx')], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const docx = join(out, '02-自评报告.pdf');
    const pdf = join(pkg, '02-自评报告.pdf');
    const [a, b] = [pages(pdf), pages(docx)];
    expect(Math.abs(b - a) / a, `PDF ${a} pages, DOCX ${b} pages`).toBeLessThanOrEqual(0.02);
    // No punctuation hangs past the margin and vanishes from a justified line (LibreOffice's habit).
    const count = (file: string) => [...raw(file)].filter((c) => '，。、；：'.includes(c)).length;
    expect(count(docx)).toBe(count(pdf));
  }, 180_000);

  it('writes the DOCX on a 22-line grid with the red rule across the whole text block', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(pkg, '01-请示.docx')));
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain('w:linePitch="579"');
    expect(22 * 579).toBeLessThanOrEqual((225 / 25.4) * 1440);
    const rule = /<w:p><w:pPr>(?:(?!<\/w:pPr>).)*<w:pBdr><w:bottom[^>]*w:color="C00000"(?:(?!<\/w:pPr>).)*<\/w:pPr>/.exec(doc)![0];
    expect(rule).not.toMatch(/w:left=|w:right=/);
    expect(doc).toContain('抄送：西安市应急管理局');
  });
});
