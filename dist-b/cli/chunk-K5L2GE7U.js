import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadDossier
} from "./chunk-5QSGCRMA.js";
import {
  CACHE_FOLDER,
  openWorkspace,
  requireDossierDir
} from "./chunk-N2MZUJXH.js";
import {
  UsageError
} from "./chunk-B7VP7B3W.js";
import {
  resolveAttachment
} from "./chunk-2HW5O56K.js";
import {
  diagnostic
} from "./chunk-NPVESCYQ.js";
import {
  taskLabel,
  taskRef
} from "./chunk-4R3GCGMY.js";
import {
  formatTarget
} from "./chunk-VEKVPWRX.js";
import {
  nearest
} from "./chunk-27L5U2YK.js";
import {
  builtinAliases,
  canonicalUnit,
  makeAliasTable
} from "./chunk-Q53BT4TQ.js";

// dist/check/rules/attachments.js
var attachments = async (ctx) => {
  for (const ev of ctx.evidence) {
    for (const att of ev.attachments) {
      const found = await resolveAttachment(ctx.root, ev.file, att.path);
      if (found.ok)
        continue;
      for (const no of ev.tasks)
        ctx.faults.add(`${ev.file}#${no}`);
      ctx.push(diagnostic({ code: found.code, message: found.message, hint: found.hint, severity: "error", file: ev.file, line: att.line, task: ctx.label(ev.tasks[0]), unit: ev.unit }));
    }
  }
};

// dist/check/rules/duplicate-evidence.js
var duplicateEvidence = (ctx) => {
  const first = /* @__PURE__ */ new Map();
  for (const ev of ctx.evidence) {
    const key = `${[...ev.tasks].sort((a, b) => a - b).join(",")}|${ev.unit}|${ev.title}`;
    const earlier = first.get(key);
    if (earlier === void 0) {
      first.set(key, ev.file);
      continue;
    }
    ctx.push(diagnostic({
      code: "duplicate-evidence",
      severity: "warning",
      file: ev.file,
      line: ev.lines["title"],
      task: ctx.label(ev.tasks[0]),
      unit: ev.unit,
      message: `\u4E0E ${earlier} \u7684\u4EFB\u52A1\u3001\u5355\u4F4D\u548C\u6807\u9898\u90FD\u76F8\u540C\uFF0C\u53EF\u80FD\u91CD\u590D\u62A5\u9001`,
      hint: "\u5982\u679C\u662F\u540C\u4E00\u4EFD\u6750\u6599\uFF0C\u8BF7\u5220\u6389\u5176\u4E2D\u4E00\u4EFD\uFF1B\u5982\u679C\u662F\u4E0D\u540C\u6750\u6599\uFF0C\u8BF7\u6539\u7528\u80FD\u533A\u5206\u7684\u6807\u9898"
    }));
  }
};

// dist/check/metric-value.js
var UNIT_ALIASES = { "\uFF05": "%", "\u33A1": "\u5E73\u65B9\u7C73", \u5E73\u7C73: "\u5E73\u65B9\u7C73", \u5206: "\u5206\u949F", min: "\u5206\u949F" };
var VALUE = /^(≥|>=|＞=|>|＞|≤|<=|<|＜|=)?\s*(-?\d+(?:\.\d+)?)\s*([^\d\s]*)$/u;
var OPS = { "\u2265": ">=", ">=": ">=", "\uFF1E=": ">=", ">": ">", "\uFF1E": ">", "\u2264": "<=", "<=": "<=", "<": "<", "\uFF1C": "<", "=": "=" };
function parseQuantity(raw) {
  const m = VALUE.exec(raw.trim().replace(/,/g, ""));
  if (!m || m[1] !== void 0)
    return void 0;
  return { value: Number(m[2]), unit: normalizeUnit(m[3]) };
}
function sameUnit(a, b) {
  return a === b || a === "" || b === "";
}
function parseOwnTarget(raw) {
  const m = VALUE.exec(raw.trim());
  if (!m)
    return void 0;
  return { op: OPS[m[1] ?? ">="], value: Number(m[2]), unit: normalizeUnit(m[3]) };
}
function meets(value, op, target) {
  switch (op) {
    case ">=":
      return value >= target;
    case ">":
      return value > target;
    case "<=":
      return value <= target;
    case "<":
      return value < target;
    case "=":
      return value === target;
  }
}
function targetText(t) {
  return `${t.op}${t.value}`;
}
function matchTargets(name, targets) {
  const key = squash(name);
  if (key === "")
    return [];
  let best = [];
  let bestScore = Infinity;
  for (const t of targets) {
    const tk = squash(t.name);
    if (tk !== key && !tk.includes(key) && !key.includes(tk))
      continue;
    const score = Math.abs([...tk].length - [...key].length);
    if (score < bestScore) {
      best = [t];
      bestScore = score;
    } else if (score === bestScore) {
      best.push(t);
    }
  }
  return best;
}
function squash(s) {
  return s.replace(/[\s\p{P}\p{S}]/gu, "");
}
function normalizeUnit(u) {
  return UNIT_ALIASES[u] ?? u;
}

