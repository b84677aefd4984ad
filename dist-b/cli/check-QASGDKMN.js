import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  checkJson,
  formatCheckReport,
  withItemFindings
} from "./chunk-KOD4NYGJ.js";
import "./chunk-KBNWZGVZ.js";
import {
  checkWorkspace,
  summarize
} from "./chunk-K5L2GE7U.js";
import "./chunk-5QSGCRMA.js";
import {
  shownPath
} from "./chunk-N2MZUJXH.js";
import "./chunk-3RLGQMEY.js";
import "./chunk-6ETYQEM3.js";
import {
  UsageError
} from "./chunk-B7VP7B3W.js";
import "./chunk-F7I2VFIZ.js";
import "./chunk-2HW5O56K.js";
import "./chunk-NPVESCYQ.js";
import {
  findTask,
  taskLabel
} from "./chunk-4R3GCGMY.js";
import "./chunk-PR56ENLD.js";
import "./chunk-VEKVPWRX.js";
import "./chunk-27L5U2YK.js";
import "./chunk-Q53BT4TQ.js";
import "./chunk-AMLCVTRC.js";
import "./chunk-AZACBMGK.js";
import "./chunk-2A7A4PYV.js";
import "./chunk-CB5SUWAA.js";

// dist/check/narrow.js
var TASK_CODES = /* @__PURE__ */ new Set(["task-missing", "overdue", "metric-unreported"]);
function narrowToUnit(result, catalog, unit) {
  const mine = new Set(result.tasks.filter((t) => catalog.tasks.find((c) => c.no === t.no).units.includes(unit) || t.evidence.some((e) => e.unit === unit)).map((t) => t.no));
  const labels = new Set(catalog.tasks.filter((t) => mine.has(t.no)).map(taskLabel));
  return narrowed(result, mine, (d) => d.unit === unit || d.unit === void 0 && d.task !== void 0 && labels.has(d.task) && TASK_CODES.has(d.code));
}
function narrowToTask(result, task) {
  const files = new Set(result.tasks.find((t) => t.no === task.no)?.evidence.map((e) => e.file) ?? []);
  const label = taskLabel(task);
  return narrowed(result, /* @__PURE__ */ new Set([task.no]), (d) => d.task === label || d.file !== void 0 && files.has(d.file));
}
function narrowed(result, keep, wanted) {
  const tasks = result.tasks.filter((t) => keep.has(t.no));
  const diagnostics = result.diagnostics.filter(wanted);
  return {
    ...result,
    tasks,
    diagnostics,
    summary: summarize(tasks, diagnostics)
  };
}

// dist/cli/commands/check.js
async function checkCommand(io, opts) {
  const checked = await checkWorkspace(io, opts);
  const { ws, catalog } = checked;
  const full = (await withItemFindings(io, ws, catalog, checked.result)).result;
  let result = checked.unit === void 0 ? full : narrowToUnit(full, catalog, checked.unit);
  const scope = checked.unit === void 0 ? [] : [checked.unit];
  if (opts.task !== void 0) {
    const task = findTask(catalog, opts.task);
    if (!task)
      throw new UsageError(`--task \u6307\u5B9A\u7684\u4EFB\u52A1\u5E8F\u53F7\u201C${opts.task}\u201D\u4E0D\u5728\u65B9\u6848\u4E2D`, `\u5E8F\u53F7\u5E94\u5728 ${catalog.tasks[0]?.id ?? 1}\u2013${catalog.tasks.at(-1)?.id ?? 1} \u4E4B\u95F4\uFF1B\u7528 dossier catalog \u67E5\u770B\u5168\u90E8\u4EFB\u52A1`);
    result = narrowToTask(result, task);
    scope.push(`\u4EFB\u52A1 ${task.id}`);
  }
  if (opts.json)
    io.out(JSON.stringify(checkJson(result), null, 2) + "\n");
  else
    io.out(formatCheckReport(catalog, result, { dossiers: shownPath(io.cwd, ws.dossiers), columns: io.columns, ...scope.length ? { scope: scope.join("\u3001") } : {} }));
  return result.summary.errors > 0 ? 1 : 0;
}
export {
  checkCommand
};
