import { join } from 'node:path';
import { chaseList } from '../../check/chase.js';
import { chaseMarkdown, chaseSheets } from '../../check/chase-format.js';
import { checkJson } from '../../check/to-json.js';
import { sheetsToXlsx } from '../../sheet/to-xlsx.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { buildDate } from '../build-date.js';
import { UsageError } from '../errors.js';
import { formatCheckReport, formatFindingSummary, formatProgressTable } from '../format-check.js';
import type { Io } from '../io.js';
import { shownPath, type WorkspaceOptions } from '../open-workspace.js';
import { withItemFindings } from '../item-findings.js';
import { checkWorkspace, makeDocuments, makePackage, packageSummary, pruneCache, renderReport, writeReport } from '../pipeline.js';

/**
 * `dossier all`, the main job: checks the workspace, writes the full check report, the chase list,
 * the self-evaluation report (DOCX, PDF) and the evidence index, and prints a short summary with
 * where each output is.
 */
export async function allCommand(io: Io, opts: WorkspaceOptions): Promise<number> {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  const date = buildDate(io.env, ws.date);
  const written: [string, string][] = [];
  const write = async (name: string, what: string, data: string | Uint8Array) => {
    const path = join(ws.output, name);
    await writeFileAtomic(path, data);
    written.push([what, shownPath(io.cwd, path)]);
  };
  const dossiers = shownPath(io.cwd, ws.dossiers);
  // The check as `dossier check` gives it, with the standard's findings on its items.
  const { result: full, score } = await withItemFindings(io, ws, catalog, result);
  await write('检查报告.txt', '检查报告（全部问题）', formatCheckReport(catalog, full, { dossiers, columns: 200 }));
  await write('检查结果.json', '检查结果（JSON）', JSON.stringify(checkJson(full), null, 2) + '\n');
  const chase = chaseList(catalog, result);
  await write('催办清单.xlsx', '催办清单（Excel，每个单位一张表）', await sheetsToXlsx(chaseSheets(chase, ws.district), { date, creator: ws.district }));
  await write('催办清单.md', '催办清单（Markdown）', chaseMarkdown(chase, ws.district));
  // A report that cannot be made (a faulty 自评.yaml or template) stops the run: first say what was written, so that the check and the chase list are not taken for lost.
  const toldWritten = (err: unknown) => {
    if (err instanceof UsageError) io.err(`已生成：\n${written.map(([what, path]) => `  ${what}：${path}\n`).join('')}自评报告和复核申请材料没有生成，原因如下。\n`);
    throw err;
  };
  const report = await renderReport(io, catalog, result, ws, score).catch(toldWritten);
  // Every document is made once: output/ and the package get the same bytes.
  const docs = await makeDocuments(io, ws, catalog, result, report, { formats: ['docx', 'pdf'], workbooks: true, forPackage: true }).catch(toldWritten);
  written.push(...(await writeReport(io, ws, docs)));

  const s = result.summary;
  const lines = [
    `${ws.district}创建工作佐证资料检查（截至 ${result.asOf}）：${dossiers}/ 下共 ${result.files} 个佐证文件`,
    '',
    ...formatProgressTable(catalog, result),
    '',
    `共 ${s.tasks} 项任务：已完成 ${s.complete}，推进中 ${s.inProgress}，未报送 ${s.missing}，逾期 ${s.overdue}。`,
  ];
  const findings = formatFindingSummary(full);
  if (findings.length) lines.push('', '需要处理的问题：', ...findings);
  const pkg = await makePackage(io, ws, catalog, result, report, docs);
  pruneCache(ws);
  lines.push('', '已生成：', ...written.map(([what, path]) => `  ${what}：${path}`), ...packageSummary(io, pkg).map((l) => `  ${l}`), '');
  io.out(lines.join('\n'));
  return 0;
}
