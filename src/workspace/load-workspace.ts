import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import YAML, { LineCounter } from 'yaml';
import { BUNDLED_STANDARD } from '../standard/standard-file.js';
import { packageRoot } from '../util/package-root.js';
import { configProblems, type ConfigProblem } from './config-errors.js';
import { configSchema, type Workspace } from './config.js';
import { readWorkspaceText } from '../util/safe-file.js';

/** The name of a workspace's configuration file. */
export const CONFIG_FILE = 'dossier.config.yaml';
/** The file `dossier standard import` writes in a workspace, used instead of the bundled standard. */
export const STANDARD_FILE = 'standard.yaml';
/** The plan bundled with dossier, used when neither --plan nor a workspace names one. */
export const BUNDLED_PLAN = join(packageRoot, 'seeds', 'qujiang-safety-city-plan-2020.md');

/** At most this many problems of a config are listed at once. */
const MAX_PROBLEMS = 20;

/** A configuration file that cannot be used; the message says where and what to do. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Where to look for a workspace and what "today" is. */
export interface FindWorkspaceOptions {
  /** An explicit workspace folder (--workspace); otherwise `cwd` is used. */
  readonly workspace?: string;
  readonly cwd: string;
  /** Today's date (YYYY-MM-DD), the default for asOf. */
  readonly today: string;
}

/**
 * Reads `dossier.config.yaml` from the workspace folder (or the current folder) and resolves its
 * paths against that folder; without a config file, the folder itself is the workspace with defaults.
 */
export async function loadWorkspace(options: FindWorkspaceOptions): Promise<Workspace> {
  const root = resolve(options.cwd, options.workspace ?? '.');
  if (options.workspace !== undefined && !existsSync(root)) {
    throw new ConfigError(`工作区文件夹 ${root} 不存在`, '请检查 --workspace 后面的路径，或先用 dossier init 创建工作区');
  }
  const configFile = join(root, CONFIG_FILE);
  const shown = shownPath(options.cwd, configFile);
  let raw: unknown = {};
  const lines = new LineCounter();
  let doc: YAML.Document | undefined;
  if (existsSync(configFile)) {
    let text: string;
    try {
      text = readWorkspaceText(configFile, '配置文件');
    } catch (err) {
      throw new ConfigError((err as Error).message, '配置文件应是普通的文本文件（dossier.config.yaml）；可用 dossier init 重新生成');
    }
    doc = YAML.parseDocument(text, { prettyErrors: false, lineCounter: lines });
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      throw new ConfigError(`${shown} 第 ${e.linePos?.[0]?.line ?? 1} 行：YAML 格式错误（${e.message.split('\n')[0]}）`, '请检查该行的缩进和冒号');
    }
    raw = doc.toJS() ?? {};
  }
  const parsed = configSchema(root).safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const problems = configProblems(parsed.error.issues, doc ?? new YAML.Document(), lines);
    const at = (p: ConfigProblem) => `${p.line === undefined ? '' : `第 ${p.line} 行，`}${p.key === '' ? '整个文件' : `配置项 ${p.key}`}`;
    if (problems.length === 1) {
      const p = problems[0]!;
      throw new ConfigError(`${shown} ${at(p)}：${p.problem}`, p.fix);
    }
    const shownProblems = problems.slice(0, MAX_PROBLEMS).map((p) => `  ${at(p)}：${p.problem}。${p.fix}`);
    if (problems.length > MAX_PROBLEMS) shownProblems.push(`  （另有 ${problems.length - MAX_PROBLEMS} 处）`);
    throw new ConfigError(`${shown} 中有 ${problems.length} 处配置错误：\n${shownProblems.join('\n')}`, '请逐项改正后重新运行；配置项的写法见 README 的“工作区”一节');
  }
  const c = parsed.data;
  const asOf = c.asOf ?? options.today;
  const at = (p: string | undefined, fallback: string) => resolve(root, p ?? fallback);
  const base = {
    root,
    district: c.district ?? '本区',
    plan: c.plan === undefined ? BUNDLED_PLAN : resolve(root, c.plan),
    dossiers: at(c.dossiers, 'dossiers'),
    output: at(c.output, 'output'),
    templates: at(c.templates, 'templates'),
    standard: c.standard !== undefined ? resolve(root, c.standard) : existsSync(join(root, STANDARD_FILE)) ? join(root, STANDARD_FILE) : BUNDLED_STANDARD,
    asOf,
    date: c.date ?? asOf,
    unitAliases: c.unitAliases ?? {},
    extraUnits: c.units ?? [],
    mapping: c.mapping ?? {},
    ...(c.organ === undefined ? {} : { organ: c.organ }),
    ...(c.recipient === undefined ? {} : { recipient: c.recipient }),
    ...(c.rectifyBy === undefined ? {} : { rectifyBy: c.rectifyBy }),
    stages: c.stages ?? {},
    report: c.report ?? {},
    letter: c.letter ?? {},
  };
  return existsSync(configFile) ? { ...base, configFile } : base;
}

/** A path as the user should see it: relative to the current folder when inside it. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel === '' || rel.startsWith('..') ? path : rel).split(sep).join('/');
}
