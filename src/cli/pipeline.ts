// The pipeline the document commands share: render the report, make the documents once, write them, package them.
export { checkWorkspace, type CheckCommandOptions } from './check-workspace.js';
import type { Catalog } from '../catalog/types.js';
import { filesLeftOut } from '../check/left-out.js';
import type { CheckResult } from '../check/types.js';
import { buildDocuments, type Documents, type DocumentsWanted } from '../documents/build-documents.js';
import type { PackageResult } from '../package/build-package.js';
import { PACKAGE_NAME } from '../package/names.js';
import type { FontSet } from '../render/fonts/find-fonts.js';
import type { Format } from '../render/writers.js';
import { SCORE_INPUT_HINT, ScoreInputError, type WorkspaceScore } from '../score/load-score.js';
import { buildReport, type BuiltReport } from '../template/build-report.js';
import { submissionDefaults } from '../template/report-data.js';
import { TemplateError, templateSources } from '../template/render-template.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { CACHE_FOLDER, ContentCache } from '../util/content-cache.js';
import type { Workspace } from '../workspace/config.js';
import { buildDate } from './build-date.js';
import { environmentError, UsageError } from './errors.js';
import type { Io } from './io.js';
import { shownPath } from './open-workspace.js';
import { statusLine } from './progress.js';
import { join, relative, sep } from 'node:path';
/** The report rendered to a document tree; a broken template is a usage error naming file and line. */
export async function renderReport(io: Io, catalog: Catalog, result: CheckResult, ws: Workspace, score?: WorkspaceScore): Promise<BuiltReport> {
  try {
    const built = await buildReport(catalog, result, ws, score);
    if (built.score.draft) {
      const l3 = built.score.items.filter((i) => i.level === 3);
      const unassessed = l3.filter((i) => i.status === 'unassessed').length;
      const unconfirmed = built.score.standardItems.filter((i) => !i.confirmed).length;
      io.err(
        `注意：评分标准中有 ${unconfirmed} 项未核实或空缺，${l3.length} 个三级项中 ${unassessed} 项还没有自评；生成的自评报告、请示和自评打分表标题带“（征求意见稿）”，不是定稿。用 dossier standard、dossier score 查看。\n`,
      );
    }
    return built;
  } catch (err) {
    if (err instanceof TemplateError) throw new UsageError(err.message, '请按提示修改模板文件（或删掉工作区 templates/ 中的同名文件，改用自带模板）');
    if (err instanceof ScoreInputError) throw new UsageError(err.message, SCORE_INPUT_HINT);
    throw err;
  }
}

/** How many files left out of the report are named one by one before the rest are counted. */
const LEFT_OUT_LISTED = 10;

/** Makes the run's documents (each typeset once) with progress on the terminal, and tells people what the writers noted. */
export async function makeDocuments(io: Io, ws: Workspace, catalog: Catalog, result: CheckResult, built: BuiltReport, wanted: DocumentsWanted): Promise<Documents> {
  for (const n of built.notes) io.err(`提示：报告 Markdown 第 ${n.line ?? '?'} 行：${n.message}\n`);
  const defaults = submissionDefaults(ws, catalog, wanted.forPackage);
  const leftOut = filesLeftOut(result);
  const list = (files: string[]) =>
    `${files
      .slice(0, LEFT_OUT_LISTED)
      .map((f) => `  · ${f}\n`)
      .join('')}${files.length > LEFT_OUT_LISTED ? `  等 ${files.length} 个\n` : ''}`;
  if (leftOut.evidence.length > 0) {
    io.err(`注意：以下 ${leftOut.evidence.length} 个佐证文件有错误，没有写进报告，任务按没有这些材料统计（用 dossier check 查看错误和改法）：\n${list(leftOut.evidence)}`);
  }
  if (leftOut.parts.length > 0) io.err(`注意：以下 ${leftOut.parts.length} 个报告段落文件有错误，没有写进报告（用 dossier check 查看错误和改法）：\n${list(leftOut.parts)}`);
  if (defaults.length > 0) io.err(`注意：要报送的文件中以下内容用了默认值或空着，签发前请核对：\n${defaults.map((d) => `  · ${d}\n`).join('')}`);
  const step = statusLine(io);
  let fonts: Promise<FontSet> | undefined;
  const docs = await buildDocuments({ ws, catalog, result, report: built, templates: templateSources(ws), fonts: () => (fonts ??= loadFonts(ws)), date: buildDate(io.env, ws.date), step }, wanted);
  await (await fonts)?.save();
  step('');
  for (const n of docs.notes) io.err(`提示：${n}\n`);
  if (docs.missing.length) {
    io.err(`警告：以下字符所有字体都没有，PDF 中会显示为方框：${docs.missing.map((c) => String.fromCodePoint(c)).join(' ')}（用 dossier fonts 查看字体）\n`);
  }
  return docs;
}

