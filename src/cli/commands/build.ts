import { join } from 'node:path';
import { findFonts, FontError } from '../../render/fonts/find-fonts.js';
import type { FontRole } from '../../render/fonts/roles.js';
import { writeDocx } from '../../render/docx/write-docx.js';
import { imageReader } from '../../render/image-reader.js';
import { writeSheetsPdf } from '../../render/pdf/write-sheets-pdf.js';
import { writePdf } from '../../render/pdf/write-pdf.js';
import type { Catalog } from '../../catalog/types.js';
import type { CheckResult } from '../../check/types.js';
import { SCORE_INPUT_HINT, ScoreInputError, type WorkspaceScore } from '../../score/load-score.js';
import { sheetsToXlsx } from '../../sheet/to-xlsx.js';
import { buildReport, type BuiltReport } from '../../template/build-report.js';
import { evidenceIndexSheet } from '../../template/index-sheet.js';
import { TemplateError } from '../../template/render-template.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import type { Workspace } from '../../workspace/config.js';
import { buildDate } from '../build-date.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { shownPath, type WorkspaceOptions } from '../open-workspace.js';
import { statusLine } from '../progress.js';
import { checkWorkspace } from './check.js';

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
  const written = await writeReport(io, ws, built, opts.format);
  io.out(`已生成自评报告：\n${written.map((w) => `  ${w}\n`).join('')}`);
  return 0;
}

/** The report rendered to a document tree; a broken template is a usage error naming file and line. */
export async function renderReport(io: Io, catalog: Catalog, result: CheckResult, ws: Workspace, score?: WorkspaceScore): Promise<BuiltReport> {
  try {
    const built = await buildReport(catalog, result, ws, score);
    if (built.score.draft) {
      const l3 = built.score.items.filter((i) => i.level === 3);
      const unassessed = l3.filter((i) => i.status === 'unassessed').length;
      const unconfirmed = built.score.standardItems.filter((i) => !i.confirmed).length;
      io.err(`注意：评分标准中有 ${unconfirmed} 项未核实或空缺，${l3.length} 个三级项中 ${unassessed} 项还没有自评；生成的自评报告、请示和自评打分表标题带“（征求意见稿）”，不是定稿。用 dossier standard、dossier score 查看。\n`);
    }
    return built;
  } catch (err) {
    if (err instanceof TemplateError) throw new UsageError(err.message, '请按提示修改模板文件（或删掉工作区 templates/ 中的同名文件，改用自带模板）');
    if (err instanceof ScoreInputError) throw new UsageError(err.message, SCORE_INPUT_HINT);
    throw err;
  }
}

/** Writes the report files (DOCX, PDF, evidence index) atomically and returns what was written, for people. */
export async function writeReport(io: Io, ws: Workspace, built: BuiltReport, format?: 'docx' | 'pdf'): Promise<string[]> {
  for (const n of built.notes) io.err(`提示：报告 Markdown 第 ${n.line ?? '?'} 行：${n.message}\n`);
  const date = buildDate(io.env, ws.date);
  const written: string[] = [];
  const save = async (name: string, data: Uint8Array, what: string) => {
    const out = join(ws.output, name);
    await writeFileAtomic(out, data);
    written.push(`${what}：${shownPath(io.cwd, out)}`);
  };
  if (format !== 'pdf') {
    const docx = await writeDocx(built.doc, { readImage: imageReader(ws.dossiers), date });
    await save('自评报告.docx', docx.data, '自评报告（Word）');
    for (const n of docx.notes) io.err(`提示：${n}\n`);
  }
  if (format !== 'docx') {
    const fonts = loadFonts(ws);
    const step = statusLine(io);
    step('正在排版 PDF…');
    const pdf = await writePdf(built.doc, { fonts, readImage: imageReader(ws.dossiers), date, onPage: (n) => step(`正在生成 PDF（${n} 页）…`) });
    step('');
    await save('自评报告.pdf', pdf.data, `自评报告（PDF，${pdf.pages} 页）`);
    for (const n of pdf.notes) io.err(`提示：${n}\n`);
    const sheetPdf = await writeSheetsPdf(built.scoreSheets, { fonts, meta: { ...built.doc.meta, title: built.scoreSheets[0]?.title ?? '自评打分表' }, date });
    await save('自评打分表.pdf', sheetPdf.data, `自评打分表（PDF，${sheetPdf.pages} 页）`);
    const missing = [...new Set([...pdf.missing, ...sheetPdf.missing])].sort((a, b) => a - b);
    if (missing.length) {
      io.err(`警告：以下字符所有字体都没有，PDF 中会显示为方框：${missing.map((c) => String.fromCodePoint(c)).join(' ')}（用 dossier fonts 查看字体）\n`);
    }
  }
  if (format === undefined) {
    await save('自评打分表.xlsx', await sheetsToXlsx(built.scoreSheets, { date, creator: ws.district }), '自评打分表（Excel）');
    await save('佐证资料目录.xlsx', await sheetsToXlsx([evidenceIndexSheet(built.data, built.score)], { date, creator: ws.district }), '佐证资料目录（Excel）');
  }
  return written;
}

/** The fonts for the PDF, from the workspace's `fonts:` settings and the system. */
export function loadFonts(ws: Workspace) {
  const configured = (ws.report['fonts'] ?? {}) as Partial<Record<FontRole, string>>;
  try {
    return findFonts(configured);
  } catch (err) {
    if (err instanceof FontError) throw new UsageError(err.message);
    throw err;
  }
}
