import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeDocuments,
  makePackage,
  packageSummary,
  renderReport
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

// dist/cli/commands/package.js
async function packageCommand(io, opts) {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  const report = await renderReport(io, catalog, result, ws);
  const docs = await makeDocuments(io, ws, catalog, result, report, { formats: ["docx", "pdf"], forPackage: true });
  const r = await makePackage(io, ws, catalog, result, report, docs);
  io.out(packageSummary(io, r).join("\n") + "\n");
  return 0;
}
export {
  packageCommand
};
