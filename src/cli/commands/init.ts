import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { loadPlan } from '../../catalog/load.js';
import { formatTarget } from '../../catalog/to-json.js';
import type { Catalog } from '../../catalog/types.js';
import { evidenceStub } from '../../dossier/stub.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { BUNDLED_PLAN, CONFIG_FILE } from '../../workspace/load-workspace.js';
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
  const planSource = opts.plan === undefined ? BUNDLED_PLAN : resolve(io.cwd, opts.plan);
  const parsed = await loadPlan(planSource);
  if (!parsed.catalog) {
    io.err(formatPlanIssues(shownPath(io.cwd, planSource), parsed.issues));
    throw new UsageError('方案文件有错误，未创建工作区', '请按上面列出的行号修改方案文件');
  }
  const catalog = parsed.catalog;
  const planName = basename(planSource);
  const district = opts.district ?? districtOf(await readFile(planSource, 'utf8'));
  const files: [string, () => Promise<string> | string][] = [
    [CONFIG_FILE, () => configText(district, planName, io.today)],
    [join('seeds', planName), () => readFile(planSource, 'utf8')],
    [join('dossiers', 'README.md'), () => overviewReadme(catalog)],
    [join('dossiers', '_模板.md'), () => evidenceStub(catalog.tasks[0]!, catalog.tasks[0]!.units[0] ?? '单位名称', io.today)],
  ];
  for (const unit of catalog.units) {
    const tasks = catalog.tasks.filter((t) => t.units.includes(unit));
    if (tasks.length > 0) files.push([join('dossiers', unit, 'README.md'), () => unitReadme(catalog, unit)]);
  }
  let created = 0;
  for (const [rel, content] of files) {
    const path = join(root, rel);
    if (existsSync(path)) {
      io.err(`已存在，未改动：${shownPath(io.cwd, path)}\n`);
      continue;
    }
    await writeFileAtomic(path, await content());
    created++;
  }
  io.out(
    `已在 ${shownPath(io.cwd, root)} 创建工作区（新建 ${created} 个文件）。\n` +
      `下一步：\n` +
      `  1. 打开 ${CONFIG_FILE}，核对地区名称和检查日期；\n` +
      `  2. 为某项任务生成佐证文件：dossier new --task 24 --unit 住建局${opts.dir ? ` --workspace ${opts.dir}` : ''}\n` +
      `  3. 填写后检查：dossier check${opts.dir ? ` --workspace ${opts.dir}` : ''}\n`,
  );
  return 0;
}

function configText(district: string, planName: string, today: string): string {
  return [
    '# dossier 工作区配置。路径相对于本文件所在的文件夹。',
    `district: ${district}          # 地区名称，用于报告标题和催办清单`,
    `plan: seeds/${planName}        # 实施方案`,
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
  for (const t of catalog.tasks.filter((x) => x.units.length === 0)) lines.push(`- 任务 ${t.no}（${t.groups.join('、')}，${t.deadlineText}）：${t.text}`);
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
    lines.push(`| ${t.no} | ${t.text.replace(/\|/g, '｜')} | ${t.deadlineText}${t.deadline ? `（${t.deadline}）` : ''} | ${t.targets.map(formatTarget).join('；')} | ${others} |`);
  }
  return lines.join('\n') + '\n';
}

/** The district a plan is for, read from its first title (西安曲江新区国家安全发展示范城市… → 西安曲江新区). */
function districtOf(planText: string): string {
  return /^#+\s*(\S+?)(?:国家)?安全发展示范城市/m.exec(planText)?.[1] ?? '本区';
}
