import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  SCORE_INPUT_HINT,
  ScoreInputError,
  scoreWorkspace
} from "./chunk-KBNWZGVZ.js";
import {
  checkWorkspace
} from "./chunk-K5L2GE7U.js";
import "./chunk-5QSGCRMA.js";
import {
  shownPath
} from "./chunk-N2MZUJXH.js";
import {
  padEnd,
  truncate
} from "./chunk-3RLGQMEY.js";
import "./chunk-6ETYQEM3.js";
import {
  UsageError
} from "./chunk-B7VP7B3W.js";
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

// dist/cli/commands/score.js
async function scoreCommand(io, opts) {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  let score;
  try {
    score = await scoreWorkspace(ws, catalog, result);
  } catch (err) {
    if (err instanceof ScoreInputError)
      throw new UsageError(err.message, SCORE_INPUT_HINT);
    throw err;
  }
  if (opts.json) {
    const { standard, total, items, diagnostics } = score;
    io.out(JSON.stringify({ standard, total, items, diagnostics }, null, 2) + "\n");
    return 0;
  }
  io.out(scoreTable(score, shownPath(io.cwd, ws.standard), io.columns));
  return 0;
}
function scoreTable(s, standardFile, columns) {
  const out = [];
  const l3 = s.items.filter((i) => i.level === 3);
  const unassessed = l3.filter((i) => i.status === "unassessed");
  const unsupported = s.diagnostics.filter((d) => d.code === "item-unsupported");
  if (unassessed.length > 0) {
    out.push(`\u6CE8\u610F\uFF1A${l3.length} \u4E2A\u4E09\u7EA7\u9879\u4E2D\u8FD8\u6709 ${unassessed.length} \u9879\u6CA1\u6709\u81EA\u8BC4\uFF08${unassessed.slice(0, 15).map((i) => `\uFF08${i.id}\uFF09`).join("")}${unassessed.length > 15 ? "\u7B49" : ""}\uFF09\uFF0C\u4E0B\u9762\u7684\u5F97\u5206\u53EA\u662F\u5DF2\u81EA\u8BC4\u90E8\u5206\u7684\u5408\u8BA1\uFF0C\u4E0D\u662F\u6700\u7EC8\u5F97\u5206\u3002`, "");
  }
  out.push(`\u81EA\u8BC4\u5F97\u5206\uFF08\u6309 ${s.standard.name}\uFF0C${standardFile}\uFF09\uFF1A`, `${padEnd("\u4E00\u7EA7\u9879", 30)}${padEnd("\u5206\u503C", 8)}${padEnd("\u5F97\u5206", 8)}${padEnd("\u6263\u5206", 8)}\u72B6\u6001`);
  const statusText = (i) => i.status === "assessed" ? "\u5DF2\u81EA\u8BC4" : i.status === "not-applicable" ? "\u4E0D\u9002\u7528" : "\u672A\u81EA\u8BC4\u5B8C";
  const num = (n) => n === null ? "\u2014" : String(n);
  for (const i of s.items.filter((x) => x.level === 1))
    out.push(`${padEnd(truncate(`${i.id}\u3001${i.title ?? "\uFF08\u7F3A\uFF09"}`, 28), 30)}${padEnd(num(i.points), 8)}${padEnd(num(i.score), 8)}${padEnd(num(i.deducted), 8)}${statusText(i)}`);
  out.push("", `\u5DF2\u81EA\u8BC4\u7684\u4E09\u7EA7\u9879\u5408\u8BA1\uFF1A\u5206\u503C ${s.total.points}\uFF0C\u5F97\u5206 ${s.total.score}\uFF0C\u6263\u5206 ${s.total.deducted}\u3002`);
  const lost = l3.filter((i) => (i.deducted ?? 0) > 0);
  if (lost.length > 0) {
    out.push("", "\u6263\u5206\u7684\u4E09\u7EA7\u9879\uFF1A");
    for (const i of lost) {
      out.push(`  \uFF08${i.id}\uFF09${i.title} \u6263 ${i.deducted} \u5206`);
      for (const c of i.clauses.filter((x) => x.deducted > 0)) {
        const why = c.value !== null ? `\u5B9E\u6D4B ${c.value}` : c.count !== null ? `${c.count} \u5904` : "";
        out.push(`      \u7B2C ${c.no} \u6761 \u6263 ${c.deducted} \u5206\uFF08${why}\uFF09\uFF1A${truncate(c.text, Math.max(30, columns - 30))}`);
      }
    }
  }
  const na = l3.filter((i) => i.status === "not-applicable");
  if (na.length > 0)
    out.push("", `\u4E0D\u9002\u7528\uFF1A${na.map((i) => `\uFF08${i.id}\uFF09${i.title ?? ""}${i.reason ? `\u2014\u2014${i.reason}` : ""}`).join("\uFF1B")}`);
  if (unsupported.length > 0)
    out.push("", `\u6CA1\u6709\u4F50\u8BC1\u6750\u6599\u7684\u4E09\u7EA7\u9879 ${unsupported.length} \u9879\uFF1A${unsupported.slice(0, 20).map((d) => `\uFF08${d.item}\uFF09`).join("")}${unsupported.length > 20 ? "\u7B49" : ""}\uFF08\u5728 dossier.config.yaml \u7684 mapping \u4E2D\u5BF9\u5E94\u4EFB\u52A1\uFF0C\u6216\u5728\u4F50\u8BC1\u6587\u4EF6\u4E2D\u5199 items\uFF09`);
  return out.join("\n") + "\n";
}
export {
  scoreCommand,
  scoreTable
};
