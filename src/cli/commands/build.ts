import type { Io } from '../io.js';
import { type WorkspaceOptions } from '../open-workspace.js';
import { checkWorkspace, makeDocuments, pruneCache, renderReport, writeReport } from '../pipeline.js';

/** Options of `dossier build`. */
export interface BuildOptions extends WorkspaceOptions {
  readonly format?: 'docx' | 'pdf';
  readonly to?: 'model' | 'markdown';
}

/** `dossier build`: the self-evaluation report as DOCX and PDF, or its markdown or document tree. */
export async function buildCommand(io: Io, opts: BuildOptions): Promise<number> {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  const built = await renderReport(io, catalog, result, ws);
  if (opts.to === 'markdown') {
    io.out(built.markdown);
    return 0;
  }
  if (opts.to === 'model') {
    io.out(JSON.stringify(built.doc, null, 1) + '\n');
    return 0;
  }
  const docs = await makeDocuments(io, ws, catalog, result, built, { formats: opts.format ? [opts.format] : ['docx', 'pdf'], workbooks: !opts.format, forPackage: false });
  const written = await writeReport(io, ws, docs, opts.format);
  pruneCache(ws);
  io.out(`已生成自评报告：\n${written.map(([what, path]) => `  ${what}：${path}\n`).join('')}`);
  return 0;
}
