import { join } from 'node:path';
import { buildPackage, type PackageResult } from '../../package/build-package.js';
import type { BuiltReport } from '../../template/build-report.js';
import type { Documents } from '../../documents/build-documents.js';
import { templateSources } from '../../template/render-template.js';
import type { Catalog } from '../../catalog/types.js';
import type { CheckResult } from '../../check/types.js';
import type { Workspace } from '../../workspace/config.js';
import { buildDate } from '../build-date.js';
import type { Io } from '../io.js';
import { shownPath, type WorkspaceOptions } from '../open-workspace.js';
import { statusLine } from '../progress.js';
import { loadFonts, makeDocuments, renderReport } from './build.js';
import { checkWorkspace } from './check.js';

/** `dossier package`: the review-submission package folder, its merged PDF, manifest and zip. */
export async function packageCommand(io: Io, opts: WorkspaceOptions): Promise<number> {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  const report = await renderReport(io, catalog, result, ws);
  const docs = await makeDocuments(io, ws, catalog, result, report, { formats: ['docx', 'pdf'], forPackage: true });
  const r = await makePackage(io, ws, catalog, result, report, docs);
  io.out(packageSummary(io, r).join('\n') + '\n');
  return 0;
}

/** Builds the package with progress on the terminal; shared with the main job. */
export async function makePackage(io: Io, ws: Workspace, catalog: Catalog, result: CheckResult, report: BuiltReport, documents: Documents): Promise<PackageResult> {
  const step = statusLine(io);
  const r = await buildPackage({
    ws,
    catalog,
    result,
    report,
    documents,
    fonts: loadFonts(ws),
    templates: templateSources(ws),
    date: buildDate(io.env, ws.date),
    step,
  });
  step('');
  for (const n of r.notes) io.err(`提示：${n}\n`);
  return r;
}

/** Lines telling people what the package holds and where it is. */
export function packageSummary(io: Io, r: PackageResult): string[] {
  return [
    `复核申请材料：${shownPath(io.cwd, r.folder)}/（${r.files} 个文件，其中佐证资料附件 ${r.attachments} 个）`,
    `  复核材料汇编：${shownPath(io.cwd, join(r.folder, '复核材料汇编.pdf'))}（${r.mergedPages} 页，带书签）`,
    `  压缩包：${shownPath(io.cwd, r.zip)}（${(r.zipBytes / 1024 / 1024).toFixed(1)} MB）`,
    `  核对：dossier verify ${shownPath(io.cwd, r.zip)}`,
  ];
}
