import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxPlainText, runCli } from '../helpers.js';
import { WORD, makeDocx, makePdf, makePlainDocx, makePng } from '../fixtures/import/make-files.js';

/** A fresh workspace: the bundled plan, an example district, checks as of 2021-06-30. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-import-'));
  writeFileSync(join(dir, 'dossier.config.yaml'), 'district: 示例区\nasOf: 2021-06-30\n');
  return dir;
}

/** The front matter and body of an evidence file. */
function evidence(file: string): { front: string; body: string } {
  const text = readFileSync(file, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { front, body };
}

type Diagnostic = { code: string; severity: string; file?: string; task?: number; message: string };

async function checkJson(ws: string, task: string): Promise<{ code: number; data: { tasks: { no: number; status: string }[]; diagnostics: Diagnostic[] } }> {
  const r = await runCli(['check', '--task', task, '--json'], { cwd: ws });
  return { code: r.code, data: JSON.parse(r.stdout) };
}

const squeeze = (s: string) => s.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');

describe('dossier import of a Word file, through check and into the report', () => {
  let ws: string;
  let imported: { code: number; stdout: string; stderr: string };
  let file: string;

  beforeAll(async () => {
    ws = workspace();
    writeFileSync(join(ws, '文件.docx'), await makeDocx());
    imported = await runCli(['import', '文件.docx', '--task', '24', '--unit', '住建局', '--date', '2020-12-20', '--status', '已完成'], { cwd: ws });
    file = join(ws, imported.stdout.trim());
  });

  it("writes one evidence file named after the Word file's heading, and says what to do next", () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(`dossiers/住建局/T24-${WORD.heading}.md\n`);
    expect(imported.stderr).toContain('dossier check');
    expect(imported.stderr).not.toContain('--status 已完成'); // the status was given
  });

  it('fills the front matter and keeps the pictures and the original as listed attachments', () => {
    const { front } = evidence(file);
    expect(front).toMatch(/^task: 24$/m);
    expect(front).toMatch(/^unit: 住建局$/m);
    expect(front).toMatch(new RegExp(`^title: ${WORD.heading}$`, 'm'));
    expect(front).toMatch(/^date: 2020-12-20(?!\S)/m);
    expect(front).toMatch(/^status: 已完成(?!\S)/m);
    expect(front).toMatch(/^kind: 其他(?!\S)/m);
    const folder = `附件/T24-${WORD.heading}`;
    expect(front).toContain(`attachments:\n  - ${folder}/图1.png\n  - ${folder}/文件.docx`);
    const dir = join(ws, 'dossiers/住建局', folder);
    expect(readdirSync(dir).sort()).toEqual(['图1.png', '文件.docx']);
    expect(readFileSync(join(dir, '图1.png')).equals(makePng())).toBe(true);
    expect(readFileSync(join(dir, '文件.docx')).equals(readFileSync(join(ws, '文件.docx')))).toBe(true);
  });

  it('turns the body into markdown: paragraphs, bold, a list, a pipe table, and only a mention of the picture', () => {
    const { body } = evidence(file);
    expect(body).not.toContain(`# ${WORD.heading}`); // the heading became the title
    expect(body).toContain(WORD.intro);
    expect(body).toContain(`**${WORD.boldLead}**${WORD.boldRest}`);
    for (const b of WORD.bullets) expect(body).toContain(`- ${b}`);
    expect(body).toMatch(/^\| 工地名称 +\| 摄像头数量 \| 在线情况 \|$/m);
    expect(body).toMatch(/^\| -+ \| -+ \| -+ \|$/m);
    expect(body).toMatch(/^\| 大雁塔南广场改造 +\| 八路 +\| 全部在线 \|$/m);
    expect(body).toContain('（见图1）');
    expect(body).not.toContain('![');
    expect(body).toContain(WORD.after);
  });

  it('passes the check: no diagnostic about the file, the task complete', async () => {
    const { code, data } = await checkJson(ws, '24');
    expect(code).toBe(0);
    expect(data.tasks).toEqual([expect.objectContaining({ no: 24, status: 'complete' })]);
    expect(data.diagnostics.filter((d) => d.file !== undefined)).toEqual([]);
    expect(data.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // What remains is about the task: the other responsible department, and figures not yet reported.
    expect(new Set(data.diagnostics.map((d) => d.code))).toEqual(new Set(['unit-missing', 'metric-unreported']));
  });

  it('reaches the report: every paragraph and table cell in the PDF and the DOCX, the picture once', async () => {
    const build = await runCli(['build'], { cwd: ws, env: { SOURCE_DATE_EPOCH: '1625011200' } });
    expect(build.code, build.stderr).toBe(0);
    const pdf = join(ws, 'output/自评报告.pdf');
    const docx = join(ws, 'output/自评报告.docx');
    const pdfText = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    const docxText = squeeze(await docxPlainText(docx));
    const texts = [WORD.intro, WORD.boldLead + WORD.boldRest, ...WORD.bullets, ...WORD.table.flat(), WORD.after, `材料24-01`];
    for (const t of texts) {
      expect(pdfText.includes(squeeze(t)), `PDF lacks ${t}`).toBe(true);
      expect(docxText.includes(squeeze(t)), `DOCX lacks ${t}`).toBe(true);
    }
    // The picture is printed once, from the attachment (the body only mentions it).
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    const pictures = await Promise.all(media.map(async (n) => Buffer.from(await zip.file(n)!.async('uint8array'))));
    expect(pictures.filter((p) => p.equals(makePng()))).toHaveLength(1);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /^\s*\d+\s+\d+\s+image\s+24\s+16\s/.test(l));
    expect(images).toHaveLength(1);
  }, 180_000);
});

