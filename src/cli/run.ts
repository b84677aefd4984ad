import { Command, CommanderError, Option } from 'commander';
import { buildDate } from './build-date.js';
import { environmentError, UsageError } from './errors.js';
import type { Io } from './io.js';
import { chineseUsageMessage } from './usage-messages.js';
import { openWorkspace, shownPath } from './open-workspace.js';
// Commands are imported when they run, so that a quick command does not load the PDF and Word libraries.

/** Runs dossier with `argv` (without node and script) and returns the exit code: 0 ok, 1 findings, 2 usage. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('dossier')
    .description('安全发展示范城市创建：任务清单、佐证资料检查、催办清单、自评报告与复核申请材料')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .showHelpAfterError('（用 dossier --help 查看用法）')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: (s, write) => write(chineseUsageMessage(s)) })
    .exitOverride();
  const workspaceOption = () => new Option('-w, --workspace <文件夹>', '工作区文件夹（含 dossier.config.yaml；默认当前文件夹）');

  program
    .command('all')
    .description('一键运行主要工作：检查佐证资料，生成检查报告、催办清单、自评报告（Word 和 PDF）、佐证资料目录和复核申请材料包，并列出输出文件的位置')
    .addOption(workspaceOption())
    .option('--as-of <日期>', '检查日期 YYYY-MM-DD（默认：配置中的 asOf，或今天）')
    .action(async (opts: { workspace?: string; asOf?: string }) => {
      code = await (await import('./commands/all.js')).allCommand(io, opts);
    });

  program
    .command('build')
    .description('生成自评报告：output/自评报告.docx、output/自评报告.pdf（GB/T 9704-2012 公文格式）、output/自评打分表.xlsx 和 output/佐证资料目录.xlsx')
    .addOption(workspaceOption())
    .addOption(new Option('--format <格式>', '只生成一种格式').choices(['docx', 'pdf']))
    .addOption(new Option('--to <内容>', '不生成文件，改为打印：markdown 渲染后的报告文本，model 文档树（JSON）').choices(['markdown', 'model']))
    .option('--as-of <日期>', '检查日期 YYYY-MM-DD')
    .action(async (opts: { workspace?: string; format?: 'docx' | 'pdf'; to?: 'markdown' | 'model'; asOf?: string }) => {
      code = await (await import('./commands/build.js')).buildCommand(io, opts);
    });

  program
    .command('package')
    .description('生成复核申请材料：output/复核申请材料/（请示、自评报告、打分表、目录、按任务整理的佐证资料、整改台账、汇编 PDF、清单）和 output/复核申请材料.zip')
    .addOption(workspaceOption())
    .option('--as-of <日期>', '检查日期 YYYY-MM-DD')
    .action(async (opts: { workspace?: string; asOf?: string }) => {
      code = await (await import('./commands/package.js')).packageCommand(io, opts);
    });

  program
    .command('verify <材料包>')
    .description('按清单（manifest.json）核对复核申请材料的文件夹或 zip：有缺少、多出或改动的文件，或指纹不符时退出码为 1')
    .option('--fingerprint <指纹>', '创建办另行提供的指纹（复核申请材料.指纹.txt 中的 64 位十六进制数），与材料包的指纹比对')
    .action(async (target: string, opts: { fingerprint?: string }) => {
      code = await (await import('./commands/verify.js')).verifyCommand(io, target, opts);
    });

  program
    .command('catalog')
    .description('解析实施方案（Word、Excel、CSV 或文本），列出任务分解表（序号、分节、牵头和配合单位、完成时限、量化目标）和日程安排表')
    .addOption(workspaceOption())
    .option('--plan <文件>', '实施方案文件：.docx .xlsx .csv .md .txt（默认：工作区配置中的方案，或自带的曲江新区方案）')
    .option('--json', '输出 JSON（等同于 --format json）')
    .addOption(new Option('--format <格式>', '输出格式').choices(['table', 'json', 'csv', 'xlsx']).default('table'))
    .option('-o, --out <文件>', 'csv/xlsx 的输出文件（xlsx 默认 output/任务分解表.xlsx）')
    .action(async (opts: { workspace?: string; plan?: string; json?: boolean; format: 'table' | 'json' | 'csv' | 'xlsx'; out?: string }) => {
      const { ws, catalog } = await openWorkspace(io, opts);
      code = await (
        await import('./commands/catalog.js')
      ).catalogCommand(
        catalog,
        {
          format: opts.json ? 'json' : opts.format,
          ...(opts.out === undefined ? {} : { out: opts.out }),
          outputDir: ws.output,
          date: buildDate(io.env, ws.date),
        },
        io,
      );
    });

  program
    .command('check [佐证文件夹]')
    .description('检查佐证资料：缺报、逾期、指标未达标、附件和格式问题；有错误时退出码为 1')
    .addOption(workspaceOption())
    .option('--json', '输出 JSON（格式见 dossier 文件夹中 docs/DESIGN.md 的 check 约定）')
    .option('--unit <单位>', '只看某个责任单位的任务和文件')
    .option('--task <序号>', '只看某项任务和它的佐证文件')
    .option('--as-of <日期>', '检查日期 YYYY-MM-DD（默认：配置中的 asOf，或今天）')
    .option('--plan <文件>', '实施方案文件（默认：工作区配置中的方案）')
    .action(async (dir: string | undefined, opts: { workspace?: string; json?: boolean; unit?: string; task?: string; asOf?: string; plan?: string }) => {
      code = await (await import('./commands/check.js')).checkCommand(io, { ...opts, ...(dir === undefined ? {} : { dir }) });
    });

  program
    .command('chase [佐证文件夹]')
    .description('生成催办清单：每个责任单位未报送、逾期、文件有误、附件问题、指标未达标的事项')
    .addOption(workspaceOption())
    .addOption(new Option('--format <格式>', '输出格式：terminal 终端，md Markdown，xlsx Excel（每个单位一张表）').choices(['terminal', 'md', 'xlsx']).default('terminal'))
    .option('-o, --out <文件>', '输出文件（xlsx 默认 output/催办清单.xlsx；md 默认打印到屏幕）')
    .option('--unit <单位>', '只列某个责任单位')
    .option('--as-of <日期>', '检查日期 YYYY-MM-DD')
    .option('--plan <文件>', '实施方案文件')
    .action(async (dir: string | undefined, opts: { workspace?: string; format: 'terminal' | 'md' | 'xlsx'; out?: string; unit?: string; asOf?: string; plan?: string }) => {
      code = await (await import('./commands/chase.js')).chaseCommand(io, { ...opts, ...(dir === undefined ? {} : { dir }) });
    });

  program
    .command('fonts')
    .description('列出 PDF 使用的字体（仿宋、黑体、楷体、宋体、小标宋）及后备字体，并检查当前报告中哪些字没有字体')
    .addOption(workspaceOption())
    .action(async (opts: { workspace?: string }) => {
      code = await (await import('./commands/fonts.js')).fontsCommand(io, opts);
    });

  program
    .command('init [文件夹]')
    .description('创建工作区：配置文件、方案、每个责任单位一个佐证文件夹（含任务说明）和佐证文件模板；不覆盖已有文件')
    .option('--plan <文件>', '本地区的实施方案：.docx .xlsx .csv .md .txt（不指定时用自带的曲江新区示例方案）')
    .option('--district <名称>', '地区名称（默认从方案标题中读取）')
    .action(async (dir: string | undefined, opts: { plan?: string; district?: string }) => {
      code = await (await import('./commands/init.js')).initCommand(io, { ...opts, ...(dir === undefined ? {} : { dir }) });
    });

  program
    .command('import <文件...>')
    .description('把各单位报送的 Word（.docx）、PDF、图片、表格文件（或一个文件夹中的这些文件）导入为佐证文件：Word 正文转为文字，图片和原文件作为附件；不覆盖已有文件')
    .addOption(workspaceOption())
    .option('--task <序号>', '任务序号（默认从文件名读取，如 T24_住建局_标题_2020-12-20.docx）')
    .option('--unit <单位>', '报送单位（默认从文件名读取）')
    .option('--title <标题>', '材料标题（默认取文件名中的标题或 Word 文件的第一个标题）')
    .option('--date <日期>', '工作完成或文件印发的日期 YYYY-MM-DD（默认从文件名读取）')
    .option('--status <状态>', '已完成 | 推进中 | 未启动（默认：推进中）')
    .action(async (files: string[], opts: { workspace?: string; task?: string; unit?: string; title?: string; date?: string; status?: string }) => {
      code = await (await import('./commands/import.js')).importCommand(io, files, opts);
    });

  program
    .command('score')
    .description('按评分标准（评价细则和评分标准）自评打分：读取 自评.yaml 和佐证资料，列出各一级项得分、扣分的条款和尚未自评的三级项')
    .addOption(workspaceOption())
    .option('--json', '输出 JSON（格式见 dossier 文件夹中 docs/DESIGN.md 的 score 约定）')
    .option('--as-of <日期>', '检查日期 YYYY-MM-DD')
    .action(async (opts: { workspace?: string; json?: boolean; asOf?: string }) => {
      code = await (await import('./commands/score.js')).scoreCommand(io, opts);
    });

  const standard = program.command('standard').description('查看评分标准（评价细则和评分标准：一级项、二级项、三级项、分值、条款）；import 子命令导入正式评分表');
  standard
    .command('show', { isDefault: true })
    .description('列出工作区使用的评分标准，标出空缺和未核实的项目')
    .addOption(workspaceOption())
    .action(async (opts: { workspace?: string }) => {
      code = await (await import('./commands/standard.js')).standardShowCommand(io, opts);
    });
  standard
    .command('import <文件>')
    .description('从正式评分表（Word .docx 或 Excel .xlsx：一级项、二级项、三级项、评价内容、评分标准）导入，写出工作区的 standard.yaml')
    .addOption(workspaceOption())
    .option('--force', '覆盖已有的 standard.yaml')
    .action(async (file: string, opts: { workspace?: string; force?: boolean }) => {
      code = await (await import('./commands/standard.js')).standardImportCommand(io, file, opts);
    });

  program
    .command('serve')
    .description('在浏览器中打开创建工作台：总览、任务矩阵、各单位待办、问题、输出文件；各单位可以在网页上报送材料；文件有变化时页面自动更新')
    .addOption(workspaceOption())
    .option('--port <端口>', '端口（默认 8080）')
    .option('--host <地址>', '监听的地址（默认 127.0.0.1，只有本机可以访问；0.0.0.0 让其他电脑访问，这时需要访问码登录）')
    .option('--max-upload <MB>', '每次报送上传文件的上限（默认 100 MB）')
    .option('--require-sign-in', '在本机地址上也要求访问码登录（试用登录时用）')
    .option('--as-of <日期>', '检查日期 YYYY-MM-DD')
    .action(async (opts: { workspace?: string; port?: string; host?: string; maxUpload?: string; requireSignIn?: boolean; asOf?: string }) => {
      code = await (await import('./commands/serve.js')).serveCommand(io, opts);
    });

  program
    .command('access')
    .description('生成 dossier serve 的访问码：创建办一个、每个责任单位一个（只显示一次；工作区只保存散列值）')
    .addOption(workspaceOption())
    .option('--renew <名称>', '更换这个单位（或“创建办”）的访问码，旧访问码随即失效；可以写多次，或用顿号隔开几个单位', (v: string, prev: string[] | undefined) => [
      ...(prev ?? []),
      ...v
        .split(/[、,，]/)
        .map((x) => x.trim())
        .filter(Boolean),
    ])
    .action(async (opts: { workspace?: string; renew?: string[] }) => {
      code = await (await import('./commands/access.js')).accessCommand(io, opts);
    });

  program
    .command('new')
    .description('为某项任务生成一个佐证文件框架（预填任务内容、完成时限和量化目标），并打印它的路径')
    .addOption(workspaceOption())
    .requiredOption('--task <序号>', '任务序号')
    .requiredOption('--unit <单位>', '报送单位')
    .option('--title <标题>', '材料标题')
    .action(async (opts: { workspace?: string; task: string; unit: string; title?: string }) => {
      code = await (await import('./commands/new.js')).newCommand(io, opts);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    // A font that cannot be used (none found, a configured one unusable, one changed during the run) is the machine's state, not a bug.
    const fontError = err instanceof Error && err.name === 'FontError' ? new UsageError(err.message) : undefined;
    const usage = err instanceof UsageError ? err : (fontError ?? environmentError(err, (p) => shownPath(io.cwd, p)));
    if (usage) {
      io.err(`错误：${usage.message}\n${usage.hint ? `    → ${usage.hint}\n` : ''}`);
      return 2;
    }
    throw err;
  }
}
