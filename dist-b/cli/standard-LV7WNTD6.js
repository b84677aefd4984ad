import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  STANDARD_FILE,
  findWorkspace,
  formatPlanIssues,
  loadStandardFile,
  readSource,
  shownPath,
  standardYaml
} from "./chunk-N2MZUJXH.js";
import {
  padEnd,
  truncate
} from "./chunk-3RLGQMEY.js";
import {
  writeFileAtomic
} from "./chunk-6ETYQEM3.js";
import {
  UsageError
} from "./chunk-B7VP7B3W.js";
import {
  chineseNumber
} from "./chunk-F7I2VFIZ.js";
import "./chunk-PR56ENLD.js";
import "./chunk-Q53BT4TQ.js";
import {
  unixNewlines
} from "./chunk-AMLCVTRC.js";
import "./chunk-2A7A4PYV.js";
import "./chunk-CB5SUWAA.js";

// dist/cli/commands/standard.js
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";

// dist/standard/parse-clauses.js
var NUMBER = "(\\d+(?:\\.\\d+)?)";
var AMOUNT = new RegExp(`\u6263\\s*${NUMBER}\\s*\u5206`);
var CAP = new RegExp(`${NUMBER}\\s*\u5206\u6263\u5B8C\u4E3A\u6B62|(?:\u6700\u591A|\u6700\u9AD8|\u7D2F\u8BA1\u6700\u591A|\u7D2F\u8BA1\u4E0D\u8D85\u8FC7)\u6263?\\s*${NUMBER}\\s*\u5206|\u6263\u5206\u4E0D\u8D85\u8FC7\\s*${NUMBER}\\s*\u5206`);
var PER = /每(?:发现|缺|少|有|出现|查出|抽查发现)?[^，,。；扣]{0,16}?(?:一|1)?\s*(?:处|项|个|次|家|起|人|条|份|台|座|辆|户|所|支)/;
var OPS = [
  [/^(?:≤|<=|＜=|不高于|不超过|不大于)$/, "<="],
  [/^(?:<|＜|低于|小于|不足|未达到|未达)$/, "<"],
  [/^(?:≥|>=|＞=|不低于|不少于|不小于)$/, ">="],
  [/^(?:>|＞|高于|大于|超过)$/, ">"]
];
var LIMIT = new RegExp(`([^\uFF0C,\u3002\uFF1B]*?[\\p{Script=Han}\uFF09)])\\s*(\u2264|<=|\uFF1C=|<|\uFF1C|\u2265|>=|\uFF1E=|>|\uFF1E|\u4E0D\u9AD8\u4E8E|\u4E0D\u8D85\u8FC7|\u4E0D\u5927\u4E8E|\u4F4E\u4E8E|\u5C0F\u4E8E|\u4E0D\u8DB3|\u672A\u8FBE\u5230|\u672A\u8FBE|\u4E0D\u4F4E\u4E8E|\u4E0D\u5C11\u4E8E|\u4E0D\u5C0F\u4E8E|\u9AD8\u4E8E|\u5927\u4E8E|\u8D85\u8FC7)\\s*${NUMBER}\\s*(%|\uFF05|\u4E2A|\u5BB6|\u5904|\u5206\u949F|\u5C0F\u65F6|\u4EBA|\u6B21|\u5E73\u65B9\u7C73)?`, "u");
var JUDGEMENT = /酌情|视情|视具体情况|视情况|[～~至-]\s*\d+(?:\.\d+)?\s*分/;
function parseClauses(text) {
  const numbered = unixNewlines(text).split(/[。\n]|(?=(?:^|\s)[（(]?[0-9一二三四五六七八九十]+[）).．、](?!\d))/u).map((p) => p.replace(/^\s*[（(]?[0-9一二三四五六七八九十]+[）).．、](?!\d)\s*/u, "").trim()).filter((p) => p !== "");
  const texts = [];
  let note = false;
  for (const sentence of numbered) {
    note = texts.length > 0 && (/^注\s*[:：]/.test(sentence) || note && !AMOUNT.test(sentence));
    if (note) {
      texts[texts.length - 1] += /^注\s*[:：]/.test(sentence) ? `\uFF08${sentence}\uFF09` : "";
      if (!/^注\s*[:：]/.test(sentence))
        texts[texts.length - 1] = texts[texts.length - 1].replace(/）$/, `\u3002${sentence}\uFF09`);
      continue;
    }
    let pending = "";
    for (const piece of sentence.split(/[；;]/).map((p) => p.trim()).filter((p) => p !== "")) {
      pending = pending ? `${pending}\uFF1B${piece}` : piece;
      if (AMOUNT.test(piece)) {
        texts.push(pending);
        pending = "";
      }
    }
    if (pending)
      texts.push(pending);
  }
  return texts.map((piece, i) => readClause(piece, i + 1));
}
function readClause(text, no) {
  const amount = AMOUNT.exec(text);
  if (!amount || JUDGEMENT.test(text))
    return { no, text, kind: "manual" };
  const value = Number(amount[1]);
  const capMatch = CAP.exec(text);
  const cap = capMatch ? Number(capMatch[1] ?? capMatch[2] ?? capMatch[3]) : void 0;
  const beforeAmount = text.slice(0, amount.index);
  if (PER.test(beforeAmount))
    return { no, text, kind: "per-finding", amount: value, ...cap === void 0 ? {} : { cap } };
  const limit = LIMIT.exec(beforeAmount);
  if (limit) {
    const op = OPS.find(([re]) => re.test(limit[2]))[1];
    const name = limit[1].replace(/^(?:其中|且|或|城市|辖区)?/, "").trim();
    const unit = (limit[4] ?? "").replace("\uFF05", "%");
    return { no, text, kind: "threshold", amount: value, limit: { name, op, value: Number(limit[3]), unit } };
  }
  if (/的\s*[，,]?\s*$/.test(beforeAmount) || /[，,]\s*$/.test(beforeAmount))
    return { no, text, kind: "per-finding", amount: value, cap: cap ?? value };
  return { no, text, kind: "manual" };
}

