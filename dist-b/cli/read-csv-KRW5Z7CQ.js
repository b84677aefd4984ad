import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  parse
} from "./chunk-BLHCFEFF.js";
import {
  decodeText
} from "./chunk-2A7A4PYV.js";
import "./chunk-CB5SUWAA.js";

// dist/catalog/read-csv.js
function readCsvPlan(bytes) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return {
      tables: [],
      lines: [],
      textLines: true,
      issues: [{ severity: "error", line: 0, message: `CSV \u6587\u4EF6\u65E0\u6CD5\u8BFB\u53D6\uFF1A${decoded.reason}`, hint: "\u8BF7\u5728 Excel \u4E2D\u53E6\u5B58\u4E3A\u201CCSV UTF-8\uFF08\u9017\u53F7\u5206\u9694\uFF09\u201D\u540E\u91CD\u8BD5" }]
    };
  }
  const text = decoded.text;
  const head = text.split("\n").filter((l) => l.trim() !== "").slice(0, 6);
  const delimiter = [",", "	", ";"].map((d) => ({ d, n: Math.max(...head.map((l) => l.split(d).length)) })).sort((a, b) => b.n - a.n)[0].d;
  let records;
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, info: true, bom: true, skip_empty_lines: false });
  } catch (err) {
    const line = err.lines ?? 0;
    return {
      tables: [],
      lines: [],
      textLines: true,
      issues: [{ severity: "error", line, message: `CSV \u683C\u5F0F\u9519\u8BEF\uFF1A${err.message}`, hint: "\u8BF7\u68C0\u67E5\u5F15\u53F7\u662F\u5426\u914D\u5BF9\uFF1B\u53EF\u5728 Excel \u4E2D\u6253\u5F00\u540E\u91CD\u65B0\u53E6\u5B58\u4E3A CSV" }]
    };
  }
  const rows = records.map(({ record, info }) => {
    const breaks = record.join("").split("\n").length - 1;
    const line = info.lines - breaks;
    return { cells: record.map((c) => c.trim()), line, place: () => `\u7B2C ${line} \u884C` };
  });
  return { tables: [{ name: "CSV \u8868\u683C", rows }], lines: [], textLines: true, issues: [] };
}
export {
  readCsvPlan
};
