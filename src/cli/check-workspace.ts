// Checking a workspace, shared by every command that reads the dossier (kept apart from the
// document-making pipeline so that check, chase and score do not load the typesetting libraries).
import { builtinAliases, canonicalUnit, makeAliasTable } from '../catalog/aliases.js';
import type { Catalog } from '../catalog/types.js';
import { runCheck } from '../check/run-check.js';
import type { CheckResult } from '../check/types.js';
import { loadDossier, type LoadOptions } from '../dossier/load.js';
import { CACHE_FOLDER, ContentCache } from '../util/content-cache.js';
import type { Workspace } from '../workspace/config.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { openWorkspace, requireDossierDir, type WorkspaceOptions } from './open-workspace.js';
import { progressReporter } from './progress.js';
import { realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Options of `dossier check`. */
export interface CheckCommandOptions extends WorkspaceOptions {
  /** A dossier folder given on the command line, instead of the workspace's. */
  readonly dir?: string;
  readonly json?: boolean;
  readonly unit?: string;
  readonly task?: string;
}

/**
 * Loads the workspace and dossier and runs the check (shared by check, chase and build); `unit` is
 * --unit, validated and normalized. Commands that print no evidence bodies pass `trustStatus`
 * (see loadDossier): unchanged files are then not read at all.
 */
export async function checkWorkspace(io: Io, opts: CheckCommandOptions, load: LoadOptions = {}): Promise<{ ws: Workspace; catalog: Catalog; result: CheckResult; unit?: string }> {
  const opened = await openWorkspace(io, opts);
  const ws = opts.dir === undefined ? opened.ws : { ...opened.ws, dossiers: resolve(io.cwd, opts.dir) };
  const { catalog } = opened;
  const dir = requireDossierDir(io, ws);
  const aliases = makeAliasTable(await builtinAliases(new ContentCache(join(ws.output, CACHE_FOLDER))), ws.unitAliases);
  const progress = progressReporter(io, '正在读取佐证文件');
  // Files unchanged since the last run comes from the content cache in the output folder.
  const loaded = await loadDossier(dir, aliases, progress.tick, join(ws.output, CACHE_FOLDER, 'evidence.json'), load);
  progress.end();
  const result = await runCheck(catalog, loaded, { root: await realpath(dir), asOf: ws.asOf, extraUnits: ws.extraUnits });
  let unit: string | undefined;
  if (opts.unit !== undefined) {
    unit = canonicalUnit(opts.unit, aliases);
    if (!catalog.units.includes(unit) && !ws.extraUnits.includes(unit)) {
      throw new UsageError(`--unit 指定的单位“${opts.unit}”不在方案的单位名单中`, `可选的单位：${catalog.units.join('、')}`);
    }
  }
  return { ws, catalog, result, ...(unit === undefined ? {} : { unit }) };
}
