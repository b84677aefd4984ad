import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidence, writeTree } from '../fixtures/tree.js';
import { runCli } from '../helpers.js';

/** A finding of `check --json` about a file. */
interface Finding {
  readonly code: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
  readonly hint: string;
}

/** `dossier check --json` of the workspace `ws`: the whole result, and its findings about files. */
async function checked(ws: string) {
  const data = JSON.parse((await runCli(['check', '-w', ws, '--json'], { cwd: ws })).stdout);
  return { data, findings: data.diagnostics.filter((d: { file?: string }) => d.file !== undefined) as Finding[] };
}

/** A department's folder as offices really fill it: dates typed their way, Chinese punctuation, Word files, Notepad names. */
function workspace(): string {
  return writeTree({
    'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
    // Dates as clerks type them, and a Windows path to the attachment.
    'dossiers/住建局/T24.md': evidence(
      [
        'task: 24',
        'unit: 住建局',
        'title: 建设施工现场视频监控台账',
        'date: 2020.12.20',
        'status: 已完成',
        'metrics:',
        '  - name: 建设施工现场视频监控系统安装率',
        '    value: 100%',
        'attachments:',
        '  - 附件\\台账.pdf',
      ],
      '全区在建工地全部安装视频监控。',
    ),
    'dossiers/住建局/附件/台账.pdf': '%PDF-1.4\n%示例\n',
    // A full-width colon after a key and a date with 年月日.
    'dossiers/住建局/T31.md': evidence(['task: 31', 'unit: 住建局', 'title：燃气管线隐患整改台账', 'date: 2020年12月20日', 'status: 推进中'], '已整改隐患 12 处。'),
    // No space after a colon, a date without leading zeros, tab indentation.
    'dossiers/应急管理中心/T21.md': evidence(
      ['task:21', 'unit: 应急管理中心', 'title: 校园危化品检查记录', 'date: 2021-1-5', 'status: 已完成', 'attachments:', '\t- 检查记录.pdf'],
      '检查了全区 12 所学校的实验室。',
    ),
    'dossiers/应急管理中心/检查记录.pdf': '%PDF-1.4\n',
    // What departments drop into their folders.
    'dossiers/住建局/T30.docx': 'PK\u0003\u0004 not really a Word file',
    'dossiers/住建局/T29.md.txt': evidence(['task: 29', 'unit: 住建局', 'title: 记事本保存的材料', 'date: 2020-12-01', 'status: 已完成'], '正文。'),
    'dossiers/住建局/扫描件.pdf': '%PDF-1.4\n',
    'dossiers/住建局/Thumbs.db': 'x',
  });
}

