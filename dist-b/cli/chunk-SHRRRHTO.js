import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  parseChineseNumber
} from "./chunk-F7I2VFIZ.js";
import {
  recognizeHeader,
  recognizeSubHeader,
  refineHeader,
  signature
} from "./chunk-FUKXPB52.js";
import {
  halfWidth
} from "./chunk-AZACBMGK.js";

// dist/catalog/table-rows.js
var HEADER_HINT = "\u8868\u683C\u7B2C\u4E00\u884C\u5E94\u662F\u8868\u5934\uFF0C\u5199\u660E\u201C\u5E8F\u53F7\u201D\u201C\u4E3B\u8981\u76EE\u6807\u4EFB\u52A1\uFF08\u6216\u5DE5\u4F5C\u4EFB\u52A1\u3001\u4EFB\u52A1\u5185\u5BB9\uFF09\u201D\u201C\u8D23\u4EFB\u5355\u4F4D\u201D\u201C\u5B8C\u6210\u65F6\u9650\u201D\uFF1B\u5982\u679C\u8FD9\u4E0D\u662F\u8868\u683C\uFF0C\u8BF7\u53BB\u6389\u5176\u4E2D\u7684\u5236\u8868\u7B26";
var CHINESE_NUMERAL = /^[一二三四五六七八九十]+$/;
var HEADING = /^(?:第([一二三四五六七八九十]+)(?:部分|章|节|篇)\s*[、.．:：]?\s*|([一二三四五六七八九十]+)\s*(?:[、.．:：，,]\s*|\s+)|[（(]([一二三四五六七八九十]+)[）)]\s*)(\S.*)$/;
var NOTE = /^(?:注|备注|说明|附注|填表人?|填报人?|审核人?|制表人?|联系人|联系电话|签发人?|审签|单位盖章|负责人)\s*[:：\d.．、]/;
var EXCEL_ERROR = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;
var UNCALCULATED = "#\u516C\u5F0F\u672A\u8BA1\u7B97";
function collectRows(tables) {
  const out = { sections: [], tasks: [], stages: [], issues: [] };
  const walk = { lastWasHeader: false };
  const error = (row, message, hint, col) => out.issues.push({ severity: "error", line: row.line, place: row.place(col), message, ...hint === void 0 ? {} : { hint } });
  const headedSheets = tables.filter((t) => t.sheet !== void 0 && t.rows.some((r) => recognizeHeader(r.cells))).length;
  for (const table of tables) {
    const headed = table.rows.some((r) => recognizeHeader(r.cells));
    if (!headed && !continues(table, walk, out, error))
      continue;
    walk.sheetSection = headed && headedSheets >= 2 && table.sheet !== void 0 ? { title: table.sheet, sectionsBefore: out.sections.length } : void 0;
    if (!headed)
      walk.lastWasHeader = false;
    let seenHeader = false;
    for (const row of table.rows) {
      const cells = row.cells.map((c) => c.trim());
      if (cells.every((c) => c === ""))
        continue;
      const header = recognizeHeader(cells);
      const sub = walk.lastWasHeader && !header ? recognizeSubHeader(cells) : void 0;
      if (header || sub) {
        seenHeader = true;
        takeHeader(row, header ?? sub, walk, out, error);
        continue;
      }
      if (headed && !seenHeader) {
        aboveHeader(row, cells, walk, out, error);
        continue;
      }
      walk.lastWasHeader = false;
      if (!walk.columns || isNote(cells))
        continue;
      if (row.numberedLine)
        lostTabs(row, cells[0], walk, out, error);
      else
        readRow(row, cells, walk, out, error);
    }
  }
  return walk.title === void 0 ? out : { ...out, title: walk.title };
}
function continues(table, walk, out, error) {
  const rows = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (rows.length === 0)
    return false;
  const numbered = rows.filter((r) => isTaskNumber(firstFilled(r.cells)));
  const text = rows.some((r) => r.line > 0);
  if (!walk.columns) {
    if (text)
      for (const r of numbered.filter((r2) => r2.cells.length >= 3))
        error(r, "\u8FD9\u4E00\u884C\u50CF\u8868\u683C\u884C\uFF0C\u4F46\u4E0A\u9762\u6CA1\u6709\u627E\u5230\u8868\u5934", HEADER_HINT);
    else if (numbered.length > 0)
      error(numbered[0], `${table.name}\u6709\u7F16\u53F7\u7684\u884C\uFF0C\u4F46\u6CA1\u6709\u53EF\u8BC6\u522B\u7684\u8868\u5934`, "\u8868\u683C\u7B2C\u4E00\u884C\u5E94\u662F\u8868\u5934\uFF0C\u5199\u660E\u201C\u5E8F\u53F7\u201D\u201C\u5DE5\u4F5C\u4EFB\u52A1\uFF08\u6216\u4EFB\u52A1\u5185\u5BB9\uFF09\u201D\u201C\u8D23\u4EFB\u5355\u4F4D\u201D\u201C\u5B8C\u6210\u65F6\u9650\u201D\u7B49\uFF1B\u5982\u679C\u8FD9\u4E0D\u662F\u4EFB\u52A1\u8868\uFF0C\u8BF7\u628A\u5B83\u4ECE\u65B9\u6848\u6587\u4EF6\u4E2D\u5220\u6389");
    else
      warnSkipped(table, out);
    return false;
  }
  if (text && rows.every((r) => r.loose))
    return true;
  const width = walk.columns.roles.length;
  const used = Math.max(...rows.map((r) => lastFilled(r.cells) + 1));
  const aligned = used <= width && walk.columns.roles.slice(used).every((r) => r === "extra");
  const first = rows[0].cells.map((c) => c.trim());
  const lead = firstFilled(first);
  const startsWell = isTaskNumber(lead) || CHINESE_NUMERAL.test(normalizeNumber(lead)) || HEADING.test(plain(lead)) || /^<b>/.test(lead) || isNote(first);
  if (aligned && startsWell)
    return true;
  if (numbered.length > 0) {
    error(numbered[0], `${table.name}\u6CA1\u6709\u8868\u5934\uFF0C\u5B83\u7684\u5217\u4E0E\u4E0A\u9762\u7684\u4EFB\u52A1\u8868\u5BF9\u4E0D\u4E0A\uFF08${used} \u5217\uFF0C\u4EFB\u52A1\u8868 ${width} \u5217\uFF09`, "\u5982\u679C\u8FD9\u662F\u4EFB\u52A1\u5206\u89E3\u8868\u7684\u4E00\u90E8\u5206\uFF0C\u8BF7\u628A\u5B83\u5E76\u56DE\u4E0A\u4E00\u5F20\u8868\u6216\u7ED9\u5B83\u52A0\u4E0A\u540C\u6837\u7684\u8868\u5934\uFF1B\u5982\u679C\u4E0D\u662F\u4EFB\u52A1\u8868\uFF0C\u8BF7\u628A\u5B83\u4ECE\u65B9\u6848\u6587\u4EF6\u4E2D\u5220\u6389");
  } else
    warnSkipped(table, out);
  return false;
}
function warnSkipped(table, out) {
  out.issues.push({
    severity: "warning",
    line: table.rows[0]?.line ?? 0,
    place: table.name,
    message: `${table.name}\u6CA1\u6709\u53EF\u8BC6\u522B\u7684\u8868\u5934\uFF0C\u4E5F\u6CA1\u6709\u7F16\u53F7\u7684\u884C\uFF0C\u672A\u4F5C\u4E3A\u4EFB\u52A1\u8868\u8BFB\u53D6`,
    hint: "\u5982\u679C\u8FD9\u662F\u4EFB\u52A1\u5206\u89E3\u8868\uFF0C\u8BF7\u7ED9\u5B83\u52A0\u4E0A\u8868\u5934\u884C\uFF08\u5E8F\u53F7\u3001\u5DE5\u4F5C\u4EFB\u52A1\u3001\u8D23\u4EFB\u5355\u4F4D\u3001\u5B8C\u6210\u65F6\u9650\uFF09"
  });
}
function takeHeader(row, header, walk, out, error) {
  if (walk.lastWasHeader && walk.columns) {
    walk.columns = refineHeader(walk.columns, header);
  } else if (!walk.columns || signature(walk.columns) !== signature(header)) {
    if (!header.schedule && walk.taskSignature !== void 0 && walk.taskSignature !== signature(header) && out.tasks.length > 0) {
      error(row, `\u8FD9\u91CC\u7684\u8868\u5934\u201C${header.headers.join(" | ")}\u201D\u4E0E\u4EFB\u52A1\u5206\u89E3\u8868\u7684\u8868\u5934\u4E0D\u540C`, "\u5206\u9875\u5904\u91CD\u590D\u7684\u8868\u5934\u5E94\u4E0E\u7B2C\u4E00\u9875\u7684\u8868\u5934\u76F8\u540C\uFF1B\u4E24\u5F20\u4E0D\u540C\u7684\u4EFB\u52A1\u8868\u8BF7\u5408\u5E76\u6210\u4E00\u5F20");
    }
    walk.columns = header;
  }
  if (!walk.columns.schedule)
    walk.taskSignature = signature(walk.columns);
  walk.lastWasHeader = true;
}
function aboveHeader(row, cells, walk, out, error) {
  const distinct = [...new Set(cells.filter((c) => c !== ""))];
  if (distinct.length === 1) {
    const heading = HEADING.exec(plain(distinct[0]));
    if (heading && !walk.columns?.schedule && CHINESE_NUMERAL.test(heading[1] ?? heading[2] ?? ""))
      pushSection(row, headingSection(heading), "numeral", walk, out, error);
    else
      walk.title = plain(distinct[0]);
    return;
  }
  if (isTaskNumber(firstFilled(cells))) {
    if (row.line > 0)
      error(row, "\u8FD9\u4E00\u884C\u50CF\u8868\u683C\u884C\uFF0C\u4F46\u4E0A\u9762\u6CA1\u6709\u627E\u5230\u8868\u5934", HEADER_HINT);
    else
      error(row, "\u8FD9\u4E00\u884C\u6709\u7F16\u53F7\uFF0C\u5374\u5728\u8868\u5934\u4E0A\u65B9", "\u8868\u5934\uFF08\u5E8F\u53F7\u3001\u5DE5\u4F5C\u4EFB\u52A1\u3001\u8D23\u4EFB\u5355\u4F4D\u3001\u5B8C\u6210\u65F6\u9650\u2026\uFF09\u5E94\u5728\u4EFB\u52A1\u884C\u7684\u4E0A\u65B9\uFF1B\u8BF7\u68C0\u67E5\u8868\u5934\u662F\u5426\u5199\u9519\u6216\u88AB\u5220\u6389\u4E86");
  }
}
function readRow(row, raw, walk, out, error) {
  const columns = walk.columns;
  const section = sectionOf(row, raw, columns);
  if (section) {
    if (!columns.schedule)
      pushSection(row, section, section.style, walk, out, error);
    return;
  }
  const cells = raw.map(plain);
  const width = columns.roles.length;
  if (row.line > 0 && cells.length !== width && !(cells.length > width && cells.slice(width).every((c) => c === ""))) {
    error(row, `\u8FD9\u4E00\u884C\u6709 ${cells.length} \u5217\uFF0C\u8868\u683C\u5E94\u6709 ${width} \u5217\uFF08${columns.headers.join("\u3001")}\uFF09`, "\u8BF7\u68C0\u67E5\u8FD9\u4E00\u884C\u662F\u5426\u591A\u4E86\u6216\u5C11\u4E86\u5236\u8868\u7B26\uFF0C\u6216\u8005\u4E00\u4E2A\u5355\u5143\u683C\u88AB\u62C6\u6210\u4E86\u4E24\u884C");
    return;
  }
  const uncalculated = cells.indexOf(UNCALCULATED);
  if (uncalculated >= 0) {
    error(row, `\u5355\u5143\u683C\u662F\u516C\u5F0F\uFF0C\u4F46\u6587\u4EF6\u4E2D\u6CA1\u6709\u4FDD\u5B58\u8BA1\u7B97\u7ED3\u679C\uFF08${columns.headers[uncalculated] || `\u7B2C ${uncalculated + 1} \u5217`}\uFF09`, "\u8BF7\u7528 Excel \u6216 WPS \u6253\u5F00\u8FD9\u4E2A\u6587\u4EF6\uFF0C\u4FDD\u5B58\u4E00\u6B21\u540E\u518D\u8BD5\uFF08\u4FDD\u5B58\u65F6\u4F1A\u5199\u5165\u8BA1\u7B97\u7ED3\u679C\uFF09", uncalculated);
    return;
  }
  const bad = cells.findIndex((c) => EXCEL_ERROR.test(c));
  if (bad >= 0) {
    error(row, `\u5355\u5143\u683C\u663E\u793A Excel \u9519\u8BEF\u503C ${cells[bad]}\uFF08${columns.headers[bad] || `\u7B2C ${bad + 1} \u5217`}\uFF09`, "\u8BF7\u5728 Excel \u4E2D\u6539\u6B63\u8FD9\u4E2A\u5355\u5143\u683C\u7684\u516C\u5F0F\u6216\u5F15\u7528\uFF0C\u6216\u76F4\u63A5\u586B\u5199\u5185\u5BB9", bad);
    return;
  }
  const noCol = columns.roles.indexOf("no");
  let printed;
  if (noCol >= 0) {
    const no = normalizeNumber(cells[noCol] ?? "");
    if (no === "") {
      error(row, "\u8FD9\u4E00\u884C\u6CA1\u6709\u5E8F\u53F7", "\u6BCF\u4E2A\u4EFB\u52A1\u884C\u7684\u5E8F\u53F7\u5217\u90FD\u8981\u5199\u5E8F\u53F7\uFF1B\u5982\u679C\u8FD9\u4E00\u884C\u662F\u4E0A\u4E00\u884C\u7684\u63A5\u7EED\uFF0C\u8BF7\u628A\u5B83\u5E76\u5165\u4E0A\u4E00\u884C", noCol);
      return;
    }
    if (!/^\d+(?:\.\d+)*$/.test(no)) {
      error(row, `\u5E8F\u53F7\u201C${cells[noCol]}\u201D\u4E0D\u662F\u6570\u5B57`, "\u6BCF\u4E00\u884C\u7684\u5E8F\u53F7\u5217\u5E94\u662F\u4EFB\u52A1\u5E8F\u53F7\uFF1B\u5206\u8282\u884C\u5E94\u5199\u4F5C\u201C<b>\u4E00\u3001\u2026</b>\u201D\u6216\u5355\u72EC\u4E00\u884C\u201C\u4E00\u3001\u2026\u201D", noCol);
      return;
    }
    printed = no;
  }
  const textCols = columns.roles.flatMap((r, i) => r === "text" ? [i] : []);
  const textCol = textCols.filter((i) => cells[i] !== "").at(-1) ?? textCols.at(-1);
  const extra = {};
  if (walk.subsection !== void 0)
    extra["\u5206\u9879"] = walk.subsection;
  columns.roles.forEach((r, i) => {
    const isExtra = r === "extra" || r === "text" && i !== textCol;
    if (isExtra && cells[i])
      extra[columns.headers[i] || `\u7B2C${i + 1}\u5217`] = cells[i].replace(/\s*\n\s*/g, " ");
  });
  const cell = (role) => {
    const cols = columns.roles.flatMap((r, i) => r === role ? [i] : []);
    return [...new Set(cols.map((i) => cells[i] ?? "").filter((c) => c !== ""))].join("\u3001");
  };
  if (!columns.schedule && walk.sheetSection) {
    if (out.sections.length === walk.sheetSection.sectionsBefore)
      pushSection(row, { title: walk.sheetSection.title }, "sheet", walk, out, error);
    walk.sheetSection = void 0;
  }
  const draft = {
    row,
    printed,
    section: columns.schedule ? 0 : out.sections.length,
    text: (cells[textCol] ?? "").replace(/\s*\n\s*/g, ""),
    units: cell("units"),
    lead: cell("lead"),
    support: cell("support"),
    deadline: cell("deadline").replace(/\s*\n\s*/g, ""),
    hasDeadline: columns.roles.includes("deadline"),
    items: cell("items"),
    extra
  };
  if (draft.text === "")
    error(row, printed === void 0 ? "\u8FD9\u4E00\u884C\u7684\u4EFB\u52A1\u5185\u5BB9\u662F\u7A7A\u7684" : `\u5E8F\u53F7 ${printed} \u7684\u4EFB\u52A1\u5185\u5BB9\u662F\u7A7A\u7684`, "\u8BF7\u8865\u4E0A\u4EFB\u52A1\u5185\u5BB9\uFF0C\u6216\u5220\u6389\u8FD9\u4E00\u884C", textCol);
  (columns.schedule ? out.stages : out.tasks).push(draft);
}
function lostTabs(row, line, walk, out, error) {
  const list = walk.columns.schedule ? out.stages : out.tasks;
  const no = /^\d+(?:\.\d+)*/.exec(line)[0];
  const last = list.at(-1)?.printed;
  const dot = no.lastIndexOf(".");
  const prefix = no.slice(0, dot + 1);
  const lastN = last !== void 0 && last.startsWith(prefix) && !last.slice(prefix.length).includes(".") ? Number(last.slice(prefix.length)) : 0;
  if (Number(no.slice(dot + 1)) === lastN + 1 || last === void 0 && no === "1") {
    error(row, `\u8FD9\u4E00\u884C\u770B\u8D77\u6765\u662F\u5E8F\u53F7 ${no} \u7684\u4E00\u884C\uFF0C\u4F46\u5404\u5217\u4E4B\u95F4\u6CA1\u6709\u5236\u8868\u7B26\uFF08\u53EF\u80FD\u88AB\u6362\u6210\u4E86\u7A7A\u683C\uFF09`, "\u8BF7\u7528\u5236\u8868\u7B26\uFF08Tab\uFF09\u5206\u5F00\u8FD9\u4E00\u884C\u7684\u5E8F\u53F7\u3001\u4EFB\u52A1\u3001\u8D23\u4EFB\u5355\u4F4D\u548C\u5B8C\u6210\u65F6\u9650\uFF0C\u4E0E\u5176\u4ED6\u884C\u4E00\u81F4");
  }
}
function pushSection(row, section, style, walk, out, error) {
  walk.sectionStyle ??= style;
  if (style !== walk.sectionStyle && style === "paren") {
    walk.subsection = section.title;
    return;
  }
  walk.subsection = void 0;
  const no = section.no ?? out.sections.length + 1;
  if (no !== out.sections.length + 1) {
    error(row, `\u5206\u8282\u7F16\u53F7\u5E94\u4E3A\u7B2C ${out.sections.length + 1} \u8282\uFF0C\u8FD9\u91CC\u662F\u7B2C ${no} \u8282`, "\u8BF7\u68C0\u67E5\u5206\u8282\u884C\uFF08\u5982\u201C<b>\u4E09\u3001\u2026</b>\u201D\uFF09\u662F\u5426\u6F0F\u4E86\u6216\u5199\u9519\u4E86\u7F16\u53F7");
  }
  out.sections.push({ no: out.sections.length + 1, title: section.title });
}
function sectionOf(row, cells, columns) {
  const noCol = columns.roles.indexOf("no");
  const filled = cells.map((c, i) => ({ c, i })).filter((x) => x.c !== "");
  const numberCell = noCol >= 0 ? normalizeNumber(cells[noCol] ?? "") : "";
  if (CHINESE_NUMERAL.test(numberCell) && filled.every((x) => ["no", "text", "extra"].includes(columns.roles[x.i]))) {
    const title = [...new Set(filled.filter((x) => x.i !== noCol).map((x) => plain(x.c)))].join("");
    if (title !== "")
      return { no: parseChineseNumber(numberCell), title, style: "numeral" };
  }
  const first = filled[0];
  if (!first || isTaskNumber(first.c))
    return void 0;
  const text = first.c;
  const textCells = columns.roles.flatMap((r, i) => r === "text" || r === "no" ? [cells[i]] : []);
  const alone = textCells.every((c) => c === "" || c === text) && filled.every((x) => x.c === text || !["no", "text"].includes(columns.roles[x.i]));
  const distinct = new Set(filled.map((x) => x.c)).size === 1;
  const bold = /^(?:<b>[\s\S]*<\/b>|\*\*[\s\S]*\*\*)$/.test(text);
  const spans = distinct && filled.length >= 2 && filled.length === cells.length;
  const heading = HEADING.exec(plain(text));
  if (!(distinct && (bold || spans || heading || row.loose)) && !(alone && (heading || bold)))
    return void 0;
  if (!heading)
    return { title: plain(text), style: "plain" };
  return headingSection(heading);
}
function headingSection(heading) {
  const style = heading[1] !== void 0 ? "part" : heading[2] !== void 0 ? "numeral" : "paren";
  const no = parseChineseNumber(heading[1] ?? heading[2] ?? heading[3]);
  return no === void 0 ? { title: heading[4].trim(), style } : { no, title: heading[4].trim(), style };
}
function normalizeNumber(cell) {
  return halfWidth(plain(cell)).replace(/\s+/g, "").replace(/^[（(](\d+)[）)]$/, "$1").replace(/[、.．,，]$/, "");
}
function isTaskNumber(cell) {
  return /^\d+(?:\.\d+)*$/.test(normalizeNumber(cell));
}
function isNote(cells) {
  return NOTE.test(plain(firstFilled(cells)));
}
function firstFilled(cells) {
  return cells.find((c) => c.trim() !== "")?.trim() ?? "";
}
function lastFilled(cells) {
  for (let i = cells.length - 1; i >= 0; i--)
    if (cells[i].trim() !== "")
      return i;
  return -1;
}
function plain(s) {
  return s.replace(/<\/?b>/g, "").replace(/^\*\*([\s\S]*)\*\*$/, "$1").trim();
}

export {
  UNCALCULATED,
  collectRows
};
