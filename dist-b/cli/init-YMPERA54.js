import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  BUNDLED_PLAN,
  CONFIG_FILE,
  PLAN_EXTENSIONS,
  formatPlanIssues,
  loadPlan,
  shownPath
} from "./chunk-N2MZUJXH.js";
import {
  writeFileAtomic
} from "./chunk-6ETYQEM3.js";
import {
  UsageError
} from "./chunk-B7VP7B3W.js";
import {
  evidenceStub
} from "./chunk-CRPTHBUL.js";
import "./chunk-PR56ENLD.js";
import {
  formatTarget
} from "./chunk-VEKVPWRX.js";
import {
  packageRoot
} from "./chunk-Q53BT4TQ.js";
import "./chunk-2A7A4PYV.js";
import "./chunk-CB5SUWAA.js";

// dist/cli/commands/init.js
import { existsSync as existsSync2 } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname, join as join2, resolve } from "node:path";

// dist/cli/command-name.js
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
function commandName(env) {
  const names = process.platform === "win32" ? ["dossier.cmd", "dossier.ps1"] : ["dossier"];
  const dirs = (env["PATH"] ?? "").split(delimiter).filter((d) => d !== "");
  if (dirs.some((d) => names.some((n) => existsSync(join(d, n)))))
    return "dossier";
  return `node ${quoteArg(join(packageRoot, "dist", "cli", "index.js"))}`;
}
function quoteArg(arg) {
  return /^[\p{L}\p{N}_./:\\-]+$/u.test(arg) ? arg : `"${arg.replace(/"/g, '\\"')}"`;
}

