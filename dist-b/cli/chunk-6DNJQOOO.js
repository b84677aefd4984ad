import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  findTask,
  taskLabel
} from "./chunk-4R3GCGMY.js";

// dist/check/chase.js
var FILE_KIND = {
  "attachment-missing": "\u9644\u4EF6\u95EE\u9898",
  "attachment-outside": "\u9644\u4EF6\u95EE\u9898",
  "metric-below-target": "\u6307\u6807\u672A\u8FBE\u6807",
  "stray-file": "\u6587\u4EF6\u672A\u8BFB\u53D6",
  "evidence-placeholder": "\u6750\u6599\u672A\u586B\u5199"
};
function chaseList(catalog, result, onlyUnit) {
  const byUnit = /* @__PURE__ */ new Map();
  const add = (unit, item) => byUnit.set(unit, [...byUnit.get(unit) ?? [], item]);
  const collective = [];
  for (const task of catalog.tasks) {
    const p = result.tasks.find((t) => t.no === task.no);
    const base = { task: taskLabel(task), taskText: task.text, ...task.deadline ? { deadline: task.deadline } : {} };
    const late = p.overdue ? `\uFF0C\u5DF2\u903E\u671F ${p.daysLate} \u5929` : "";
    for (const unit of task.units) {
      const delivered = p.evidence.some((e) => e.unit === unit);
      if (!delivered) {
        add(unit, {
          ...base,
          kind: "\u672A\u62A5\u9001",
          detail: `\u5C1A\u672A\u62A5\u9001\u4F50\u8BC1\u6750\u6599${late}${p.status === "missing" ? "" : "\uFF08\u5176\u4ED6\u8D23\u4EFB\u5355\u4F4D\u5DF2\u62A5\u9001\uFF09"}`,
          hint: `\u8BF7\u62A5\u9001\u672C\u5355\u4F4D\u627F\u62C5\u90E8\u5206\u7684\u4F50\u8BC1\u6750\u6599\uFF08\u53EF\u7528 dossier new --task ${task.id} --unit ${unit} \u751F\u6210\u6587\u4EF6\u6846\u67B6\uFF09`
        });
      } else if (p.status === "in-progress" && p.overdue) {
        add(unit, {
          ...base,
          kind: "\u903E\u671F\u672A\u5B8C\u6210",
          detail: `\u5DF2\u8D85\u8FC7\u5B8C\u6210\u65F6\u9650 ${p.daysLate} \u5929\uFF0C\u4EFB\u52A1\u4ECD\u5728\u63A8\u8FDB\u4E2D`,
          hint: "\u8BF7\u52A0\u5FEB\u63A8\u8FDB\uFF1B\u5DF2\u5B8C\u6210\u7684\uFF0C\u8BF7\u628A\u4F50\u8BC1\u6587\u4EF6\u7684 status \u6539\u4E3A\u201C\u5DF2\u5B8C\u6210\u201D\u5E76\u8865\u9F50\u6307\u6807\u548C\u9644\u4EF6"
        });
      }
    }
    if (p.status === "missing" && task.units.length === 0) {
      collective.push({ ...base, kind: "\u672A\u62A5\u9001", detail: `${task.groups.join("\u3001")}\u5747\u672A\u62A5\u9001\u4F50\u8BC1\u6750\u6599${late}`, hint: "\u8BF7\u521B\u5EFA\u529E\u660E\u786E\u7275\u5934\u5355\u4F4D\u5E76\u7763\u4FC3\u62A5\u9001" });
    }
  }
  const known = new Set(catalog.units);
  for (const d of result.diagnostics) {
    if (d.file === void 0 || d.severity !== "error" && d.code !== "stray-file")
      continue;
    const folder = d.file.includes("/") ? d.file.split("/")[0] : void 0;
    const unit = d.unit !== void 0 && known.has(d.unit) ? d.unit : folder !== void 0 && known.has(folder) ? folder : "\uFF08\u5355\u4F4D\u65E0\u6CD5\u8BC6\u522B\uFF09";
    const task = d.task === void 0 ? void 0 : findTask(catalog, d.task);
    add(unit, {
      ...task ? { task: taskLabel(task), taskText: task.text, ...task.deadline ? { deadline: task.deadline } : {} } : {},
      kind: FILE_KIND[d.code] ?? "\u6587\u4EF6\u6709\u8BEF",
      detail: d.message,
      ...d.hint === void 0 ? {} : { hint: d.hint },
      file: d.file,
      ...d.line === void 0 ? {} : { line: d.line }
    });
  }
  const order = [...catalog.units, ...[...byUnit.keys()].filter((u) => !known.has(u))];
  const entries = order.filter((u) => byUnit.has(u) && (onlyUnit === void 0 || u === onlyUnit)).map((unit) => ({ unit, items: byUnit.get(unit) }));
  return { asOf: result.asOf, entries, collective: onlyUnit === void 0 ? collective : [] };
}

