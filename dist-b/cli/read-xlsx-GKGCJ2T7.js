import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UNCALCULATED
} from "./chunk-SHRRRHTO.js";
import "./chunk-F7I2VFIZ.js";
import "./chunk-FUKXPB52.js";
import {
  unixNewlines
} from "./chunk-AMLCVTRC.js";
import "./chunk-AZACBMGK.js";
import "./chunk-CB5SUWAA.js";

// dist/catalog/raw-table.js
function columnLetter(index) {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

// dist/catalog/read-xlsx.js
async function readXlsxPlan(bytes) {
  const { default: ExcelJS } = await import("./excel-GW2MB54D.js");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const tables = [];
  const issues = [];
  book.eachSheet((ws) => {
    if (ws.state !== "visible") {
      if (ws.actualRowCount > 0)
        issues.push({
          severity: "warning",
          line: 0,
          place: `\u5DE5\u4F5C\u8868\u201C${ws.name}\u201D`,
          message: `\u5DE5\u4F5C\u8868\u201C${ws.name}\u201D\u662F\u9690\u85CF\u7684\uFF0C\u672A\u8BFB\u53D6`,
          hint: "\u5982\u679C\u5176\u4E2D\u6709\u4EFB\u52A1\uFF0C\u8BF7\u5728 Excel \u4E2D\u53D6\u6D88\u9690\u85CF\uFF08\u53F3\u952E\u5DE5\u4F5C\u8868\u6807\u7B7E \u2192 \u53D6\u6D88\u9690\u85CF\uFF09"
        });
      return;
    }
    const columns = visibleColumns(ws, issues);
    const rows = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const cells = columns.map((c) => cellText(ws.getCell(r, c)));
      const name = ws.name;
      rows.push({ cells, line: 0, place: (col) => `${name}!${columnLetter((columns[col ?? 0] ?? 1) - 1)}${r}` });
    }
    tables.push({ name: `\u5DE5\u4F5C\u8868\u201C${ws.name}\u201D`, rows, sheet: ws.name });
  });
  const lines = tables.flatMap((t) => t.rows.slice(0, 3).flatMap((r) => r.cells.filter((c) => c !== "")));
  return { tables, lines, textLines: false, issues };
}
function visibleColumns(ws, issues) {
  const out = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    if (!ws.getColumn(c).hidden) {
      out.push(c);
      continue;
    }
    let filled = false;
    ws.getColumn(c).eachCell({ includeEmpty: false }, () => void (filled = true));
    if (filled)
      issues.push({
        severity: "warning",
        line: 0,
        place: `${ws.name}!${columnLetter(c - 1)}`,
        message: `\u5DE5\u4F5C\u8868\u201C${ws.name}\u201D\u7684\u7B2C ${columnLetter(c - 1)} \u5217\u662F\u9690\u85CF\u7684\uFF0C\u672A\u8BFB\u53D6`,
        hint: "\u5982\u679C\u8FD9\u4E00\u5217\u6709\u7528\uFF0C\u8BF7\u5728 Excel \u4E2D\u53D6\u6D88\u9690\u85CF"
      });
  }
  return out;
}
function cellText(cell) {
  const c = cell.isMerged ? cell.master : cell;
  const v = c.value;
  let value = v;
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    if ("error" in v)
      value = String(v.error);
    else if ("result" in v || "formula" in v || "sharedFormula" in v)
      value = v.result ?? UNCALCULATED;
    else if ("richText" in v)
      value = v.richText.map((t) => t.text).join("");
    else if ("text" in v)
      value = String(v.text);
  }
  if (value !== null && typeof value === "object" && "error" in value)
    value = String(value.error);
  const fmt = c.numFmt ?? "";
  let text;
  if (value instanceof Date)
    text = shownDate(value, fmt);
  else if (typeof value === "number")
    text = shownNumber(value, fmt);
  else
    text = value === null || value === void 0 ? "" : String(value);
  text = unixNewlines(text).trim();
  return c.font?.bold && text !== "" ? `<b>${text}</b>` : text;
}
function shownDate(d, fmt) {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const plain = fmt.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  if (plain !== "" && !/d/i.test(plain) && /m/i.test(plain))
    return `${y}\u5E74${m}\u6708`;
  if (plain !== "" && !/[dm]/i.test(plain) && /y/i.test(plain))
    return `${y}\u5E74`;
  return `${y}-${String(m).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}
function shownNumber(n, fmt) {
  const decimals = /0\.(0+)/.exec(fmt)?.[1]?.length;
  return decimals === void 0 ? String(n) : n.toFixed(decimals);
}
export {
  readXlsxPlan
};
