import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  readTextPlan
} from "./chunk-5TEWEEGN.js";
import "./chunk-TCT7KR6Z.js";
import "./chunk-3HACCFZB.js";
import "./chunk-7HHMQBN3.js";
import {
  collectRows
} from "./chunk-SHRRRHTO.js";
import {
  parseChineseNumber
} from "./chunk-F7I2VFIZ.js";
import "./chunk-FUKXPB52.js";
import {
  nearest
} from "./chunk-27L5U2YK.js";
import {
  canonicalUnit
} from "./chunk-Q53BT4TQ.js";
import {
  halfWidth
} from "./chunk-AZACBMGK.js";
import "./chunk-CB5SUWAA.js";

// dist/catalog/deadline.js
var NO_DATE = /规划水平年|按照?国家确定时间|国家统一安排|待定/;
var RECURRING = /每年|每半年|每季度|每季|每月|每周|定期|逐年/;
var ONGOING = /长期坚持|持续推进|常态化|长期|持续|长效|立即|即时/;
var RANGE = /[—–－~～至到]|(?<=[年月日旬底末\d])-(?=\d)/;
var QUARTERS = { \u4E00: 3, \u4E8C: 6, \u4E09: 9, \u56DB: 12, "1": 3, "2": 6, "3": 9, "4": 12 };
function parseDeadline(text, planYear) {
  const s = normalize(text);
  if (s === "")
    return { ok: false };
  if (NO_DATE.test(s))
    return { ok: true, date: null, kind: "none" };
  const whole = parseSpan(s, planYear);
  if (whole === "reversed")
    return { ok: false };
  if (whole !== void 0 && whole !== "year")
    return { ok: true, date: whole, kind: "date" };
  const scan = scanDates(s, planYear);
  if (scan.dates.length > 0)
    return { ok: true, date: scan.dates.sort().at(-1), kind: "date" };
  if (RECURRING.test(s))
    return { ok: true, date: null, kind: "recurring" };
  if (ONGOING.test(s))
    return { ok: true, date: null, kind: "ongoing" };
  return whole === "year" || scan.needsYear ? { ok: false, year: true } : { ok: false };
}
var TOKEN = /(?<dy>\d{4})[./](?<dm>\d{1,2})(?:[./](?<dd>\d{1,2}))?|(?:(?<y>\d{4})年度?)?(?:(?<half>上半年|下半年)|第?(?<q>[一二三四1-4])季度末?|(?<m>\d{1,2})(?:[-—~～至到](?<m2>\d{1,2}))?月份?(?:(?<d>\d{1,2})[日号]|(?<part>上旬|中旬|下旬|底|末|中))?|(?<yend>底|末))?/gu;
function scanDates(s, planYear) {
  const dates = [];
  let needsYear = false;
  let year = planYear;
  let explicit = false;
  for (const m of s.matchAll(TOKEN)) {
    const g = m.groups;
    if (m[0] === "")
      continue;
    if (g["dy"] !== void 0) {
      const d2 = ymd(Number(g["dy"]), Number(g["dm"]), g["dd"] === void 0 ? void 0 : Number(g["dd"]));
      if (d2)
        dates.push(d2);
      year = Number(g["dy"]);
      explicit = true;
      continue;
    }
    if (g["y"] !== void 0) {
      year = Number(g["y"]);
      explicit = true;
    } else if (g["yend"] !== void 0 || !explicit && planYear === void 0) {
      if (g["yend"] === void 0)
        needsYear = true;
      continue;
    }
    const month = g["half"] === "\u4E0A\u534A\u5E74" ? 6 : g["q"] !== void 0 ? QUARTERS[g["q"]] : g["m2"] !== void 0 ? Number(g["m2"]) : g["m"] !== void 0 ? Number(g["m"]) : 12;
    const day = g["d"] !== void 0 ? Number(g["d"]) : g["part"] === "\u4E0A\u65EC" ? 10 : g["part"] === "\u4E2D\u65EC" || g["part"] === "\u4E2D" ? 20 : void 0;
    const d = ymd(year, month, day);
    if (d)
      dates.push(d);
  }
  return { dates, needsYear };
}
function normalize(text) {
  return halfWidth(text).replace(/\s+/g, "");
}
function parseSpan(s, planYear) {
  const point = parsePoint(s, planYear);
  if (point !== void 0)
    return point;
  const parts = s.split(RANGE).filter((p) => p !== "");
  if (parts.length !== 2)
    return void 0;
  const first = parsePoint(parts[0], planYear);
  if (first === void 0 || first === "year")
    return first;
  const last = parsePoint(parts[1], Number(first.slice(0, 4)));
  if (last === "year" || last === void 0)
    return void 0;
  return last < first ? "reversed" : last;
}
function parsePoint(raw, planYear) {
  const s = raw.replace(/(?:全面)?完成$/, "").replace(/(?:以前|之前|前)$/, "");
  let m = /^(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?$/.exec(s);
  if (m)
    return ymd(Number(m[1]), Number(m[2]), m[3] === void 0 ? void 0 : Number(m[3]));
  m = /^(?:(\d{4})年)?(?:第?([一二三四1-4])季度|(上半年|下半年)|(?:年)?(底|末))?$/.exec(s);
  if (m && (m[2] ?? m[3] ?? m[4] ?? m[1]) !== void 0 && s !== "") {
    const year2 = m[1] === void 0 ? planYear : Number(m[1]);
    if (year2 === void 0)
      return "year";
    const month2 = m[2] !== void 0 ? QUARTERS[m[2]] : m[3] === "\u4E0A\u534A\u5E74" ? 6 : 12;
    return ymd(year2, month2);
  }
  m = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|(上旬|中旬|下旬|底|末|中))?$/.exec(s);
  if (!m)
    return void 0;
  const year = m[1] === void 0 ? planYear : Number(m[1]);
  if (year === void 0)
    return "year";
  const month = Number(m[2]);
  const day = m[3] !== void 0 ? Number(m[3]) : m[4] === "\u4E0A\u65EC" ? 10 : m[4] === "\u4E2D\u65EC" || m[4] === "\u4E2D" ? 20 : void 0;
  return ymd(year, month, day);
}
function ymd(year, month, day) {
  if (month < 1 || month > 12)
    return void 0;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = day ?? last;
  if (d < 1 || d > last)
    return void 0;
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// dist/catalog/units.js
var DROP_SUFFIXES = [
  "\uFF08\u7275\u5934\u5355\u4F4D\uFF09",
  "(\u7275\u5934\u5355\u4F4D)",
  "\uFF08\u914D\u5408\u5355\u4F4D\uFF09",
  "(\u914D\u5408\u5355\u4F4D)",
  "\uFF08\u7275\u5934\uFF09",
  "(\u7275\u5934)",
  "\uFF08\u914D\u5408\uFF09",
  "(\u914D\u5408)",
  "\u6309\u804C\u8D23\u5206\u5DE5\u8D1F\u8D23",
  "\u6309\u804C\u8D23\u5206\u5DE5",
  "\u6309\u804C\u8D23\u8D1F\u8D23",
  "\u7275\u5934",
  "\u914D\u5408",
  "\u53C2\u4E0E",
  "\u534F\u52A9",
  "\u534F\u529E",
  "\u8D1F\u8D23",
  "\u7B49"
];
var AND_OTHERS = /等[^、，,；;]{0,12}?(?:部门|单位)(?:和单位|及单位)?$/;
var COMPOUND_GROUP = /各[^、及\s]{1,4}、各[^、及\s]{1,4}/g;
var UNIT_END_SPACE = /([局办委队心院会所站处部厅司组室馆团道镇位块区业）)])\s+(?=[\p{Script=Han}（(])/gu;
function isGroup(name) {
  return /^各/.test(name) || /成员单位$/.test(name) || /相关单位$/.test(name) || /各[^、]{0,6}(?:部门|单位|镇|街道|乡镇|板块|社区)/.test(name) || /^(?:相关|有关)(?:部门|单位)/.test(name);
}
function splitUnits(cell, aliases) {
  const units = [];
  const groups = [];
  const add = (list, name) => {
    if (name !== "" && !list.includes(name))
      list.push(name);
  };
  let rest = cell.trim();
  for (const m of rest.match(COMPOUND_GROUP) ?? [])
    add(groups, m);
  rest = rest.replace(COMPOUND_GROUP, "\u3001");
  rest = rest.replace(UNIT_END_SPACE, "$1\u3001");
  for (let piece of splitOutsideBrackets(rest)) {
    piece = piece.replace(/\s+/g, "");
    for (let again = true; again; ) {
      again = false;
      const others = AND_OTHERS.exec(piece);
      if (others && others.index > 0) {
        piece = piece.slice(0, others.index);
        again = true;
        continue;
      }
      for (const suffix of DROP_SUFFIXES) {
        if (piece.endsWith(suffix) && piece.length > suffix.length + 1) {
          piece = piece.slice(0, -suffix.length);
          again = true;
          break;
        }
      }
    }
    if (piece === "")
      continue;
    if (isGroup(piece))
      add(groups, piece);
    else
      add(units, canonicalUnit(piece, aliases));
  }
  return { units, groups };
}
function splitOutsideBrackets(s) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (ch === "\uFF08" || ch === "(")
      depth++;
    if (ch === "\uFF09" || ch === ")")
      depth = Math.max(0, depth - 1);
    if (depth === 0 && "\u3001\u53CA\uFF0C,\uFF1B;/\uFF0F\n".includes(ch)) {
      out.push(cur);
      cur = "";
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

// dist/catalog/main-tasks.js
var REGION_START = /^#+\s*(?:[一二三四五六七八九十]+、)?\s*主要任务\s*$/;
var REGION_END = /^#+\s*(?:[一二三四五六七八九十]+、)?\s*(创建步骤|工作步骤|实施步骤|工作要求|保障措施|附件)/;
var PART = /^#+\s*（([一二三四五六七八九十]+)）\s*(.+)$/;
var START = /^\*\*(\d+)\s*[.．、]\s*(.+?)\*\*(.*)$/;
var UNITS = /（责任单位[：:]\s*([^（）]*(?:（[^（）]*）[^（）]*)*)）\s*$/;
function parseMainTasks(lines, aliases) {
  const mainTasks = [];
  const issues = [];
  const start = lines.findIndex((l) => REGION_START.test(l.trim()));
  if (start < 0)
    return { mainTasks, issues };
  let part = 0;
  let open;
  const close = (atLine) => {
    if (!open)
      return;
    const m = UNITS.exec(open.text);
    if (!m) {
      issues.push({
        severity: "error",
        line: open.line,
        message: `\u4E3B\u8981\u4EFB\u52A1 ${open.no}\uFF08${open.title}\uFF09\u5230\u7B2C ${atLine} \u884C\u4E3A\u6B62\u6CA1\u6709\u627E\u5230\u201C\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A\u2026\uFF09\u201D`,
        hint: "\u6BCF\u6761\u4E3B\u8981\u4EFB\u52A1\u7684\u6B63\u6587\u5E94\u4EE5\u201C\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A\u5355\u4F4D\u7532\u3001\u5355\u4F4D\u4E59\uFF09\u201D\u7ED3\u5C3E"
      });
    } else {
      const { units, groups } = splitUnits(m[1], aliases);
      const text = open.text.slice(0, m.index).trim();
      mainTasks.push({ no: open.no, part: open.part, title: open.title, text, units, groups, line: open.line });
    }
    open = void 0;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (REGION_END.test(line)) {
      close(i + 1);
      break;
    }
    const p = PART.exec(line);
    if (p) {
      close(i + 1);
      part = parseChineseNumber(p[1]) ?? part;
      continue;
    }
    const s = START.exec(line);
    if (s) {
      close(i + 1);
      const no = Number(s[1]);
      const expected = (mainTasks.at(-1)?.no ?? 0) + 1;
      if (no !== expected) {
        issues.push({
          severity: "error",
          line: i + 1,
          message: `\u4E3B\u8981\u4EFB\u52A1\u7F16\u53F7\u5E94\u4E3A ${expected}\uFF0C\u8FD9\u91CC\u662F ${no}`,
          hint: "\u8BF7\u68C0\u67E5\u4E3B\u8981\u4EFB\u52A1\u662F\u5426\u6F0F\u4E86\u3001\u91CD\u590D\u4E86\u6216\u7F16\u53F7\u5199\u9519\u4E86"
        });
      }
      open = { no, title: s[2].replace(/[。．.]$/, ""), text: s[3].trim(), line: i + 1, part };
      if (UNITS.test(open.text))
        close(i + 1);
      continue;
    }
    if (open && line !== "") {
      open.text += line;
      if (UNITS.test(open.text))
        close(i + 1);
    }
  }
  close(lines.length);
  return { mainTasks, issues };
}

// dist/catalog/numbering.js
function assignIds(rows, what, error) {
  if (rows.every((r) => r.printed === void 0))
    return rows.map((_, i) => String(i + 1));
  const printed = rows.map((r) => r.printed ?? "");
  const unique = new Set(printed).size === printed.length;
  if (!unique && restartsPerSection(rows))
    return rows.map((r) => `${r.section}-${r.printed}`);
  const first = /* @__PURE__ */ new Map();
  const next = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const no = r.printed;
    const before = first.get(no);
    if (before) {
      error(r, `${what}\u5E8F\u53F7 ${no} \u91CD\u590D\uFF0C${before.row.place()}\u5DF2\u7ECF\u7528\u8FC7`, "\u8BF7\u7ED9\u6BCF\u4E00\u884C\u4E0D\u540C\u7684\u5E8F\u53F7");
      continue;
    }
    first.set(no, r);
    const dot = no.lastIndexOf(".");
    const prefix = dot < 0 ? "" : no.slice(0, dot);
    const n = Number(no.slice(dot + 1));
    const expected = next.get(prefix) ?? 1;
    if (n !== expected) {
      const last = expected - 1;
      const p = prefix === "" ? "" : `${prefix}.`;
      const gap = n > expected ? `\u7F3A\u5C11\u5E8F\u53F7 ${p}${expected}${n - 1 > expected ? `\u2013${p}${n - 1}` : ""}` : "\u5E8F\u53F7\u5012\u9000\u4E86";
      error(r, `${what}\u5E8F\u53F7\u4ECE ${p}${last} \u8DF3\u5230\u4E86 ${no}\uFF1A${gap}`, "\u5E8F\u53F7\u5E94\u4ECE 1 \u5F00\u59CB\u8FDE\u7EED\u7F16\u53F7\uFF1B\u5982\u679C\u6709\u884C\u88AB\u5220\u6389\u6216\u62C6\u5F00\u4E86\uFF0C\u8BF7\u8865\u9F50");
    }
    next.set(prefix, Math.max(expected, n + 1));
  }
  return printed;
}
function restartsPerSection(rows) {
  const bySection = /* @__PURE__ */ new Map();
  for (const r of rows)
    bySection.set(r.section, [...bySection.get(r.section) ?? [], r.printed ?? ""]);
  if (bySection.size < 2)
    return false;
  return [...bySection.values()].every((nos) => nos.every((n, i) => n === String(i + 1)));
}

// dist/catalog/targets.js
var OP_WORDS = [
  ["\u4E0D\u4F4E\u4E8E", ">="],
  ["\u4E0D\u5C11\u4E8E", ">="],
  ["\u4E0D\u5C0F\u4E8E", ">="],
  ["\u4E0D\u8D85\u8FC7", "<="],
  ["\u4E0D\u9AD8\u4E8E", "<="],
  ["\u4E0D\u5927\u4E8E", "<="],
  ["\u5927\u4E8E\u7B49\u4E8E", ">="],
  ["\u5C0F\u4E8E\u7B49\u4E8E", "<="],
  ["\u8FBE\u5230", ">="],
  ["\u5927\u4E8E", ">"],
  ["\u9AD8\u4E8E", ">"],
  ["\u8D85\u8FC7", ">"],
  ["\u5C0F\u4E8E", "<"],
  ["\u4F4E\u4E8E", "<"],
  ["\u2265", ">="],
  [">=", ">="],
  ["\u2264", "<="],
  ["<=", "<="],
  ["\uFF1E", ">"],
  [">", ">"],
  ["\uFF1C", "<"],
  ["<", "<"],
  ["\u8FBE", ">="],
  ["\u4E3A", "="],
  ["=", "="]
];
var FIGURE = /(\d+(?:\.\d+)?)\s*(%|％|平方米|分钟|小时|次|项)(以上|以下|以内|内)?/gu;
var CLAUSE = /[；;，,。：:！!？?（）()]/u;
function extractTargets(text) {
  const targets = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    const clauseStart = lastBoundary(text, start);
    const clauseEnd = nextBoundary(text, end);
    let before = text.slice(clauseStart, start).trimEnd();
    const after = text.slice(end, clauseEnd).trim();
    const unit = normalizeUnit(m[2]);
    const suffix = m[3];
    if (/[个第近]$/.test(before) || /[年月日]$/.test(before))
      continue;
    if ((unit === "\u6B21" || unit === "\u9879") && !/(至少|不少于)[^，；。]*$/.test(before) && suffix !== "\u4EE5\u4E0A")
      continue;
    let op;
    for (const [word, o] of OP_WORDS) {
      if (before.endsWith(word)) {
        op = o;
        before = before.slice(0, -word.length).trimEnd();
        break;
      }
    }
    if (suffix === "\u4EE5\u4E0A")
      op = op === ">" ? ">" : ">=";
    else if (suffix === "\u4EE5\u4E0B" || suffix === "\u4EE5\u5185" || suffix === "\u5185")
      op = op === "<" ? "<" : "<=";
    op ??= unit === "\u5206\u949F" || unit === "\u5C0F\u65F6" ? "<=" : ">=";
    const name = targetName(before, after, unit);
    if (name === "")
      continue;
    targets.push({ name, op, value: Number(m[1]), unit });
  }
  return targets;
}
function targetName(before, after, unit) {
  let name = before.replace(/^(积极推进|推进|确保|实现|在|其中|且)/u, "").replace(/(至少|每年至少)$/u, "");
  name = name.replace(/至少/u, "");
  if (unit === "%" && !/率$/.test(name) || unit === "\u5206\u949F" || unit === "\u5C0F\u65F6" || unit === "\u6B21" || unit === "\u9879") {
    name += after.split(/[并而且]|及时/u)[0];
  }
  return name.replace(/[“”"‘’]/g, "").trim();
}
function normalizeUnit(unit) {
  return unit === "\uFF05" ? "%" : unit;
}
function lastBoundary(text, from) {
  for (let i = from - 1; i >= 0; i--)
    if (CLAUSE.test(text[i]))
      return i + 1;
  return 0;
}
function nextBoundary(text, from) {
  for (let i = from; i < text.length; i++)
    if (CLAUSE.test(text[i]))
      return i;
  return text.length;
}

// dist/catalog/plan.js
var DEADLINE_HINT = "\u53EF\u5199\u4F5C\u201C2020\u5E7412\u6708\u201D\u201C2021\u5E746\u670830\u65E5\u524D\u201D\u201C2021.6\u201D\u201C2021\u5E74\u5E95\u524D\u201D\u201C\u4E0A\u534A\u5E74\u201D\u201C2020\u5E7410\u6708-2021\u5E747\u6708\u201D\u201C\u957F\u671F\u575A\u6301\u201D\u201C\u6BCF\u5E74\u201D\u6216\u201C\u89C4\u5212\u6C34\u5E73\u5E74\u201D";
function parsePlan(text, planPath, aliases) {
  return buildCatalog(readTextPlan(text), planPath, aliases);
}
function buildCatalog(source, planPath, aliases) {
  const issues = [...source.issues];
  const error = (r, message, hint) => issues.push({ severity: "error", line: r.row.line, place: r.row.place(), message, ...hint === void 0 ? {} : { hint } });
  const rows = collectRows(source.tables);
  issues.push(...rows.issues);
  if (rows.tasks.length === 0 && !issues.some((i) => i.severity === "error")) {
    issues.push({
      severity: "error",
      line: source.textLines ? 1 : 0,
      message: "\u65B9\u6848\u4E2D\u6CA1\u6709\u627E\u5230\u4EFB\u52A1\u5206\u89E3\u8868",
      hint: "\u4EFB\u52A1\u5206\u89E3\u8868\u8981\u6709\u8868\u5934\u884C\uFF0C\u81F3\u5C11\u5199\u660E\u201C\u5E8F\u53F7\u201D\u201C\u4EFB\u52A1\u5185\u5BB9\uFF08\u6216\u4E3B\u8981\u76EE\u6807\u4EFB\u52A1\u3001\u5DE5\u4F5C\u4EFB\u52A1\uFF09\u201D\u548C\u201C\u8D23\u4EFB\u5355\u4F4D\u201D\u6216\u201C\u5B8C\u6210\u65F6\u9650\u201D"
    });
    return { issues };
  }
  const sections = rows.sections.length > 0 ? rows.sections : [{ no: 1, title: rows.title ?? "\u521B\u5EFA\u5DE5\u4F5C\u4EFB\u52A1" }];
  const implicit = rows.sections.length === 0;
  const ids = assignIds(rows.tasks, "\u4EFB\u52A1", error);
  const stageIds = assignIds(rows.stages, "\u65E5\u7A0B", error);
  const planYear = evidentYear([...rows.tasks, ...rows.stages], [rows.title ?? "", ...source.lines.slice(0, 40)]);
  const tasks = rows.tasks.map((r, i) => {
    const id = ids[i];
    if (!implicit && r.section === 0)
      error(r, `\u4EFB\u52A1 ${id} \u51FA\u73B0\u5728\u7B2C\u4E00\u4E2A\u5206\u8282\u884C\u4E4B\u524D`, "\u4EFB\u52A1\u5206\u89E3\u8868\u7684\u7B2C\u4E00\u884C\u5E94\u662F\u5206\u8282\u884C\uFF0C\u5982\u201C<b>\u4E00\u3001\u2026</b>\u201D");
    const lead = splitUnits(r.lead, aliases);
    const support = splitUnits(r.support, aliases);
    const all = splitUnits(r.units, aliases);
    const units2 = [.../* @__PURE__ */ new Set([...lead.units, ...all.units, ...support.units])];
    const groups = [.../* @__PURE__ */ new Set([...lead.groups, ...all.groups, ...support.groups])];
    if (units2.length + groups.length === 0)
      error(r, `\u4EFB\u52A1 ${id} \u6CA1\u6709\u5199\u8D23\u4EFB\u5355\u4F4D`, "\u8BF7\u5728\u8D23\u4EFB\u5355\u4F4D\uFF08\u6216\u7275\u5934\u5355\u4F4D\uFF09\u4E00\u5217\u5199\u660E\u5355\u4F4D\u540D\u79F0");
    const deadline = readDeadline(r, planYear, error);
    return {
      id,
      no: i + 1,
      section: implicit ? 1 : Math.max(1, r.section),
      text: r.text,
      units: units2,
      lead: lead.units,
      support: support.units,
      groups,
      deadline: deadline.date,
      deadlineKind: deadline.kind,
      deadlineText: r.deadline,
      targets: extractTargets(r.text),
      items: itemRefs(r.items),
      extra: r.extra,
      line: r.row.line,
      place: r.row.place()
    };
  });
  const schedule = rows.stages.map((r, i) => {
    const split = splitUnits([r.lead, r.units, r.support].filter((x) => x !== "").join("\u3001"), aliases);
    const deadline = readDeadline(r, planYear, error);
    return {
      no: Number(stageIds[i]) || i + 1,
      text: r.text,
      units: split.units,
      groups: split.groups,
      deadline: deadline.date,
      deadlineKind: deadline.kind,
      deadlineText: r.deadline,
      line: r.row.line,
      place: r.row.place()
    };
  });
  const main = source.textLines ? parseMainTasks(source.lines, aliases) : { mainTasks: [], issues: [] };
  issues.push(...main.issues);
  const units = unitsInOrder([...tasks, ...schedule, ...main.mainTasks], issues);
  if (issues.some((i) => i.severity === "error"))
    return { issues };
  const district = districtOf([...source.lines.slice(0, 40), rows.title ?? ""]);
  const catalog = { plan: planPath, sections, tasks, schedule, mainTasks: main.mainTasks, units };
  return { catalog: district === void 0 ? catalog : { ...catalog, district }, issues };
}
function districtOf(lines) {
  for (const line of lines) {
    const m = /^(?:关于印发)?([^，。：:《》“”\d]{2,20}?)(?:\d{4}年度?)?(?:国家|创建)?安全发展示范城市/.exec(line.replace(/^#+/, "").replace(/\s+/g, ""));
    if (m)
      return m[1];
  }
  return void 0;
}
function readDeadline(r, planYear, error) {
  if (!r.hasDeadline)
    return { date: null, kind: "none" };
  const result = parseDeadline(r.deadline, planYear);
  if (result.ok)
    return { date: result.date, kind: result.kind };
  if (r.deadline === "")
    error(r, "\u5B8C\u6210\u65F6\u9650\u662F\u7A7A\u7684", `\u8BF7\u5199\u660E\u5B8C\u6210\u65F6\u9650\uFF0C${DEADLINE_HINT}`);
  else if (result.year)
    error(r, `\u5B8C\u6210\u65F6\u9650\u201C${r.deadline}\u201D\u6CA1\u6709\u5199\u5E74\u4EFD\uFF0C\u65B9\u6848\u4E2D\u4E5F\u770B\u4E0D\u51FA\u662F\u54EA\u4E00\u5E74`, "\u8BF7\u5199\u660E\u5E74\u4EFD\uFF0C\u5982\u201C2021\u5E746\u6708\u5E95\u524D\u201D\u201C2021\u5E74\u4E0A\u534A\u5E74\u201D");
  else
    error(r, `\u5B8C\u6210\u65F6\u9650\u201C${r.deadline}\u201D\u65E0\u6CD5\u8BC6\u522B`, DEADLINE_HINT);
  return { date: null, kind: "none" };
}
function evidentYear(rows, titles) {
  const only = (texts) => {
    const years = new Set(texts.flatMap((t) => [...t.matchAll(/(20\d{2})\s*(?:年|[./-]\d)/g)].map((m) => Number(m[1]))));
    return years.size === 1 ? [...years][0] : void 0;
  };
  return only(rows.map((r) => r.deadline)) ?? only(titles);
}
function itemRefs(cell) {
  return [...new Set([...halfWidth(cell).matchAll(/\d+/g)].map((m) => m[0]))];
}
function unitsInOrder(items, issues) {
  const units = [];
  const where = /* @__PURE__ */ new Map();
  const count = /* @__PURE__ */ new Map();
  for (const item of items) {
    for (const u of item.units) {
      count.set(u, (count.get(u) ?? 0) + 1);
      if (!where.has(u)) {
        units.push(u);
        where.set(u, item);
      }
    }
  }
  units.forEach((u, i) => {
    const twin = nearest(u, units.slice(0, i), 1);
    if (twin !== void 0 && [...u].length >= 3) {
      const [rare, common] = (count.get(u) ?? 0) > (count.get(twin) ?? 0) ? [twin, u] : [u, twin];
      const at = where.get(rare);
      issues.push({
        severity: "warning",
        line: at.line,
        ...at.place === void 0 ? {} : { place: at.place },
        message: `\u8D23\u4EFB\u5355\u4F4D\u201C${rare}\u201D\u4E0E\u201C${common}\u201D\u53EA\u5DEE\u4E00\u4E2A\u5B57\uFF0C\u53EF\u80FD\u662F\u540C\u4E00\u5355\u4F4D\u7684\u4E24\u79CD\u5199\u6CD5`,
        hint: `\u5982\u679C\u662F\u540C\u4E00\u5355\u4F4D\uFF0C\u8BF7\u5728\u522B\u540D\u8868\uFF08dossier.config.yaml \u7684 unitAliases\uFF09\u4E2D\u52A0\u4E0A\u201C${rare}: ${common}\u201D`
      });
    }
  });
  return units;
}
export {
  buildCatalog,
  parsePlan
};
