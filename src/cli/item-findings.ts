import type { Catalog } from '../catalog/types.js';
import { summarize } from '../check/run-check.js';
import type { CheckResult } from '../check/types.js';
import { scoreWorkspace, ScoreInputError, type WorkspaceScore } from '../score/load-score.js';
import type { Workspace } from '../workspace/config.js';
import type { Io } from './io.js';

/**
 * The check with the standard's findings added (`item-unassessed`, `item-unsupported`), as the
 * check contract lists them, and the score they come from; a broken standard or 自评.yaml is said
 * on stderr and leaves the check as it was.
 */
export async function withItemFindings(io: Io, ws: Workspace, catalog: Catalog, result: CheckResult): Promise<{ result: CheckResult; score?: WorkspaceScore }> {
  try {
    const score = await scoreWorkspace(ws, catalog, result);
    const diagnostics = [...result.diagnostics, ...score.diagnostics];
    return { result: { ...result, diagnostics, summary: summarize(result.tasks, diagnostics) }, score };
  } catch (err) {
    if (!(err instanceof ScoreInputError)) throw err;
    io.err(`警告：无法按评分标准核对三级项：${err.message}（用 dossier score 查看）\n`);
    return { result };
  }
}