describe('evidence intake: nothing a department sends is silently ignored', () => {
  it('reads the slips with warnings, reports stray files and an untouched stub, exactly', async () => {
    const ws = workspace();
    const stub = await runCli(['new', '--task', '26', '--unit', '城管执法局', '-w', ws, '--title', '城市管理设施台账'], { cwd: ws });
    expect(stub.code).toBe(0);
    const { code, stdout } = await runCli(['check', '-w', ws, '--json'], { cwd: ws });
    const data = JSON.parse(stdout);
    const fileFindings = data.diagnostics
      .filter((d: { file?: string }) => d.file !== undefined)
      .map((d: { code: string; file: string; line?: number; severity: string }) => [d.code, d.severity, d.file, d.line ?? null]);
    expect(fileFindings).toEqual([
      ['frontmatter-lenient', 'warning', '住建局/T24.md', 5],
      ['stray-file', 'warning', '住建局/T29.md.txt', null],
      ['stray-file', 'warning', '住建局/T30.docx', null],
      ['frontmatter-lenient', 'warning', '住建局/T31.md', 4],
      ['frontmatter-lenient', 'warning', '住建局/T31.md', 5],
      ['stray-file', 'warning', '住建局/扫描件.pdf', null],
      ['evidence-placeholder', 'error', '城管执法局/T26.md', expect.any(Number)],
      ['frontmatter-lenient', 'warning', '应急管理中心/T21.md', 2],
      ['frontmatter-lenient', 'warning', '应急管理中心/T21.md', 5],
      ['frontmatter-lenient', 'warning', '应急管理中心/T21.md', 8],
    ]);
    expect(code).toBe(1);
    const messages = data.diagnostics.map((d: { message: string }) => d.message).join('\n');
    expect(messages).toContain('日期“2020.12.20”已按 2020-12-20 读取');
    expect(messages).toContain('字段名“title”后用了中文冒号“：”，已按英文冒号“:”读取');
    expect(messages).toContain('日期“2020年12月20日”已按 2020-12-20 读取');
    expect(messages).toContain('字段“task”的冒号后缺少空格');
    expect(messages).toContain('制表符');
    const hints = data.diagnostics.map((d: { hint?: string }) => d.hint ?? '').join('\n');
    expect(hints).toContain('dossier import "住建局/T30.docx"');
    expect(hints).toContain('请把文件改名为“T29.md”');

    // The slips were read: the tasks count; the stub does not.
    const task = (id: string) => data.tasks.find((t: { id: string }) => t.id === id);
    expect(task('24')).toMatchObject({ status: 'complete', evidence: [expect.objectContaining({ file: '住建局/T24.md' })] });
    expect(task('21')).toMatchObject({ status: 'complete' });
    expect(task('31')).toMatchObject({ status: 'in-progress', evidence: [expect.objectContaining({ title: '燃气管线隐患整改台账' })] });
    expect(task('26')).toMatchObject({ status: 'missing', evidence: [] });
  });

  it('the untouched stub does not reach the report', async () => {
    const ws = workspace();
    await runCli(['new', '--task', '26', '--unit', '城管执法局', '-w', ws], { cwd: ws });
    const md = await runCli(['build', '--to', 'markdown', '-w', ws], { cwd: ws });
    expect(md.stdout).not.toContain('请在这里写工作开展情况');
    expect(md.stdout).toContain('全区在建工地全部安装视频监控');
  });

  it('packages the attachment written with a Windows backslash', async () => {
    const ws = workspace();
    const out = await runCli(['package', '-w', ws], { cwd: ws });
    expect(out.code).toBe(0);
    const folder = join(ws, 'output/复核申请材料/05-佐证资料');
    const files = readdirSync(folder, { recursive: true }).map(String);
    const ledger = files.find((f) => f.includes('24-01_建设施工现场视频监控台账_住建局_2020-12-20.pdf'));
    expect(ledger).toBeDefined();
    expect(readFileSync(join(folder, ledger!), 'utf8')).toContain('%示例');
    expect(out.stderr).not.toContain('未放入材料包');
  });
});

describe('evidence intake leaves correct files alone', () => {
  it('a ：in a file name, a wrapped title and a note block are not “mended”; a listed .md is an attachment; a case slip is named', async () => {
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': evidence(
        [
          'task: 24',
          'unit: 住建局',
          'title: 关于开展建设施工安全',
          '  专项整治工作要点：通知',
          'date: 2020年12月20号',
          'status: 推进中',
          'note: |',
          '  会议时间：2020年12月1日',
          '  名称：专题会',
          'attachments:',
          '  - 照片：现场.jpg',
          '  - 附件/说明.md',
          '  - 附件/台账.PDF',
        ],
        '开展专项整治。',
      ),
      'dossiers/住建局/照片：现场.jpg': 'jpg',
      'dossiers/住建局/附件/说明.md': '附件里的说明，没有属性区。\n',
      'dossiers/住建局/附件/台账.pdf': '%PDF-1.4\n',
    });
    const { stdout } = await runCli(['check', '-w', ws, '--json', '--task', '24'], { cwd: ws });
    const data = JSON.parse(stdout);
    const mine = data.diagnostics.filter((d: { file?: string }) => d.file !== undefined);
    expect(mine.map((d: { code: string; line?: number }) => [d.code, d.line])).toEqual([
      ['frontmatter-lenient', 6],
      ['attachment-missing', 14],
    ]);
    expect(mine[1].hint).toContain('台账.pdf');
    expect(data.tasks[0].evidence).toEqual([expect.objectContaining({ title: '关于开展建设施工安全 专项整治工作要点：通知' })]);
  });
});