// dist/standard/read-standard-table.js
var ROLES = [
  ["l1", /^一级(?:项目?|指标)?/],
  ["l2", /^二级(?:项目?|指标)?/],
  ["l3", /^三级(?:项目?|指标)?/],
  ["criteria", /评分标准|扣分标准|评分细则|评分方法|扣分细则/],
  ["content", /评价内容|考核内容|评价要求|考评内容/],
  ["points", /^(?:分值|标准分|满分)/]
];
var POINTS = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]\s*$|\s(\d+(?:\.\d+)?)\s*分\s*$/;
function readStandardTables(tables, name, source) {
  const issues = [];
  const items = [];
  const byKey = /* @__PURE__ */ new Map();
  let roles;
  const l1Ids = /* @__PURE__ */ new Map();
  for (const table of tables) {
    for (const row of table.rows) {
      const cells = row.cells.map((c) => c.replace(/<\/?b>/g, "").trim());
      if (cells.every((c) => c === ""))
        continue;
      const header = headerRoles(cells);
      if (header) {
        roles = header;
        continue;
      }
      if (!roles)
        continue;
      const at = (r) => roles.indexOf(r);
      const cell = (r) => at(r) >= 0 ? cells[at(r)] ?? "" : "";
      const [t1, t2, t3] = [cell("l1"), cell("l2"), cell("l3")];
      if (t3 === "" && cell("criteria") === "")
        continue;
      if (t1 === "" || t2 === "" || t3 === "") {
        issues.push({
          severity: "error",
          line: row.line,
          place: row.place(),
          message: "\u8FD9\u4E00\u884C\u7684\u4E00\u7EA7\u9879\u3001\u4E8C\u7EA7\u9879\u6216\u4E09\u7EA7\u9879\u662F\u7A7A\u7684",
          hint: "\u5408\u5E76\u5355\u5143\u683C\u8BF7\u4FDD\u6301\u5408\u5E76\uFF1B\u6BCF\u4E00\u884C\u90FD\u8981\u80FD\u770B\u51FA\u5B83\u5C5E\u4E8E\u54EA\u4E2A\u4E00\u7EA7\u9879\u3001\u4E8C\u7EA7\u9879\u548C\u4E09\u7EA7\u9879"
        });
        continue;
      }
      const l1 = titled(t1, 1, () => chineseNumber(l1Ids.size + 1));
      if (!l1Ids.has(t1))
        l1Ids.set(t1, l1.id);
      const id1 = l1Ids.get(t1);
      const l2 = titled(t2, 2, () => String(items.filter((i) => i.level === 2).length + 1));
      const l3 = titled(t3, 3, () => String(items.filter((i) => i.level === 3).length + 1));
      const points3 = at("points") >= 0 && /^\d+(?:\.\d+)?$/.test(cell("points")) ? Number(cell("points")) : l3.points;
      add(`1|${id1}`, { id: id1, level: 1, title: l1.title, points: l1.points, clauses: [], source, confirmed: true }, row);
      add(`2|${l2.id}`, { id: l2.id, level: 2, parent: id1, title: l2.title, points: l2.points, clauses: [], source, confirmed: true }, row);
      const entry = add(`3|${l3.id}`, { id: l3.id, level: 3, parent: l2.id, title: l3.title, points: points3, content: cell("content"), clauses: [], source, confirmed: true }, row);
      const criteria = cell("criteria");
      if (criteria !== "" && !entry.criteria.includes(criteria))
        entry.criteria.push(criteria);
    }
  }
  function add(key, item, row) {
    let entry = byKey.get(key);
    if (!entry) {
      entry = { item, criteria: [], row };
      byKey.set(key, entry);
      items.push(item);
    }
    return entry;
  }
  if (!roles) {
    issues.push({ severity: "error", line: 0, message: "\u6CA1\u6709\u627E\u5230\u8BC4\u5206\u8868\u7684\u8868\u5934", hint: "\u8868\u5934\u5E94\u5199\u660E\u201C\u4E00\u7EA7\u9879\u201D\u201C\u4E8C\u7EA7\u9879\u201D\u201C\u4E09\u7EA7\u9879\u201D\u201C\u8BC4\u4EF7\u5185\u5BB9\u201D\u201C\u8BC4\u5206\u6807\u51C6\u201D\uFF08\u8868\u5934\u4E0A\u65B9\u53EF\u4EE5\u6709\u4E00\u884C\u6807\u9898\uFF09" });
    return { issues };
  }
  const finished = items.map((item) => {
    if (item.level !== 3)
      return item;
    const entry = byKey.get(`3|${item.id}`);
    return { ...item, clauses: parseClauses(entry.criteria.join("\n")) };
  });
  checkPoints(finished, issues, (id) => byKey.get(`3|${id}`)?.row);
  if (issues.some((i) => i.severity === "error"))
    return { issues };
  return { standard: { name, source, items: finished }, issues };
}
function headerRoles(cells) {
  const roles = cells.map((c) => ROLES.find(([, re]) => re.test(c.replace(/\s+/g, "")))?.[0] ?? "other");
  return roles.includes("l3") && roles.includes("criteria") ? roles : void 0;
}
function titled(text, level, next) {
  const p = POINTS.exec(text);
  const points = p ? Number(p[1] ?? p[2]) : null;
  let rest = (p ? text.slice(0, p.index) : text).trim();
  let id;
  const m = level === 1 ? /^([一二三四五六七八九十]+)\s*[、.．]\s*/.exec(rest) : /^[（(]?\s*(\d+)\s*[）).．、]\s*/.exec(rest);
  if (m) {
    id = m[1];
    rest = rest.slice(m[0].length).trim();
  }
  return { id: id ?? next(), title: rest, points };
}
function checkPoints(items, issues, rowOf) {
  for (const parent of items.filter((i) => i.level !== 3)) {
    const children = items.filter((i) => i.level === parent.level + 1 && i.parent === parent.id);
    if (parent.points === null || children.some((c) => c.points === null))
      continue;
    const sum = Math.round(children.reduce((a, c) => a + c.points, 0) * 100) / 100;
    if (sum !== parent.points) {
      const row = children[0] ? rowOf(children[0].level === 3 ? children[0].id : items.find((i) => i.level === 3 && i.parent === children[0].id)?.id ?? "") : void 0;
      issues.push({
        severity: "warning",
        line: row?.line ?? 0,
        ...row ? { place: row.place() } : {},
        message: `${parent.level === 1 ? "\u4E00\u7EA7\u9879" : "\u4E8C\u7EA7\u9879"}\u201C${parent.title}\u201D\u662F ${parent.points} \u5206\uFF0C\u4E0B\u9762\u5404\u9879\u5408\u8BA1 ${sum} \u5206`,
        hint: "\u8BF7\u6838\u5BF9\u8868\u4E2D\u5404\u9879\u7684\u5206\u503C\uFF08\u5199\u5728\u6807\u9898\u62EC\u53F7\u4E2D\uFF0C\u5982\u201C\uFF082\u5206\uFF09\u201D\uFF09"
      });
    }
  }
}

