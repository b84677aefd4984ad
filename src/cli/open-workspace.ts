import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadPlan } from '../catalog/load.js';
import type { Catalog } from '../catalog/types.js';
import type { Workspace } from '../workspace/config.js';
import { ConfigError } from '../workspace/config-error.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { CACHE_FOLDER, ContentCache } from '../util/content-cache.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { formatPlanIssues } from './print-issues.js';
import { calendarDateProblem } from '../workspace/config.js';
import { aliasTargetProblems } from '../workspace/alias-targets.js';

/** Options every workspace command shares. */
export interface WorkspaceOptions {
  readonly workspace?: string;
  readonly plan?: string;
  readonly asOf?: string;
}

/** The workspace and its parsed plan; a broken config or plan becomes a UsageError (exit 2). */
export async function openWorkspace(io: Io, opts: WorkspaceOptions): Promise<{ ws: Workspace; catalog: Catalog }> {
  let ws = await findWorkspace(io, opts);
  if (opts.asOf !== undefined) {
    if (calendarDateProblem(opts.asOf) !== undefined) {
      throw new UsageError(`--as-of 的日期“${opts.asOf}”格式不对`, '写作 YYYY-MM-DD，如 2021-06-30');
    }
    ws = { ...ws, asOf: opts.asOf };
  }
  if (opts.plan !== undefined) ws = { ...ws, plan: resolve(io.cwd, opts.plan) };
  // A plan parsed before comes from the content cache in the output folder.
  const cache = new ContentCache(join(ws.output, CACHE_FOLDER));
  const result = await loadPlan(ws.plan, { base: ws.root, aliases: ws.unitAliases, cache });
  const shown = shownPath(io.cwd, ws.plan);
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  if (!result.catalog) {
    io.err(formatPlanIssues(shown, result.issues));
    throw new UsageError(`方案文件 ${shown} 有错误，无法继续`, '请按上面列出的行号修改方案文件');
  }
  if (warnings.length > 0) io.err(formatPlanIssues(shown, warnings));
  // The plan's own department names (the bundled aliases only), for the workspace's aliases to be weighed against.
  const own = Object.keys(ws.unitAliases).length === 0 ? result.catalog : (await loadPlan(ws.plan, { base: ws.root, cache })).catalog;
  const aliasProblems = aliasTargetProblems(ws, result.catalog, own?.units ?? []);
  if (aliasProblems.length > 0) io.err(formatPlanIssues(shownPath(io.cwd, ws.configFile ?? join(ws.root, 'dossier.config.yaml')), aliasProblems));
  return { ws, catalog: result.catalog };
}

/** The workspace of `--workspace` or the current folder, without its plan; a broken config is a UsageError (exit 2). */
export async function findWorkspace(io: Io, opts: { readonly workspace?: string }): Promise<Workspace> {
  try {
    return await loadWorkspace({ ...(opts.workspace === undefined ? {} : { workspace: opts.workspace }), cwd: io.cwd, today: io.today });
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message, err.hint);
    throw err;
  }
}

/** The dossier folder of a workspace, which must exist. */
export function requireDossierDir(io: Io, ws: Workspace): string {
  if (!existsSync(ws.dossiers)) {
    throw new UsageError(`佐证资料文件夹 ${shownPath(io.cwd, ws.dossiers)} 不存在`, '请用 dossier init 创建工作区，或在 dossier.config.yaml 的 dossiers 中写明佐证资料文件夹');
  }
  return ws.dossiers;
}

/** A path as the user should see it: relative to the current folder when inside it. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel === '' ? '.' : rel.startsWith('..') ? path : rel).split(sep).join('/');
}