describe('metric figures as clerks type them', () => {
  it('reads full-width digits and signs, and asks about a bare fraction under a percent target', async () => {
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': evidence([
        'task: 24',
        'unit: 住建局',
        'title: 施工安全指标',
        'date: 2020-12-20',
        'status: 已完成',
        'metrics:',
        '  - name: 建设施工现场视频监控系统安装率',
        '    value: １００％',
        '  - name: 安全生产标准化考评合格率',
        '    value: ９２．５ ％',
        '  - name: 大型起重机械安全监控系统安装率',
        '    value: 0.98',
      ]),
      'dossiers/住建局/T1.md': evidence([
        'task: 1',
        'unit: 住建局',
        'title: 自定目标',
        'date: 2020-12-20',
        'status: 已完成',
        'metrics:',
        '  - name: 到场时间',
        '    value: ４分钟',
        '    target: ≦５分钟',
        '  - name: 处置时间',
        '    value: ４分钟',
        '    target: ＜＝３分钟',
      ]),
    });
    const { stdout } = await runCli(['check', '-w', ws, '--json'], { cwd: ws });
    const data = JSON.parse(stdout);
    const findings = data.diagnostics.filter((d: { file?: string }) => d.file !== undefined);
    expect(findings.map((d: { code: string; file: string; line: number }) => [d.code, d.file, d.line])).toEqual([
      ['metric-below-target', '住建局/T1.md', 11],
      ['frontmatter-schema', '住建局/T24.md', 12],
    ]);
    expect(findings[0].message).toBe('指标“处置时间”为 4分钟，未达到目标（处置时间 ＜＝３分钟）');
    expect(findings[1].message).toBe('指标“大型起重机械安全监控系统安装率”的数值“0.98”没有写单位，而目标（大型起重机械安全监控系统安装率 ≥ 100%）是百分比：是 98% 还是 0.98%？');
    expect(findings[1].hint).toBe('是 98% 的，请写成 98%；确是 0.98% 的，请写成 0.98%');
    // The target whose figure could not be read is not also said to be unreported.
    const unreported = data.diagnostics.filter((d: { code: string; task?: number }) => d.code === 'metric-unreported' && d.task === 24).map((d: { message: string }) => d.message);
    expect(unreported).toEqual(['任务 24 的目标“建筑施工企业主要负责人、项目负责人、专兼职安全管理人员和特种作业人员持证上岗率 ≥ 100%”还没有佐证材料报告实际数值']);
    const metrics = data.tasks.find((t: { no: number }) => t.no === 24).metrics;
    expect(metrics.map((m: { name: string; value: number; target: string; met: boolean }) => [m.name, m.value, m.target, m.met])).toEqual([
      ['建设施工现场视频监控系统安装率', 100, '>=100', true],
      ['安全生产标准化考评合格率', 92.5, '>=90', true],
    ]);
    const own = data.tasks.find((t: { no: number }) => t.no === 1).metrics;
    expect(own.map((m: { name: string; target: string; met: boolean }) => [m.name, m.target, m.met])).toEqual([
      ['到场时间', '<=5', true],
      ['处置时间', '<=3', false],
    ]);
  });
});

describe('metric figures with commas and targets in words', () => {
  it('refuses a comma that is no thousands separator, reads 以上, and asks about a fraction target beside a percentage', async () => {
    const metric = (name: string, value: string, target?: string) => [`  - name: ${name}`, `    value: ${value}`, ...(target === undefined ? [] : [`    target: ${target}`])];
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T1.md': evidence([
        'task: 1',
        'unit: 住建局',
        'title: 自定目标',
        'date: 2020-12-20',
        'status: 已完成',
        'metrics:',
        ...metric('覆盖率', '98,5%'),
        ...metric('检查人次', '１，２００', '>=1,000'),
        ...metric('合格率', '90%', '95%以上'),
        ...metric('到场时间', '6分钟', '5分钟以内'),
        ...metric('完好率', '90%', '≥0.95'),
      ]),
    });
    const { data, findings } = await checked(ws);
    expect(findings.map((d: { code: string; line: number; message: string; hint: string }) => [d.code, d.line, d.message, d.hint])).toEqual([
      ['frontmatter-schema', 8, '指标“覆盖率”的数值“98,5%”不是数字', '小数点请用“.”，如 98.5%；千位之间的逗号可以不写'],
      // An unquoted target starting with > is a YAML block header: mended and told.
      ['frontmatter-lenient', 12, '字段“target”的值“>=1,000”以“>”开头，YAML 会读错，已按文字读取（建议写作 ≥1,000）', '已照常读取；建议改正，以免其他软件读错'],
      ['metric-below-target', 13, '指标“合格率”为 90%，未达到目标（合格率 95%以上）', expect.any(String)],
      ['metric-below-target', 16, '指标“到场时间”为 6分钟，未达到目标（到场时间 5分钟以内）', expect.any(String)],
      ['frontmatter-schema', 19, '指标“完好率”的目标“≥0.95”没有写单位，而数值是百分比：目标是 95% 吗？', '请在目标中写上单位，如 >=95%'],
    ]);
    const own = data.tasks.find((t: { no: number }) => t.no === 1).metrics;
    expect(own.find((m: { name: string }) => m.name === '检查人次')).toEqual({ name: '检查人次', value: 1200, target: '>=1000', met: true });
  });

  it('reads a reported 98%以上 as 98%, and 0,985 as no number', async () => {
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T1.md': evidence([
        'task: 1',
        'unit: 住建局',
        'title: 自定目标',
        'date: 2020-12-20',
        'status: 已完成',
        'metrics:',
        '  - name: 合格率',
        '    value: 98%以上',
        '    target: ≥95%',
        '  - name: 完好率',
        '    value: 0,985',
      ]),
    });
    const data = JSON.parse((await runCli(['check', '-w', ws, '--json'], { cwd: ws })).stdout);
    expect(data.diagnostics.filter((d: { file?: string }) => d.file !== undefined).map((d: { line: number; message: string }) => [d.line, d.message])).toEqual([
      [11, '指标“完好率”的数值“0,985”不是数字'],
    ]);
    expect(data.tasks.find((t: { no: number }) => t.no === 1).metrics).toEqual(
      [
        { name: '合格率', value: 98, target: '>=95', met: true },
        { name: '完好率', value: expect.anything() },
      ].slice(0, 1),
    );
  });
});