/** Writes the report files (DOCX, PDF, score sheet, evidence index) atomically and returns what was written and where, for people. */
export async function writeReport(io: Io, ws: Workspace, docs: Documents, format?: Format): Promise<[what: string, path: string][]> {
  const written: [string, string][] = [];
  const save = async (name: string, data: Uint8Array, what: string) => {
    const out = join(ws.output, name);
    await writeFileAtomic(out, data);
    written.push([what, shownPath(io.cwd, out)]);
  };
  if (format !== 'pdf' && docs.report.docx) await save('自评报告.docx', docs.report.docx.data, '自评报告（Word）');
  if (format !== 'docx' && docs.report.pdf) {
    await save('自评报告.pdf', docs.report.pdf.data, `自评报告（PDF，${docs.report.pdf.pages} 页）`);
    if (docs.scoreSheet.pdf) await save('自评打分表.pdf', docs.scoreSheet.pdf.data, `自评打分表（PDF，${docs.scoreSheet.pdf.pages} 页）`);
  }
  // The workbooks, made when every format was wanted.
  if (docs.scoreSheet.xlsx) await save('自评打分表.xlsx', docs.scoreSheet.xlsx, '自评打分表（Excel）');
  if (docs.evidenceIndex) await save('佐证资料目录.xlsx', docs.evidenceIndex, '佐证资料目录（Excel）');
  return written;
}

/** The fonts for the PDF, from the workspace's `fonts:` settings and the system (the font library is loaded here, by the runs that typeset). */
export function loadFonts(ws: Workspace): Promise<FontSet> {
  let fonts = FONT_SETS.get(ws);
  if (!fonts) FONT_SETS.set(ws, (fonts = findWorkspaceFonts(ws)));
  return fonts;
}

/** The fonts found for each workspace in this process: `all` typesets its documents and its package with the same set. */
const FONT_SETS = new WeakMap<Workspace, Promise<FontSet>>();

/** Finds the workspace's fonts, with what earlier runs measured of them (output/.cache/font-tables.json); a FontError becomes a usage error in run(). */
async function findWorkspaceFonts(ws: Workspace): Promise<FontSet> {
  const { findFonts } = await import('../render/fonts/find-fonts.js');
  const { FontTables } = await import('../render/fonts/font-tables.js');
  return findFonts(ws.report.fonts ?? {}, FontTables.open(join(ws.output, CACHE_FOLDER, 'font-tables.json')));
}

/** Builds the package with progress on the terminal; shared with the main job. */
export async function makePackage(io: Io, ws: Workspace, catalog: Catalog, result: CheckResult, report: BuiltReport, documents: Documents): Promise<PackageResult> {
  const step = statusLine(io);
  const fonts = await loadFonts(ws);
  let r: PackageResult;
  try {
    // The package stage (merger, PDF reader, zip writer) is loaded by the runs that package only.
    const { buildPackage } = await import('../package/build-package.js');
    r = await buildPackage({ ws, catalog, result, report, documents, fonts, templates: templateSources(ws), date: buildDate(io.env, ws.date), step });
  } catch (err) {
    // Disk full, read-only or no permission: what happened and what to do, not a stack trace. The
    // package is replaced only when the new one is complete: a failure while writing leaves the old one whole.
    const e = err as NodeJS.ErrnoException & { dest?: unknown };
    if (err instanceof Error && typeof e.code === 'string') {
      // A copy that fills the disk names its source first: the destination is where it failed. A
      // write names no file at all: it was in the output folder.
      if (typeof e.dest === 'string' && ['ENOSPC', 'EDQUOT', 'EROFS'].includes(e.code)) e.path = e.dest;
      else if (typeof e.path !== 'string') e.path = ws.output;
    }
    // The package's temporary files and folders are named by the output folder.
    const temporary = (p: string) => relative(ws.output, p).split(sep)[0]!.startsWith(`.${PACKAGE_NAME}`);
    const usage = environmentError(err, (p) => shownPath(io.cwd, temporary(p) ? ws.output : p));
    if (!usage) throw err;
    step('');
    const untouched = (err as { packageUntouched?: boolean }).packageUntouched ? `；${shownPath(io.cwd, ws.output)}/ 中原有的材料包（如有）未被改动` : '';
    throw new UsageError(`没能生成复核申请材料，${usage.message}${untouched}`, usage.hint);
  }
  await fonts.save();
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
    `  指纹：${r.fingerprint}（清单 manifest.json 的 SHA-256，另存于 ${shownPath(io.cwd, r.fingerprintFile)}；请与材料包分开交给收件方）`,
    `  核对：dossier verify ${shownPath(io.cwd, r.zip)} --fingerprint ${r.fingerprint}`,
  ];
}

/**
 * At the end of a command that made documents (build, all, package): the shared content cache's
 * entries no run has used for two weeks are deleted, then the least recently used beyond its size
 * limit (font subsets of older texts, results of older versions of the tool). What this run used
 * was touched or made just now, so it is the last to go.
 */
export function pruneCache(ws: Workspace): void {
  new ContentCache(join(ws.output, CACHE_FOLDER)).pruneStale();
}
