import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  displayWidth
} from "./chunk-3RLGQMEY.js";

// dist/util/xml-escape.js
function xmlEscape(s) {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// dist/util/office-package.js
var XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
var REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
var OFFICE = "application/vnd.openxmlformats-officedocument";
function relationships(rows) {
  return XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rows.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.includes("/") ? type : `${REL_NS}/${type}`}" Target="${target}"/>`).join("") + "</Relationships>";
}
function packageParts(main, overrides, defaults, props, date) {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const opt = (tag, value) => value === void 0 ? "" : `<${tag}>${xmlEscape(value)}</${tag}>`;
  const types = XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' + defaults.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join("") + overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${OFFICE}.${type}"/>`).join("") + `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${OFFICE}.extended-properties+xml"/></Types>`;
  const core = XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' + opt("dc:title", props.title) + opt("dc:subject", props.subject) + opt("dc:creator", props.creator) + opt("dc:description", props.subject) + opt("cp:lastModifiedBy", props.creator) + opt("dc:language", props.language) + `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`;
  return [
    { name: "[Content_Types].xml", data: types },
    {
      name: "_rels/.rels",
      data: relationships([
        ["rId1", "officeDocument", main],
        ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
        ["rId3", "extended-properties", "docProps/app.xml"]
      ])
    },
    { name: "docProps/core.xml", data: core },
    { name: "docProps/app.xml", data: XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>dossier</Application></Properties>' }
  ];
}

// dist/util/zip-parts.js
import { deflateRawSync } from "node:zlib";
var CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++)
    c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
  return c;
});
function crc32(data) {
  let c = -1;
  for (let i = 0; i < data.length; i++)
    c = CRC_TABLE[(c ^ data[i]) & 255] ^ c >>> 8;
  return (c ^ -1) >>> 0;
}
function zipParts(parts, date) {
  const { time, day } = dosDateTime(date);
  const out = [];
  const central = [];
  let offset = 0;
  for (const p of parts) {
    const data = typeof p.data === "string" ? Buffer.from(p.data, "utf8") : Buffer.from(p.data.buffer, p.data.byteOffset, p.data.length);
    const deflate = p.compress ?? typeof p.data === "string";
    const body = deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(p.name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(67324752, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(2048, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(33639248, 0);
    entry.writeUInt16LE(788, 4);
    local.copy(entry, 6, 4, 30);
    entry.writeUInt32LE(33188 << 16 >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const size = central.reduce((a, b) => a + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(101010256, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...central, end]);
}
function dosDateTime(date) {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: date.getUTCHours() << 11 | date.getUTCMinutes() << 5 | date.getUTCSeconds() >> 1,
    day: year - 1980 << 9 | date.getUTCMonth() + 1 << 5 | date.getUTCDate()
  };
}

// dist/sheet/merged-runs.js
var same = (a, b) => (a ?? "") === (b ?? "");
function continuesAbove(sheet) {
  return sheet.rows.map((row, r) => {
    let parents = r > 0;
    return sheet.columns.map((c, i) => {
      if (!c.merge)
        return false;
      parents = parents && same(row[i], sheet.rows[r - 1][i]);
      return parents;
    });
  });
}
function mergedRuns(sheet) {
  const cont = continuesAbove(sheet);
  const runs = [];
  sheet.columns.forEach((c, i) => {
    if (!c.merge)
      return;
    let from = 0;
    for (let r = 1; r <= sheet.rows.length; r++) {
      if (r < sheet.rows.length && cont[r][i])
        continue;
      if (r - 1 > from)
        runs.push({ column: i, from, to: r - 1 });
      from = r;
    }
  });
  return runs;
}

// dist/sheet/to-xlsx.js
var MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
var XF = { plain: 0, header: 1, title: 2, top: 3, wrap: 4 };
var STYLES = XML_DECL + `<styleSheet xmlns="${MAIN}"><fonts count="3"><font><sz val="11"/><name val="\u5B8B\u4F53"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="\u5B8B\u4F53"/><family val="2"/><charset val="134"/></font><font><b/><sz val="14"/><name val="\u5B8B\u4F53"/><family val="2"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
async function sheetsToXlsx(sheets, options) {
  const names = uniqueNames(sheets.map((s) => s.name));
  const defined = [];
  const parts = [];
  sheets.forEach((sheet, i) => {
    const headerRow = sheet.title === void 0 ? 1 : 2;
    const lastRow = headerRow + sheet.rows.length;
    const lastCol = column(Math.max(1, sheet.columns.length));
    const ref = `'${names[i].replace(/'/g, "''")}'`;
    if (sheet.columns.length)
      defined.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlEscape(`${ref}!$A$${headerRow}:$${lastCol}$${lastRow}`)}</definedName>`);
    defined.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEscape(`${ref}!$${headerRow}:$${headerRow}`)}</definedName>`);
    parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(sheet, i === 0, headerRow, lastRow, lastCol) });
  });
  const workbook = XML_DECL + `<workbook xmlns="${MAIN}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` + names.map((n, i) => `<sheet name="${xmlEscape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") + `</sheets>${defined.length ? `<definedNames>${defined.join("")}</definedNames>` : ""}</workbook>`;
  return zipParts([
    ...packageParts("xl/workbook.xml", [
      ["xl/workbook.xml", "spreadsheetml.sheet.main+xml"],
      ["xl/styles.xml", "spreadsheetml.styles+xml"],
      ...sheets.map((_, i) => [`xl/worksheets/sheet${i + 1}.xml`, "spreadsheetml.worksheet+xml"])
    ], [], { creator: options.creator ?? "dossier" }, options.date),
    { name: "xl/workbook.xml", data: workbook },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: relationships([...sheets.map((_, i) => [`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`]), [`rId${sheets.length + 1}`, "styles", "styles.xml"]])
    },
    { name: "xl/styles.xml", data: STYLES },
    ...parts
  ], options.date);
}
function sheetXml(sheet, first, headerRow, lastRow, lastCol) {
  const rows = [];
  if (sheet.title !== void 0)
    rows.push(`<row r="1" ht="27" customHeight="1">${cell(`A1`, sheet.title, XF.title)}</row>`);
  rows.push(`<row r="${headerRow}">${sheet.columns.map((c, i) => cell(`${column(i + 1)}${headerRow}`, c.header, XF.header)).join("")}</row>`);
  const cont = continuesAbove(sheet);
  const span = (k, i) => {
    let n = 1;
    while (k + n < sheet.rows.length && cont[k + n][i])
      n++;
    return n;
  };
  sheet.rows.forEach((values, k) => {
    const r = headerRow + 1 + k;
    let lines = 1;
    const cells = sheet.columns.map((c, i) => {
      if (cont[k][i])
        return cell(`${column(i + 1)}${r}`, null, c.wrap ? XF.wrap : XF.top);
      if (c.wrap)
        lines = Math.max(lines, Math.ceil(Math.ceil(displayWidth(String(values[i] ?? "")) / Math.max(1, c.width - 2)) / (c.merge ? span(k, i) : 1)));
      return cell(`${column(i + 1)}${r}`, values[i] ?? null, c.wrap ? XF.wrap : XF.top);
    });
    rows.push(`<row r="${r}"${lines > 1 ? ` ht="${Math.min(409, lines * 15)}" customHeight="1"` : ""}>${cells.join("")}</row>`);
  });
  const footerRow = lastRow + 2;
  if (sheet.footer !== void 0)
    rows.push(`<row r="${footerRow}" ht="30" customHeight="1">${cell(`A${footerRow}`, sheet.footer, XF.plain)}</row>`);
  const merges = [
    ...sheet.title !== void 0 ? [`A1:${lastCol}1`] : [],
    ...mergedRuns(sheet).map((m) => `${column(m.column + 1)}${headerRow + 1 + m.from}:${column(m.column + 1)}${headerRow + 1 + m.to}`),
    ...sheet.footer !== void 0 ? [`A${footerRow}:${lastCol}${footerRow}`] : []
  ];
  const cols = sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join("");
  return XML_DECL + `<worksheet xmlns="${MAIN}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${lastCol}${lastRow}"/><sheetViews><sheetView${first ? ' tabSelected="1"' : ""} workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` + (cols ? `<cols>${cols}</cols>` : "") + `<sheetData>${rows.join("")}</sheetData>` + (sheet.columns.length ? `<autoFilter ref="A${headerRow}:${lastCol}${lastRow}"/>` : "") + (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "") + '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;C\u2014 &amp;P \u2014</oddFooter></headerFooter></worksheet>';
}
function cell(ref, value, style) {
  if (value === null || value === "")
    return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : `<c r="${ref}" s="${style}" t="inlineStr"><is><t>${value}</t></is></c>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(value)}</t></is></c>`;
}
function column(n) {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
function uniqueNames(names) {
  const used = /* @__PURE__ */ new Set();
  return names.map((name) => {
    const base = name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet";
    let candidate = base;
    for (let i = 2; used.has(candidate.toLowerCase()); i++)
      candidate = `${base.slice(0, 28)}(${i})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

export {
  xmlEscape,
  XML_DECL,
  REL_NS,
  relationships,
  packageParts,
  zipParts,
  continuesAbove,
  sheetsToXlsx
};