describe('task numbers as clerks type them', () => {
  it('reads several tasks on one line as a list, with a warning; 任务 24 stays one task', async () => {
    const slip = (task: string, title: string) => evidence([`task: ${task}`, 'unit: 住建局', `title: ${title}`, 'date: 2020-12-20', 'status: 已完成']);
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/a.md': slip('23 34', '空格分开'),
      'dossiers/住建局/b.md': slip('任务25、２６', '顿号分开'),
      'dossiers/住建局/c.md': slip('任务 24', '一项任务'),
      'dossiers/住建局/d.md': slip('27和99', '有一项不存在'),
      'dossiers/住建局/e.md': slip('28 28', '写了两遍'),
      'dossiers/住建局/f.md': slip('任务 29、30', '任务二字后空格'),
      'dossiers/住建局/g.md': slip('任务 31、任务 32', '每项都写任务'),
      'dossiers/住建局/h.md': slip('第 33 项、第 35 项', '第几项'),
    });
    const { stdout } = await runCli(['check', '-w', ws, '--json'], { cwd: ws });
    const data = JSON.parse(stdout);
    // 住建局 is not responsible for some of these tasks: that warning is not what this test is about.
    const findings = data.diagnostics.filter((d: { file?: string; code: string }) => d.file !== undefined && d.code !== 'unit-not-responsible');
    expect(findings.map((d: { code: string; file: string; line: number; message: string; hint: string }) => [d.code, d.file, d.line, d.message, d.hint])).toEqual([
      ['frontmatter-lenient', '住建局/a.md', 2, '任务“23 34”已按 2 项任务（23、34）读取', '几项任务请写作 [23, 34]'],
      ['frontmatter-lenient', '住建局/b.md', 2, '任务“任务25、２６”已按 2 项任务（25、26）读取', '几项任务请写作 [25, 26]'],
      ['frontmatter-lenient', '住建局/d.md', 2, '任务“27和99”已按 2 项任务（27、99）读取', '几项任务请写作 [27, 99]'],
      ['unknown-task', '住建局/d.md', 2, expect.stringContaining('99'), expect.any(String)],
      ['frontmatter-lenient', '住建局/e.md', 2, '任务“28 28”已按 1 项任务（28）读取', '请写作 28'],
      ['frontmatter-lenient', '住建局/f.md', 2, '任务“任务 29、30”已按 2 项任务（29、30）读取', '几项任务请写作 [29, 30]'],
      ['frontmatter-lenient', '住建局/g.md', 2, '任务“任务 31、任务 32”已按 2 项任务（31、32）读取', '几项任务请写作 [31, 32]'],
      ['frontmatter-lenient', '住建局/h.md', 2, '任务“第 33 项、第 35 项”已按 2 项任务（33、35）读取', '几项任务请写作 [33, 35]'],
    ]);
    const files = (no: number) => data.tasks.find((t: { no: number }) => t.no === no).evidence.map((e: { file: string }) => e.file);
    expect([23, 34, 25, 26, 24, 27].map(files)).toEqual([['住建局/a.md'], ['住建局/a.md'], ['住建局/b.md'], ['住建局/b.md'], ['住建局/c.md'], ['住建局/d.md']]);
  });
});

