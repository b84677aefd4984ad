import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  parseQuantity,
  sameUnit
} from "./chunk-K5L2GE7U.js";
import {
  CACHE_FOLDER,
  ContentCache,
  loadStandardFile
} from "./chunk-N2MZUJXH.js";
import {
  diagnostic
} from "./chunk-NPVESCYQ.js";
import {
  taskRef
} from "./chunk-4R3GCGMY.js";
import {
  external_exports
} from "./chunk-PR56ENLD.js";
import {
  require_dist
} from "./chunk-Q53BT4TQ.js";
import {
  __toESM
} from "./chunk-CB5SUWAA.js";

// dist/score/load-score.js
import { join } from "node:path";

// dist/score/self-assessment.js
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
var SELF_ASSESSMENT_FILE = "\u81EA\u8BC4.yaml";
var count = external_exports.union([
  external_exports.number().nonnegative(),
  external_exports.string().regex(/^\s*\d+(?:\.\d+)?\s*$/).transform(Number)
]);
var entry = external_exports.object({
  findings: external_exports.record(external_exports.string(), count).optional(),
  values: external_exports.record(external_exports.string(), external_exports.union([external_exports.number(), external_exports.string()]).transform(String)).optional(),
  remark: external_exports.string().optional(),
  applicable: external_exports.boolean().optional(),
  reason: external_exports.string().optional()
}).strict();
var SelfAssessmentError = class extends Error {
};
async function loadSelfAssessment(file) {
  const out = /* @__PURE__ */ new Map();
  if (!existsSync(file))
    return out;
  const doc = import_yaml.default.parseDocument(await readFile(file, "utf8"), { prettyErrors: false });
  if (doc.errors.length > 0)
    throw new SelfAssessmentError(`${SELF_ASSESSMENT_FILE} \u7B2C ${doc.errors[0].linePos?.[0]?.line ?? 1} \u884C\u683C\u5F0F\u9519\u8BEF\uFF1A${doc.errors[0].message.split("\n")[0]}`);
  const data = doc.toJS() ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new SelfAssessmentError(`${SELF_ASSESSMENT_FILE} \u5E94\u6309\u4E09\u7EA7\u9879\u7F16\u53F7\u5206\u9879\u586B\u5199\uFF0C\u5982\u201C4:\u201D\u4E0B\u5199 findings\u3001values \u6216 applicable`);
  for (const [key, value] of Object.entries(data)) {
    const id = key.replace(/[（()）\s]/g, "");
    if (!/^\d+$/.test(id))
      throw new SelfAssessmentError(`${SELF_ASSESSMENT_FILE} \u4E2D\u7684\u201C${key}\u201D\u4E0D\u662F\u4E09\u7EA7\u9879\u7F16\u53F7\uFF08\u5E94\u5199\u6570\u5B57\uFF0C\u5982 4\uFF09`);
    const parsed = entry.safeParse(value ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SelfAssessmentError(`${SELF_ASSESSMENT_FILE} \u4E2D\u4E09\u7EA7\u9879 ${id}${issue.path.length ? ` \u7684 ${issue.path.join(".")}` : ""} \u4E0D\u6B63\u786E\uFF1A${issue.code === "unrecognized_keys" ? `\u4E0D\u8BA4\u8BC6\u7684\u5B57\u6BB5 ${issue.keys?.join("\u3001")}\uFF08\u53EF\u5199 findings\u3001values\u3001remark\u3001applicable\u3001reason\uFF09` : issue.message}`);
    }
    const e = parsed.data;
    const clauseMap = (rec, what) => {
      const m = /* @__PURE__ */ new Map();
      for (const [k, v] of Object.entries(rec ?? {})) {
        if (!/^\d+$/.test(k.trim()))
          throw new SelfAssessmentError(`${SELF_ASSESSMENT_FILE} \u4E2D\u4E09\u7EA7\u9879 ${id} \u7684 ${what} \u91CC\u201C${k}\u201D\u4E0D\u662F\u6761\u6B3E\u5E8F\u53F7\uFF08\u5199 1\u30012\u2026\uFF09`);
        m.set(Number(k), v);
      }
      return m;
    };
    out.set(id, {
      findings: clauseMap(e.findings, "findings"),
      values: clauseMap(e.values, "values"),
      ...e.remark === void 0 ? {} : { remark: e.remark },
      applicable: e.applicable ?? true,
      ...e.reason === void 0 ? {} : { reason: e.reason }
    });
  }
  return out;
}