// dist/check/rules/metric-unreported.js
var metricUnreported = (ctx) => {
  for (const task of ctx.catalog.tasks) {
    const p = ctx.progress.get(task.no);
    if (p.status === "missing")
      continue;
    for (const target of task.targets) {
      if (p.metrics.some((m) => m.target !== void 0 && refersTo(m.name, target, task.targets)))
        continue;
      ctx.push(diagnostic({
        code: "metric-unreported",
        severity: "info",
        task: taskLabel(task),
        message: `\u4EFB\u52A1 ${task.id} \u7684\u76EE\u6807\u201C${formatTarget(target)}\u201D\u8FD8\u6CA1\u6709\u4F50\u8BC1\u6750\u6599\u62A5\u544A\u5B9E\u9645\u6570\u503C`,
        hint: `\u8BF7\u5728\u4F50\u8BC1\u6587\u4EF6\u7684 metrics \u4E2D\u586B\u5199\uFF1A- name: ${target.name} \u548C value: \u5B9E\u9645\u6570\u503C`
      }));
    }
  }
};
function refersTo(reported, target, targets) {
  const m = matchTargets(reported, targets);
  return m.length === 1 && m[0] === target;
}

// dist/check/rules/metrics.js
var metrics = (ctx) => {
  for (const ev of ctx.evidence) {
    for (const m of ev.metrics) {
      const bad = (message, hint) => ctx.push(diagnostic({ code: "frontmatter-schema", severity: "error", file: ev.file, line: m.line, task: ctx.label(ev.tasks[0]), unit: ev.unit, message, hint }));
      const q = parseQuantity(m.raw);
      if (!q) {
        bad(`\u6307\u6807\u201C${m.name}\u201D\u7684\u6570\u503C\u201C${m.raw}\u201D\u4E0D\u662F\u6570\u5B57`, "\u6570\u503C\u5199\u4F5C 100%\u300196.5%\u30011.6\u5E73\u65B9\u7C73\u30014\u5206\u949F \u6216\u7EAF\u6570\u5B57\uFF1B\u6587\u5B57\u8BF4\u660E\u8BF7\u5199\u5728\u6B63\u6587\u91CC");
        continue;
      }
      for (const no of ev.tasks) {
        const targets = ctx.tasks.get(no)?.targets ?? [];
        const matched = matchTargets(m.name, targets);
        if (matched.length > 1) {
          bad(`\u6307\u6807\u540D\u79F0\u201C${m.name}\u201D\u540C\u65F6\u5BF9\u5E94\u4EFB\u52A1 ${ctx.tasks.get(no)?.id ?? no} \u7684\u591A\u4E2A\u76EE\u6807\uFF1A${matched.map((t) => t.name).join("\u3001")}`, "\u8BF7\u5199\u51FA\u5B8C\u6574\u7684\u6307\u6807\u540D\u79F0\uFF0C\u4E0E\u65B9\u6848\u4E2D\u7684\u5199\u6CD5\u4E00\u81F4");
          continue;
        }
        let target = matched[0];
        let label = matched[0] ? formatTarget(matched[0]) : "";
        if (!target && m.target !== void 0) {
          target = parseOwnTarget(m.target);
          if (!target) {
            bad(`\u6307\u6807\u201C${m.name}\u201D\u7684\u76EE\u6807\u201C${m.target}\u201D\u65E0\u6CD5\u8BC6\u522B`, "\u76EE\u6807\u5199\u4F5C >=95%\u3001\u22645\u5206\u949F \u8FD9\u6837\u7684\u5F62\u5F0F");
            continue;
          }
          label = `${m.name} ${m.target}`;
        }
        const result = { name: m.name, value: q.value, unit: q.unit, file: ev.file, line: m.line };
        if (!target) {
          push(ctx.metrics, no, result);
          continue;
        }
        if (!sameUnit(q.unit, target.unit)) {
          bad(`\u6307\u6807\u201C${m.name}\u201D\u7684\u5355\u4F4D\u201C${q.unit}\u201D\u4E0E\u76EE\u6807\u7684\u5355\u4F4D\u201C${target.unit}\u201D\u4E0D\u4E00\u81F4`, `\u8BF7\u6309\u76EE\u6807\u7684\u5355\u4F4D\uFF08${target.unit}\uFF09\u586B\u5199\u6570\u503C`);
          continue;
        }
        const unit = q.unit === "" ? target.unit : q.unit;
        const met = meets(q.value, target.op, target.value);
        push(ctx.metrics, no, { ...result, unit, target: targetText(target), met });
        if (met)
          continue;
        ctx.faults.add(`${ev.file}#${no}`);
        ctx.push(diagnostic({
          code: "metric-below-target",
          severity: "error",
          file: ev.file,
          line: m.line,
          task: ctx.label(no),
          unit: ev.unit,
          message: `\u6307\u6807\u201C${m.name}\u201D\u4E3A ${q.value}${unit}\uFF0C\u672A\u8FBE\u5230\u76EE\u6807\uFF08${label}\uFF09`,
          hint: "\u8BF7\u6838\u5B9E\u6570\u503C\uFF1B\u786E\u672A\u8FBE\u6807\u7684\uFF0C\u8BF7\u5728\u6B63\u6587\u4E2D\u8BF4\u660E\u539F\u56E0\u548C\u6574\u6539\u8BA1\u5212\uFF0C\u4EFB\u52A1\u6309\u201C\u63A8\u8FDB\u4E2D\u201D\u7EDF\u8BA1"
        }));
      }
    }
  }
};
function push(map, no, r) {
  const list = map.get(no);
  if (list)
    list.push(r);
  else
    map.set(no, [r]);
}