describe('a metric reported under a short name', () => {
  it('names the line of the figure that is likely the unreported target', async () => {
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': evidence([
        'task: 24',
        'unit: 住建局',
        'title: 施工安全指标',
        'date: 2020-12-20',
        'status: 已完成',
        'metrics:',
        '  - name: 视频监控安装率',
        '    value: 80%',
        '  - name: 培训人次',
        '    value: 300',
      ]),
    });
    const data = JSON.parse((await runCli(['check', '-w', ws, '--json'], { cwd: ws })).stdout);
    const unreported = data.diagnostics.filter((d: { code: string }) => d.code === 'metric-unreported');
    expect(unreported.map((d: { hint: string }) => d.hint)).toEqual([
      '住建局/T24.md 第 8 行报告的“视频监控安装率”如果就是这一项，请把名称改为“建设施工现场视频监控系统安装率”，以便与目标对照（按 80% 算，未达到目标）',
      '请在佐证文件的 metrics 中填写：- name: 大型起重机械安全监控系统安装率 和 value: 实际数值',
      '请在佐证文件的 metrics 中填写：- name: 建筑施工企业主要负责人、项目负责人、专兼职安全管理人员和特种作业人员持证上岗率 和 value: 实际数值',
      '请在佐证文件的 metrics 中填写：- name: 安全生产标准化考评合格率 和 value: 实际数值',
    ]);
  });
});

describe('a department written with more or fewer words than the plan', () => {
  it('suggests the plan’s name it holds, or the only one that holds it', async () => {
    const slip = (unit: string) => evidence(['task: 24', `unit: ${unit}`, 'title: 台账', 'date: 2020-12-20', 'status: 已完成']);
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': slip('曲江新区住建局'),
      'dossiers/市场监管局/T24.md': slip('市场监管局'),
      'dossiers/外单位/T24.md': slip('西安市统计局'),
    });
    const data = JSON.parse((await runCli(['check', '-w', ws, '--json'], { cwd: ws })).stdout);
    const hints = data.diagnostics.filter((d: { code: string }) => d.code === 'unknown-unit').map((d: { file: string; hint: string }) => [d.file, d.hint.split('？')[0]]);
    expect(hints).toEqual([
      ['住建局/T24.md', '是不是“住建局”'],
      ['外单位/T24.md', '请使用方案任务分解表中的单位名称；如果确是另一个单位，请在 dossier.config.yaml 的 units 或 unitAliases 中加上它'],
      ['市场监管局/T24.md', '是不是“市场监管局曲江分局”'],
    ]);
  });
});

describe('empty attachments', () => {
  it('are no evidence: a zero-byte scan or picture is told at its line and the task stays in progress', async () => {
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': evidence(
        ['task: 24', 'unit: 住建局', 'title: 检查记录', 'date: 2020-12-20', 'status: 已完成', 'attachments:', '  - 附件/检查记录.pdf'],
        '现场检查情况如下。\n\n![检查现场](附件/现场.jpg)',
      ),
      'dossiers/住建局/附件/检查记录.pdf': '',
      'dossiers/住建局/附件/现场.jpg': Buffer.alloc(0),
    });
    const { data, findings } = await checked(ws);
    expect(findings.map((d) => [d.code, d.file, d.line, d.message])).toEqual([
      ['attachment-missing', '住建局/T24.md', 8, '附件“附件/检查记录.pdf”是空文件（0 字节），没有内容'],
      ['attachment-missing', '住建局/T24.md', 12, '正文中的图片“附件/现场.jpg”是空文件（0 字节），没有内容'],
    ]);
    expect(findings[0]!.hint).toContain('重新要一份原文件');
    expect(data.tasks.find((t: { no: number }) => t.no === 24).status).toBe('in-progress');
  });
});

