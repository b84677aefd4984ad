import type { Io } from '../io.js';
import { type WorkspaceOptions } from '../open-workspace.js';
import { checkWorkspace, makeDocuments, makePackage, packageSummary, pruneCache, renderReport } from '../pipeline.js';

/** `dossier package`: the review-submission package folder, its merged PDF, manifest and zip. */
export async function packageCommand(io: Io, opts: WorkspaceOptions): Promise<number> {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  const report = await renderReport(io, catalog, result, ws);
  const docs = await makeDocuments(io, ws, catalog, result, report, { formats: ['docx', 'pdf'], workbooks: true, forPackage: true });
  const r = await makePackage(io, ws, catalog, result, report, docs);
  pruneCache(ws);
  io.out(packageSummary(io, r).join('\n') + '\n');
  return 0;
}
