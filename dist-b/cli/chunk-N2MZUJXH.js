import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UsageError
} from "./chunk-B7VP7B3W.js";
import {
  external_exports
} from "./chunk-PR56ENLD.js";
import {
  builtinAliases,
  makeAliasTable,
  packageRoot,
  require_dist
} from "./chunk-Q53BT4TQ.js";
import {
  decodeText
} from "./chunk-2A7A4PYV.js";
import {
  __toESM
} from "./chunk-CB5SUWAA.js";

// dist/catalog/load.js
import { readFile } from "node:fs/promises";
import { extname, relative, sep } from "node:path";

// dist/util/content-cache.js
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var CACHE_FOLDER = ".cache";
var ContentCache = class {
  dir;
  constructor(dir) {
    this.dir = dir;
  }
  /** The stored result for `key`, or undefined (also when the entry was damaged: its checksum must match). */
  get(key) {
    let stored;
    try {
      stored = readFileSync(this.path(key));
    } catch {
      return void 0;
    }
    if (stored.length < 32)
      return void 0;
    const data = stored.subarray(32);
    return createHash("sha256").update(data).digest().equals(stored.subarray(0, 32)) ? data : void 0;
  }
  /** Stores `data` for `key` (through a temporary file renamed into place). */
  put(key, data) {
    const file = this.path(key);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(tmp, Buffer.concat([createHash("sha256").update(data).digest(), data]));
      renameSync(tmp, file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
  /** The stored JSON value for `key`, or what `make` makes (then stored, when it survives JSON unchanged). */
  async json(key, make) {
    const hit = this.get(key);
    if (hit) {
      try {
        return JSON.parse(hit.toString("utf8"));
      } catch {
      }
    }
    const value = await make();
    if (plainJson(value))
      this.put(key, Buffer.from(JSON.stringify(value)));
    return value;
  }
  path(key) {
    const h = createHash("sha256").update(toolFingerprint()).update("\0").update(key).digest("hex");
    return join(this.dir, h.slice(0, 2), h.slice(2));
  }
};
function contentHash(data) {
  return createHash("sha256").update(data).digest("hex");
}
var fingerprint;
function toolFingerprint() {
  if (fingerprint === void 0) {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const h = createHash("sha256");
    for (const name of readdirSync(root, { recursive: true }).sort()) {
      if (!/\.[cm]?[jt]s$/.test(name))
        continue;
      const st = statSync(join(root, name));
      h.update(`${name}\0${st.size}\0${st.mtimeMs}
`);
    }
    fingerprint = h.digest("base64url");
  }
  return fingerprint;
}
function plainJson(v) {
  if (v === null || typeof v === "string" || typeof v === "boolean")
    return true;
  if (typeof v === "number")
    return Number.isFinite(v);
  if (Array.isArray(v))
    return v.every(plainJson);
  if (typeof v === "object")
    return Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every((x) => x !== void 0 && plainJson(x));
  return false;
}

// dist/catalog/load.js
var PLAN_EXTENSIONS = [".docx", ".xlsx", ".csv", ".md", ".txt"];
async function loadPlan(file, options = {}) {
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "\u6587\u4EF6\u4E0D\u5B58\u5728" : code === "EACCES" ? "\u6CA1\u6709\u8BFB\u53D6\u6743\u9650" : code === "EISDIR" ? "\u8FD9\u662F\u4E00\u4E2A\u6587\u4EF6\u5939" : String(err);
    return { issues: [{ severity: "error", line: 0, message: `\u65E0\u6CD5\u8BFB\u53D6\u65B9\u6848\u6587\u4EF6\uFF1A${why}`, hint: "\u8BF7\u7528 --plan \u6307\u5B9A\u65B9\u6848\u6587\u4EF6\u7684\u6B63\u786E\u8DEF\u5F84" }] };
  }
  const aliases = makeAliasTable(await builtinAliases(), options.aliases ?? {});
  const shown = (options.base === void 0 ? file : relative(options.base, file)).split(sep).join("/");
  const parse = async () => {
    const source = await readSource(file, bytes);
    if ("message" in source)
      return { issues: [{ severity: "error", line: 0, ...source }] };
    return (await import("./plan-OMA2SROF.js")).buildCatalog(source, shown, aliases);
  };
  if (!options.cache)
    return parse();
  return options.cache.json(`plan\0${shown}\0${JSON.stringify([...aliases])}\0${contentHash(bytes)}`, parse);
}
async function readSource(file, bytes) {
  const ext = extname(file).toLowerCase();
  const zip = bytes[0] === 80 && bytes[1] === 75;
  try {
    if (ext === ".docx" || ext === "" && zip && bytes.includes("word/"))
      return await (await import("./read-docx-HHIHNOFM.js")).readDocxPlan(bytes);
    if (ext === ".xlsx")
      return await (await import("./read-xlsx-GKGCJ2T7.js")).readXlsxPlan(bytes);
    if (ext === ".csv")
      return (await import("./read-csv-KRW5Z7CQ.js")).readCsvPlan(bytes);
  } catch (err) {
    return { message: `\u65E0\u6CD5\u8BFB\u53D6${ext === ".xlsx" ? " Excel" : " Word"} \u6587\u4EF6\uFF1A${err.message}`, hint: "\u8BF7\u786E\u8BA4\u6587\u4EF6\u80FD\u7528 Word/Excel/WPS \u6B63\u5E38\u6253\u5F00\uFF1B\u53EF\u53E6\u5B58\u4E3A .docx \u6216 .xlsx \u540E\u91CD\u8BD5" };
  }
  if (ext === ".doc" || ext === ".xls" || ext === ".wps" || ext === ".et") {
    return { message: `\u4E0D\u80FD\u76F4\u63A5\u8BFB\u53D6\u65E7\u683C\u5F0F\u7684 ${ext} \u6587\u4EF6`, hint: "\u8BF7\u7528 Word/Excel/WPS \u6253\u5F00\u540E\u201C\u53E6\u5B58\u4E3A\u201D .docx \u6216 .xlsx \u683C\u5F0F" };
  }
  if (ext === ".pdf")
    return { message: "\u4E0D\u80FD\u4ECE PDF \u8BFB\u53D6\u4EFB\u52A1\u5206\u89E3\u8868", hint: "\u8BF7\u4F7F\u7528\u65B9\u6848\u7684 Word \u539F\u4EF6\uFF08.docx\uFF09\uFF0C\u6216\u628A\u4EFB\u52A1\u5206\u89E3\u8868\u590D\u5236\u5230 Excel \u53E6\u5B58\u4E3A .xlsx" };
  if (zip)
    return { message: `\u6587\u4EF6\u6269\u5C55\u540D\u662F\u201C${ext || "\uFF08\u65E0\uFF09"}\u201D\uFF0C\u4F46\u5185\u5BB9\u662F Office \u538B\u7F29\u6587\u4EF6`, hint: "\u8BF7\u628A\u6587\u4EF6\u6539\u540D\u4E3A .docx\uFF08Word\uFF09\u6216 .xlsx\uFF08Excel\uFF09" };
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { message: `\u65B9\u6848\u6587\u4EF6\u4E0D\u662F\u6587\u672C\u6587\u4EF6\uFF1A${decoded.reason}`, hint: `\u65B9\u6848\u53EF\u4EE5\u662F ${PLAN_EXTENSIONS.join("\u3001")} \u6587\u4EF6` };
  return (await import("./read-text-JADXMJDO.js")).readTextPlan(decoded.text);
}

// dist/standard/standard-file.js
var import_yaml = __toESM(require_dist(), 1);
import { hash } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
var BUNDLED_STANDARD = join2(packageRoot, "data", "standards", "national-2019.yaml");
var limit = external_exports.object({ name: external_exports.string(), op: external_exports.enum(["<=", "<", ">=", ">"]), value: external_exports.number(), unit: external_exports.string() });
var clause = external_exports.object({
  no: external_exports.number().int().positive(),
  text: external_exports.string(),
  kind: external_exports.enum(["per-finding", "threshold", "manual"]),
  amount: external_exports.number().nonnegative().optional(),
  cap: external_exports.number().nonnegative().optional(),
  limit: limit.optional()
});
var item = external_exports.object({
  id: external_exports.union([external_exports.string(), external_exports.number()]).transform(String),
  level: external_exports.union([external_exports.literal(1), external_exports.literal(2), external_exports.literal(3)]),
  parent: external_exports.union([external_exports.string(), external_exports.number()]).transform(String).optional(),
  title: external_exports.string().nullable(),
  points: external_exports.number().nonnegative().nullable(),
  content: external_exports.string().optional(),
  clauses: external_exports.array(clause).default([]),
  source: external_exports.string().optional(),
  confirmed: external_exports.boolean()
});
var standardSchema = external_exports.object({ name: external_exports.string().min(1), source: external_exports.string().min(1), items: external_exports.array(item).min(1) });
async function loadStandardFile(file, cache) {
  const text2 = await readFile2(file, "utf8");
  return cache ? cache.json(`standard\0${hash("sha256", text2, "base64url")}`, async () => parseStandard(file, text2)) : parseStandard(file, text2);
}
function parseStandard(file, text2) {
  const doc = import_yaml.default.parseDocument(text2, { prettyErrors: false });
  if (doc.errors.length > 0)
    throw new Error(`\u8BC4\u5206\u6807\u51C6\u6587\u4EF6 ${file} \u7B2C ${doc.errors[0].linePos?.[0]?.line ?? 1} \u884C\u683C\u5F0F\u9519\u8BEF`);
  const parsed = standardSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`\u8BC4\u5206\u6807\u51C6\u6587\u4EF6 ${file} \u4E2D ${issue.path.join(".")} \u4E0D\u6B63\u786E\uFF1A${issue.message}`);
  }
  return parsed.data;
}
function standardYaml(standard, header) {
  const body = import_yaml.default.stringify(standard, { lineWidth: 0, defaultStringType: "PLAIN" });
  return [...header.map((h) => `# ${h}`), body].join("\n");
}

