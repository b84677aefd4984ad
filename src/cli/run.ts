import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { packageRoot } from '../util/package-root.js';
import { buildDate } from './build-date.js';
import { catalogCommand } from './commands/catalog.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

/** The plan bundled with dossier, used when neither --plan nor a workspace names one. */
export const DEFAULT_PLAN = join(packageRoot, 'seeds', 'qujiang-safety-city-plan-2020.md');

/** Runs dossier with `argv` (without node and script) and returns the exit code: 0 ok, 1 findings, 2 usage. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('dossier')
    .description('安全发展示范城市创建：任务清单、佐证资料检查、自评报告与复核申请材料生成')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .showHelpAfterError('（用 dossier --help 查看用法）')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();

  program
    .command('catalog')
    .description('解析实施方案，列出任务分解表（序号、分节、责任单位、完成时限、量化目标）和日程安排表')
    .option('--plan <文件>', '实施方案文件（默认：自带的曲江新区方案）')
    .option('--json', '输出 JSON（等同于 --format json）')
    .addOption(new Option('--format <格式>', '输出格式').choices(['table', 'json', 'csv', 'xlsx']).default('table'))
    .option('-o, --out <文件>', 'csv/xlsx 的输出文件（xlsx 默认 output/任务分解表.xlsx）')
    .action(async (opts: { plan?: string; json?: boolean; format: 'table' | 'json' | 'csv' | 'xlsx'; out?: string }) => {
      code = await catalogCommand(
        {
          plan: opts.plan === undefined ? DEFAULT_PLAN : join(io.cwd, opts.plan),
          format: opts.json ? 'json' : opts.format,
          ...(opts.out === undefined ? {} : { out: opts.out }),
          outputDir: join(io.cwd, 'output'),
          date: buildDate(io.env, '2020-11-26'),
        },
        io,
      );
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError) {
      io.err(`错误：${err.message}\n${err.hint ? `    → ${err.hint}\n` : ''}`);
      return 2;
    }
    throw err;
  }
}