// dist/check/rules/overdue.js
var overdue = (ctx) => {
  for (const task of ctx.catalog.tasks) {
    const p = ctx.progress.get(task.no);
    if (p.status !== "in-progress" || !p.overdue)
      continue;
    ctx.push(diagnostic({
      code: "overdue",
      severity: "warning",
      task: taskLabel(task),
      message: `\u4EFB\u52A1 ${task.id} \u5DF2\u8D85\u8FC7\u5B8C\u6210\u65F6\u9650\uFF08${task.deadline}\uFF09${p.daysLate} \u5929\uFF0C\u4ECD\u672A\u5B8C\u6210`,
      hint: "\u8BF7\u8D23\u4EFB\u5355\u4F4D\u52A0\u5FEB\u63A8\u8FDB\uFF1B\u5DF2\u5B8C\u6210\u7684\uFF0C\u8BF7\u628A\u4F50\u8BC1\u6587\u4EF6\u7684 status \u6539\u4E3A\u201C\u5DF2\u5B8C\u6210\u201D\u5E76\u8865\u9F50\u6307\u6807\u548C\u9644\u4EF6"
    }));
  }
};

// dist/check/rules/task-missing.js
var taskMissing = (ctx) => {
  for (const task of ctx.catalog.tasks) {
    const p = ctx.progress.get(task.no);
    if (p.status !== "missing")
      continue;
    const who = [...task.units, ...task.groups].join("\u3001");
    const late = p.overdue ? `\uFF0C\u5DF2\u8D85\u8FC7\u5B8C\u6210\u65F6\u9650\uFF08${task.deadline}\uFF09${p.daysLate} \u5929` : task.deadline ? `\uFF0C\u5B8C\u6210\u65F6\u9650 ${task.deadline}` : "";
    ctx.push(diagnostic({
      code: "task-missing",
      severity: "error",
      task: taskLabel(task),
      message: `\u4EFB\u52A1 ${task.id} \u8FD8\u6CA1\u6709\u4EFB\u4F55\u53EF\u7528\u7684\u4F50\u8BC1\u6750\u6599${late}\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A${who}\uFF09`,
      hint: `\u8BF7\u8D23\u4EFB\u5355\u4F4D\u62A5\u9001\u4F50\u8BC1\u6750\u6599\uFF0C\u53EF\u7528 dossier new --task ${task.id} --unit ${task.units[0] ?? "\u5355\u4F4D\u540D\u79F0"} \u751F\u6210\u6587\u4EF6\u6846\u67B6`
    }));
  }
};

