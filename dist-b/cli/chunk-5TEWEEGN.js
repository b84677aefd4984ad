import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  remarkParse
} from "./chunk-TCT7KR6Z.js";
import {
  remarkGfm,
  toString
} from "./chunk-3HACCFZB.js";
import {
  unified
} from "./chunk-7HHMQBN3.js";
import {
  recognizeHeader
} from "./chunk-FUKXPB52.js";

// dist/catalog/read-text.js
var SECTION_LINE = /^(?:<b>.+<\/b>|\*\*[^*]+\*\*|#*\s*(?:第[一二三四五六七八九十]+(?:部分|章|节|篇)|[一二三四五六七八九十]+\s*[、.．]|[一二三四五六七八九十]+\s+|[（(][一二三四五六七八九十]+[）)])\s*\S.*)$/;
var NUMBERED_LINE = /^\d+(?:\.\d+)*\s*[\s、.．]\s*\S/;
function readTextPlan(text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const tables = [];
  const tabRows = tabTable(lines);
  if (tabRows.length > 0)
    tables.push({ name: `\u7B2C ${tabRows[0].line} \u884C\u8D77\u7684\u8868\u683C`, rows: tabRows });
  tables.push(...pipeTables(lines.join("\n")));
  tables.sort((a, b) => (a.rows[0]?.line ?? 0) - (b.rows[0]?.line ?? 0));
  return { tables, lines, textLines: true, issues: [] };
}
function lineRow(line, cells, loose = false, numberedLine = false) {
  return { cells, line, place: () => `\u7B2C ${line} \u884C`, ...loose ? { loose } : {}, ...numberedLine ? { numberedLine } : {} };
}
function tabTable(lines) {
  const rows = [];
  let headed = false;
  let pending = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "")
      return;
    if (line.includes("	")) {
      const cells = line.split("	").map((c) => c.trim());
      const header = recognizeHeader(cells) !== void 0;
      if (!header && !headed && cells.filter((c) => c !== "").length < 3)
        return;
      if (header)
        headed = true;
      else
        rows.push(...pending);
      pending = [];
      rows.push(lineRow(i + 1, cells));
      return;
    }
    const t = line.trim();
    if (!headed || t.startsWith("|"))
      return;
    if (SECTION_LINE.test(t))
      pending.push(lineRow(i + 1, [t], true));
    else if (NUMBERED_LINE.test(t))
      rows.push(...pending.splice(0), lineRow(i + 1, [t], true, true));
  });
  return rows;
}
function pipeTables(text) {
  if (!/^\s*\|.*\|/m.test(text))
    return [];
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  const tables = [];
  const covered = /* @__PURE__ */ new Set();
  for (const node of tree.children) {
    if (node.type !== "table")
      continue;
    for (let l = node.position?.start.line ?? 0; l <= (node.position?.end.line ?? -1); l++)
      covered.add(l);
    const rows = node.children.map((row) => lineRow(row.position?.start.line ?? 0, row.children.map((cell) => {
      const only = cell.children.length === 1 ? cell.children[0] : void 0;
      const t = toString(cell).trim();
      return only?.type === "strong" && t !== "" ? `<b>${t}</b>` : t;
    })));
    tables.push({ name: `\u7B2C ${rows[0]?.line ?? 0} \u884C\u7684\u8868\u683C`, rows });
  }
  let orphan = [];
  const flush = () => {
    if (orphan.length > 0)
      tables.push({ name: `\u7B2C ${orphan[0].line} \u884C\u7684\u8868\u683C`, rows: orphan });
    orphan = [];
  };
  text.split("\n").forEach((l, i) => {
    const t = l.trim();
    if (covered.has(i + 1) || !/^\|.*\|$/.test(t) || /^\|[\s:|-]+\|$/.test(t)) {
      if (t !== "")
        flush();
      return;
    }
    orphan.push(lineRow(i + 1, t.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, "|").trim())));
  });
  flush();
  return tables;
}

export {
  readTextPlan
};
