import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../catalog/types.js';
import type { CheckResult } from '../check/types.js';
import { CACHE_FOLDER, ContentCache } from '../util/content-cache.js';
import { loadStandardFile } from '../standard/standard-file.js';
import type { Standard } from '../standard/types.js';
import type { Workspace } from '../workspace/config.js';
import { scoreByStandard, type StandardScore } from './score-standard.js';
import { loadSelfAssessment } from './load-self-assessment.js';
import { SELF_ASSESSMENT_FILE, SelfAssessmentError } from './self-assessment.js';

/** A workspace's score with the standard it was made by. */
export interface WorkspaceScore extends StandardScore {
  readonly standardItems: Standard['items'];
  /** True while the standard has unconfirmed items or the office has not assessed every item: documents are drafts. */
  readonly draft: boolean;
}

/** The line of each top-level 三级项 key of 自评.yaml (`4:`, `"(4)":`), found in its text; none when it cannot be read. */
function itemLines(file: string): Map<string, number> {
  const out = new Map<string, number>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return out;
  }
  text.split(/\r\n?|\n/).forEach((line, i) => {
    const key = /^(["']?)([（(]?\s*\d+\s*[)）]?)\1\s*:/.exec(line)?.[2];
    const id = key?.replace(/[（()）\s]/g, '');
    if (id !== undefined && !out.has(id)) out.set(id, i + 1);
  });
  return out;
}

/** A standard or self-assessment file the office must fix; the message says which and what. */
export class ScoreInputError extends Error {}

/** What to do about a ScoreInputError, for every command that meets one. */
export const SCORE_INPUT_HINT = '请改正评分标准文件或 自评.yaml（写法见 README 的“dossier score”一节）';

/** Loads the workspace's standard and 自评.yaml and scores the checked dossier by them (bad files throw ScoreInputError). */
export async function scoreWorkspace(ws: Workspace, catalog: Catalog, result: CheckResult): Promise<WorkspaceScore> {
  let standard: Standard;
  let assessment: Awaited<ReturnType<typeof loadSelfAssessment>>;
  try {
    const cache = new ContentCache(join(ws.output, CACHE_FOLDER));
    standard = await loadStandardFile(ws.standard, cache);
    assessment = await loadSelfAssessment(join(ws.root, SELF_ASSESSMENT_FILE), cache);
  } catch (err) {
    throw new ScoreInputError((err as Error).message);
  }
  const unknown = [...assessment.keys()].filter((id) => !standard.items.some((i) => i.level === 3 && i.id === id));
  if (unknown.length > 0) {
    const at = itemLines(join(ws.root, SELF_ASSESSMENT_FILE));
    const named = unknown.map((id) => (at.has(id) ? `${id}（第 ${at.get(id)} 行）` : id)).join('、');
    throw new ScoreInputError(`${SELF_ASSESSMENT_FILE} 中的三级项 ${named}${named.endsWith('）') ? '' : ' '}不在评分标准中：请删掉这几项，或核对评分标准是否导入完整（dossier standard 查看）`);
  }
  let score: ReturnType<typeof scoreByStandard>;
  try {
    score = scoreByStandard({ standard, assessment, catalog, result, mapping: ws.mapping ?? {} });
  } catch (err) {
    if (err instanceof SelfAssessmentError) throw new ScoreInputError(err.message);
    throw err;
  }
  const draft = standard.items.some((i) => !i.confirmed) || score.items.some((i) => i.level === 3 && i.status === 'unassessed');
  return { ...score, standardItems: standard.items, draft };
}