// dist/check/rules/unit-missing.js
var unitMissing = (ctx) => {
  for (const task of ctx.catalog.tasks) {
    const p = ctx.progress.get(task.no);
    if (p.status === "missing")
      continue;
    for (const unit of p.unitsMissing) {
      ctx.push(diagnostic({
        code: "unit-missing",
        severity: "warning",
        task: taskLabel(task),
        unit,
        message: `\u4EFB\u52A1 ${task.id} \u5DF2\u6709\u4F50\u8BC1\u6750\u6599\uFF0C\u4F46\u8D23\u4EFB\u5355\u4F4D${unit}\u8FD8\u6CA1\u6709\u62A5\u9001`,
        hint: `\u8BF7${unit}\u62A5\u9001\u672C\u5355\u4F4D\u627F\u62C5\u90E8\u5206\u7684\u4F50\u8BC1\u6750\u6599`
      }));
    }
  }
};

// dist/check/rules/unit-not-responsible.js
var unitNotResponsible = (ctx) => {
  const known = new Set(ctx.knownUnits);
  for (const ev of ctx.evidence) {
    if (!known.has(ev.unit))
      continue;
    for (const no of ev.tasks) {
      const task = ctx.tasks.get(no);
      if (!task || task.groups.length > 0 || task.units.includes(ev.unit))
        continue;
      ctx.push(diagnostic({
        code: "unit-not-responsible",
        severity: "warning",
        file: ev.file,
        line: ev.lines["unit"],
        task: taskLabel(task),
        unit: ev.unit,
        message: `\u65B9\u6848\u6CA1\u6709\u628A\u4EFB\u52A1 ${task.id} \u5206\u7ED9${ev.unit}\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A${task.units.join("\u3001")}\uFF09`,
        hint: "\u8BF7\u6838\u5BF9\u4EFB\u52A1\u5E8F\u53F7\u662F\u5426\u5199\u9519\uFF1B\u5982\u786E\u662F\u534F\u52A9\u63D0\u4F9B\u7684\u6750\u6599\uFF0C\u53EF\u4FDD\u7559\uFF0C\u6B64\u63D0\u793A\u4E0D\u5F71\u54CD\u7EDF\u8BA1"
      }));
    }
  }
};

// dist/check/rules/unknown-task.js
function unknownTask(catalog, files, push2) {
  const byId = new Map(catalog.tasks.map((t) => [t.id, t.no]));
  const ids = catalog.tasks.map((t) => t.id);
  const range = ids.length > 0 ? `\u5171 ${ids.length} \u9879\uFF0C\u5E8F\u53F7 ${ids[0]}\u2013${ids.at(-1)}` : "\u65B9\u6848\u4E2D\u6CA1\u6709\u4EFB\u52A1";
  const usable = [];
  for (const ev of files) {
    const tasks = [];
    for (const ref of ev.taskRefs) {
      const no = byId.get(taskRef(ref));
      if (no !== void 0) {
        if (!tasks.includes(no))
          tasks.push(no);
        continue;
      }
      push2(diagnostic({
        code: "unknown-task",
        severity: "error",
        file: ev.file,
        line: ev.lines["task"],
        .../^\d+$/.test(ref) ? { task: Number(ref) } : {},
        unit: ev.unit,
        message: `\u4EFB\u52A1\u5E8F\u53F7 ${ref} \u4E0D\u5728\u65B9\u6848\u7684\u4EFB\u52A1\u5206\u89E3\u8868\u4E2D\uFF08${range}\uFF09`,
        hint: "\u8BF7\u5BF9\u7167\u4EFB\u52A1\u5206\u89E3\u8868\u6539\u6B63\u5E8F\u53F7\uFF1B\u53EF\u7528 dossier catalog \u67E5\u770B\u5168\u90E8\u4EFB\u52A1"
      }));
    }
    if (tasks.length > 0)
      usable.push(withTasks(ev, tasks));
  }
  return usable;
}
function withTasks(ev, tasks) {
  const out = {};
  for (const key of Object.keys(ev)) {
    const d = Object.getOwnPropertyDescriptor(ev, key);
    if (d.get)
      Object.defineProperty(out, key, d);
    else
      out[key] = d.value;
  }
  out["tasks"] = tasks;
  return out;
}