describe('pictures in the body', () => {
  it('are files the evidence uses (not stray), and one that is missing is told at its line before the build', async () => {
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': evidence(
        ['task: 24', 'unit: 住建局', 'title: 现场照片', 'date: 2020-12-20', 'status: 已完成'],
        '现场检查情况如下。\n\n![检查现场](附件/现场.jpg)\n\n![整改后](附件/整改后.jpg)',
      ),
      'dossiers/住建局/附件/现场.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
    });
    const { data, findings } = await checked(ws);
    expect(findings.map((d: { code: string; file: string; line: number; message: string }) => [d.code, d.file, d.line, d.message])).toEqual([
      ['attachment-missing', '住建局/T24.md', 12, '正文中的图片“附件/整改后.jpg”不存在'],
    ]);
    expect(data.tasks.find((t: { no: number }) => t.no === 24).status).toBe('in-progress');
    // The task is late: the warning says why the file that says 已完成 does not make it complete.
    const late = data.diagnostics.find((d: { code: string; task?: string }) => d.code === 'overdue' && String(d.task) === '24');
    expect(late.message).toBe('任务 24 已超过完成时限（2020-12-31）181 天，仍未完成：已报“已完成”，但 住建局/T24.md 的附件或图片有问题，不计为完成');
    expect(late.hint).toContain('请补齐或改正这些文件的附件和图片');
  });

  it('says why a picture as clerks insert it will not be shown: a desktop path, a space, a PDF, two pictures in one paragraph', async () => {
    const body = [
      '现场照片：',
      '',
      '![桌面](C:\\Users\\张三\\Desktop\\照片.jpg)',
      '',
      '![空格](附件/现场 照片.jpg)',
      '',
      '![报告](附件/报告.pdf)',
      '',
      '![副本](附件/现场(1).jpg)',
      '',
      '![连着的第一张](附件/现场(1).jpg)',
      '![连着的第二张](附件/现场(1).jpg)',
    ].join('\n');
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': evidence(['task: 24', 'unit: 住建局', 'title: 现场照片', 'date: 2020-12-20', 'status: 已完成'], body),
      'dossiers/住建局/附件/现场 照片.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
      'dossiers/住建局/附件/报告.pdf': '%PDF-1.4\n',
      'dossiers/住建局/附件/现场(1).jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
    });
    const { findings } = await checked(ws);
    expect(findings.map((d: { code: string; line: number; message: string }) => [d.code, d.line, d.message])).toEqual([
      ['attachment-outside', 10, '正文中的图片“C:\\Users\\张三\\Desktop\\照片.jpg”是绝对路径，指向佐证资料文件夹以外'],
      ['attachment-missing', 12, '正文中的图片“附件/现场 照片.jpg”的路径中有空格，报告中不会显示这张图片'],
      ['attachment-missing', 14, '正文中的图片“附件/报告.pdf”不是 PNG 或 JPEG 图片，报告中不会显示'],
      ['attachment-missing', 18, '正文中的图片“附件/现场(1).jpg”与其他文字在同一段，报告中只输出它的说明文字，不显示图片'],
      ['attachment-missing', 19, '正文中的图片“附件/现场(1).jpg”与其他文字在同一段，报告中只输出它的说明文字，不显示图片'],
    ]);
    expect(findings[1]!.hint).toBe('把路径写在尖括号里，如 ![说明](<附件/现场 照片.jpg>)；或把文件名中的空格去掉');
  });

  it('says that a picture pasted as an HTML <img> tag is printed as code, and how to write it', async () => {
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': evidence(
        ['task: 24', 'unit: 住建局', 'title: 现场照片', 'date: 2020-12-20', 'status: 已完成'],
        '现场照片：\n\n<img src="附件/现场2.png">\n\n<img src="https://mp.weixin.qq.com/a.png">',
      ),
      'dossiers/住建局/附件/现场2.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    const { findings } = await checked(ws);
    expect(findings.map((d: { code: string; line: number; message: string; hint: string }) => [d.code, d.line, d.message, d.hint])).toEqual([
      ['attachment-missing', 10, '正文中的图片“附件/现场2.png”写成了网页的 <img> 标签，报告中会原样印出这段代码，不显示图片', '请写作 ![说明](附件/现场2.png)，并让图片单独成段（上下各空一行）'],
      [
        'attachment-missing',
        12,
        '正文中有网页的 <img> 图片标签（图片来源“https://mp.weixin.qq.com/a.png”），报告中会原样印出这段代码，不显示图片',
        '请把图片另存为 .jpg 或 .png 文件放进附件文件夹，再写作 ![说明](附件/图片.jpg)，并让图片单独成段',
      ],
    ]);
  });
});