// dist/score/score-standard.js
function scoreByStandard(input) {
  const diagnostics = [];
  const tasksOf = taskMapping(input);
  const l3 = input.standard.items.filter((i) => i.level === 3);
  const scored = /* @__PURE__ */ new Map();
  const index = evidenceIndex(input);
  for (const item of l3) {
    const tasks = tasksOf.get(item.id) ?? [];
    const evidence = evidenceFor(item.id, tasks, index);
    const s = scoreItem(item, input.assessment.get(item.id), tasks, evidence, input);
    scored.set(item, s);
    const label = `\u4E09\u7EA7\u9879\uFF08${item.id}\uFF09${item.title ?? ""}`;
    if (s.status === "unassessed") {
      diagnostics.push(diagnostic({
        code: "item-unassessed",
        severity: "warning",
        item: item.id,
        message: `${label}\u8FD8\u6CA1\u6709\u81EA\u8BC4`,
        hint: `\u5728 \u81EA\u8BC4.yaml \u4E2D\u5199\u4E0A\u201C${item.id}:\u201D\uFF0C\u6309\u6761\u6B3E\u586B\u5199 findings\uFF08\u53D1\u73B0\u95EE\u9898\u7684\u5904\u6570\uFF09\u6216 values\uFF08\u5B9E\u6D4B\u6570\u503C\uFF09\uFF1B\u4E0D\u9002\u7528\u7684\u5199 applicable: false \u548C reason`
      }));
    }
    if (s.status !== "not-applicable" && evidence.length === 0) {
      diagnostics.push(diagnostic({
        code: "item-unsupported",
        severity: "warning",
        item: item.id,
        message: `${label}\u6CA1\u6709\u4EFB\u4F55\u53EF\u7528\u7684\u4F50\u8BC1\u6750\u6599`,
        hint: `\u5728 dossier.config.yaml \u7684 mapping \u4E2D\u628A\u76F8\u5173\u4EFB\u52A1\u5BF9\u5E94\u5230 ${item.id}\uFF0C\u6216\u5728\u4F50\u8BC1\u6587\u4EF6\u4E2D\u5199 items: [${item.id}]`
      }));
    }
  }
  const items = input.standard.items.map((item) => item.level === 3 ? scored.get(item) : rollUp(item, input.standard.items, scored));
  const counted = [...scored.values()].filter((s) => s.status === "assessed");
  const points = round(counted.reduce((a, s) => a + (s.points ?? 0), 0));
  const score = round(counted.reduce((a, s) => a + (s.score ?? 0), 0));
  return { standard: { name: input.standard.name, source: input.standard.source }, total: { points, score, deducted: round(points - score) }, items, diagnostics };
}
function scoreItem(item, a, tasks, evidence, input) {
  const base = { id: item.id, level: 3, parent: item.parent ?? null, title: item.title, points: item.points, tasks, evidence };
  if (a && !a.applicable)
    return { ...base, score: null, deducted: null, status: "not-applicable", reason: a.reason ?? null, clauses: [] };
  if (!a || item.points === null || item.title === null) {
    return { ...base, score: null, deducted: null, status: "unassessed", reason: null, clauses: item.clauses.map((c) => clauseScore(c, null, null, 0)) };
  }
  const clauses = item.clauses.map((c) => scoreClause(item.id, c, a, evidence, input));
  const lost = Math.min(item.points, clauses.reduce((s, c) => s + c.deducted, 0));
  return { ...base, score: round(item.points - lost), deducted: round(lost), status: "assessed", reason: a.remark ?? null, clauses };
}
function scoreClause(item, c, a, evidence, input) {
  if (c.kind === "threshold") {
    const own = a.values.get(c.no);
    const value = own ?? metricValue(c, evidence, input);
    const q = value === void 0 ? void 0 : parseQuantity(value);
    if (own !== void 0 && (q === void 0 || !sameUnit(q.unit, c.limit?.unit ?? ""))) {
      throw new SelfAssessmentError(`${SELF_ASSESSMENT_FILE} \u4E2D\u4E09\u7EA7\u9879 ${item} \u7B2C ${c.no} \u6761\u7684\u5B9E\u6D4B\u503C\u201C${own}\u201D${q === void 0 ? "\u4E0D\u662F\u6570\u503C" : `\u7684\u5355\u4F4D\u4E0E\u6761\u6B3E\uFF08${c.limit?.unit || "\u65E0\u5355\u4F4D"}\uFF09\u4E0D\u540C`}\uFF1A\u8BF7\u6309\u6761\u6B3E\u201C${c.text}\u201D\u7684\u5355\u4F4D\u586B\u5199\uFF0C\u5982 ${c.limit?.value ?? ""}${c.limit?.unit ?? ""}`);
    }
    const hit = q !== void 0 && c.limit !== void 0 && crosses(q.value, c.limit.op, c.limit.value);
    return clauseScore(c, null, value ?? null, hit ? c.amount ?? 0 : 0);
  }
  const count2 = a.findings.get(c.no) ?? 0;
  const raw = c.kind === "manual" ? count2 : (c.amount ?? 0) * count2;
  return clauseScore(c, count2, null, c.cap === void 0 ? raw : Math.min(c.cap, raw));
}
function clauseScore(c, count2, value, deducted) {
  return { no: c.no, text: c.text, amount: c.amount ?? null, cap: c.cap ?? null, count: count2, value, deducted: round(deducted) };
}
function crosses(value, op, limit) {
  return op === "<=" ? value <= limit : op === "<" ? value < limit : op === ">=" ? value >= limit : value > limit;
}
function metricValue(c, evidence, input) {
  const name = squeeze(c.limit?.name ?? "");
  if (name === "")
    return void 0;
  const files = new Set(evidence);
  for (const t of input.result.tasks) {
    for (const e of t.evidence) {
      if (!files.has(e.file))
        continue;
      const m = e.metrics.find((x) => {
        const n = squeeze(x.name);
        return n !== "" && (n.includes(name) || name.includes(n));
      });
      if (m && sameUnit(parseQuantity(m.raw)?.unit ?? "?", c.limit?.unit ?? ""))
        return m.raw;
    }
  }
  return void 0;
}
function taskMapping(input) {
  const out = /* @__PURE__ */ new Map();
  const add = (item, task) => {
    const list = out.get(item) ?? [];
    if (!list.includes(task))
      list.push(task);
    out.set(item, list);
  };
  for (const t of input.catalog.tasks)
    for (const i of t.items)
      add(i, t.id);
  for (const [task, items] of Object.entries(input.mapping))
    for (const i of items)
      add(i, taskRef(task));
  return out;
}
function evidenceIndex(input) {
  const byTask = /* @__PURE__ */ new Map();
  const byItem = /* @__PURE__ */ new Map();
  const add = (m, k, file) => {
    const list = m.get(k);
    if (list)
      list.push(file);
    else
      m.set(k, [file]);
  };
  for (const t of input.result.tasks) {
    for (const e of t.evidence) {
      add(byTask, t.id, e.file);
      for (const i of e.items)
        add(byItem, i, e.file);
    }
  }
  return { byTask, byItem };
}
function evidenceFor(item, tasks, index) {
  const files = new Set(index.byItem.get(item));
  for (const t of tasks)
    for (const f of index.byTask.get(t) ?? [])
      files.add(f);
  return [...files].sort();
}
function rollUp(item, all, scored) {
  const leaves = descendants(item, all).map((i) => scored.get(i)).filter((s) => s !== void 0);
  const applicable = leaves.filter((s) => s.status !== "not-applicable");
  const excluded = leaves.filter((s) => s.status === "not-applicable");
  const unassessed = applicable.some((s) => s.status === "unassessed") || leaves.length === 0;
  const status = leaves.length > 0 && applicable.length === 0 ? "not-applicable" : unassessed ? "unassessed" : "assessed";
  const points = item.points;
  const lost = round(applicable.reduce((a, s) => a + (s.deducted ?? 0), 0));
  const score = status === "assessed" && points !== null ? round(Math.max(0, applicable.reduce((a, s) => a + (s.points ?? 0), 0) - lost)) : null;
  return {
    id: item.id,
    level: item.level,
    parent: item.parent ?? null,
    title: item.title,
    points,
    score,
    deducted: status === "assessed" ? lost : null,
    status,
    // The score counts the applicable items only: say which points are left out, so 分值 and 得分 add up.
    reason: excluded.length && status === "assessed" ? `\u4E0D\u9002\u7528\u7684\u4E09\u7EA7\u9879${excluded.map((s) => `\uFF08${s.id}\uFF09`).join("")}\u5171 ${round(excluded.reduce((a, s) => a + (s.points ?? 0), 0))} \u5206\u4E0D\u8BA1` : null,
    clauses: [],
    tasks: [...new Set(leaves.flatMap((s) => s.tasks))],
    evidence: [...new Set(leaves.flatMap((s) => s.evidence))].sort()
  };
}
function descendants(item, all) {
  if (item.level === 3)
    return [item];
  const at = all.indexOf(item);
  const out = [];
  for (let i = at + 1; i < all.length && all[i].level > item.level; i++) {
    const c = all[i];
    if (c.level === 3 && (item.level === 2 ? c.parent === item.id : true))
      out.push(c);
  }
  return out;
}
function squeeze(s) {
  return s.replace(/[\s\p{P}]/gu, "");
}
function round(n) {
  return Math.round(n * 100) / 100;
}