// dist/check/rules/unknown-unit.js
var unknownUnit = (ctx) => {
  const known = new Set(ctx.knownUnits);
  for (const ev of ctx.evidence) {
    if (known.has(ev.unit))
      continue;
    const near = nearest(ev.unit, ctx.knownUnits, Math.max(2, Math.floor([...ev.unit].length / 3)));
    ctx.push(diagnostic({
      code: "unknown-unit",
      severity: "error",
      file: ev.file,
      line: ev.lines["unit"],
      task: ctx.label(ev.tasks[0]),
      unit: ev.unit,
      message: `\u8D23\u4EFB\u5355\u4F4D\u201C${ev.unit}\u201D\u4E0D\u5728\u65B9\u6848\u7684\u5355\u4F4D\u540D\u5355\u4E2D`,
      hint: near ? `\u662F\u4E0D\u662F\u201C${near}\u201D\uFF1F\u8BF7\u6539\u6210\u65B9\u6848\u4E2D\u7684\u5199\u6CD5\uFF1B\u5982\u679C\u786E\u662F\u53E6\u4E00\u4E2A\u5355\u4F4D\uFF0C\u8BF7\u5728 dossier.config.yaml \u7684 units \u6216 unitAliases \u4E2D\u52A0\u4E0A\u5B83` : "\u8BF7\u4F7F\u7528\u65B9\u6848\u4EFB\u52A1\u5206\u89E3\u8868\u4E2D\u7684\u5355\u4F4D\u540D\u79F0\uFF1B\u5982\u679C\u786E\u662F\u53E6\u4E00\u4E2A\u5355\u4F4D\uFF0C\u8BF7\u5728 dossier.config.yaml \u7684 units \u6216 unitAliases \u4E2D\u52A0\u4E0A\u5B83"
    }));
  }
};

