import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidence } from '../fixtures/tree.js';
import { root, runCli } from '../helpers.js';
import { checkWorkspace, makeDocuments, renderReport } from '../../src/cli/pipeline.js';
import type { Io } from '../../src/cli/io.js';
import { precompiledTemplates, templateKey } from '../../src/template/render-template.js';

/** A small workspace: two evidence files (one with rare name characters), optional templates. */
function workspace(templates: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-tpl-'));
  writeFileSync(join(dir, 'dossier.config.yaml'), 'district: 测试区\nasOf: 2021-06-30\nrecipient: 市安委办\n');
  mkdirSync(join(dir, 'dossiers/住建局'), { recursive: true });
  writeFileSync(
    join(dir, 'dossiers/住建局/T23.md'),
    evidence(
      ['task: 23', 'unit: 住建局', 'title: 防高坠专项治理', 'date: 2020-12-20', 'status: 已完成'],
      '# 一级标题不会变成报告标题\n\n由朱镕基同志题词的展板前，王珺、李喆等 12 名安全员开展 *防坍塌* 检查，**共** 检查 GB/T 50870 条款 30 项（A&B<C>）。\n',
    ),
  );
  for (const [name, text] of Object.entries(templates)) {
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'templates', name), text);
  }
  return dir;
}

describe('report templates', () => {
  it('escapes and keeps the evidence text; rare characters come from a fallback font, none lost', async () => {
    const ws = workspace();
    const r = await runCli(['build', '--format', 'pdf'], { cwd: ws, env: { SOURCE_DATE_EPOCH: '0' } });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('方框');
    // One format asked for: the PDFs only, no workbooks.
    expect(
      readdirSync(join(ws, 'output'))
        .filter((n) => !n.startsWith('.'))
        .sort(),
    ).toEqual(['自评打分表.pdf', '自评报告.pdf']);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(ws, 'output/自评报告.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('由朱镕基同志题词的展板前，王珺、李喆等12名安全员开展防坍塌检查，共检查GB/T50870条款30项（A&B<C>）。');
    expect(text).toContain('一级标题不会变成报告标题');
    expect(text).toContain('市安委办：');
    const md = await runCli(['build', '--to', 'markdown'], { cwd: ws });
    expect(md.stdout.match(/^# /gm)).toHaveLength(1);
    expect(md.stdout).toContain('**一级标题不会变成报告标题**');
  });

  it('a workspace template overrides the built-in one of the same name', async () => {
    const ws = workspace({ 'evidence.md.hbs': '##### 材料 {{id}}：{{md title}}（自定义模板）\n\n{{{body body folder}}}\n\n' });
    const r = await runCli(['build', '--to', 'markdown'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('##### 材料 23-01：防高坠专项治理（自定义模板）');
  });

  it('a template syntax error names the file and line', async () => {
    const ws = workspace({ 'task.md.hbs': '#### {{no}}\n\n{{#each evidence}}\n{{> evidence}}\n' });
    const r = await runCli(['build'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/模板 .*templates\/task\.md\.hbs 第 \d+ 行：语法错误/);
  });

  it('a field the data lacks names the file, the line and the field', async () => {
    const ws = workspace({ 'task.md.hbs': '#### {{no}}\n\n{{unknownField}}\n' });
    const r = await runCli(['build'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('templates/task.md.hbs 第 3 行：数据中没有“unknownField”这一项');
  });

  it('--to model prints the document tree', async () => {
    const r = await runCli(['build', '--to', 'model'], { cwd: workspace() });
    const doc = JSON.parse(r.stdout);
    expect(doc.meta).toMatchObject({ title: '测试区国家安全发展示范城市创建工作领导小组办公室关于创建工作自评情况的报告', lang: 'zh-CN', date: '2021-06-30' });
    // The bundled standard still has unconfirmed items: the report is a draft and says so in its title.
    expect(doc.blocks[0]).toEqual({ type: 'title', text: '测试区国家安全发展示范城市创建工作领导小组办公室关于创建工作自评情况的报告（征求意见稿）' });
    expect(doc.blocks[1]).toEqual({ type: 'recipient', text: '市安委办：' });
    expect(doc.blocks.filter((b: { type: string }) => b.type === 'attachment').map((b: { no: number }) => b.no)).toEqual([1, 2, 3]);
  });

  it('captions a picture with what the department wrote (caption: / 说明:), else with the evidence title', async () => {
    const ws = workspace();
    mkdirSync(join(ws, 'dossiers/住建局/附件'), { recursive: true });
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000'.padEnd(66, '0') + '1f15c4890000000d49444154789c6300010000050001a5f645400000000049454e44ae426082', 'hex');
    writeFileSync(join(ws, 'dossiers/住建局/附件/a.png'), png);
    writeFileSync(join(ws, 'dossiers/住建局/附件/b.png'), png);
    writeFileSync(join(ws, 'dossiers/住建局/附件/c.png'), png);
    writeFileSync(
      join(ws, 'dossiers/住建局/T24.md'),
      evidence(
        [
          'task: 24',
          'unit: 住建局',
          'title: 施工现场检查',
          'date: 2020-12-20',
          'status: 已完成',
          'attachments:',
          '  - path: 附件/a.png',
          '    caption: 检查组在某工地检查塔吊',
          '  - 文件: 附件/b.png',
          '    说明: 现场整改后复查',
          '  - 附件/c.png',
        ],
        '开展施工现场检查。',
      ),
    );
    const r = await runCli(['build', '--to', 'model'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    const captions = (JSON.parse(r.stdout).blocks as { type: string; alt: string }[]).filter((b) => b.type === 'image').map((b) => b.alt);
    expect(captions).toEqual(['检查组在某工地检查塔吊', '现场整改后复查', '施工现场检查（3）']);
    const check = await runCli(['check', '--json'], { cwd: ws });
    expect(JSON.parse(check.stdout).diagnostics.filter((d: { file?: string }) => d.file === '住建局/T24.md')).toEqual([]);
  });

  it('takes every bundled template as compiled when the tool was built (npm run build), and compiles an edited one', async () => {
    const specs = await precompiledTemplates();
    const names = readdirSync(join(root, 'templates')).filter((n) => n.endsWith('.md.hbs'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(specs[templateKey(readFileSync(join(root, 'templates', name), 'utf8'))], name).toBeDefined();
    expect(specs[templateKey('{{title}} 编辑过的模板\n')]).toBeUndefined();
  });

  it('makes the Excel workbooks only when they are wanted (a build of one format writes none)', async () => {
    const ws = workspace();
    const io: Io = { cwd: ws, env: { SOURCE_DATE_EPOCH: '0' }, today: '2021-06-30', columns: 120, isTTY: false, out: () => undefined, err: () => undefined };
    const { ws: w, catalog, result } = await checkWorkspace(io, {});
    const built = await renderReport(io, catalog, result, w);
    const none = await makeDocuments(io, w, catalog, result, built, { formats: ['docx'], workbooks: false, forPackage: false });
    expect(none.report.docx?.data.length).toBeGreaterThan(0);
    expect([none.scoreSheet.xlsx, none.evidenceIndex]).toEqual([undefined, undefined]);
    const both = await makeDocuments(io, w, catalog, result, built, { formats: ['docx'], workbooks: true, forPackage: false });
    // Workbooks: zip files (PK…).
    expect([both.scoreSheet.xlsx, both.evidenceIndex].map((x) => Buffer.from(x!.subarray(0, 2)).toString('latin1'))).toEqual(['PK', 'PK']);
  });
});