// dist/render/fonts/roles.js
var ROLES = ["fangsong", "hei", "kai", "song", "title"];
var ROLE_INFO = {
  fangsong: { zh: "\u4EFF\u5B8B", official: "\u4EFF\u5B8B_GB2312", use: "\u6B63\u6587\u3001\u4E09\u7EA7\u548C\u56DB\u7EA7\u6807\u9898" },
  hei: { zh: "\u9ED1\u4F53", official: "\u9ED1\u4F53", use: "\u4E00\u7EA7\u6807\u9898\u3001\u9644\u4EF6\u6807\u8BC6" },
  kai: { zh: "\u6977\u4F53", official: "\u6977\u4F53_GB2312", use: "\u4E8C\u7EA7\u6807\u9898" },
  song: { zh: "\u5B8B\u4F53", official: "\u5B8B\u4F53", use: "\u9875\u7801" },
  title: { zh: "\u5C0F\u6807\u5B8B", official: "\u65B9\u6B63\u5C0F\u6807\u5B8B\u7B80\u4F53", use: "\u6587\u4EF6\u6807\u9898\u3001\u9644\u4EF6\u6807\u9898" }
};
var WIN = "C:/Windows/Fonts";
var MAC = ["/Library/Fonts", "/System/Library/Fonts", "/System/Library/Fonts/Supplemental"];
var FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol";
var NOTO = "/usr/share/fonts/opentype/noto";
var CANDIDATES = {
  fangsong: [
    { path: `${WIN}/\u4EFF\u5B8B_GB2312.ttf` },
    { path: `${WIN}/FS_GB2312.ttf` },
    { path: `${WIN}/simfang.ttf` },
    ...MAC.map((d) => ({ path: `${d}/FangSong.ttf` })),
    { path: `${FANDOL}/FandolFang-Regular.otf` },
    { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: "NotoSerifCJKsc-Regular" }
  ],
  hei: [
    { path: `${WIN}/simhei.ttf` },
    ...MAC.map((d) => ({ path: `${d}/STHeiti Medium.ttc`, face: "STHeitiSC-Medium" })),
    { path: `${FANDOL}/FandolHei-Regular.otf` },
    { path: `${NOTO}/NotoSansCJK-Regular.ttc`, face: "NotoSansCJKsc-Regular" }
  ],
  kai: [
    { path: `${WIN}/\u6977\u4F53_GB2312.ttf` },
    { path: `${WIN}/KT_GB2312.ttf` },
    { path: `${WIN}/simkai.ttf` },
    ...MAC.map((d) => ({ path: `${d}/Kaiti.ttc`, face: "STKaitiSC-Regular" })),
    { path: `${FANDOL}/FandolKai-Regular.otf` },
    { path: "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf" },
    { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: "NotoSerifCJKsc-Regular" }
  ],
  song: [
    { path: `${WIN}/simsun.ttc`, face: "SimSun" },
    ...MAC.map((d) => ({ path: `${d}/Songti.ttc`, face: "STSongti-SC-Regular" })),
    { path: `${FANDOL}/FandolSong-Regular.otf` },
    { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: "NotoSerifCJKsc-Regular" }
  ],
  title: [
    { path: `${WIN}/FZXBSJW.TTF` },
    { path: `${WIN}/\u65B9\u6B63\u5C0F\u6807\u5B8B\u7B80\u4F53.ttf` },
    { path: `${WIN}/FZXiaoBiaoSong-B05S.ttf` },
    ...MAC.map((d) => ({ path: `${d}/FZXBSJW.TTF` })),
    // Fandol's bold Song is a fifth of the size of the Noto collection, and close enough to 小标宋.
    { path: `${FANDOL}/FandolSong-Bold.otf` },
    { path: `${NOTO}/NotoSerifCJK-Bold.ttc`, face: "NotoSerifCJKsc-Bold" }
  ]
};
var FALLBACKS = [
  { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: "NotoSerifCJKsc-Regular" },
  { path: `${NOTO}/NotoSansCJK-Regular.ttc`, face: "NotoSansCJKsc-Regular" },
  { path: `${FANDOL}/FandolSong-Regular.otf` },
  { path: `${WIN}/simsun.ttc`, face: "SimSun" },
  { path: `${WIN}/simsunb.ttf` },
  ...MAC.map((d) => ({ path: `${d}/Songti.ttc`, face: "STSongti-SC-Regular" }))
];

