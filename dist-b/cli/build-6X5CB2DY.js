import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeDocuments,
  renderReport,
  writeReport
} from "./chunk-3U4DM5T5.js";
import "./chunk-FRRZG3D5.js";
import "./chunk-KBNWZGVZ.js";
import "./chunk-GLOM3DNJ.js";
import "./chunk-D74GHX5M.js";
import {
  checkWorkspace
} from "./chunk-K5L2GE7U.js";
import "./chunk-5QSGCRMA.js";
import "./chunk-N2MZUJXH.js";
import "./chunk-3RLGQMEY.js";
import "./chunk-6ETYQEM3.js";
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

// dist/cli/commands/build.js
async function buildCommand(io, opts) {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  const built = await renderReport(io, catalog, result, ws);
  if (opts.to === "markdown") {
    io.out(built.markdown);
    return 0;
  }
  if (opts.to === "model") {
    io.out(JSON.stringify(built.doc, null, 1) + "\n");
    return 0;
  }
  const docs = await makeDocuments(io, ws, catalog, result, built, { formats: opts.format ? [opts.format] : ["docx", "pdf"], forPackage: false });
  const written = await writeReport(io, ws, docs, opts.format);
  io.out(`\u5DF2\u751F\u6210\u81EA\u8BC4\u62A5\u544A\uFF1A
${written.map(([what, path]) => `  ${what}\uFF1A${path}
`).join("")}`);
  return 0;
}
export {
  buildCommand
};