// dist/cli/commands/standard.js
async function standardShowCommand(io, opts) {
  const file = (await findWorkspace(io, opts)).standard;
  let standard;
  try {
    standard = await loadStandardFile(file);
  } catch (err) {
    throw new UsageError(err.message, "\u8BF7\u6539\u6B63\u8BE5\u6587\u4EF6\uFF0C\u6216\u7528 dossier standard import \u6B63\u5F0F\u8BC4\u5206\u8868.docx --force \u91CD\u65B0\u5BFC\u5165");
  }
  io.out(standardTable(standard, shownPath(io.cwd, file), io.columns));
  return 0;
}
async function standardImportCommand(io, source, opts) {
  const ws = await findWorkspace(io, opts);
  const file = resolve(io.cwd, source);
  let bytes;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UsageError(`\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\u201C${source}\u201D`, "\u8BF7\u68C0\u67E5\u6587\u4EF6\u540D\u548C\u8DEF\u5F84");
  }
  const raw = await readSource(file, bytes);
  if ("message" in raw)
    throw new UsageError(raw.message, raw.hint);
  const read = readStandardTables(raw.tables, "\u56FD\u5BB6\u5B89\u5168\u53D1\u5C55\u793A\u8303\u57CE\u5E02\u8BC4\u4EF7\u7EC6\u5219\u548C\u8BC4\u5206\u6807\u51C6", `\u5BFC\u5165\u81EA ${basename(file)}`);
  if (read.issues.length > 0)
    io.err(formatPlanIssues(shownPath(io.cwd, file), read.issues));
  if (!read.standard)
    throw new UsageError("\u8BC4\u5206\u8868\u6709\u9519\u8BEF\uFF0C\u672A\u5BFC\u5165", "\u8BF7\u6309\u4E0A\u9762\u5217\u51FA\u7684\u4F4D\u7F6E\u4FEE\u6539\u540E\u91CD\u65B0\u5BFC\u5165");
  const target = join(ws.root, STANDARD_FILE);
  if (existsSync(target) && !opts.force) {
    throw new UsageError(`${shownPath(io.cwd, target)} \u5DF2\u7ECF\u5B58\u5728\uFF0C\u672A\u8986\u76D6`, "\u786E\u8BA4\u8981\u7528\u65B0\u5BFC\u5165\u7684\u8868\u4EE3\u66FF\u5B83\u65F6\uFF0C\u52A0 --force");
  }
  const header = [`\u8BC4\u5206\u6807\u51C6\uFF1A\u7531 dossier standard import \u4ECE\u201C${basename(file)}\u201D\u5BFC\u5165\u3002`, "\u8BF7\u9010\u9879\u6838\u5BF9\u5206\u503C\u548C\u6761\u6B3E\uFF1Bkind: manual \u7684\u6761\u6B3E dossier \u65E0\u6CD5\u81EA\u52A8\u8BA1\u7B97\u6263\u5206\uFF0C\u987B\u5728 \u81EA\u8BC4.yaml \u4E2D\u4EBA\u5DE5\u586B\u5199\u3002"];
  await writeFileAtomic(target, standardYaml(read.standard, header));
  const s = read.standard;
  const level = (n) => s.items.filter((i) => i.level === n);
  const clauses = level(3).flatMap((i) => i.clauses.map((c) => ({ item: i, c })));
  const manual = clauses.filter((x) => x.c.kind === "manual");
  const total = level(1).reduce((a, i) => a + (i.points ?? 0), 0);
  io.out(`\u5DF2\u5BFC\u5165 ${shownPath(io.cwd, target)}\uFF1A${level(1).length} \u4E2A\u4E00\u7EA7\u9879\uFF08\u5408\u8BA1 ${total} \u5206\uFF09\u3001${level(2).length} \u4E2A\u4E8C\u7EA7\u9879\u3001${level(3).length} \u4E2A\u4E09\u7EA7\u9879\u3001${clauses.length} \u6761\u8BC4\u5206\u6807\u51C6\u6761\u6B3E\u3002
`);
  if (manual.length > 0) {
    io.out(`\u5176\u4E2D ${manual.length} \u6761\u65E0\u6CD5\u81EA\u52A8\u8BA1\u7B97\u6263\u5206\uFF08kind: manual\uFF09\uFF0C\u987B\u4EBA\u5DE5\u8BC4\u5B9A\uFF1A
`);
    for (const { item, c } of manual)
      io.out(`  \uFF08${item.id}\uFF09${item.title ?? ""} \u7B2C ${c.no} \u6761\uFF1A${truncate(c.text, Math.max(30, io.columns - 24))}
`);
  }
  return 0;
}
function standardTable(s, shown, columns) {
  const lines = [`${s.name}\uFF08${shown}\uFF09`, ""];
  for (const item of s.items) {
    const indent = "  ".repeat(item.level - 1);
    const id = item.level === 1 ? `${item.id}\u3001` : item.level === 2 ? `${item.id}.` : `\uFF08${item.id}\uFF09`;
    const title = item.title ?? "\uFF08\u7F3A\uFF1A\u540D\u79F0\u672A\u77E5\uFF09";
    const points = item.points === null ? "\uFF1F\u5206" : `${item.points} \u5206`;
    const flags = [item.level === 3 ? `${item.clauses.length} \u6761\u6761\u6B3E` : "", item.level > 1 && item.parent === void 0 ? "\u6240\u5C5E\u672A\u77E5" : "", item.confirmed ? "" : "\u672A\u6838\u5B9E"].filter((f) => f !== "").join("\uFF0C");
    lines.push(`${padEnd(truncate(`${indent}${id}${title}`, Math.max(30, columns - 24)), Math.max(30, columns - 24))}${padEnd(points, 8)}${flags}`);
  }
  const l3 = s.items.filter((i) => i.level === 3);
  const gaps = s.items.filter((i) => i.title === null || i.points === null);
  const unconfirmed = s.items.filter((i) => !i.confirmed);
  const manual = l3.flatMap((i) => i.clauses).filter((c) => c.kind === "manual").length;
  lines.push("", `\u5171 ${l3.length} \u4E2A\u4E09\u7EA7\u9879\uFF1B${gaps.length} \u9879\u7A7A\u7F3A\uFF08\u540D\u79F0\u6216\u5206\u503C\u672A\u77E5\uFF09\uFF0C${unconfirmed.length} \u9879\u672A\u6838\u5B9E\uFF0C${manual} \u6761\u6761\u6B3E\u987B\u4EBA\u5DE5\u8BC4\u5B9A\u3002`);
  if (unconfirmed.length > 0)
    lines.push("\u672A\u6838\u5B9E\u6216\u7A7A\u7F3A\u7684\u9879\u76EE\u4E0D\u80FD\u7528\u4E8E\u6253\u5206\uFF1A\u8BF7\u7528 dossier standard import \u6B63\u5F0F\u8BC4\u5206\u8868.docx \u5BFC\u5165\u672C\u5730\u533A\u624B\u4E2D\u7684\u6B63\u5F0F\u8BC4\u5206\u8868\u3002");
  return lines.join("\n") + "\n";
}
export {
  standardImportCommand,
  standardShowCommand,
  standardTable
};