// dist/check/run-check.js
var EVIDENCE_RULES = [unknownUnit, unitNotResponsible, attachments, metrics, duplicateEvidence];
var TASK_RULES = [taskMissing, unitMissing, overdue, metricUnreported];
async function runCheck(catalog, loaded, options) {
  const diagnostics = [];
  const push2 = (d) => void diagnostics.push(d);
  const knownUnits = [...catalog.units, ...(options.extraUnits ?? []).filter((u) => !catalog.units.includes(u))];
  for (const d of loaded.diagnostics)
    push2(withFolderUnit(d, knownUnits));
  const evidence = unknownTask(catalog, loaded.evidence, push2);
  const byNo = new Map(catalog.tasks.map((t) => [t.no, t]));
  const byTask = /* @__PURE__ */ new Map();
  for (const ev of evidence)
    for (const no of ev.tasks)
      byTask.set(no, [...byTask.get(no) ?? [], ev]);
  const ctx = {
    catalog,
    tasks: byNo,
    knownUnits,
    root: options.root,
    asOf: options.asOf,
    evidence,
    byTask,
    metrics: /* @__PURE__ */ new Map(),
    faults: /* @__PURE__ */ new Set(),
    progress: /* @__PURE__ */ new Map(),
    push: push2,
    label: (no) => no === void 0 ? void 0 : taskLabel(byNo.get(no))
  };
  for (const rule of EVIDENCE_RULES)
    await rule(ctx);
  for (const task of catalog.tasks)
    ctx.progress.set(task.no, progressOf(task, ctx));
  for (const rule of TASK_RULES)
    await rule(ctx);
  const tasks = catalog.tasks.map((t) => ctx.progress.get(t.no));
  return {
    asOf: options.asOf,
    summary: summarize(tasks, diagnostics),
    tasks,
    diagnostics: sortDiagnostics(diagnostics, new Map(catalog.tasks.map((t) => [taskLabel(t), t.no]))),
    files: loaded.files
  };
}
function progressOf(task, ctx) {
  const evidence = ctx.byTask.get(task.no) ?? [];
  const metrics2 = ctx.metrics.get(task.no) ?? [];
  const done = evidence.some((e) => e.status === "\u5DF2\u5B8C\u6210") && !metrics2.some((m) => m.met === false) && !evidence.some((e) => ctx.faults.has(`${e.file}#${task.no}`));
  const status = evidence.length === 0 ? "missing" : done ? "complete" : "in-progress";
  const daysLate = task.deadline === null ? 0 : daysBetween(task.deadline, ctx.asOf);
  const submitted = new Set(evidence.map((e) => e.unit));
  return {
    id: task.id,
    no: task.no,
    status,
    overdue: status !== "complete" && daysLate > 0,
    daysLate: status !== "complete" && daysLate > 0 ? daysLate : 0,
    evidence,
    unitsMissing: task.units.filter((u) => !submitted.has(u)),
    metrics: metrics2
  };
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function withFolderUnit(d, units) {
  if (d.unit !== void 0 || d.file === void 0)
    return d;
  const folder = d.file.split("/")[0];
  return d.file.includes("/") && units.includes(folder) ? diagnostic({ ...d, unit: folder }) : d;
}
function sortDiagnostics(list, order) {
  const rank = (d) => d.task === void 0 ? 0 : order.get(d.task) ?? 0;
  return list.map((d, i) => ({ d, i })).sort((a, b) => {
    const fa = a.d.file;
    const fb = b.d.file;
    if (fa !== void 0 && fb === void 0)
      return -1;
    if (fa === void 0 && fb !== void 0)
      return 1;
    if (fa !== void 0 && fb !== void 0 && fa !== fb)
      return fa < fb ? -1 : 1;
    if (fa !== void 0)
      return (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i;
    return rank(a.d) - rank(b.d) || a.i - b.i;
  }).map((x) => x.d);
}
function summarize(tasks, diagnostics) {
  return {
    ...countTasks(tasks),
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length
  };
}
function countTasks(tasks) {
  return {
    tasks: tasks.length,
    complete: tasks.filter((t) => t.status === "complete").length,
    inProgress: tasks.filter((t) => t.status === "in-progress").length,
    missing: tasks.filter((t) => t.status === "missing").length,
    overdue: tasks.filter((t) => t.overdue).length
  };
}

// dist/cli/progress.js
function progressReporter(io, label, minTotal = 500) {
  let shown = false;
  let last = 0;
  return {
    tick(done, total) {
      if (!io.isTTY || total < minTotal)
        return;
      const now = Date.now();
      if (done !== total && now - last < 100)
        return;
      last = now;
      shown = true;
      io.err(`\r${label} ${done}/${total}`);
    },
    end() {
      if (shown)
        io.err("\r\x1B[K");
    }
  };
}
function statusLine(io) {
  return (message) => {
    if (io.isTTY)
      io.err(`\r${message}\x1B[K`);
  };
}

// dist/cli/check-workspace.js
import { realpath } from "node:fs/promises";
import { join, resolve } from "node:path";
async function checkWorkspace(io, opts) {
  const opened = await openWorkspace(io, opts);
  const ws = opts.dir === void 0 ? opened.ws : { ...opened.ws, dossiers: resolve(io.cwd, opts.dir) };
  const { catalog } = opened;
  const dir = requireDossierDir(io, ws);
  const aliases = makeAliasTable(await builtinAliases(), ws.unitAliases);
  const progress = progressReporter(io, "\u6B63\u5728\u8BFB\u53D6\u4F50\u8BC1\u6587\u4EF6");
  const loaded = await loadDossier(dir, aliases, progress.tick, join(ws.output, CACHE_FOLDER, "evidence.json"));
  progress.end();
  const result = await runCheck(catalog, loaded, { root: await realpath(dir), asOf: ws.asOf, extraUnits: ws.extraUnits });
  let unit;
  if (opts.unit !== void 0) {
    unit = canonicalUnit(opts.unit, aliases);
    if (!catalog.units.includes(unit) && !ws.extraUnits.includes(unit)) {
      throw new UsageError(`--unit \u6307\u5B9A\u7684\u5355\u4F4D\u201C${opts.unit}\u201D\u4E0D\u5728\u65B9\u6848\u7684\u5355\u4F4D\u540D\u5355\u4E2D`, `\u53EF\u9009\u7684\u5355\u4F4D\uFF1A${catalog.units.join("\u3001")}`);
    }
  }
  return { ws, catalog, result, ...unit === void 0 ? {} : { unit } };
}

export {
  parseQuantity,
  sameUnit,
  summarize,
  countTasks,
  statusLine,
  checkWorkspace
};