describe('dossier import of other files', () => {
  it('reads task, department, title and date from the file names of a folder, and reports what it skips', async () => {
    const ws = workspace();
    const inbox = join(ws, '收到的材料');
    mkdirSync(join(inbox, '旧文件'), { recursive: true });
    writeFileSync(join(inbox, 'T24_住建局_视频监控系统验收报告_2020-12-20.pdf'), makePdf());
    writeFileSync(join(inbox, '24_住建局_工地监控现场照片_2020.12.21.png'), makePng());
    writeFileSync(join(inbox, '任务24_住建局_2020年12月22日.docx'), await makeDocx());
    writeFileSync(join(inbox, '说明.txt'), '请查收');
    writeFileSync(join(inbox, 'Thumbs.db'), '');
    const r = await runCli(['import', '收到的材料'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').sort()).toEqual(['dossiers/住建局/T24-视频监控系统验收报告.md', 'dossiers/住建局/T24-工地监控现场照片.md', `dossiers/住建局/T24-${WORD.heading}.md`].sort());
    expect(r.stderr).toContain('跳过：收到的材料/说明.txt：文本文件不能导入');
    expect(r.stderr).toContain('跳过：收到的材料/旧文件：子文件夹中的文件不会一并导入');
    expect(r.stderr).not.toContain('Thumbs.db');
    expect(r.stderr).toContain('--status 已完成'); // no status given: the note says how to mark finished work

    const pdf = evidence(join(ws, 'dossiers/住建局/T24-视频监控系统验收报告.md'));
    expect(pdf.front).toMatch(/^title: 视频监控系统验收报告$/m);
    expect(pdf.front).toMatch(/^date: 2020-12-20(?!\S)/m);
    expect(pdf.front).toMatch(/^status: 推进中(?!\S)/m);
    expect(pdf.front).toMatch(/^kind: 总结报告(?!\S)/m);
    expect(pdf.front).toContain('  - 附件/T24-视频监控系统验收报告/T24_住建局_视频监控系统验收报告_2020-12-20.pdf');
    expect(pdf.body.trim()).toBe('本材料为附件《视频监控系统验收报告》（PDF 文件）。');

    const photo = evidence(join(ws, 'dossiers/住建局/T24-工地监控现场照片.md'));
    expect(photo.front).toMatch(/^date: 2020-12-21(?!\S)/m);
    expect(photo.front).toMatch(/^kind: 图片资料(?!\S)/m);
    expect(photo.body.trim()).toBe('本材料为附件《工地监控现场照片》（图片）。');

    // No title in the name: the Word file's first heading is the title.
    const word = evidence(join(ws, `dossiers/住建局/T24-${WORD.heading}.md`));
    expect(word.front).toMatch(/^date: 2020-12-22(?!\S)/m);

    const { code, data } = await checkJson(ws, '24');
    expect(data.diagnostics.filter((d) => d.file !== undefined)).toEqual([]);
    expect(code).toBe(0);
  });

  it('imports a PDF and a picture given with options', async () => {
    const ws = workspace();
    writeFileSync(join(ws, '台账.pdf'), makePdf());
    writeFileSync(join(ws, 'IMG_0001.png'), makePng());
    const r = await runCli(['import', '台账.pdf', 'IMG_0001.png', '--task', '24', '--unit', '住建局', '--date', '2020年12月20日', '--status', '已完成'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('dossiers/住建局/T24-台账.md\ndossiers/住建局/T24-IMG_0001.md\n');
    const ledger = evidence(join(ws, 'dossiers/住建局/T24-台账.md'));
    expect(ledger.front).toMatch(/^kind: 工作台账(?!\S)/m);
    expect(ledger.front).toMatch(/^date: 2020-12-20(?!\S)/m);
    expect(ledger.body.trim()).toBe('本材料为附件《台账》（PDF 文件）。');
    const photo = evidence(join(ws, 'dossiers/住建局/T24-IMG_0001.md'));
    expect(photo.front).toMatch(/^kind: 图片资料(?!\S)/m);
    expect(photo.front).toContain('  - 附件/T24-IMG_0001/IMG_0001.png');
    expect(existsSync(join(ws, 'dossiers/住建局/附件/T24-IMG_0001/IMG_0001.png'))).toBe(true);
    const { code, data } = await checkJson(ws, '24');
    expect(data.diagnostics.filter((d) => d.file !== undefined)).toEqual([]);
    expect(data.tasks[0]!.status).toBe('complete');
    expect(code).toBe(0);
  });

  it('follows check’s advice for a stray scan in a subfolder, typed from the workspace folder', async () => {
    const ws = workspace();
    mkdirSync(join(ws, 'dossiers/住建局/扫描'), { recursive: true });
    writeFileSync(join(ws, 'dossiers/住建局/扫描/台账.pdf'), makePdf());
    const whole = async () => JSON.parse((await runCli(['check', '--json'], { cwd: ws })).stdout) as { diagnostics: (Diagnostic & { hint: string })[] };
    const stray = (await whole()).diagnostics.find((d) => d.code === 'stray-file')!;
    expect(stray.hint).toContain('（佐证文件在“住建局”文件夹中时，写 - 扫描/台账.pdf）');
    const path = /dossier import "([^"]+)" --task 序号 --unit 单位 --date 日期/.exec(stray.hint)![1]!;
    expect(path).toBe('住建局/扫描/台账.pdf');
    // Typed as on Windows.
    const r = await runCli(['import', path.replace(/\//g, '\\'), '--task', '24', '--unit', '住建局', '--date', '2020-12-20'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(evidence(join(ws, 'dossiers/住建局/T24-台账.md')).front).toContain('attachments:\n  - 扫描/台账.pdf');
    expect((await whole()).diagnostics.filter((d) => d.file !== undefined)).toEqual([]);
  });

  it('puts a small spreadsheet into the body as a table', async () => {
    const ws = workspace();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('汇总');
    sheet.addRow(['在建工地视频监控安装台账']);
    sheet.mergeCells('A1:C1');
    sheet.addRow(['工地', '摄像头', '安装率']);
    sheet.addRow(['曲江文化中心项目', 12, 1]);
    sheet.getCell('C3').numFmt = '0%';
    writeFileSync(join(ws, 'T24_住建局_监控安装台账_2020-12-20.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const r = await runCli(['import', 'T24_住建局_监控安装台账_2020-12-20.xlsx'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    const { front, body } = evidence(join(ws, 'dossiers/住建局/T24-监控安装台账.md'));
    expect(front).toMatch(/^kind: 工作台账(?!\S)/m);
    expect(body).toContain('本材料为附件《监控安装台账》（Excel 表格）。表格“在建工地视频监控安装台账”内容如下：');
    expect(body).toMatch(/^\| 工地 +\| 摄像头 \| 安装率 \|$/m);
    expect(body).toMatch(/^\| 曲江文化中心项目 \| 12 +\| 100% +\|$/m);
  });

  it('reads the first visible sheet with content, under a title and a 填报单位 line, and names the sheets left out', async () => {
    const ws = workspace();
    const book = new ExcelJS.Workbook();
    const hidden = book.addWorksheet('说明');
    hidden.addRow(['填表说明：请勿修改本表']);
    hidden.state = 'hidden';
    book.addWorksheet('Sheet1');
    const sheet = book.addWorksheet('台账');
    sheet.addRow(['在建工地视频监控安装台账']);
    sheet.mergeCells('A1:C1');
    sheet.addRow(['填报单位：住建局', '', '填报日期：2020年12月20日']);
    sheet.addRow(['工地', '摄像头', '安装率']);
    sheet.addRow(['曲江文化中心项目', 12, '100%']);
    book.addWorksheet('统计').addRow(['合计', 12]);
    writeFileSync(join(ws, 'T24_住建局_监控安装台账_2020-12-20.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    writeFileSync(join(ws, 'T24_住建局_空表_2020-12-20.xlsx'), Buffer.from(await empty.xlsx.writeBuffer()));
    const r = await runCli(['import', '.'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    const { body } = evidence(join(ws, 'dossiers/住建局/T24-监控安装台账.md'));
    expect(body).toContain('本材料为附件《监控安装台账》（Excel 表格，共 3 张工作表，以下为“台账”）。表格“在建工地视频监控安装台账”内容如下：');
    expect(body).toContain('填报单位：住建局　填报日期：2020年12月20日');
    expect(body).toMatch(/^\| 工地 +\| 摄像头 \| 安装率 \|$/m);
    expect(body).not.toContain('填表说明');
    expect(r.stderr).toContain('工作簿中另有 1 张有内容的工作表（“统计”）没有录入正文，只在附件中');
    expect(r.stderr).toContain('T24_住建局_空表_2020-12-20.xlsx：表格中没有找到内容（工作表都是空的或隐藏的），只列为附件');
    expect(r.stderr).not.toContain('0 行');
  });

  it('never overwrites: a second import, or a name already taken, gets -2, -3', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'T24_住建局_台账_2020-12-20.pdf'), makePdf());
    mkdirSync(join(ws, 'dossiers/住建局'), { recursive: true });
    writeFileSync(join(ws, 'dossiers/住建局/T24-台账.md'), '单位自己写的文件');
    const first = await runCli(['import', 'T24_住建局_台账_2020-12-20.pdf'], { cwd: ws });
    const second = await runCli(['import', 'T24_住建局_台账_2020-12-20.pdf'], { cwd: ws });
    expect(first.stdout).toBe('dossiers/住建局/T24-台账-2.md\n');
    expect(second.stdout).toBe('dossiers/住建局/T24-台账-3.md\n');
    expect(first.stderr).not.toContain('重复导入');
    expect(second.stderr).toContain('佐证文件 住建局/T24-台账-2.md 已列有同名附件，这次可能是重复导入');
    expect(readFileSync(join(ws, 'dossiers/住建局/T24-台账.md'), 'utf8')).toBe('单位自己写的文件');
    expect(evidence(join(ws, 'dossiers/住建局/T24-台账-3.md')).front).toContain('  - 附件/T24-台账-3/T24_住建局_台账_2020-12-20.pdf');
    expect(readdirSync(join(ws, 'dossiers/住建局/附件')).sort()).toEqual(['T24-台账-2', 'T24-台账-3']);
  });

  it('refuses an unknown department with the nearest name, in an option (exit 2) or in a file name (exit 1)', async () => {
    const ws = workspace();
    writeFileSync(join(ws, '台账.pdf'), makePdf());
    const option = await runCli(['import', '台账.pdf', '--task', '24', '--unit', '住建委', '--date', '2020-12-20'], { cwd: ws });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('单位“住建委”不在方案的单位名单中');
    expect(option.stderr).toContain('是不是“住建局”？');
    writeFileSync(join(ws, 'T24_住建委_台账_2020-12-20.pdf'), makePdf());
    const name = await runCli(['import', 'T24_住建委_台账_2020-12-20.pdf'], { cwd: ws });
    expect(name.code).toBe(1);
    expect(name.stderr).toContain('文件名中的“住建委”不是方案中的单位名称');
    expect(name.stderr).toContain('是不是“住建局”？');
    expect(existsSync(join(ws, 'dossiers'))).toBe(false);
  });

  it('names the department a full name in a file name may stand for, and reads the name once unitAliases says so', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'T24-曲江新区住房和城乡建设局-检查记录-2020-12-20 (1).pdf'), makePdf());
    const first = await runCli(['import', '.'], { cwd: ws });
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('文件名中的“曲江新区住房和城乡建设局”不是方案中的单位名称，未导入');
    expect(first.stderr).toContain('是不是“住建局”？请改正文件名，或加 --unit 住建局；如果各单位的文件名常这样写，可在 dossier.config.yaml 的 unitAliases 中加一行“曲江新区住房和城乡建设局: 住建局”');
    writeFileSync(join(ws, 'dossier.config.yaml'), 'district: 示例区\nasOf: 2021-06-30\nunitAliases:\n  曲江新区住房和城乡建设局: 住建局\n');
    const second = await runCli(['import', '.'], { cwd: ws });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('dossiers/住建局/T24-检查记录.md\n');
    expect(evidence(join(ws, 'dossiers/住建局/T24-检查记录.md')).front).toContain('date: 2020-12-20');
  });

  it('refuses unknown tasks, bad dates and statuses as usage errors', async () => {
    const ws = workspace();
    writeFileSync(join(ws, '台账.pdf'), makePdf());
    const task = await runCli(['import', '台账.pdf', '--task', '999', '--unit', '住建局'], { cwd: ws });
    expect(task.code).toBe(2);
    expect(task.stderr).toContain('任务序号“999”不在方案中');
    const date = await runCli(['import', '台账.pdf', '--task', '24', '--unit', '住建局', '--date', '2020-13-01'], { cwd: ws });
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--date 的日期“2020-13-01”无法识别');
    const status = await runCli(['import', '台账.pdf', '--task', '24', '--unit', '住建局', '--date', '2020-12-20', '--status', '完成'], { cwd: ws });
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('应是 已完成、推进中、未启动 之一');
  });

  it('refuses a file without a date and imports the others (exit 1)', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'T24_住建局_台账_2020-12-20.pdf'), makePdf());
    writeFileSync(join(ws, 'T24_住建局_工作总结.docx'), await makePlainDocx('2020年全区建设工地视频监控工作总结。', '二〇二〇年十二月二十五日'));
    writeFileSync(join(ws, 'T24_住建局_现场照片.png'), makePng());
    const r = await runCli(['import', 'T24_住建局_台账_2020-12-20.pdf', 'T24_住建局_工作总结.docx', 'T24_住建局_现场照片.png'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('dossiers/住建局/T24-台账.md\n');
    expect(r.stderr).toContain('错误：T24_住建局_工作总结.docx：不知道这份材料的日期');
    expect(r.stderr).toContain('文件中写有日期“二〇二〇年十二月二十五日”：如果这就是印发或完成日期，请单独导入这个文件并加 --date 2020-12-25');
    expect(r.stderr).toContain('错误：T24_住建局_现场照片.png：不知道这份材料的日期');
    expect(r.stderr).toContain('请单独导入这个文件并加 --date YYYY-MM-DD（如 --date 2020-12-20），或在文件名末尾加上日期（如改为 T24_住建局_现场照片_2020-12-20.png）');
    expect(r.stderr).toContain('有 2 个文件未导入');
    expect(readdirSync(join(ws, 'dossiers/住建局/附件'))).toEqual(['T24-台账']);
  });

  it('says that a date in a file name names no day, rather than that there is no date', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'T24_住建局_检查记录_2021.2.30.pdf'), makePdf());
    const r = await runCli(['import', 'T24_住建局_检查记录_2021.2.30.pdf'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('错误：T24_住建局_检查记录_2021.2.30.pdf：文件名中的日期“2021.2.30”不存在（没有这一天），未导入\n    → 请对照原件改正文件名中的日期');
    const given = await runCli(['import', 'T24_住建局_检查记录_2021.2.30.pdf', '--date', '2021-02-28'], { cwd: ws });
    expect(given.code, given.stderr).toBe(0);
    expect(given.stdout).toBe('dossiers/住建局/T24-检查记录.md\n');
    expect(given.stderr).toContain('文件名中的日期“2021.2.30”不存在（没有这一天），已按 --date 2021-02-28 导入');
  });

  it('refuses empty files of every type, which would count as evidence given, and imports the rest (exit 1)', async () => {
    const ws = workspace();
    for (const name of ['T24_住建局_检查记录_2020-12-20.pdf', 'T24_住建局_台账_2020-12-20.xlsx', 'T24_住建局_照片_2020-12-20.jpg', 'T24_住建局_总结_2020-12-20.docx'])
      writeFileSync(join(ws, name), '');
    writeFileSync(join(ws, 'T24_住建局_通报_2020-12-20.pdf'), makePdf());
    const r = await runCli(['import', '.'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('dossiers/住建局/T24-通报.md\n');
    for (const name of ['T24_住建局_检查记录_2020-12-20.pdf', 'T24_住建局_台账_2020-12-20.xlsx', 'T24_住建局_照片_2020-12-20.jpg', 'T24_住建局_总结_2020-12-20.docx']) {
      expect(r.stderr).toContain(`错误：${name}：这个文件是空的（0 字节），没有内容，未导入\n    → 文件可能没有下载或拷贝完整：请向报送单位重新要一份原文件后再导入`);
    }
    expect(r.stderr).toContain('有 4 个文件未导入');
    expect(readdirSync(join(ws, 'dossiers/住建局/附件'))).toEqual(['T24-通报']);
  });

  it('takes the title of a 公文 from its centred first paragraph, and says when a file gives no title at all', async () => {
    const ws = workspace();
    const gongwen = new Document({
      sections: [
        {
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '关于2020年建筑施工安全专项检查情况的报告', size: 44 })] }),
            new Paragraph('区安委办：'),
            new Paragraph('按照区安委会统一部署，我局开展了建筑施工安全专项检查。'),
            new Paragraph({ alignment: AlignmentType.RIGHT, text: '2020年12月20日' }),
          ],
        },
      ],
    });
    writeFileSync(join(ws, 'T24_住建局_2020-12-20.docx'), await Packer.toBuffer(gongwen));
    // A centred first line that is a sentence is no title.
    const centred = new Document({ sections: [{ children: [new Paragraph({ alignment: AlignmentType.CENTER, text: '全区在建工地全部安装了视频监控。' })] }] });
    writeFileSync(join(ws, 'T25_住建局_2020-12-21.docx'), await Packer.toBuffer(centred));
    const r = await runCli(['import', '.', '--task', '24'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('dossiers/住建局/T24-关于2020年建筑施工安全专项检查情况的报告.md\ndossiers/住建局/T24-T25_住建局_2020-12-21.md\n');
    const { front, body } = evidence(join(ws, 'dossiers/住建局/T24-关于2020年建筑施工安全专项检查情况的报告.md'));
    expect(front).toContain('title: 关于2020年建筑施工安全专项检查情况的报告');
    expect(body.trim().split('\n')[0]).toBe('区安委办：');
    expect(r.stderr).toContain('文件名中没有材料标题，文件中也没有找到，标题暂用文件名“T25_住建局_2020-12-21”：请打开佐证文件把 title 改为材料的正式标题，或导入时加 --title');
    expect(r.stderr.match(/文件名中没有材料标题/g)).toHaveLength(1);
  });

  it('says that a Word file had tracked changes, read as if accepted, and comments, left out', async () => {
    const ws = workspace();
    const edited = new Document({
      comments: { children: [{ id: 0, author: '张三', date: new Date('2020-12-20T00:00:00Z'), children: [new Paragraph('数字请再核实')] }] },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('全区在建工地'),
                new DeletedTextRun({ id: 1, author: '张三', date: '2020-12-20T00:00:00Z', text: '大部分' }),
                new InsertedTextRun({ id: 2, author: '张三', date: '2020-12-20T00:00:00Z', text: '全部' }),
                new CommentRangeStart(0),
                new TextRun('安装了视频监控。'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
              ],
            }),
          ],
        },
      ],
    });
    writeFileSync(join(ws, 'T24_住建局_情况说明_2020-12-20.docx'), await Packer.toBuffer(edited));
    const r = await runCli(['import', 'T24_住建局_情况说明_2020-12-20.docx'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(evidence(join(ws, 'dossiers/住建局/T24-情况说明.md')).body.trim()).toBe('全区在建工地全部安装了视频监控。');
    expect(r.stderr).toContain('提示：T24_住建局_情况说明_2020-12-20.docx：Word 文件中有 2 处没有接受或拒绝的修订，已按“接受全部修订”导入（删除的文字不导入）');
    expect(r.stderr).toContain('Word 文件中有 1 条批注，批注没有导入');
  });

  it('says that a Word or Excel file has a password to open it, and what to do', async () => {
    const ws = workspace();
    // As Word and Excel save a file with a password: a compound file whose directory holds an EncryptedPackage stream.
    const encrypted = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(encrypted);
    Buffer.from('EncryptionInfo', 'utf16le').copy(encrypted, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(encrypted, 1152);
    writeFileSync(join(ws, 'T24_住建局_情况说明_2020-12-20.docx'), encrypted);
    writeFileSync(join(ws, 'T24_住建局_台账_2020-12-20.xlsx'), encrypted);
    const r = await runCli(['import', '.'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('错误：T24_住建局_情况说明_2020-12-20.docx：无法读取这个 Word 文件（设置了打开密码），未导入\n    → 请向报送单位要一份没有密码的文件');
    expect(r.stderr).toContain('提示：T24_住建局_台账_2020-12-20.xlsx：表格文件设置了打开密码，内容没有读入正文，只列为附件（复核专家也打不开）；请向报送单位要一份没有密码的文件');
    expect(r.stdout).toBe('dossiers/住建局/T24-台账.md\n');
  });

  it('asks for Word to save old .doc files as .docx, refuses a damaged one, and says what it cannot convert', async () => {
    const ws = workspace();
    writeFileSync(join(ws, '旧文件.doc'), 'not a docx');
    writeFileSync(join(ws, 'T24_住建局_坏文件_2020-12-20.docx'), 'not a docx either');
    writeFileSync(join(ws, 'T24_住建局_照片_2020-12-20.jpg'), 'HEIC photo renamed');
    const styled = new Document({
      styles: { paragraphStyles: [{ id: 'GongWen', name: '公文正文', run: { size: 32 } }] },
      sections: [{ children: [new Paragraph({ text: '按公文样式写的正文。', style: 'GongWen', alignment: AlignmentType.BOTH })] }],
    });
    writeFileSync(join(ws, 'T24_住建局_情况说明_2020-12-20.docx'), await Packer.toBuffer(styled));
    const r = await runCli(['import', '旧文件.doc', 'T24_住建局_坏文件_2020-12-20.docx', 'T24_住建局_情况说明_2020-12-20.docx', 'T24_住建局_照片_2020-12-20.jpg'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('错误：T24_住建局_坏文件_2020-12-20.docx：无法读取这个 Word 文件（不是有效的 .docx 文件），未导入');
    expect(r.stderr).toContain('有 2 个文件未导入');
    expect(r.stderr).toContain('提示：T24_住建局_照片_2020-12-20.jpg：这个文件不是有效的 PNG 或 JPG 图片');
    expect(r.stdout).toContain('dossiers/住建局/T24-照片.md');
    expect(r.stderr).toContain('错误：旧文件.doc：.doc 格式的文字文件不能直接导入');
    expect(r.stderr).toContain('“另存为”Word 文档（.docx）');
    expect(r.stderr).toContain('提示：T24_住建局_情况说明_2020-12-20.docx：Word 文件使用了 dossier 不认识的样式（公文正文）');
    expect(evidence(join(ws, 'dossiers/住建局/T24-情况说明.md')).body.trim()).toBe('按公文样式写的正文。');
  });

  it('says in Chinese which pictures of a Word file have no data, and imports the rest', async () => {
    const ws = workspace();
    // A Word file whose picture is named but whose picture data is gone (as a damaged copy leaves it).
    const zip = await JSZip.loadAsync(await makeDocx());
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))) zip.remove(name);
    writeFileSync(join(ws, 'T24_住建局_检查情况_2020-12-20.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await runCli(['import', 'T24_住建局_检查情况_2020-12-20.docx'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('提示：T24_住建局_检查情况_2020-12-20.docx：Word 文件中第 1 张图片的数据缺失或已损坏，没有导入；请找到原图片（PNG 或 JPG）作为附件提供');
    expect(r.stderr).not.toMatch(/[A-Za-z]{5,} [a-z]+ [a-z]+/);
    const { body, front } = evidence(join(ws, 'dossiers/住建局/T24-检查情况.md'));
    expect(body).toContain(WORD.after);
    expect(body).not.toContain('见图');
    expect(front).not.toContain('图1');
  });

  it('lists a file already in the dossier folder where it is, and does not import it twice', async () => {
    const ws = workspace();
    mkdirSync(join(ws, 'dossiers/住建局'), { recursive: true });
    writeFileSync(join(ws, 'dossiers/住建局/T24_住建局_台账_2020-12-20.pdf'), makePdf());
    const first = await runCli(['import', 'dossiers/住建局'], { cwd: ws });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('dossiers/住建局/T24-台账.md\n');
    expect(evidence(join(ws, 'dossiers/住建局/T24-台账.md')).front).toContain('attachments:\n  - T24_住建局_台账_2020-12-20.pdf');
    expect(existsSync(join(ws, 'dossiers/住建局/附件'))).toBe(false);
    const again = await runCli(['import', 'dossiers/住建局'], { cwd: ws });
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('已是佐证文件 住建局/T24-台账.md 的附件，不再重复导入');
    const { data } = await checkJson(ws, '24');
    expect(data.diagnostics.filter((d) => d.file !== undefined)).toEqual([]);
  });
});
