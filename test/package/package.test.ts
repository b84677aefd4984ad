import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers.js';

const env = { SOURCE_DATE_EPOCH: '1625011200' };
let ws: string;
let pkg: string;
let zip: string;

/** A workspace over the example dossier, with the example's letter settings, writing into a temp folder. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pkg-'));
  const config = readFileSync(join(root, 'dossier.config.yaml'), 'utf8')
    .replace(/^dossiers: .*$/m, `dossiers: ${join(root, 'dossiers')}`)
    .replace(/^output: .*$/m, `output: ${join(dir, 'output')}`)
    .replace(/^plan: .*$/m, '');
  writeFileSync(join(dir, 'dossier.config.yaml'), config);
  writeFileSync(join(dir, '自评.yaml'), readFileSync(join(root, '自评.yaml')));
  return dir;
}

const pdfText = (file: string, first?: number, last?: number) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });

beforeAll(async () => {
  ws = workspace();
  const r = await runCli(['package'], { cwd: ws, env });
  expect(r.code, r.stderr).toBe(0);
  pkg = join(ws, 'output', '复核申请材料');
  zip = join(ws, 'output', '复核申请材料.zip');
}, 180_000);

describe('the review-submission package of the example', () => {
  it('has the numbered parts, renamed attachments, manifest and checksums', () => {
    for (const f of [
      '01-请示.docx',
      '01-请示.pdf',
      '02-自评报告.docx',
      '02-自评报告.pdf',
      '03-自评打分表.xlsx',
      '03-自评打分表.pdf',
      '04-佐证资料目录.xlsx',
      '06-问题整改台账.xlsx',
      '复核材料汇编.pdf',
      'manifest.json',
      'SHA256SUMS',
    ]) {
      expect(existsSync(join(pkg, f)), f).toBe(true);
    }
    const attachment = join(pkg, '05-佐证资料/（其他）未对应评价细则三级项的佐证资料/三、加强城市安全风险防控/任务24/24-01_建筑施工安全监控和持证上岗工作方案_住建局_2020-11-03.pdf');
    expect(existsSync(attachment)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(pkg, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain(
      '05-佐证资料/（其他）未对应评价细则三级项的佐证资料/三、加强城市安全风险防控/任务24/24-01_建筑施工安全监控和持证上岗工作方案_住建局_2020-11-03.pdf',
    );
    expect(manifest.files).toHaveLength(110);
    // Evidence a 三级项 draws on is filed under it, by the item's number and name.
    expect(existsSync(join(pkg, '05-佐证资料/（4）市政安全设施/30-02_管网安全监测监控设备安装工作台账_经发局_2020-12-07.pdf'))).toBe(true);
    expect(existsSync(join(pkg, '05-佐证资料/（4）市政安全设施/10-01-1_市政基础设施安全监管和老旧管网改造现场检查图片_住建局_2021-03-14.png'))).toBe(true);
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: pkg });
  });

  it('uses the same evidence number in the report, the index and the file name', async () => {
    expect(pdfText(join(pkg, '02-自评报告.pdf')).replace(/\s+/g, '')).toContain('住建局：建筑施工安全监控和持证上岗工作方案（材料24-01');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(pkg, '04-佐证资料目录.xlsx')) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[1]).toEqual(['评价细则三级项', '材料编号', '材料名称', '提供单位', '日期', '对应任务', '类型', '状态', '附件数']);
    expect(rows.find((r) => r[1] === '24-01')).toEqual(expect.arrayContaining(['（其他）未对应评价细则三级项的佐证资料', '24-01', '建筑施工安全监控和持证上岗工作方案', '住建局', '2020-11-03', 24]));
    // Keyed by 三级项, the district's task number beside it.
    expect(rows.find((r) => r[1] === '30-02')!.slice(0, 6)).toEqual(['（4）市政安全设施', '30-02', '管网安全监测监控设备安装工作台账', '经发局', '2020-12-07', 30]);
    expect(rows.flat().map(String).join('\n')).not.toMatch(/\.md\b/);
  });

  it('passes unzip -t and qpdf --check on every PDF', () => {
    execFileSync('unzip', ['-tq', zip]);
    for (const f of ['01-请示.pdf', '02-自评报告.pdf', '03-自评打分表.pdf', '复核材料汇编.pdf']) execFileSync('qpdf', ['--check', join(pkg, f)]);
    const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
    expect(names).toContain('复核申请材料/05-佐证资料/（其他）未对应评价细则三级项的佐证资料/三、加强城市安全风险防控/任务24/24-01_建筑施工安全监控和持证上岗工作方案_住建局_2020-11-03.pdf');
  });

  it('merged PDF: bookmarks and the index point at the pages where each item starts', () => {
    const merged = join(pkg, '复核材料汇编.pdf');
    const json = JSON.parse(execFileSync('qpdf', ['--json', merged], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    type Outline = { title: string; destpageposfrom1: number; kids: Outline[] };
    const top = json.outlines as Outline[];
    // The letter's attachments in its order, each starting on a right-hand (odd) page; the report keeps its own bookmarks.
    expect(top.map((o) => o.title)).toEqual(['请示', '附件1　自评报告', '附件2　自评打分表', '附件3　佐证资料目录', '附件4　佐证资料', '附件5　问题整改台账']);
    for (const part of top) expect(part.destpageposfrom1 % 2, part.title).toBe(1);
    expect(top[1]!.kids.map((k) => k.title)).toContain('一、基本情况');
    const pages = pdfText(merged).split('\f');
    expect(pages[0]).toContain('请示');
    expect(pages[top[1]!.destpageposfrom1 - 1]).toContain('自评情况的报告');
    expect(pages[top[2]!.destpageposfrom1 - 1]).toContain('自评打分表');
    expect(pages[top[3]!.destpageposfrom1 - 1]).toContain('佐证资料目录');
    expect(pages[top[5]!.destpageposfrom1 - 1]).toContain('问题整改台账');
    // 三级项 → evidence; the evidence of no item → section → task → evidence.
    expect(top[4]!.kids.map((g) => g.title)).toEqual([
      '（2）建设项目安全评估论证',
      '（3）城市各类设施安全管理办法',
      '（4）市政安全设施',
      '（5）消防站',
      '（6）道路交通安全设施',
      '（11）危险化学品企业运行安全风险',
      '（其他）未对应评价细则三级项的佐证资料',
    ]);
    const mapped = top[4]!.kids.slice(0, -1).flatMap((g) => g.kids);
    expect(mapped.map((i) => i.title)).toContain('30-02 管网安全监测监控设备安装工作台账（经发局，任务30）');
    const items = [...mapped, ...top[4]!.kids.at(-1)!.kids.flatMap((s) => s.kids.flatMap((t) => t.kids))];
    expect(items.length).toBeGreaterThan(50);
    // The index pages list "编号 … 页码" a row per line; every bookmarked item's page there equals its bookmark.
    const index = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(top[3]!.destpageposfrom1), '-l', String(top[4]!.destpageposfrom1 - 1), merged, '-'], { encoding: 'utf8' });
    for (const item of items) {
      const id = item.title.split(' ')[0]!;
      const page = pages[item.destpageposfrom1 - 1]!;
      // A picture page names the item; a PDF attachment's first page is the department's own document.
      expect(page.includes(`材料${id}`) || page.includes('示例材料'), `${item.title} → page ${item.destpageposfrom1}`).toBe(true);
      // Index rows end with the task number and the page; evidence filed under two items has a row under each.
      const rows = [...index.matchAll(new RegExp(`^\\s*${id}\\s.*\\s(\\d+)\\s+(\\d+)\\s*$`, 'gm'))];
      expect(rows.length, id).toBeGreaterThan(0);
      expect(
        rows.map((r) => Number(r[2])),
        `index page of ${id}`,
      ).toContain(item.destpageposfrom1);
    }
  });

  it('verify passes the untouched zip and folder', async () => {
    expect((await runCli(['verify', zip], { cwd: ws })).code).toBe(0);
    const r = await runCli(['verify', pkg], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('核对通过');
  });

  it('one altered byte in an unpacked attachment makes verify fail and name it', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'dossier-unzip-'));
    execFileSync('unzip', ['-q', zip, '-d', copy]);
    const folder = join(copy, '复核申请材料');
    const victim = '05-佐证资料/（其他）未对应评价细则三级项的佐证资料/三、加强城市安全风险防控/任务24/24-01_建筑施工安全监控和持证上岗工作方案_住建局_2020-11-03.pdf';
    const bytes = readFileSync(join(folder, victim));
    bytes[100] = bytes[100]! ^ 1;
    writeFileSync(join(folder, victim), bytes);
    const altered = await runCli(['verify', folder], { cwd: ws });
    expect(altered.code).toBe(1);
    expect(altered.stdout).toContain(`改动：${victim}（内容已被改动（SHA-256 不符））`);

    appendFileSync(join(folder, '01-请示.pdf'), 'x');
    unlinkSync(join(folder, '06-问题整改台账.xlsx'));
    mkdirSync(join(folder, '多余'), { recursive: true });
    writeFileSync(join(folder, '多余/说明.txt'), '不该在这里');
    const r = await runCli(['verify', folder], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('缺少：06-问题整改台账.xlsx');
    expect(r.stdout).toContain('多出：多余/说明.txt');
    expect(r.stdout).toMatch(/改动：01-请示\.pdf（大小由 \d+ 字节变为 \d+ 字节）/);
    rmSync(copy, { recursive: true, force: true });
  });

  it('a damaged zip fails verification', async () => {
    const bad = join(ws, 'bad.zip');
    const bytes = readFileSync(zip);
    bytes[Math.floor(bytes.length / 3)]! ^= 0xff;
    writeFileSync(bad, bytes);
    expect((await runCli(['verify', bad], { cwd: ws })).code).toBe(1);
  });

  it('packages identical bytes a second time', async () => {
    const again = workspace();
    await runCli(['package'], { cwd: again, env });
    expect(readFileSync(join(again, 'output/复核申请材料.zip')).equals(readFileSync(zip))).toBe(true);
  }, 180_000);

  it('the letter is an upward document with number, signer, attachment note and contact', () => {
    const t = pdfText(join(pkg, '01-请示.pdf'));
    expect(t).toContain('西曲江安城创〔2021〕3号');
    expect(t).toMatch(/签发人：\s*张示例/);
    expect(t).toContain('西安市安全生产委员会：');
    expect(t).toContain('妥否，请批示。');
    expect(t.replace(/\s+/g, '')).toContain('附件：1．西安曲江新区国家安全发展示范城市创建工作领导小组办公室关于创建工作自评情况的报告');
    expect(t).toContain('（联系人：李示例；联系电话：029-00000000）');
  });

  it('the score sheet has one row per clause of the standard, with the deduction, evidence and departments', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(pkg, '03-自评打分表.xlsx')) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.getWorksheet('自评打分表')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0]![0]).toBe('西安曲江新区国家安全发展示范城市创建工作自评打分表（征求意见稿）');
    expect(rows[1]).toEqual([
      '一级项',
      '二级项',
      '三级项',
      '评价内容',
      '扣分标准',
      '扣分',
      '得分',
      '证明材料名称',
      '文件编号',
      '是否适用',
      '指标不适用原因说明',
      '提供单位',
      '牵头责任单位',
      '责任单位',
      '完成时限和进度',
      '备注',
    ]);
    // 47 三级项, (4) with its two clauses; then the 填报单位（盖章） line.
    expect(rows).toHaveLength(2 + 48 + 1);
    const facilities = rows.filter((r) => r[2] === '（4）市政安全设施（2分）');
    const at = rows.indexOf(facilities[0]!);
    // Clause 1 found twice (0.4 off), clause 2 (改造率 85 % > 80 %) nothing; the item's cells are merged over both rows.
    expect(facilities.map((r) => [r[0], r[1], r[4], r[5], r[6]])).toEqual([
      ['一、城市安全源头治理（18分）', '2.城市基础及安全设施建设（9分）', '市政消火栓（消防水鹤）未保持完好的，每发现一处扣0.2分，1分扣完为止', 0.4, 1.6],
      ['一、城市安全源头治理（18分）', '2.城市基础及安全设施建设（9分）', '市政供水、供热和燃气老旧管网改造率≤80%的，扣1分', 0, 1.6],
    ]);
    const merges = (wb.getWorksheet('自评打分表') as unknown as { model: { merges: string[] } }).model.merges;
    expect(merges).toContain(`C${at + 1}:C${at + 2}`);
    expect(merges).toContain(`G${at + 1}:G${at + 2}`);
    expect(merges).not.toContain(`E${at + 1}:E${at + 2}`);
    expect(String(facilities[0]![8])).toMatch(/^10-01/);
    expect(String(facilities[0]![15])).toContain('发现 2 处');
    expect(String(rows.at(-1)![0])).toContain('填报单位（盖章）');
    // Every clause row is ruled.
    const border = wb.getWorksheet('自评打分表')!.getCell(`E${at + 2}`).border;
    expect([border.top?.style, border.bottom?.style, border.left?.style, border.right?.style]).toEqual(['thin', 'thin', 'thin', 'thin']);
    const all = rows.flat().map(String).join('\n');
    expect(all).not.toMatch(/须.*核实|否决|默认设定/);
  });

  it('the rectification ledger lists the creation work problems in the office words, each with measure, departments, deadline and status', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(pkg, '06-问题整改台账.xlsx')) as unknown as ArrayBuffer);
    const rows = (wb.worksheets[0]!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
    expect(rows[0]![0]).toBe('西安曲江新区国家安全发展示范城市创建工作问题整改台账（截至2021年6月30日）');
    expect(rows[1]).toEqual(['序号', '问题', '整改措施', '责任单位', '整改时限', '整改状态']);
    const body = rows.slice(2);
    // The example's problems: 6 tasks without evidence, 3 departments not reported, 2 overdue tasks,
    // 2 figures below target, and the items that lost points in the self-assessment.
    expect(body.filter((r) => r[1]!.endsWith('尚未报送工作开展情况和佐证材料'))).toHaveLength(6);
    expect(body.filter((r) => /承担的工作尚未报送佐证材料$/.test(r[1]!))).toHaveLength(3);
    expect(body.filter((r) => /已超过完成时限（.+），尚未完成$/.test(r[1]!))).toHaveLength(2);
    expect(body.find((r) => r[1]!.includes('市政供水、供热和燃气老旧管网改造率为76.3%，未达到'))).toBeDefined();
    expect(body.filter((r) => r[1]!.startsWith('评分标准（')).length).toBeGreaterThan(0);
    for (const [i, r] of body.entries()) {
      expect(r[0]).toBe(String(i + 1));
      expect(r[2], r[1]).not.toBe('');
      expect(r[3], r[1]).not.toBe('');
      expect(r[4]).toBe('2021年8月31日前');
      expect(r[5]).toBe('整改中');
    }
    // No checker's instructions, file paths, config keys or line numbers: the committee reads it.
    const all = body.flat().join('\n');
    expect(all).not.toMatch(/dossier|\.md|\.yaml|config|unitAliases|第 \d+ 行|[A-Za-z]:\\|\//);
    expect(all).not.toMatch(/…/);
  });
});

describe('packaging attachments that are not PDF or pictures', () => {
  it('copies them, lists them, and says in the merged PDF where to find them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-pkg-other-'));
    writeFileSync(join(dir, 'dossier.config.yaml'), 'district: 测试区\nasOf: 2021-06-30\n');
    mkdirSync(join(dir, 'dossiers/住建局/附件'), { recursive: true });
    writeFileSync(join(dir, 'dossiers/住建局/附件/台账.xlsx'), 'PK fake workbook');
    writeFileSync(join(dir, 'dossiers/住建局/附件/坏文件.pdf'), '%PDF-1.4 this is not really a pdf');
    writeFileSync(
      join(dir, 'dossiers/住建局/T23.md'),
      '---\ntask: 23\nunit: 住建局\ntitle: 防高坠台账\ndate: 2020-12-20\nstatus: 已完成\nattachments:\n  - 附件/台账.xlsx\n  - 附件/坏文件.pdf\n---\n正文。\n',
    );
    const r = await runCli(['package'], { cwd: dir, env });
    expect(r.code, r.stderr).toBe(0);
    const folder = join(dir, 'output/复核申请材料/05-佐证资料/（其他）未对应评价细则三级项的佐证资料/三、加强城市安全风险防控/任务23');
    expect(existsSync(join(folder, '23-01-1_防高坠台账_住建局_2020-12-20.xlsx'))).toBe(true);
    expect(existsSync(join(folder, '23-01-2_防高坠台账_住建局_2020-12-20.pdf'))).toBe(true);
    const text = pdfText(join(dir, 'output/复核申请材料/复核材料汇编.pdf')).replace(/\s+/g, '');
    // Where to find them, in words: the merged PDF is signed and read by reviewers, so the folders by their names and the file's number, no path and no extension.
    const where = '原件已随材料包报送，见材料包“05-佐证资料”文件夹下的“（其他）未对应评价细则三级项的佐证资料”“三、加强城市安全风险防控”“任务23”';
    expect(text).toContain(`该附件为Excel表格，不能并入本汇编；${where}，编号23-01-1。`);
    expect(text).toContain(`该附件无法并入本汇编（文件可能已加密或损坏）；${where}，编号23-01-2。`);
    expect(text).not.toMatch(/\.xlsx|\.pdf|\//);
    expect(r.stderr).toContain('无法并入汇编 PDF');
  }, 120_000);
});
