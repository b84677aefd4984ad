import { existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { loadPlan, PLAN_EXTENSIONS, readPlanFile } from '../../catalog/load.js';
import { formatTarget } from '../../catalog/format-target.js';
import type { Catalog } from '../../catalog/types.js';
import { evidenceStub } from '../../dossier/stub.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { assertInsideForWrite, unsafeNameReason, WriteOutside } from '../../util/safe-file.js';
import { BUNDLED_PLAN, CONFIG_FILE } from '../../workspace/load-workspace.js';
import { commandName, quoteArg } from '../command-name.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { shownPath } from '../open-workspace.js';
import { formatPlanIssues } from '../print-issues.js';

/** Options of `dossier init`. */
export interface InitOptions {
  readonly dir?: string;
  readonly plan?: string;
  readonly district?: string;
}

/**
 * `dossier init [DIR]`: creates a workspace (config, plan, one folder per department with a README of
 * its tasks, a template evidence file). Existing files are left untouched.
 */
export async function initCommand(io: Io, opts: InitOptions): Promise<number> {
  const root = resolve(io.cwd, opts.dir ?? '.');
  const bundled = opts.plan === undefined;
  const planSource = bundled ? BUNDLED_PLAN : resolve(io.cwd, opts.plan!);
  if (!bundled && !PLAN_EXTENSIONS.includes(extname(planSource).toLowerCase() as (typeof PLAN_EXTENSIONS)[number])) {
    throw new UsageError(`方案文件“${opts.plan}”的格式不能读取`, `方案可以是 ${PLAN_EXTENSIONS.join('、')} 文件；.doc/.wps 请先用 Word 或 WPS 另存为 .docx`);
  }
  const parsed = await loadPlan(planSource);
  if (!parsed.catalog) {
    io.err(formatPlanIssues(shownPath(io.cwd, planSource), parsed.issues));
    throw new UsageError('方案文件有错误，未创建工作区', '请按上面列出的位置修改方案文件，再重新运行 dossier init');
  }
  const warnings = parsed.issues.filter((i) => i.severity === 'warning');
  if (warnings.length > 0) io.err(formatPlanIssues(shownPath(io.cwd, planSource), warnings));
  const catalog = parsed.catalog;
  const planName = basename(planSource);
  const district = opts.district ?? catalog.district ?? '本区';
  const files: [string, () => Promise<string | Buffer> | string | Buffer][] = [
    [CONFIG_FILE, () => configText(district, planName, io.today, bundled)],
    // Copied byte for byte: a Word or Excel plan is not text.
    [join('seeds', planName), () => readPlanFile(planSource)],
    [join('dossiers', 'README.md'), () => overviewReadme(catalog)],
    [join('dossiers', '_模板.md'), () => evidenceStub(catalog.tasks[0]!, catalog.tasks[0]!.units[0] ?? '单位名称', io.today)],
  ];
  for (const unit of catalog.units) {
    const tasks = catalog.tasks.filter((t) => t.units.includes(unit));
    if (tasks.length === 0) continue;
    // A department's name becomes a folder name: one that is no single, plain name (../x, a\b, C:) gets no folder.
    const unsafe = unsafeNameReason(unit);
    if (unsafe !== undefined) {
      io.err(`单位名称“${visible(unit)}”不能用作文件夹名：${unsafe}。没有为它建立文件夹，请在方案中改正这个单位名称后重新运行 dossier init\n`);
      continue;
    }
    files.push([join('dossiers', unit, 'README.md'), () => unitReadme(catalog, unit)]);
  }
  let created = 0;
  for (const [rel, content] of files) {
    const path = join(root, rel);
    if (existsSync(path)) {
      io.err(`已存在，未改动：${shownPath(io.cwd, path)}\n`);
      continue;
    }
    // Every write stays inside the new workspace, even where a folder on the way is a link leading out.
    try {
      assertInsideForWrite(root, path);
    } catch (err) {
      if (!(err instanceof WriteOutside)) throw err;
      io.err(`未写入：${shownPath(io.cwd, path)} 实际位于工作区以外${err.real ? `（${err.real}）` : ''}，可能是文件夹链接\n`);
      continue;
    }
    await writeFileAtomic(path, await content());
    created++;
  }
  const cmd = commandName(io.env);
  const inWs = opts.dir ? ` --workspace ${quoteArg(opts.dir)}` : '';
  const example = catalog.tasks.find((t) => t.units.length > 0) ?? catalog.tasks[0]!;
  const lines = [`已在 ${shownPath(io.cwd, root)} 创建工作区（新建 ${created} 个文件；${catalog.tasks.length} 项任务，${catalog.units.length} 个责任单位）。`];
  if (bundled) {
    lines.push(
      '',
      `注意：没有用 --plan 指定方案，用的是 dossier 自带的示例方案（西安曲江新区 2020 年实施方案），其中的任务和 ${catalog.units.length} 个单位文件夹都是曲江新区的。`,
      `请改用本地区的方案（Word .docx、Excel .xlsx、.csv 或文本）：在一个新文件夹中运行 ${cmd} init --plan 你的方案.docx`,
    );
  }
  lines.push(
    '',
    '下一步：',
    `  1. 打开 ${CONFIG_FILE}，核对地区名称和检查日期；`,
    `  2. 为某项任务生成佐证文件：${cmd} new --task ${example.id} --unit ${example.units[0] ?? '单位名称'}${inWs}`,
    `     或导入单位报送的 Word 文件：${cmd} import 材料.docx --task ${example.id} --unit ${example.units[0] ?? '单位名称'}${inWs}`,
    `  3. 填写后检查：${cmd} check${inWs}`,
  );
  if (cmd !== 'dossier') lines.push('', `（dossier 命令还没有安装到系统中，上面写的是完整路径；在 dossier 的文件夹中运行 npm install -g . 即可直接输入 dossier。）`);
  io.out(lines.join('\n') + '\n');
  return 0;
}

/** A name as the terminal may show it: control characters written as \\u escapes. */
function visible(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function configText(district: string, planName: string, today: string, bundled: boolean): string {
  return [
    '# dossier 工作区配置。路径相对于本文件所在的文件夹。',
    `district: ${district}          # 地区名称，用于报告标题和催办清单`,
    `plan: seeds/${planName}        # 实施方案${bundled ? '（这是 dossier 自带的示例方案，请换成本地区的方案）' : ''}`,
    'dossiers: dossiers             # 佐证资料文件夹',
    'output: output                 # 生成文件的文件夹',
    `asOf: ${today}                 # 检查日期：完成时限早于此日期的任务算逾期；删掉这一行则用当天日期`,
    '# unitAliases:                 # 单位名称的其他写法 → 规范名称',
    '#   应急中心: 应急管理中心',
    '# units:                       # 方案表格中没有列出、但会报送材料的单位',
    '#   - 区消防大队',
    '',
  ].join('\n');
}

function overviewReadme(catalog: Catalog): string {
  const lines = [
    '# 佐证资料',
    '',
    '每个责任单位一个文件夹，每份佐证材料一个 .md 文件（以 README.md 命名或以 _ 开头的文件不会被检查）。',
    '生成文件框架：`dossier new --task 序号 --unit 单位`；检查：`dossier check`；催办清单：`dossier chase --format xlsx`。',
    '',
    '## 由集体承担的任务',
    '',
    '以下任务没有指定具体单位，由创建办统筹，相关单位均可报送：',
    '',
  ];
  for (const t of catalog.tasks.filter((x) => x.units.length === 0)) lines.push(`- 任务 ${t.id}（${t.groups.join('、')}，${t.deadlineText}）：${t.text}`);
  return lines.join('\n') + '\n';
}

function unitReadme(catalog: Catalog, unit: string): string {
  const tasks = catalog.tasks.filter((t) => t.units.includes(unit));
  const lines = [
    `# ${unit}：佐证资料`,
    '',
    `本文件夹存放${unit}报送的佐证材料，每份材料一个 .md 文件，附件放在“附件”子文件夹中。`,
    `生成文件框架：\`dossier new --task 序号 --unit ${unit}\`。`,
    '',
    `## 本单位承担的任务（${tasks.length} 项）`,
    '',
    '| 序号 | 任务 | 完成时限 | 量化目标 | 其他责任单位 |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const t of tasks) {
    const others = [...t.units.filter((u) => u !== unit), ...t.groups].join('、');
    lines.push(`| ${t.id} | ${t.text.replace(/\|/g, '｜')} | ${t.deadlineText}${t.deadline ? `（${t.deadline}）` : ''} | ${t.targets.map(formatTarget).join('；')} | ${others} |`);
  }
  return lines.join('\n') + '\n';
}
