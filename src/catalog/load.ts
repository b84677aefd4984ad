import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { builtinAliases, makeAliasTable } from './aliases.js';
import { parsePlan, type PlanResult } from './plan.js';

/** Options for reading a plan from disk. */
export interface LoadPlanOptions {
  /** Extra `variant → canonical` department aliases (the workspace's), applied over the built-in table. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Folder that the catalog's `plan` path is written relative to (default: the current folder). */
  readonly base?: string;
}

/** Reads and parses a plan file; a file that cannot be read is an error at line 0, never a crash. */
export async function loadPlan(file: string, options: LoadPlanOptions = {}): Promise<PlanResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : code === 'EISDIR' ? '这是一个文件夹' : String(err);
    return { issues: [{ severity: 'error', line: 0, message: `无法读取方案文件：${why}`, hint: '请用 --plan 指定方案文件的正确路径' }] };
  }
  const aliases = makeAliasTable(await builtinAliases(), options.aliases ?? {});
  const shown = (options.base === undefined ? file : relative(options.base, file)).split(sep).join('/');
  return parsePlan(text, shown, aliases);
}
