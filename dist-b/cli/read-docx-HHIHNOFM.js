import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  rehypeParse,
  require_lib
} from "./chunk-XMCRCBQA.js";
import "./chunk-WGPIWLQI.js";
import {
  unified
} from "./chunk-7HHMQBN3.js";
import "./chunk-ZSMEBLZ5.js";
import "./chunk-WLQGJLYZ.js";
import {
  __toESM
} from "./chunk-CB5SUWAA.js";

// dist/catalog/read-docx.js
var import_mammoth = __toESM(require_lib(), 1);
async function readDocxPlan(bytes) {
  const result = await import_mammoth.default.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: false });
  const tree = unified().use(rehypeParse, { fragment: true }).parse(result.value);
  const tables = [];
  const lines = [];
  const issues = [];
  for (const node of tree.children) {
    if (node.type !== "element")
      continue;
    if (node.tagName === "table") {
      for (const table of unframed(node)) {
        const n = tables.length + 1;
        tables.push({ name: `\u8868 ${n}`, rows: tableGrid(table).map((cells, i) => ({ cells, line: 0, place: () => `\u8868 ${n} \u7B2C ${i + 1} \u884C` })) });
      }
    } else {
      const t = textOf(node).trim();
      if (t !== "")
        lines.push(t);
    }
  }
  return { tables, lines, textLines: false, issues };
}
function unframed(table) {
  const grid = rowsOf(table);
  const only = grid.length === 1 ? grid[0].children.filter((c) => c.type === "element" && (c.tagName === "td" || c.tagName === "th")) : [];
  const inner = only.length === 1 ? only[0].children.filter((c) => c.type === "element" && c.tagName === "table") : [];
  return inner.length > 0 ? inner.flatMap(unframed) : [table];
}
function rowsOf(table) {
  const trs = [];
  const collect = (el) => {
    for (const c of el.children) {
      if (c.type !== "element")
        continue;
      if (c.tagName === "tr")
        trs.push(c);
      else if (c.tagName === "thead" || c.tagName === "tbody" || c.tagName === "tfoot")
        collect(c);
    }
  };
  collect(table);
  return trs;
}
function tableGrid(table) {
  const trs = rowsOf(table);
  const grid = trs.map(() => []);
  trs.forEach((tr, r) => {
    let col = 0;
    for (const td of tr.children) {
      if (td.type !== "element" || td.tagName !== "td" && td.tagName !== "th")
        continue;
      while (grid[r][col] !== void 0)
        col++;
      const rows = Math.max(1, Number(td.properties["rowSpan"] ?? 1) || 1);
      const cols = Math.max(1, Number(td.properties["colSpan"] ?? 1) || 1);
      const text = cellText(td);
      for (let dr = 0; dr < rows && r + dr < grid.length; dr++)
        for (let dc = 0; dc < cols; dc++)
          grid[r + dr][col + dc] = text;
      col += cols;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
}
function cellText(td) {
  const paragraphs = td.children.filter((c) => c.type === "element");
  const text = (paragraphs.length > 0 ? paragraphs.map(textOf) : [textOf(td)]).map((t) => t.trim()).filter((t) => t !== "").join("\n");
  const bold = paragraphs.length > 0 && paragraphs.every((p) => p.children.every((c) => c.type === "element" && c.tagName === "strong" || c.type === "text" && c.value.trim() === ""));
  return bold && text !== "" ? `<b>${text}</b>` : text;
}
function textOf(node) {
  if (node.type === "text")
    return node.value;
  if (node.type !== "element")
    return "";
  if (node.tagName === "br")
    return "\n";
  return node.children.map(textOf).join("");
}
export {
  readDocxPlan,
  tableGrid
};
