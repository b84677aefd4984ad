import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ScoreInputError,
  scoreWorkspace
} from "./chunk-KBNWZGVZ.js";
import {
  summarize
} from "./chunk-K5L2GE7U.js";
import {
  padEnd
} from "./chunk-3RLGQMEY.js";
import {
  chineseNumber
} from "./chunk-F7I2VFIZ.js";

// dist/check/to-json.js
function checkJson(result) {
  return {
    version: 1,
    asOf: result.asOf,
    summary: result.summary,
    tasks: result.tasks.map((t) => ({
      id: t.id,
      no: t.no,
      status: t.status,
      overdue: t.overdue,
      evidence: t.evidence.map((e) => ({ file: e.file, unit: e.unit, title: e.title, status: e.status })),
      unitsMissing: t.unitsMissing,
      metrics: t.metrics.map((m) => m.target === void 0 ? { name: m.name, value: m.value } : { name: m.name, value: m.value, target: m.target, met: m.met })
    })),
    diagnostics: result.diagnostics
  };
}

// dist/cli/format-check.js
var SEVERITY = { error: "\u9519\u8BEF", warning: "\u8B66\u544A", info: "\u63D0\u793A" };
function formatCheckReport(catalog, result, opts) {
  const out = [];
  const scope = opts.scope ? `\uFF0C\u53EA\u770B${opts.scope}` : "";
  out.push(`\u4F50\u8BC1\u8D44\u6599\u68C0\u67E5\uFF08\u622A\u81F3 ${result.asOf}${scope}\uFF09\uFF1A${opts.dossiers}/ \u4E0B\u5171 ${result.files} \u4E2A\u4F50\u8BC1\u6587\u4EF6`);
  let file;
  const line = (d, lead) => {
    out.push(`${lead}${SEVERITY[d.severity]}  ${d.message}  [${d.code}]`);
    if (d.hint)
      out.push(`${" ".repeat(lead.length + 4)}\u2192 ${d.hint}`);
  };
  for (const d of result.diagnostics.filter((x) => x.file !== void 0)) {
    if (d.file !== file) {
      file = d.file;
      out.push("", `${opts.dossiers}/${file}`);
    }
    line(d, `  ${padEnd(d.line === void 0 ? "" : `\u7B2C${d.line}\u884C`, 9)}`);
  }
  const taskWide = result.diagnostics.filter((x) => x.file === void 0 && x.item === void 0);
  if (taskWide.length > 0) {
    out.push("", "\u6309\u4EFB\u52A1\uFF1A");
    for (const d of taskWide)
      line(d, `  ${padEnd(`\u4EFB\u52A1 ${d.task ?? ""}`, 9)}`);
  }
  const items = result.diagnostics.filter((x) => x.file === void 0 && x.item !== void 0);
  if (items.length > 0) {
    out.push("", "\u6309\u8BC4\u4EF7\u7EC6\u5219\u4E09\u7EA7\u9879\uFF1A");
    for (const d of items)
      line(d, `  ${padEnd(`\uFF08${d.item}\uFF09`, 9)}`);
  }
  out.push("", ...formatProgressTable(catalog, result));
  const infos = result.diagnostics.filter((d) => d.severity === "info").length;
  const s = result.summary;
  out.push("", `\u5171 ${s.tasks} \u9879\u4EFB\u52A1\uFF1A\u5DF2\u5B8C\u6210 ${s.complete}\uFF0C\u63A8\u8FDB\u4E2D ${s.inProgress}\uFF0C\u672A\u62A5\u9001 ${s.missing}\uFF0C\u903E\u671F ${s.overdue}\u3002\u53D1\u73B0\u9519\u8BEF ${s.errors} \u5904\uFF0C\u8B66\u544A ${s.warnings} \u5904\uFF0C\u63D0\u793A ${infos} \u5904\u3002`);
  if (s.errors === 0)
    out.push("\u6CA1\u6709\u9519\u8BEF\u3002");
  return out.join("\n") + "\n";
}
function formatProgressTable(catalog, result) {
  const out = ["\u8FDB\u5EA6\uFF08\u6309\u5206\u8282\uFF09\uFF1A"];
  const head = [padEnd("\u5206\u8282", 34), padEnd("\u4EFB\u52A1", 6), padEnd("\u5DF2\u5B8C\u6210", 8), padEnd("\u63A8\u8FDB\u4E2D", 8), padEnd("\u672A\u62A5\u9001", 8), "\u903E\u671F"].join("");
  out.push(head);
  const row = (title, nos) => {
    const ts = result.tasks.filter((t) => nos.has(t.no));
    if (ts.length === 0)
      return;
    const c = (s) => ts.filter((t) => t.status === s).length;
    out.push([
      padEnd(title, 34),
      padEnd(String(ts.length), 6),
      padEnd(String(c("complete")), 8),
      padEnd(String(c("in-progress")), 8),
      padEnd(String(c("missing")), 8),
      String(ts.filter((t) => t.overdue).length)
    ].join(""));
  };
  for (const s of catalog.sections)
    row(`${chineseNumber(s.no)}\u3001${s.title}`, new Set(catalog.tasks.filter((t) => t.section === s.no).map((t) => t.no)));
  row("\u5408\u8BA1", new Set(result.tasks.map((t) => t.no)));
  return out;
}
var CODE_TITLES = {
  "task-missing": "\u4EFB\u52A1\u6CA1\u6709\u4F50\u8BC1\u6750\u6599",
  "unit-missing": "\u8D23\u4EFB\u5355\u4F4D\u672A\u62A5\u9001",
  overdue: "\u903E\u671F\u672A\u5B8C\u6210",
  "metric-below-target": "\u6307\u6807\u672A\u8FBE\u5230\u76EE\u6807",
  "metric-unreported": "\u76EE\u6807\u672A\u62A5\u544A\u5B9E\u9645\u6570\u503C",
  "unknown-unit": "\u5355\u4F4D\u540D\u79F0\u4E0D\u5728\u65B9\u6848\u4E2D",
  "unknown-task": "\u4EFB\u52A1\u5E8F\u53F7\u4E0D\u5B58\u5728",
  "unit-not-responsible": "\u5355\u4F4D\u4E0D\u662F\u8BE5\u4EFB\u52A1\u7684\u8D23\u4EFB\u5355\u4F4D",
  "attachment-missing": "\u9644\u4EF6\u4E0D\u5B58\u5728",
  "attachment-outside": "\u9644\u4EF6\u5728\u4F50\u8BC1\u6587\u4EF6\u5939\u4EE5\u5916",
  "frontmatter-syntax": "\u5C5E\u6027\u533A\u683C\u5F0F\u9519\u8BEF",
  "frontmatter-schema": "\u5B57\u6BB5\u7F3A\u5931\u6216\u4E0D\u5408\u89C4",
  encoding: "\u6587\u4EF6\u7F16\u7801\u95EE\u9898",
  unreadable: "\u6587\u4EF6\u65E0\u6CD5\u8BFB\u53D6",
  "file-outside": "\u6587\u4EF6\u94FE\u63A5\u5230\u4F50\u8BC1\u6587\u4EF6\u5939\u4EE5\u5916",
  "duplicate-evidence": "\u53EF\u80FD\u91CD\u590D\u62A5\u9001",
  "frontmatter-lenient": "\u5199\u6CD5\u4E0D\u89C4\u8303\uFF08\u5DF2\u7167\u5E38\u8BFB\u53D6\uFF09",
  "stray-file": "\u6587\u4EF6\u5939\u4E2D\u6709\u672A\u88AB\u8BFB\u53D6\u7684\u6587\u4EF6",
  "evidence-placeholder": "\u6750\u6599\u6B63\u6587\u672A\u586B\u5199",
  "item-unassessed": "\u8BC4\u4EF7\u7EC6\u5219\u4E09\u7EA7\u9879\u672A\u81EA\u8BC4",
  "item-unsupported": "\u8BC4\u4EF7\u7EC6\u5219\u4E09\u7EA7\u9879\u6CA1\u6709\u4F50\u8BC1\u6750\u6599"
};
function formatFindingSummary(result) {
  const groups = /* @__PURE__ */ new Map();
  for (const d of result.diagnostics) {
    const g = groups.get(d.code) ?? { severity: d.severity, tasks: /* @__PURE__ */ new Set(), items: [], count: 0 };
    g.count++;
    if (d.task !== void 0)
      g.tasks.add(d.task);
    if (d.item !== void 0)
      g.items.push(`\uFF08${d.item}\uFF09`);
    groups.set(d.code, g);
  }
  const out = [];
  const rank = { error: 0, warning: 1, info: 2 };
  const ordered = [...groups].sort((a, b) => rank[a[1].severity] - rank[b[1].severity] || b[1].count - a[1].count);
  for (const [code, g] of ordered) {
    const tasks = [...g.tasks].sort((a, b) => typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "en", { numeric: true }));
    const shown = tasks.length ? `\uFF1A\u4EFB\u52A1 ${tasks.slice(0, 12).join("\u3001")}${tasks.length > 12 ? " \u7B49" : ""}` : g.items.length ? `\uFF1A\u4E09\u7EA7\u9879 ${g.items.slice(0, 12).join("")}${g.items.length > 12 ? " \u7B49" : ""}` : "";
    out.push(`  ${SEVERITY[g.severity]}  ${CODE_TITLES[code] ?? code} ${g.count} \u5904${shown}  [${code}]`);
  }
  return out;
}

// dist/cli/item-findings.js
async function withItemFindings(io, ws, catalog, result) {
  try {
    const score = await scoreWorkspace(ws, catalog, result);
    const diagnostics = [...result.diagnostics, ...score.diagnostics];
    return { result: { ...result, diagnostics, summary: summarize(result.tasks, diagnostics) }, score };
  } catch (err) {
    if (!(err instanceof ScoreInputError))
      throw err;
    io.err(`\u8B66\u544A\uFF1A\u65E0\u6CD5\u6309\u8BC4\u5206\u6807\u51C6\u6838\u5BF9\u4E09\u7EA7\u9879\uFF1A${err.message}\uFF08\u7528 dossier score \u67E5\u770B\uFF09
`);
    return { result };
  }
}

export {
  checkJson,
  formatCheckReport,
  formatProgressTable,
  formatFindingSummary,
  withItemFindings
};
