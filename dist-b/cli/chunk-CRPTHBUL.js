import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  formatTarget
} from "./chunk-VEKVPWRX.js";

// dist/dossier/types.js
var STATUSES = ["\u5DF2\u5B8C\u6210", "\u63A8\u8FDB\u4E2D", "\u672A\u542F\u52A8"];
var KINDS = ["\u5236\u5EA6\u6587\u4EF6", "\u4F1A\u8BAE\u7EAA\u8981", "\u5DE5\u4F5C\u53F0\u8D26", "\u56FE\u7247\u8D44\u6599", "\u603B\u7ED3\u62A5\u544A", "\u7EDF\u8BA1\u6570\u636E", "\u5176\u4ED6"];

// dist/dossier/stub.js
var STUB_PLACEHOLDER_START = "\uFF08\u8BF7\u5728\u8FD9\u91CC\u5199\u5DE5\u4F5C\u5F00\u5C55\u60C5\u51B5";
function evidenceStub(task, unit, date, title) {
  const lines = [
    "---",
    `# \u4F50\u8BC1\u6750\u6599\u8BF4\u660E\uFF08dossier new \u751F\u6210\uFF09\u3002\u8BF7\u586B\u5199\u5404\u5B57\u6BB5\u548C\u6B63\u6587\uFF1B\u4EE5 # \u5F00\u5934\u7684\u662F\u8BF4\u660E\uFF0C\u53EF\u4EE5\u5220\u9664\u3002`,
    `# \u4EFB\u52A1 ${task.id}\uFF1A${task.text}`,
    `# \u5B8C\u6210\u65F6\u9650\uFF1A${task.deadlineText}${task.deadline ? `\uFF08${task.deadline}\uFF09` : ""}`,
    `# \u8D23\u4EFB\u5355\u4F4D\uFF1A${[...task.units, ...task.groups].join("\u3001")}`,
    `task: ${/^\d+$/.test(task.id) ? task.id : JSON.stringify(task.id)}`,
    `unit: ${unit}`,
    `title: ${yamlString(title ?? `\u4EFB\u52A1${task.id}\u4F50\u8BC1\u6750\u6599`)}    # \u8BF7\u6539\u4E3A\u6750\u6599\u7684\u6807\u9898`,
    `date: ${date}    # \u5DE5\u4F5C\u5B8C\u6210\u6216\u6587\u4EF6\u5370\u53D1\u7684\u65E5\u671F\uFF0C\u5199\u4F5C YYYY-MM-DD`,
    `status: \u63A8\u8FDB\u4E2D    # \u5DF2\u5B8C\u6210 | \u63A8\u8FDB\u4E2D | \u672A\u542F\u52A8`,
    `kind: \u5DE5\u4F5C\u53F0\u8D26    # ${KINDS.join(" | ")}`
  ];
  if (task.targets.length > 0) {
    lines.push("metrics:    # \u65B9\u6848\u5BF9\u672C\u4EFB\u52A1\u7684\u91CF\u5316\u76EE\u6807\uFF1A\u8BF7\u586B\u5199\u5B9E\u9645\u6570\u503C\uFF0C\u5982 100%");
    for (const t of task.targets)
      lines.push(`  - name: ${yamlString(t.name)}`, `    value: ""    # \u76EE\u6807\uFF1A${formatTarget(t)}`);
  }
  lines.push("attachments: []    # \u9644\u4EF6\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4E8E\u672C\u6587\u4EF6\uFF09\uFF0C\u5982\uFF1A", "#  - \u9644\u4EF6/\u53F0\u8D26.pdf", "---", "", `${STUB_PLACEHOLDER_START}\uFF1A\u505A\u4E86\u54EA\u4E9B\u5DE5\u4F5C\u3001\u4EC0\u4E48\u65F6\u5019\u5B8C\u6210\u3001\u53D6\u5F97\u4E86\u4EC0\u4E48\u6210\u6548\uFF0C\u7528\u5177\u4F53\u6570\u5B57\u8BF4\u660E\u3002\uFF09`, "");
  return lines.join("\n");
}
function yamlString(s) {
  return /^[\p{L}\p{N}（(“][^:#\n]*$/u.test(s) && !/[:：]\s/.test(s) ? s : JSON.stringify(s);
}

export {
  STATUSES,
  KINDS,
  STUB_PLACEHOLDER_START,
  evidenceStub,
  yamlString
};