// dist/score/load-score.js
var ScoreInputError = class extends Error {
};
var SCORE_INPUT_HINT = "\u8BF7\u6539\u6B63\u8BC4\u5206\u6807\u51C6\u6587\u4EF6\u6216 \u81EA\u8BC4.yaml\uFF08\u5199\u6CD5\u89C1 README \u7684\u201Cdossier score\u201D\u4E00\u8282\uFF09";
async function scoreWorkspace(ws, catalog, result) {
  let standard;
  let assessment;
  try {
    standard = await loadStandardFile(ws.standard, new ContentCache(join(ws.output, CACHE_FOLDER)));
    assessment = await loadSelfAssessment(join(ws.root, SELF_ASSESSMENT_FILE));
  } catch (err) {
    throw new ScoreInputError(err.message);
  }
  const unknown = [...assessment.keys()].filter((id) => !standard.items.some((i) => i.level === 3 && i.id === id));
  if (unknown.length > 0)
    throw new ScoreInputError(`${SELF_ASSESSMENT_FILE} \u4E2D\u7684\u4E09\u7EA7\u9879 ${unknown.join("\u3001")} \u4E0D\u5728\u8BC4\u5206\u6807\u51C6\u4E2D`);
  let score;
  try {
    score = scoreByStandard({ standard, assessment, catalog, result, mapping: ws.mapping ?? {} });
  } catch (err) {
    if (err instanceof SelfAssessmentError)
      throw new ScoreInputError(err.message);
    throw err;
  }
  const draft = standard.items.some((i) => !i.confirmed) || score.items.some((i) => i.level === 3 && i.status === "unassessed");
  return { ...score, standardItems: standard.items, draft };
}

export {
  ScoreInputError,
  SCORE_INPUT_HINT,
  scoreWorkspace
};
