import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { qujiangText, runCli } from '../helpers.js';

describe('dossier catalog', () => {
  it('--json prints the contract', async () => {
    const { code, stdout } = await runCli(['catalog', '--json']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(Object.keys(data).slice(0, 5)).toEqual(['plan', 'sections', 'tasks', 'schedule', 'units']);
    expect(data.plan).toBe('seeds/qujiang-safety-city-plan-2020.md');
    expect(data.tasks).toHaveLength(87);
    expect(Object.keys(data.tasks[23])).toEqual(['id', 'no', 'section', 'text', 'units', 'lead', 'support', 'groups', 'deadline', 'deadlineKind', 'deadlineText', 'targets', 'items', 'extra']);
    expect(data.tasks[23]).toMatchObject({
      id: '24',
      no: 24,
      section: 3,
      units: ['住建局', '市场监管局曲江分局'],
      lead: [],
      support: [],
      deadline: '2020-12-31',
      deadlineKind: 'date',
      deadlineText: '2020年12月',
    });
    // A plan numbered 1…N: the id is the number.
    expect(data.tasks.every((t: { id: string; no: number }) => t.id === String(t.no))).toBe(true);
    expect(Object.keys(data.schedule[0])).toEqual(['no', 'text', 'units', 'groups', 'deadline', 'deadlineKind', 'deadlineText']);
  });

  it('prints a readable table by default', async () => {
    const { code, stdout } = await runCli(['catalog']);
    expect(code).toBe(0);
    expect(stdout).toContain('三、加强城市安全风险防控');
    expect(stdout).toMatch(/^24\s+2020-12-31\s+住建局、市场监管局曲江分局/m);
    expect(stdout).toContain('目标：人均避难场所面积 > 1.5平方米');
    expect(stdout).toContain('共 7 节、87 项任务');
  });

  it('--format csv prints one row per task', async () => {
    const { code, stdout } = await runCli(['catalog', '--format', 'csv']);
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('序号,分节,主要目标任务,责任单位,集体责任主体,完成时限,截止日期,时限类型,量化目标');
    expect(rows).toHaveLength(88);
    expect(rows[14]).toMatch(/^14,2\. 加强城市安全源头治理,.*,规划水平年,,无具体日期,$/);
  });

  it('--format xlsx writes a workbook Excel can open, identical bytes on a second run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cat-'));
    const env = { SOURCE_DATE_EPOCH: '1625011200' };
    const first = await runCli(['catalog', '--format', 'xlsx', '--out', 'a.xlsx'], { cwd: dir, env });
    const second = await runCli(['catalog', '--format', 'xlsx', '--out', 'b.xlsx'], { cwd: dir, env });
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    const a = readFileSync(join(dir, 'a.xlsx'));
    expect(a.equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(a as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务分解表', '日程安排表', '责任单位']);
    expect(wb.getWorksheet('任务分解表')!.rowCount).toBe(88);
    expect(wb.getWorksheet('任务分解表')!.getRow(25).getCell(4).value).toBe('住建局、市场监管局曲江分局');
    expect(wb.getWorksheet('日程安排表')!.rowCount).toBe(19);
  });

  it('--plan reads another plan; a broken one exits 2 with the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cat-'));
    writeFileSync(join(dir, 'bad.md'), qujiangText().replace('\n41\t', '\n42\t'));
    const { code, stdout, stderr } = await runCli(['catalog', '--plan', 'bad.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.md:\d+ {2}错误 {2}任务序号 42 重复/);
    expect(stderr).toContain('有错误，无法继续');
  });

  it('a missing plan file exits 2 with a Chinese message', async () => {
    const { code, stderr } = await runCli(['catalog', '--plan', 'no-such-plan.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('无法读取方案文件：文件不存在');
  });

  it('an unknown option exits 2', async () => {
    const { code } = await runCli(['catalog', '--no-such-option']);
    expect(code).toBe(2);
  });

  it('a mistyped command, option or value is said in Chinese with the near spelling, exit 2', async () => {
    const cases: [string[], string][] = [
      [['chek'], '错误：没有“chek”这个命令（是不是 check？）'],
      [['check', '--unti', '住建局'], '错误：没有 --unti 这个选项（是不是 --unit？）'],
      [['check', '--unit'], '错误：选项 --unit <单位> 后面要写值'],
      [['build', '--format', 'x'], '错误：选项 --format <格式> 的值“x”不对，可选 docx、pdf'],
      [['verify'], '错误：缺少参数“材料包”'],
      [['verify', 'a', 'b'], '错误：命令 verify 最多写 1 个参数，现在写了 2 个'],
    ];
    for (const [argv, said] of cases) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(said);
      expect(r.stderr).not.toMatch(/error:|Did you mean/);
    }
  });
});