// dist/check/chase-format.js
var COLUMNS = [
  { header: "\u4EFB\u52A1\u5E8F\u53F7", width: 9 },
  { header: "\u4EFB\u52A1\u5185\u5BB9", width: 36, wrap: true },
  { header: "\u5B8C\u6210\u65F6\u9650", width: 12 },
  { header: "\u95EE\u9898\u7C7B\u578B", width: 12 },
  { header: "\u5177\u4F53\u60C5\u51B5", width: 40, wrap: true },
  { header: "\u5904\u7406\u5EFA\u8BAE", width: 34, wrap: true },
  { header: "\u6587\u4EF6", width: 24, wrap: true },
  { header: "\u884C", width: 6 }
];
function chaseSheets(list, district) {
  const count = (items, kind) => items.filter((i) => i.kind === kind).length;
  const summary = {
    name: "\u6C47\u603B",
    title: `${district}\u521B\u5EFA\u5DE5\u4F5C\u4F50\u8BC1\u8D44\u6599\u50AC\u529E\u6E05\u5355\uFF08\u622A\u81F3 ${list.asOf}\uFF09`,
    columns: [
      { header: "\u8D23\u4EFB\u5355\u4F4D", width: 24 },
      { header: "\u672A\u62A5\u9001", width: 9 },
      { header: "\u903E\u671F\u672A\u5B8C\u6210", width: 11 },
      { header: "\u6587\u4EF6\u6709\u8BEF", width: 9 },
      { header: "\u9644\u4EF6\u95EE\u9898", width: 9 },
      { header: "\u6307\u6807\u672A\u8FBE\u6807", width: 11 },
      { header: "\u5408\u8BA1", width: 8 }
    ],
    rows: [
      ...list.entries.map((e) => [
        e.unit,
        count(e.items, "\u672A\u62A5\u9001"),
        count(e.items, "\u903E\u671F\u672A\u5B8C\u6210"),
        count(e.items, "\u6587\u4EF6\u6709\u8BEF"),
        count(e.items, "\u9644\u4EF6\u95EE\u9898"),
        count(e.items, "\u6307\u6807\u672A\u8FBE\u6807"),
        e.items.length
      ]),
      ...list.collective.length > 0 ? [["\u96C6\u4F53\u8D23\u4EFB\u4EFB\u52A1\uFF08\u7531\u521B\u5EFA\u529E\u7EDF\u7B79\uFF09", list.collective.length, 0, 0, 0, 0, list.collective.length]] : []
    ]
  };
  const sheet = (name, items) => ({
    name,
    title: `${name}\uFF1A\u5F85\u529E\u4E8B\u9879 ${items.length} \u9879\uFF08\u622A\u81F3 ${list.asOf}\uFF09`,
    columns: COLUMNS,
    rows: items.map((i) => [i.task ?? null, i.taskText ?? "", i.deadline ?? "", i.kind, i.detail, i.hint ?? "", i.file ?? "", i.line ?? null])
  });
  return [summary, ...list.entries.map((e) => sheet(e.unit, e.items)), ...list.collective.length > 0 ? [sheet("\u96C6\u4F53\u8D23\u4EFB\u4EFB\u52A1", list.collective)] : []];
}
function chaseMarkdown(list, district) {
  const out = [`# ${district}\u521B\u5EFA\u5DE5\u4F5C\u4F50\u8BC1\u8D44\u6599\u50AC\u529E\u6E05\u5355`, "", `\u622A\u81F3 ${list.asOf}\uFF0C\u4EE5\u4E0B\u4E8B\u9879\u8BF7\u5404\u8D23\u4EFB\u5355\u4F4D\u6293\u7D27\u529E\u7406\u3002`, ""];
  const section = (title, items) => {
    out.push(`## ${title}\uFF08${items.length} \u9879\uFF09`, "", "| \u4EFB\u52A1 | \u5B8C\u6210\u65F6\u9650 | \u95EE\u9898\u7C7B\u578B | \u5177\u4F53\u60C5\u51B5 | \u5904\u7406\u5EFA\u8BAE |", "| --- | --- | --- | --- | --- |");
    for (const i of items) {
      const where = i.file ? `\uFF08${i.file}${i.line ? ` \u7B2C ${i.line} \u884C` : ""}\uFF09` : "";
      out.push(`| ${i.task ?? ""} | ${i.deadline ?? ""} | ${i.kind} | ${cell(i.detail + where)} | ${cell(i.hint ?? "")} |`);
    }
    out.push("");
  };
  for (const e of list.entries)
    section(e.unit, e.items);
  if (list.collective.length > 0)
    section("\u96C6\u4F53\u8D23\u4EFB\u4EFB\u52A1\uFF08\u7531\u521B\u5EFA\u529E\u7EDF\u7B79\uFF09", list.collective);
  if (list.entries.length === 0 && list.collective.length === 0)
    out.push("\u6CA1\u6709\u9700\u8981\u50AC\u529E\u7684\u4E8B\u9879\u3002", "");
  return out.join("\n");
}
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export {
  chaseList,
  chaseSheets,
  chaseMarkdown
};
