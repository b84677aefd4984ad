import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../catalog/types.js';
import type { CheckResult } from '../check/types.js';
import { loadNarratives } from '../dossier/narratives.js';
import { markdownToDoc, type ModelNote } from '../model/from-markdown.js';
import type { Doc } from '../model/types.js';
import { scoreWorkspace, type WorkspaceScore } from '../score/load-score.js';
import { standardScoreSheets } from '../score/standard-sheets.js';
import type { Sheet } from '../sheet/types.js';
import type { Workspace } from '../workspace/config.js';
import { CACHE_FOLDER } from '../util/content-cache.js';
import { Memo } from '../util/memo.js';
import { renderTemplate, templateSources } from './render-template.js';
import { reportData, reportSettings, type ReportData } from './report-data.js';

/** Narrative parts every report has; a workspace that lacks one gets an empty text. */
const NARRATIVES = ['基本情况', '特色亮点', '存在问题', '下一步工作'];

/** The rendered report: its markdown, its document tree and what the tree could not hold. */
export interface BuiltReport {
  readonly data: ReportData;
  readonly score: WorkspaceScore;
  /** The 自评打分表 as sheets (one row per clause). */
  readonly scoreSheets: readonly Sheet[];
  readonly markdown: string;
  readonly doc: Doc;
  readonly notes: readonly ModelNote[];
}

/** Renders the self-evaluation report of a checked workspace: score → template → markdown → document tree. */
export async function buildReport(catalog: Catalog, result: CheckResult, ws: Workspace, scored?: WorkspaceScore): Promise<BuiltReport> {
  const narratives: Record<string, string> = Object.fromEntries(NARRATIVES.map((n) => [n, '']));
  Object.assign(narratives, await loadNarratives(ws.dossiers));
  // A caller that already scored the same check (the main job) hands its score on.
  const score = scored ?? (await scoreWorkspace(ws, catalog, result));
  const sizeOf = (src: string) => {
    try {
      return statSync(join(ws.dossiers, src)).size;
    } catch {
      return undefined;
    }
  };
  const data = reportData(catalog, result, ws, narratives, score, sizeOf);
  // The evidence bodies and the report's parts met in an earlier run are not read again.
  const memo = Memo.open(join(ws.output, CACHE_FOLDER, 'report-memo.json'));
  const markdown = await renderTemplate(templateSources(ws), 'report.md.hbs', data, memo);
  const settings = reportSettings(ws);
  const { doc, notes } = markdownToDoc(
    markdown,
    {
      title: settings.title,
      author: settings.issuer,
      subject: `${ws.district}国家安全发展示范城市创建工作自评报告`,
      date: settings.date,
      lang: 'zh-CN',
    },
    memo,
  );
  await memo.save();
  return { data, score, scoreSheets: standardScoreSheets(score, catalog, result, ws.district), markdown, doc, notes };
}