// dist/workspace/load-workspace.js
var import_yaml3 = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import { join as join3, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// dist/workspace/config-errors.js
var import_yaml2 = __toESM(require_dist(), 1);

// dist/workspace/config.js
import { closeSync, openSync, readSync, statSync as statSync2 } from "node:fs";
import { isAbsolute, resolve } from "node:path";
function describeValue(v) {
  if (v === null || v === void 0)
    return "\u7A7A\u7684\uFF08\u5192\u53F7\u540E\u9762\u6CA1\u6709\u5199\u5185\u5BB9\uFF09";
  if (typeof v === "string")
    return v === "" ? '\u7A7A\u7684\u6587\u5B57 ""' : `\u6587\u5B57\u201C${clip(v)}\u201D`;
  if (typeof v === "number")
    return `\u6570\u5B57 ${v}`;
  if (typeof v === "boolean")
    return `${v}\uFF08\u662F/\u5426\uFF09`;
  if (v instanceof Date)
    return `\u65E5\u671F ${Number.isNaN(v.getTime()) ? "(\u65E0\u6548)" : v.toISOString().slice(0, 10)}`;
  if (Array.isArray(v))
    return `\u5217\u8868 ${clip(JSON.stringify(v))}`;
  return `\u4E00\u7EC4\u201C\u952E: \u503C\u201D ${clip(JSON.stringify(v))}`;
}
function clip(s) {
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
}
function calendarDateProblem(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m)
    return `\u65E5\u671F\u201C${clip(s)}\u201D\u7684\u5199\u6CD5\u4E0D\u5BF9\uFF0C\u5E94\u5199\u4F5C YYYY-MM-DD\uFF08\u6708\u548C\u65E5\u90FD\u5199\u4E24\u4F4D\u6570\uFF09`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12)
    return `\u65E5\u671F\u201C${s}\u201D\u4E0D\u5B58\u5728\uFF1A\u6708\u4EFD\u5E94\u5728 01\u201312 \u4E4B\u95F4`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days)
    return `\u65E5\u671F\u201C${s}\u201D\u4E0D\u5B58\u5728\uFF1A${y} \u5E74 ${mo} \u6708\u53EA\u6709 ${days} \u5929`;
  return void 0;
}
var calendarDate = external_exports.union([external_exports.string(), external_exports.date()], { error: (iss) => `\u5E94\u662F\u65E5\u671F\uFF08\u5199\u4F5C YYYY-MM-DD\uFF09\uFF0C\u73B0\u5728\u662F${describeValue(iss.input)}` }).transform((v, ctx) => {
  if (v instanceof Date) {
    if (!Number.isNaN(v.getTime()))
      return v.toISOString().slice(0, 10);
    ctx.addIssue({ code: "custom", message: "\u65E5\u671F\u65E0\u6548", input: v });
    return external_exports.NEVER;
  }
  const problem = calendarDateProblem(v.trim());
  if (problem === void 0)
    return v.trim();
  ctx.addIssue({ code: "custom", message: problem, input: v });
  return external_exports.NEVER;
});
var text = external_exports.string().min(1);
var optionalText = external_exports.preprocess((v) => v === null ? void 0 : v, external_exports.string().optional()).transform((s) => s === void 0 || s.trim() === "" ? void 0 : s);
var section = (schema) => external_exports.preprocess((v) => v === null ? void 0 : v, schema.optional());
var FONT_MAGIC = ["00010000", "4f54544f", "74727565", "74746366", "774f4646", "774f4632", "74797031", "00000100"];
function fontFile(root) {
  return text.transform((v, ctx) => {
    const hash2 = v.lastIndexOf("#");
    const [path, face] = hash2 > 0 ? [v.slice(0, hash2), v.slice(hash2 + 1)] : [v, void 0];
    const abs = resolve(root, path);
    const where = isAbsolute(path) ? "" : `\uFF08\u6309\u914D\u7F6E\u6587\u4EF6\u6240\u5728\u7684\u6587\u4EF6\u5939\u627E\u7684\u662F ${abs}\uFF09`;
    const fail = (message) => {
      ctx.addIssue({ code: "custom", message, input: v });
      return external_exports.NEVER;
    };
    if (face === "")
      return fail(`\u201C${v}\u201D\u7684 # \u540E\u9762\u6CA1\u6709\u5199\u5B57\u4F53\u540D`);
    let magic;
    try {
      if (statSync2(abs).isDirectory())
        return fail(`\u201C${path}\u201D\u662F\u6587\u4EF6\u5939\uFF0C\u4E0D\u662F\u5B57\u4F53\u6587\u4EF6${where}`);
      const fd = openSync(abs, "r");
      try {
        const head = Buffer.alloc(4);
        magic = head.subarray(0, readSync(fd, head, 0, 4, 0)).toString("hex");
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      const code = err.code;
      return fail(code === "ENOENT" || code === "ENOTDIR" ? `\u5B57\u4F53\u6587\u4EF6\u201C${path}\u201D\u4E0D\u5B58\u5728${where}` : `\u5B57\u4F53\u6587\u4EF6\u201C${path}\u201D\u65E0\u6CD5\u8BFB\u53D6\uFF08${code ?? String(err)}\uFF09${where}`);
    }
    if (!FONT_MAGIC.includes(magic))
      return fail(`\u201C${path}\u201D\u4E0D\u662F\u5B57\u4F53\u6587\u4EF6\uFF08\u5E94\u662F .ttf\u3001.otf \u6216 .ttc \u5B57\u4F53\u6587\u4EF6\uFF09${where}`);
    return face === void 0 ? abs : `${abs}#${face}`;
  });
}
var itemNumber = external_exports.union([external_exports.number(), external_exports.string()], { error: (iss) => `\u5E94\u662F\u4E09\u7EA7\u9879\u7F16\u53F7\uFF08\u5982 4\uFF09\uFF0C\u73B0\u5728\u662F${describeValue(iss.input)}` }).transform((v) => String(v).replace(/[（()）\s]/g, "")).refine((s) => s !== "", { message: "\u4E09\u7EA7\u9879\u7F16\u53F7\u662F\u7A7A\u7684" });
function configSchema(root) {
  const font = section(fontFile(root));
  const fonts = {
    fangsong: font,
    hei: font,
    kai: font,
    song: font,
    title: font
  };
  return external_exports.strictObject({
    district: text.optional(),
    plan: text.optional(),
    dossiers: text.optional(),
    output: text.optional(),
    templates: text.optional(),
    standard: text.optional(),
    asOf: calendarDate.optional(),
    date: calendarDate.optional(),
    unitAliases: section(external_exports.record(external_exports.string(), text)),
    units: section(external_exports.array(text)),
    mapping: section(external_exports.record(external_exports.string(), external_exports.array(itemNumber))),
    report: section(external_exports.strictObject({
      title: optionalText,
      recipient: optionalText,
      issuer: optionalText,
      date: section(calendarDate),
      fonts: section(external_exports.strictObject(fonts)),
      maxImageMB: section(external_exports.number().refine((n) => Number.isFinite(n) && n >= 0, { message: "\u5E94\u662F\u4E0D\u5C0F\u4E8E 0 \u7684\u6570\u5B57" }))
    })),
    letter: section(external_exports.strictObject({
      organ: optionalText,
      number: optionalText,
      signer: optionalText,
      title: optionalText,
      recipient: optionalText,
      issuer: optionalText,
      date: section(calendarDate),
      contact: optionalText,
      phone: optionalText
    }))
  });
}

// dist/workspace/config-errors.js
var FONT_EXAMPLE = {
  fangsong: "C:/Windows/Fonts/simfang.ttf",
  hei: "C:/Windows/Fonts/simhei.ttf",
  kai: "C:/Windows/Fonts/simkai.ttf",
  song: "C:/Windows/Fonts/simsun.ttc#SimSun",
  title: "C:/Windows/Fonts/FZXBSJW.TTF"
};
var CONFIG_KEYS = {
  "": {
    district: { what: "\u5730\u533A\u540D\u79F0", example: "district: \u897F\u5B89\u66F2\u6C5F\u65B0\u533A" },
    plan: { what: "\u5B9E\u65BD\u65B9\u6848\u6587\u4EF6", example: "plan: seeds/\u65B9\u6848.docx" },
    dossiers: { what: "\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939", example: "dossiers: dossiers" },
    output: { what: "\u8F93\u51FA\u6587\u4EF6\u5939", example: "output: output" },
    templates: { what: "\u6A21\u677F\u6587\u4EF6\u5939", example: "templates: templates" },
    standard: { what: "\u8BC4\u5206\u6807\u51C6\u6587\u4EF6", example: "standard: standard.yaml" },
    asOf: { what: "\u68C0\u67E5\u65E5\u671F", example: "asOf: 2021-06-30" },
    date: { what: "\u751F\u6210\u6587\u4EF6\u4E0A\u7684\u65E5\u671F", example: "date: 2021-06-30" },
    unitAliases: { what: "\u5355\u4F4D\u540D\u79F0\u7684\u5176\u4ED6\u5199\u6CD5", example: "unitAliases: { \u5E94\u6025\u4E2D\u5FC3: \u5E94\u6025\u7BA1\u7406\u4E2D\u5FC3 }" },
    units: { what: "\u65B9\u6848\u4E2D\u6CA1\u6709\u3001\u4F46\u4F1A\u62A5\u9001\u6750\u6599\u7684\u5355\u4F4D", example: "units: [\u533A\u6D88\u9632\u5927\u961F]" },
    mapping: { what: "\u4EFB\u52A1\u5BF9\u5E94\u7684\u4E09\u7EA7\u9879", example: "mapping: { 24: [4, 11] }" },
    report: { what: "\u81EA\u8BC4\u62A5\u544A\u7684\u8BBE\u7F6E", example: "report: { recipient: \u5E02\u5B89\u59D4\u4F1A }" },
    letter: { what: "\u8BF7\u793A\u7684\u8BBE\u7F6E", example: "letter: { number: \u897F\u66F2\u6C5F\u5B89\u57CE\u521B\u30142021\u30153\u53F7 }" }
  },
  report: {
    title: { what: "\u62A5\u544A\u6807\u9898", example: "title: \u897F\u5B89\u66F2\u6C5F\u65B0\u533A\u5173\u4E8E\u56FD\u5BB6\u5B89\u5168\u53D1\u5C55\u793A\u8303\u57CE\u5E02\u521B\u5EFA\u5DE5\u4F5C\u81EA\u8BC4\u60C5\u51B5\u7684\u62A5\u544A" },
    recipient: { what: "\u4E3B\u9001\u673A\u5173", example: "recipient: \u5E02\u5B89\u59D4\u4F1A" },
    issuer: { what: "\u843D\u6B3E", example: "issuer: \u897F\u5B89\u66F2\u6C5F\u65B0\u533A\u56FD\u5BB6\u5B89\u5168\u53D1\u5C55\u793A\u8303\u57CE\u5E02\u521B\u5EFA\u5DE5\u4F5C\u9886\u5BFC\u5C0F\u7EC4\u529E\u516C\u5BA4" },
    date: { what: "\u6210\u6587\u65E5\u671F", example: "date: 2021-06-30" },
    fonts: { what: "PDF \u7528\u7684\u5B57\u4F53\u6587\u4EF6", example: "fonts: { fangsong: C:/Windows/Fonts/simfang.ttf }" },
    maxImageMB: { what: "\u62A5\u544A\u4E2D\u76F4\u63A5\u663E\u793A\u7684\u56FE\u7247\u7684\u5927\u5C0F\u4E0A\u9650\uFF0C\u5355\u4F4D MB", example: "maxImageMB: 3" }
  },
  letter: {
    organ: { what: "\u53D1\u6587\u673A\u5173", example: "organ: \u897F\u5B89\u66F2\u6C5F\u65B0\u533A\u56FD\u5BB6\u5B89\u5168\u53D1\u5C55\u793A\u8303\u57CE\u5E02\u521B\u5EFA\u5DE5\u4F5C\u9886\u5BFC\u5C0F\u7EC4\u529E\u516C\u5BA4" },
    number: { what: "\u53D1\u6587\u5B57\u53F7", example: "number: \u897F\u66F2\u6C5F\u5B89\u57CE\u521B\u30142021\u30153\u53F7" },
    signer: { what: "\u7B7E\u53D1\u4EBA", example: "signer: \u5F20\u4E09" },
    title: { what: "\u8BF7\u793A\u6807\u9898", example: "title: \u897F\u5B89\u66F2\u6C5F\u65B0\u533A\u5173\u4E8E\u7533\u8BF7\u56FD\u5BB6\u5B89\u5168\u53D1\u5C55\u793A\u8303\u57CE\u5E02\u521B\u5EFA\u5DE5\u4F5C\u7701\u3001\u5E02\u7EA7\u590D\u6838\u7684\u8BF7\u793A" },
    recipient: { what: "\u4E3B\u9001\u673A\u5173", example: "recipient: \u897F\u5B89\u5E02\u5B89\u5168\u751F\u4EA7\u59D4\u5458\u4F1A" },
    issuer: { what: "\u843D\u6B3E", example: "issuer: \u897F\u5B89\u66F2\u6C5F\u65B0\u533A\u56FD\u5BB6\u5B89\u5168\u53D1\u5C55\u793A\u8303\u57CE\u5E02\u521B\u5EFA\u5DE5\u4F5C\u9886\u5BFC\u5C0F\u7EC4\u529E\u516C\u5BA4" },
    date: { what: "\u6210\u6587\u65E5\u671F", example: "date: 2021-06-30" },
    contact: { what: "\u8054\u7CFB\u4EBA", example: "contact: \u674E\u56DB" },
    phone: { what: "\u8054\u7CFB\u7535\u8BDD", example: 'phone: "029-12345678"\uFF08\u7535\u8BDD\u53F7\u7801\u8BF7\u52A0\u5F15\u53F7\uFF0C\u5426\u5219\u5F00\u5934\u7684 0 \u4F1A\u4E22\u6389\uFF09' }
  },
  "report.fonts": Object.fromEntries(ROLES.map((r) => [r, { what: `${ROLE_INFO[r].zh}\u5B57\u4F53\u6587\u4EF6\uFF0C\u7528\u4E8E${ROLE_INFO[r].use}`, example: `${r}: ${FONT_EXAMPLE[r] ?? "fonts/\u5B57\u4F53.ttf"}` }]))
};
var SECTION_NAME = {
  "": "\u914D\u7F6E\u6587\u4EF6\u7684\u7B2C\u4E00\u5C42\uFF08\u4E0D\u7F29\u8FDB\uFF09",
  report: "report:\uFF08\u81EA\u8BC4\u62A5\u544A\uFF09",
  letter: "letter:\uFF08\u8BF7\u793A\uFF09",
  "report.fonts": "report: \u7684 fonts: "
};
var ENTRY_EXAMPLE = {
  unitAliases: "\u5E94\u6025\u4E2D\u5FC3: \u5E94\u6025\u7BA1\u7406\u4E2D\u5FC3\uFF08\u5DE6\u8FB9\u662F\u5176\u4ED6\u5199\u6CD5\uFF0C\u53F3\u8FB9\u662F\u65B9\u6848\u4E2D\u7684\u5355\u4F4D\u540D\u79F0\uFF09",
  units: "units: [\u533A\u6D88\u9632\u5927\u961F, \u533A\u6C14\u8C61\u5C40]",
  mapping: "24: [4, 11]\uFF08\u4EFB\u52A1\u5E8F\u53F7: [\u4E09\u7EA7\u9879\u7F16\u53F7, \u2026]\uFF09"
};
var EXPECTED = {
  string: "\u6587\u5B57",
  number: "\u6570\u5B57",
  array: "\u5217\u8868\uFF08\u5982 [a, b]\uFF09",
  object: "\u4E00\u7EC4\u201C\u952E: \u503C\u201D\uFF08\u5199\u5728\u4E0B\u9762\u51E0\u884C\uFF0C\u6BCF\u884C\u7F29\u8FDB\u4E24\u683C\uFF09",
  record: "\u4E00\u7EC4\u201C\u952E: \u503C\u201D\uFF08\u5199\u5728\u4E0B\u9762\u51E0\u884C\uFF0C\u6BCF\u884C\u7F29\u8FDB\u4E24\u683C\uFF09",
  date: "\u65E5\u671F"
};
function configProblems(issues, doc, lines) {
  const out = [];
  for (const iss of issues) {
    const path = iss.path.filter((p) => typeof p !== "symbol");
    if (iss.code === "unrecognized_keys") {
      for (const k of iss.keys) {
        const at = [...path, k];
        out.push({ ...lineAt(doc, lines, at), key: keyLabel(at), problem: "\u6CA1\u6709\u8FD9\u4E2A\u914D\u7F6E\u9879", fix: unknownKeyFix(sectionOf(path), k) });
      }
      continue;
    }
    out.push({ ...lineAt(doc, lines, path), key: keyLabel(path), problem: problemOf(iss, path), fix: fixOf(iss, path) });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
function problemOf(iss, path) {
  if (iss.code === "invalid_type") {
    const expected = path.length === 0 ? "\u4E00\u7EC4\u201C\u914D\u7F6E\u9879: \u503C\u201D\uFF0C\u6BCF\u884C\u4E00\u9879" : EXPECTED[iss.expected] ?? iss.expected;
    return `\u5E94\u662F${expected}\uFF0C\u73B0\u5728\u662F${describeValue(iss.input)}`;
  }
  if (iss.code === "too_small")
    return "\u662F\u7A7A\u7684";
  return iss.message;
}
function fixOf(iss, path) {
  if (path.length === 0)
    return "\u6BCF\u884C\u5199\u4E00\u9879\u201C\u914D\u7F6E\u9879: \u503C\u201D\uFF0C\u5982 district: \u897F\u5B89\u66F2\u6C5F\u65B0\u533A\uFF08\u4E5F\u53EF\u4EE5\u7528 dossier init \u751F\u6210\u4E00\u4EFD\u914D\u7F6E\u6587\u4EF6\uFF09";
  const example = exampleOf(path);
  const last = path[path.length - 1];
  if (path.length === 3 && path[0] === "report" && path[1] === "fonts" && iss.code === "custom") {
    return `\u8BF7\u5199\u5B57\u4F53\u6587\u4EF6\u7684\u5B8C\u6574\u8DEF\u5F84\uFF08\u6216\u76F8\u5BF9\u4E8E\u914D\u7F6E\u6587\u4EF6\u6240\u5728\u6587\u4EF6\u5939\u7684\u8DEF\u5F84\uFF09\uFF0C\u5982 ${example}\uFF1B.ttc \u5B57\u4F53\u96C6\u5199\u4F5C \u8DEF\u5F84#\u5B57\u4F53\u540D\uFF1B\u5220\u6389\u8FD9\u4E00\u884C\u5219\u4F7F\u7528\u7535\u8111\u4E0A\u627E\u5230\u7684\u5B57\u4F53\uFF08\u7528 dossier fonts \u67E5\u770B\uFF09`;
  }
  if (iss.input === null || iss.input === "")
    return `\u8BF7\u5728\u5192\u53F7\u540E\u9762\u5199\u4E0A\u5185\u5BB9\uFF0C\u5199\u6CD5\u5982\uFF1A${example}\uFF1B\u6216\u8005\u5220\u6389\u8FD9\u4E00\u884C\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u503C`;
  if (iss.code === "invalid_type" && iss.expected === "string" && (typeof iss.input === "number" || typeof iss.input === "boolean") && typeof last === "string") {
    return last === "phone" ? `\u5199\u6CD5\u5982\uFF1A${example}` : `\u5982\u679C\u5C31\u662F\u201C${iss.input}\u201D\uFF0C\u8BF7\u52A0\u4E0A\u5F15\u53F7\u5199\u6210\u6587\u5B57\uFF1A${last}: "${iss.input}"`;
  }
  return `\u5199\u6CD5\u5982\uFF1A${example}`;
}
function exampleOf(path) {
  const [top, second, third] = path;
  if (typeof top !== "string")
    return "";
  if (path.length > 1 && ENTRY_EXAMPLE[top] !== void 0)
    return ENTRY_EXAMPLE[top];
  if ((top === "report" || top === "letter") && typeof second === "string") {
    if (second === "fonts" && typeof third === "string")
      return CONFIG_KEYS["report.fonts"][third]?.example ?? "";
    return CONFIG_KEYS[top][second]?.example ?? "";
  }
  return CONFIG_KEYS[""][top]?.example ?? "";
}
function sectionOf(path) {
  const s = path.join(".");
  return s === "report" || s === "letter" || s === "report.fonts" ? s : "";
}
function unknownKeyFix(section2, key) {
  const parts = [];
  let elsewhere = Object.keys(CONFIG_KEYS).filter((s) => s !== section2 && Object.hasOwn(CONFIG_KEYS[s], key));
  if (elsewhere.length > 1)
    elsewhere = elsewhere.filter((s) => s !== "report.fonts");
  if (elsewhere.length > 0) {
    parts.push(`\u201C${key}\u201D\u5E94\u5199\u5728${elsewhere.map((s) => s === "" ? "\u914D\u7F6E\u6587\u4EF6\u7684\u7B2C\u4E00\u5C42\uFF08\u4E0D\u7F29\u8FDB\uFF09" : ` ${SECTION_NAME[s].trim()} \u4E0B\u9762`).join("\u6216")}\u3002`);
  } else {
    const near = nearest(key, Object.keys(CONFIG_KEYS[section2]));
    if (near !== void 0)
      parts.push(`\u662F\u4E0D\u662F ${near}\uFF1F`);
  }
  const allowed = Object.entries(CONFIG_KEYS[section2]).map(([k, info]) => `${k}\uFF08${info.what}\uFF09`);
  parts.push(`${SECTION_NAME[section2]}\u53EF\u4EE5\u5199\u7684\u914D\u7F6E\u9879\uFF1A${allowed.join("\u3001")}`);
  return parts.join("");
}
function nearest(key, allowed) {
  const same = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
  if (same)
    return same;
  let best;
  let bestDistance = key.length >= 5 ? 3 : 2;
  for (const a of allowed) {
    const d = distance(key.toLowerCase(), a.toLowerCase());
    if (d < bestDistance)
      [best, bestDistance] = [a, d];
  }
  return best;
}
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
function keyLabel(path) {
  if (path.length === 0)
    return "";
  let label = "";
  for (const p of path)
    label += typeof p === "number" ? ` \u7B2C ${p + 1} \u9879` : label === "" ? p : `.${p}`;
  return label;
}
function lineAt(doc, lines, path) {
  let node = doc.contents;
  let offset = doc.contents?.range?.[0];
  for (const seg of path) {
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find((p) => String((0, import_yaml2.isScalar)(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair)
        break;
      offset = pair.key?.range?.[0] ?? offset;
      node = pair.value;
    } else if ((0, import_yaml2.isSeq)(node) && typeof seg === "number") {
      const item2 = node.items[seg];
      if (!item2)
        break;
      offset = item2.range?.[0] ?? offset;
      node = item2;
    } else
      break;
  }
  return offset === void 0 ? {} : { line: lines.linePos(offset).line };
}

// dist/workspace/load-workspace.js
var CONFIG_FILE = "dossier.config.yaml";
var STANDARD_FILE = "standard.yaml";
var BUNDLED_PLAN = join3(packageRoot, "seeds", "qujiang-safety-city-plan-2020.md");
var MAX_PROBLEMS = 20;
var ConfigError = class extends Error {
  hint;
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = "ConfigError";
  }
};
async function loadWorkspace(options) {
  const root = resolve2(options.cwd, options.workspace ?? ".");
  if (options.workspace !== void 0 && !existsSync(root)) {
    throw new ConfigError(`\u5DE5\u4F5C\u533A\u6587\u4EF6\u5939 ${root} \u4E0D\u5B58\u5728`, "\u8BF7\u68C0\u67E5 --workspace \u540E\u9762\u7684\u8DEF\u5F84\uFF0C\u6216\u5148\u7528 dossier init \u521B\u5EFA\u5DE5\u4F5C\u533A");
  }
  const configFile = join3(root, CONFIG_FILE);
  const shown = shownPath(options.cwd, configFile);
  let raw = {};
  const lines = new import_yaml3.LineCounter();
  let doc;
  if (existsSync(configFile)) {
    doc = import_yaml3.default.parseDocument(await readFile3(configFile, "utf8"), { prettyErrors: false, lineCounter: lines });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      throw new ConfigError(`${shown} \u7B2C ${e.linePos?.[0]?.line ?? 1} \u884C\uFF1AYAML \u683C\u5F0F\u9519\u8BEF\uFF08${e.message.split("\n")[0]}\uFF09`, "\u8BF7\u68C0\u67E5\u8BE5\u884C\u7684\u7F29\u8FDB\u548C\u5192\u53F7");
    }
    raw = doc.toJS() ?? {};
  }
  const parsed = configSchema(root).safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const problems = configProblems(parsed.error.issues, doc ?? new import_yaml3.default.Document(), lines);
    const at2 = (p) => `${p.line === void 0 ? "" : `\u7B2C ${p.line} \u884C\uFF0C`}${p.key === "" ? "\u6574\u4E2A\u6587\u4EF6" : `\u914D\u7F6E\u9879 ${p.key}`}`;
    if (problems.length === 1) {
      const p = problems[0];
      throw new ConfigError(`${shown} ${at2(p)}\uFF1A${p.problem}`, p.fix);
    }
    const shownProblems = problems.slice(0, MAX_PROBLEMS).map((p) => `  ${at2(p)}\uFF1A${p.problem}\u3002${p.fix}`);
    if (problems.length > MAX_PROBLEMS)
      shownProblems.push(`  \uFF08\u53E6\u6709 ${problems.length - MAX_PROBLEMS} \u5904\uFF09`);
    throw new ConfigError(`${shown} \u4E2D\u6709 ${problems.length} \u5904\u914D\u7F6E\u9519\u8BEF\uFF1A
${shownProblems.join("\n")}`, "\u8BF7\u9010\u9879\u6539\u6B63\u540E\u91CD\u65B0\u8FD0\u884C\uFF1B\u914D\u7F6E\u9879\u7684\u5199\u6CD5\u89C1 README \u7684\u201C\u5DE5\u4F5C\u533A\u201D\u4E00\u8282");
  }
  const c = parsed.data;
  const asOf = c.asOf ?? options.today;
  const at = (p, fallback) => resolve2(root, p ?? fallback);
  const base = {
    root,
    district: c.district ?? "\u672C\u533A",
    plan: c.plan === void 0 ? BUNDLED_PLAN : resolve2(root, c.plan),
    dossiers: at(c.dossiers, "dossiers"),
    output: at(c.output, "output"),
    templates: at(c.templates, "templates"),
    standard: c.standard !== void 0 ? resolve2(root, c.standard) : existsSync(join3(root, STANDARD_FILE)) ? join3(root, STANDARD_FILE) : BUNDLED_STANDARD,
    asOf,
    date: c.date ?? asOf,
    unitAliases: c.unitAliases ?? {},
    extraUnits: c.units ?? [],
    mapping: c.mapping ?? {},
    report: c.report ?? {},
    letter: c.letter ?? {}
  };
  return existsSync(configFile) ? { ...base, configFile } : base;
}
function shownPath(cwd, path) {
  const rel = relative2(cwd, path);
  return (rel === "" || rel.startsWith("..") ? path : rel).split(sep2).join("/");
}

// dist/cli/print-issues.js
function formatPlanIssues(file, issues) {
  const out = [];
  for (const issue of issues) {
    const where = issue.line > 0 ? `${file}:${issue.line}` : issue.place ? `${file} ${issue.place}` : file;
    out.push(`${where}  ${issue.severity === "error" ? "\u9519\u8BEF" : "\u8B66\u544A"}  ${issue.message}`);
    if (issue.hint)
      out.push(`    \u2192 ${issue.hint}`);
  }
  return out.join("\n") + (out.length ? "\n" : "");
}

// dist/cli/open-workspace.js
import { existsSync as existsSync2 } from "node:fs";
import { join as join4, relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";
async function openWorkspace(io, opts) {
  let ws = await findWorkspace(io, opts);
  if (opts.asOf !== void 0) {
    if (calendarDateProblem(opts.asOf) !== void 0) {
      throw new UsageError(`--as-of \u7684\u65E5\u671F\u201C${opts.asOf}\u201D\u683C\u5F0F\u4E0D\u5BF9`, "\u5199\u4F5C YYYY-MM-DD\uFF0C\u5982 2021-06-30");
    }
    ws = { ...ws, asOf: opts.asOf };
  }
  if (opts.plan !== void 0)
    ws = { ...ws, plan: resolve3(io.cwd, opts.plan) };
  const result = await loadPlan(ws.plan, { base: ws.root, aliases: ws.unitAliases, cache: new ContentCache(join4(ws.output, CACHE_FOLDER)) });
  const shown = shownPath2(io.cwd, ws.plan);
  const warnings = result.issues.filter((i) => i.severity === "warning");
  if (!result.catalog) {
    io.err(formatPlanIssues(shown, result.issues));
    throw new UsageError(`\u65B9\u6848\u6587\u4EF6 ${shown} \u6709\u9519\u8BEF\uFF0C\u65E0\u6CD5\u7EE7\u7EED`, "\u8BF7\u6309\u4E0A\u9762\u5217\u51FA\u7684\u884C\u53F7\u4FEE\u6539\u65B9\u6848\u6587\u4EF6");
  }
  if (warnings.length > 0)
    io.err(formatPlanIssues(shown, warnings));
  return { ws, catalog: result.catalog };
}
async function findWorkspace(io, opts) {
  try {
    return await loadWorkspace({ ...opts.workspace === void 0 ? {} : { workspace: opts.workspace }, cwd: io.cwd, today: io.today });
  } catch (err) {
    if (err instanceof ConfigError)
      throw new UsageError(err.message, err.hint);
    throw err;
  }
}
function requireDossierDir(io, ws) {
  if (!existsSync2(ws.dossiers)) {
    throw new UsageError(`\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939 ${shownPath2(io.cwd, ws.dossiers)} \u4E0D\u5B58\u5728`, "\u8BF7\u7528 dossier init \u521B\u5EFA\u5DE5\u4F5C\u533A\uFF0C\u6216\u5728 dossier.config.yaml \u7684 dossiers \u4E2D\u5199\u660E\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939");
  }
  return ws.dossiers;
}
function shownPath2(cwd, path) {
  const rel = relative3(cwd, path);
  return (rel === "" ? "." : rel.startsWith("..") ? path : rel).split(sep3).join("/");
}

export {
  CACHE_FOLDER,
  ContentCache,
  contentHash,
  toolFingerprint,
  plainJson,
  PLAN_EXTENSIONS,
  loadPlan,
  readSource,
  loadStandardFile,
  standardYaml,
  ROLES,
  ROLE_INFO,
  CANDIDATES,
  FALLBACKS,
  CONFIG_FILE,
  STANDARD_FILE,
  BUNDLED_PLAN,
  formatPlanIssues,
  openWorkspace,
  findWorkspace,
  requireDossierDir,
  shownPath2 as shownPath
};
