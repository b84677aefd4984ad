import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeDocuments,
  makePackage,
  packageSummary,
  renderReport,
  writeReport
} from "./chunk-3U4DM5T5.js";
import "./chunk-FRRZG3D5.js";
import {
  checkJson,
  formatCheckReport,
  formatFindingSummary,
  formatProgressTable,
  withItemFindings
} from "./chunk-KOD4NYGJ.js";
import "./chunk-KBNWZGVZ.js";
import {
  chaseList,
  chaseMarkdown,
  chaseSheets
} from "./chunk-6DNJQOOO.js";
import {
  buildDate
} from "./chunk-GLOM3DNJ.js";
import {
  sheetsToXlsx
} from "./chunk-D74GHX5M.js";
import {
  checkWorkspace
} from "./chunk-K5L2GE7U.js";
import "./chunk-5QSGCRMA.js";
import {
  shownPath
} from "./chunk-N2MZUJXH.js";
import "./chunk-3RLGQMEY.js";
import {
  writeFileAtomic
} from "./chunk-6ETYQEM3.js";
import "./chunk-B7VP7B3W.js";
import "./chunk-TCT7KR6Z.js";
import "./chunk-3HACCFZB.js";
import "./chunk-WGPIWLQI.js";
import "./chunk-7HHMQBN3.js";
import "./chunk-F7I2VFIZ.js";
import "./chunk-2HW5O56K.js";
import "./chunk-NPVESCYQ.js";
import "./chunk-4R3GCGMY.js";
import "./chunk-PR56ENLD.js";
import "./chunk-VEKVPWRX.js";
import "./chunk-27L5U2YK.js";
import "./chunk-Q53BT4TQ.js";
import "./chunk-AMLCVTRC.js";
import "./chunk-AZACBMGK.js";
import "./chunk-2A7A4PYV.js";
import "./chunk-CB5SUWAA.js";

// dist/cli/commands/all.js
import { join } from "node:path";
async function allCommand(io, opts) {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  const date = buildDate(io.env, ws.date);
  const written = [];
  const write = async (name, what, data) => {
    const path = join(ws.output, name);
    await writeFileAtomic(path, data);
    written.push([what, shownPath(io.cwd, path)]);
  };
  const dossiers = shownPath(io.cwd, ws.dossiers);
  const { result: full, score } = await withItemFindings(io, ws, catalog, result);
  await write("\u68C0\u67E5\u62A5\u544A.txt", "\u68C0\u67E5\u62A5\u544A\uFF08\u5168\u90E8\u95EE\u9898\uFF09", formatCheckReport(catalog, full, { dossiers, columns: 200 }));
  await write("\u68C0\u67E5\u7ED3\u679C.json", "\u68C0\u67E5\u7ED3\u679C\uFF08JSON\uFF09", JSON.stringify(checkJson(full), null, 2) + "\n");
  const chase = chaseList(catalog, result);
  await write("\u50AC\u529E\u6E05\u5355.xlsx", "\u50AC\u529E\u6E05\u5355\uFF08Excel\uFF0C\u6BCF\u4E2A\u5355\u4F4D\u4E00\u5F20\u8868\uFF09", await sheetsToXlsx(chaseSheets(chase, ws.district), { date, creator: ws.district }));
  await write("\u50AC\u529E\u6E05\u5355.md", "\u50AC\u529E\u6E05\u5355\uFF08Markdown\uFF09", chaseMarkdown(chase, ws.district));
  const report = await renderReport(io, catalog, result, ws, score);
  const docs = await makeDocuments(io, ws, catalog, result, report, { formats: ["docx", "pdf"], forPackage: true });
  written.push(...await writeReport(io, ws, docs));
  const s = result.summary;
  const lines = [
    `${ws.district}\u521B\u5EFA\u5DE5\u4F5C\u4F50\u8BC1\u8D44\u6599\u68C0\u67E5\uFF08\u622A\u81F3 ${result.asOf}\uFF09\uFF1A${dossiers}/ \u4E0B\u5171 ${result.files} \u4E2A\u4F50\u8BC1\u6587\u4EF6`,
    "",
    ...formatProgressTable(catalog, result),
    "",
    `\u5171 ${s.tasks} \u9879\u4EFB\u52A1\uFF1A\u5DF2\u5B8C\u6210 ${s.complete}\uFF0C\u63A8\u8FDB\u4E2D ${s.inProgress}\uFF0C\u672A\u62A5\u9001 ${s.missing}\uFF0C\u903E\u671F ${s.overdue}\u3002`
  ];
  const findings = formatFindingSummary(full);
  if (findings.length)
    lines.push("", "\u9700\u8981\u5904\u7406\u7684\u95EE\u9898\uFF1A", ...findings);
  const pkg = await makePackage(io, ws, catalog, result, report, docs);
  lines.push("", "\u5DF2\u751F\u6210\uFF1A", ...written.map(([what, path]) => `  ${what}\uFF1A${path}`), ...packageSummary(io, pkg).map((l) => `  ${l}`), "");
  io.out(lines.join("\n"));
  return 0;
}
export {
  allCommand
};
