import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { BUNDLED_STANDARD } from '../standard/standard-file.js';
import { packageRoot } from '../util/package-root.js';
import { ConfigError } from './config-error.js';
import type { WorkspaceConfig } from './config-schema.js';
import type { Workspace } from './config.js';
import { readConfig } from './read-config.js';
import { readWorkspaceText } from '../util/safe-file.js';

/** The name of a workspace's configuration file. */
export const CONFIG_FILE = 'dossier.config.yaml';
/** The file `dossier standard import` writes in a workspace, used instead of the bundled standard. */
export const STANDARD_FILE = 'standard.yaml';
/** The plan bundled with dossier, used when neither --plan nor a workspace names one. */
export const BUNDLED_PLAN = join(packageRoot, 'seeds', 'qujiang-safety-city-plan-2020.md');

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
  // Without a config file every setting takes its default.
  let c: Partial<WorkspaceConfig> = {};
  if (existsSync(configFile)) {
    let text: string;
    try {
      text = readWorkspaceText(configFile, '配置文件');
    } catch (err) {
      throw new ConfigError((err as Error).message, '配置文件应是普通的文本文件（dossier.config.yaml）；可用 dossier init 重新生成');
    }
    c = await readConfig(text, root, shownPath(options.cwd, configFile));
  }
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