// dist/cli/commands/init.js
async function initCommand(io, opts) {
  const root = resolve(io.cwd, opts.dir ?? ".");
  const bundled = opts.plan === void 0;
  const planSource = bundled ? BUNDLED_PLAN : resolve(io.cwd, opts.plan);
  if (!bundled && !PLAN_EXTENSIONS.includes(extname(planSource).toLowerCase())) {
    throw new UsageError(`\u65B9\u6848\u6587\u4EF6\u201C${opts.plan}\u201D\u7684\u683C\u5F0F\u4E0D\u80FD\u8BFB\u53D6`, `\u65B9\u6848\u53EF\u4EE5\u662F ${PLAN_EXTENSIONS.join("\u3001")} \u6587\u4EF6\uFF1B.doc/.wps \u8BF7\u5148\u7528 Word \u6216 WPS \u53E6\u5B58\u4E3A .docx`);
  }
  const parsed = await loadPlan(planSource);
  if (!parsed.catalog) {
    io.err(formatPlanIssues(shownPath(io.cwd, planSource), parsed.issues));
    throw new UsageError("\u65B9\u6848\u6587\u4EF6\u6709\u9519\u8BEF\uFF0C\u672A\u521B\u5EFA\u5DE5\u4F5C\u533A", "\u8BF7\u6309\u4E0A\u9762\u5217\u51FA\u7684\u4F4D\u7F6E\u4FEE\u6539\u65B9\u6848\u6587\u4EF6\uFF0C\u518D\u91CD\u65B0\u8FD0\u884C dossier init");
  }
  const warnings = parsed.issues.filter((i) => i.severity === "warning");
  if (warnings.length > 0)
    io.err(formatPlanIssues(shownPath(io.cwd, planSource), warnings));
  const catalog = parsed.catalog;
  const planName = basename(planSource);
  const district = opts.district ?? catalog.district ?? "\u672C\u533A";
  const files = [
    [CONFIG_FILE, () => configText(district, planName, io.today, bundled)],
    // Copied byte for byte: a Word or Excel plan is not text.
    [join2("seeds", planName), () => readFile(planSource)],
    [join2("dossiers", "README.md"), () => overviewReadme(catalog)],
    [join2("dossiers", "_\u6A21\u677F.md"), () => evidenceStub(catalog.tasks[0], catalog.tasks[0].units[0] ?? "\u5355\u4F4D\u540D\u79F0", io.today)]
  ];
  for (const unit of catalog.units) {
    const tasks = catalog.tasks.filter((t) => t.units.includes(unit));
    if (tasks.length > 0)
      files.push([join2("dossiers", unit, "README.md"), () => unitReadme(catalog, unit)]);
  }
  let created = 0;
  for (const [rel, content] of files) {
    const path = join2(root, rel);
    if (existsSync2(path)) {
      io.err(`\u5DF2\u5B58\u5728\uFF0C\u672A\u6539\u52A8\uFF1A${shownPath(io.cwd, path)}
`);
      continue;
    }
    await writeFileAtomic(path, await content());
    created++;
  }
  const cmd = commandName(io.env);
  const inWs = opts.dir ? ` --workspace ${quoteArg(opts.dir)}` : "";
  const example = catalog.tasks.find((t) => t.units.length > 0) ?? catalog.tasks[0];
  const lines = [`\u5DF2\u5728 ${shownPath(io.cwd, root)} \u521B\u5EFA\u5DE5\u4F5C\u533A\uFF08\u65B0\u5EFA ${created} \u4E2A\u6587\u4EF6\uFF1B${catalog.tasks.length} \u9879\u4EFB\u52A1\uFF0C${catalog.units.length} \u4E2A\u8D23\u4EFB\u5355\u4F4D\uFF09\u3002`];
  if (bundled) {
    lines.push("", `\u6CE8\u610F\uFF1A\u6CA1\u6709\u7528 --plan \u6307\u5B9A\u65B9\u6848\uFF0C\u7528\u7684\u662F dossier \u81EA\u5E26\u7684\u793A\u4F8B\u65B9\u6848\uFF08\u897F\u5B89\u66F2\u6C5F\u65B0\u533A 2020 \u5E74\u5B9E\u65BD\u65B9\u6848\uFF09\uFF0C\u5176\u4E2D\u7684\u4EFB\u52A1\u548C ${catalog.units.length} \u4E2A\u5355\u4F4D\u6587\u4EF6\u5939\u90FD\u662F\u66F2\u6C5F\u65B0\u533A\u7684\u3002`, `\u8BF7\u6539\u7528\u672C\u5730\u533A\u7684\u65B9\u6848\uFF08Word .docx\u3001Excel .xlsx\u3001.csv \u6216\u6587\u672C\uFF09\uFF1A\u5728\u4E00\u4E2A\u65B0\u6587\u4EF6\u5939\u4E2D\u8FD0\u884C ${cmd} init --plan \u4F60\u7684\u65B9\u6848.docx`);
  }
  lines.push("", "\u4E0B\u4E00\u6B65\uFF1A", `  1. \u6253\u5F00 ${CONFIG_FILE}\uFF0C\u6838\u5BF9\u5730\u533A\u540D\u79F0\u548C\u68C0\u67E5\u65E5\u671F\uFF1B`, `  2. \u4E3A\u67D0\u9879\u4EFB\u52A1\u751F\u6210\u4F50\u8BC1\u6587\u4EF6\uFF1A${cmd} new --task ${example.id} --unit ${example.units[0] ?? "\u5355\u4F4D\u540D\u79F0"}${inWs}`, `     \u6216\u5BFC\u5165\u5355\u4F4D\u62A5\u9001\u7684 Word \u6587\u4EF6\uFF1A${cmd} import \u6750\u6599.docx --task ${example.id} --unit ${example.units[0] ?? "\u5355\u4F4D\u540D\u79F0"}${inWs}`, `  3. \u586B\u5199\u540E\u68C0\u67E5\uFF1A${cmd} check${inWs}`);
  if (cmd !== "dossier")
    lines.push("", `\uFF08dossier \u547D\u4EE4\u8FD8\u6CA1\u6709\u5B89\u88C5\u5230\u7CFB\u7EDF\u4E2D\uFF0C\u4E0A\u9762\u5199\u7684\u662F\u5B8C\u6574\u8DEF\u5F84\uFF1B\u5728 dossier \u7684\u6587\u4EF6\u5939\u4E2D\u8FD0\u884C npm install -g . \u5373\u53EF\u76F4\u63A5\u8F93\u5165 dossier\u3002\uFF09`);
  io.out(lines.join("\n") + "\n");
  return 0;
}
function configText(district, planName, today, bundled) {
  return [
    "# dossier \u5DE5\u4F5C\u533A\u914D\u7F6E\u3002\u8DEF\u5F84\u76F8\u5BF9\u4E8E\u672C\u6587\u4EF6\u6240\u5728\u7684\u6587\u4EF6\u5939\u3002",
    `district: ${district}          # \u5730\u533A\u540D\u79F0\uFF0C\u7528\u4E8E\u62A5\u544A\u6807\u9898\u548C\u50AC\u529E\u6E05\u5355`,
    `plan: seeds/${planName}        # \u5B9E\u65BD\u65B9\u6848${bundled ? "\uFF08\u8FD9\u662F dossier \u81EA\u5E26\u7684\u793A\u4F8B\u65B9\u6848\uFF0C\u8BF7\u6362\u6210\u672C\u5730\u533A\u7684\u65B9\u6848\uFF09" : ""}`,
    "dossiers: dossiers             # \u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939",
    "output: output                 # \u751F\u6210\u6587\u4EF6\u7684\u6587\u4EF6\u5939",
    `asOf: ${today}                 # \u68C0\u67E5\u65E5\u671F\uFF1A\u5B8C\u6210\u65F6\u9650\u65E9\u4E8E\u6B64\u65E5\u671F\u7684\u4EFB\u52A1\u7B97\u903E\u671F\uFF1B\u5220\u6389\u8FD9\u4E00\u884C\u5219\u7528\u5F53\u5929\u65E5\u671F`,
    "# unitAliases:                 # \u5355\u4F4D\u540D\u79F0\u7684\u5176\u4ED6\u5199\u6CD5 \u2192 \u89C4\u8303\u540D\u79F0",
    "#   \u5E94\u6025\u4E2D\u5FC3: \u5E94\u6025\u7BA1\u7406\u4E2D\u5FC3",
    "# units:                       # \u65B9\u6848\u8868\u683C\u4E2D\u6CA1\u6709\u5217\u51FA\u3001\u4F46\u4F1A\u62A5\u9001\u6750\u6599\u7684\u5355\u4F4D",
    "#   - \u533A\u6D88\u9632\u5927\u961F",
    ""
  ].join("\n");
}
function overviewReadme(catalog) {
  const lines = [
    "# \u4F50\u8BC1\u8D44\u6599",
    "",
    "\u6BCF\u4E2A\u8D23\u4EFB\u5355\u4F4D\u4E00\u4E2A\u6587\u4EF6\u5939\uFF0C\u6BCF\u4EFD\u4F50\u8BC1\u6750\u6599\u4E00\u4E2A .md \u6587\u4EF6\uFF08\u4EE5 README.md \u547D\u540D\u6216\u4EE5 _ \u5F00\u5934\u7684\u6587\u4EF6\u4E0D\u4F1A\u88AB\u68C0\u67E5\uFF09\u3002",
    "\u751F\u6210\u6587\u4EF6\u6846\u67B6\uFF1A`dossier new --task \u5E8F\u53F7 --unit \u5355\u4F4D`\uFF1B\u68C0\u67E5\uFF1A`dossier check`\uFF1B\u50AC\u529E\u6E05\u5355\uFF1A`dossier chase --format xlsx`\u3002",
    "",
    "## \u7531\u96C6\u4F53\u627F\u62C5\u7684\u4EFB\u52A1",
    "",
    "\u4EE5\u4E0B\u4EFB\u52A1\u6CA1\u6709\u6307\u5B9A\u5177\u4F53\u5355\u4F4D\uFF0C\u7531\u521B\u5EFA\u529E\u7EDF\u7B79\uFF0C\u76F8\u5173\u5355\u4F4D\u5747\u53EF\u62A5\u9001\uFF1A",
    ""
  ];
  for (const t of catalog.tasks.filter((x) => x.units.length === 0))
    lines.push(`- \u4EFB\u52A1 ${t.id}\uFF08${t.groups.join("\u3001")}\uFF0C${t.deadlineText}\uFF09\uFF1A${t.text}`);
  return lines.join("\n") + "\n";
}
function unitReadme(catalog, unit) {
  const tasks = catalog.tasks.filter((t) => t.units.includes(unit));
  const lines = [
    `# ${unit}\uFF1A\u4F50\u8BC1\u8D44\u6599`,
    "",
    `\u672C\u6587\u4EF6\u5939\u5B58\u653E${unit}\u62A5\u9001\u7684\u4F50\u8BC1\u6750\u6599\uFF0C\u6BCF\u4EFD\u6750\u6599\u4E00\u4E2A .md \u6587\u4EF6\uFF0C\u9644\u4EF6\u653E\u5728\u201C\u9644\u4EF6\u201D\u5B50\u6587\u4EF6\u5939\u4E2D\u3002`,
    `\u751F\u6210\u6587\u4EF6\u6846\u67B6\uFF1A\`dossier new --task \u5E8F\u53F7 --unit ${unit}\`\u3002`,
    "",
    `## \u672C\u5355\u4F4D\u627F\u62C5\u7684\u4EFB\u52A1\uFF08${tasks.length} \u9879\uFF09`,
    "",
    "| \u5E8F\u53F7 | \u4EFB\u52A1 | \u5B8C\u6210\u65F6\u9650 | \u91CF\u5316\u76EE\u6807 | \u5176\u4ED6\u8D23\u4EFB\u5355\u4F4D |",
    "| --- | --- | --- | --- | --- |"
  ];
  for (const t of tasks) {
    const others = [...t.units.filter((u) => u !== unit), ...t.groups].join("\u3001");
    lines.push(`| ${t.id} | ${t.text.replace(/\|/g, "\uFF5C")} | ${t.deadlineText}${t.deadline ? `\uFF08${t.deadline}\uFF09` : ""} | ${t.targets.map(formatTarget).join("\uFF1B")} | ${others} |`);
  }
  return lines.join("\n") + "\n";
}
export {
  initCommand
};
