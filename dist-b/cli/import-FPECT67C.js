import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadDossier
} from "./chunk-5QSGCRMA.js";
import {
  openWorkspace,
  shownPath
} from "./chunk-N2MZUJXH.js";
import {
  displayWidth
} from "./chunk-3RLGQMEY.js";
import {
  copyFileAtomic,
  writeFileAtomic
} from "./chunk-6ETYQEM3.js";
import {
  UsageError
} from "./chunk-B7VP7B3W.js";
import {
  EXIT,
  SKIP,
  convert,
  phrasing,
  remarkGfm,
  toMarkdown,
  toString,
  visit
} from "./chunk-3HACCFZB.js";
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
  parseChineseNumber
} from "./chunk-F7I2VFIZ.js";
import {
  parse
} from "./chunk-BLHCFEFF.js";
import {
  readDate
} from "./chunk-Q3SDNODU.js";
import {
  KINDS,
  STATUSES,
  yamlString
} from "./chunk-CRPTHBUL.js";
import {
  isInside
} from "./chunk-NPVESCYQ.js";
import {
  findTask,
  taskRef
} from "./chunk-4R3GCGMY.js";
import "./chunk-PR56ENLD.js";
import {
  formatTarget
} from "./chunk-VEKVPWRX.js";
import {
  nearest
} from "./chunk-27L5U2YK.js";
import {
  builtinAliases,
  canonicalUnit,
  makeAliasTable
} from "./chunk-Q53BT4TQ.js";
import "./chunk-AMLCVTRC.js";
import {
  halfWidth
} from "./chunk-AZACBMGK.js";
import {
  decodeText
} from "./chunk-2A7A4PYV.js";
import {
  __toESM
} from "./chunk-CB5SUWAA.js";

// dist/cli/commands/import.js
import { existsSync as existsSync2 } from "node:fs";
import { basename as basename4, dirname, resolve as resolve3 } from "node:path";

// dist/import/collect-inputs.js
import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";

// dist/import/file-type.js
import { extname } from "node:path";
var TYPES = {
  ".docx": "docx",
  ".pdf": "pdf",
  ".png": "picture",
  ".jpg": "picture",
  ".jpeg": "picture",
  ".xlsx": "sheet",
  ".xls": "sheet",
  ".csv": "sheet"
};
var TYPE_NAMES = {
  ".docx": "Word \u6587\u4EF6",
  ".pdf": "PDF \u6587\u4EF6",
  ".png": "\u56FE\u7247",
  ".jpg": "\u56FE\u7247",
  ".jpeg": "\u56FE\u7247",
  ".xlsx": "Excel \u8868\u683C",
  ".xls": "Excel \u8868\u683C",
  ".csv": "CSV \u8868\u683C"
};
function importType(name) {
  const ext = extname(name).toLowerCase();
  const type = TYPES[ext];
  if (type)
    return type;
  if (name.startsWith("~$"))
    return { reason: "\u8FD9\u662F Word/Excel \u6253\u5F00\u6587\u4EF6\u65F6\u7559\u4E0B\u7684\u4E34\u65F6\u6587\u4EF6", hint: "\u4E0D\u9700\u8981\u5BFC\u5165\uFF1B\u5173\u95ED Word/Excel \u540E\u5B83\u4F1A\u81EA\u52A8\u6D88\u5931", action: false };
  if ([".doc", ".wps", ".rtf", ".odt"].includes(ext)) {
    return { reason: `${ext} \u683C\u5F0F\u7684\u6587\u5B57\u6587\u4EF6\u4E0D\u80FD\u76F4\u63A5\u5BFC\u5165`, hint: "\u8BF7\u7528 Word \u6216 WPS \u6253\u5F00\uFF0C\u201C\u53E6\u5B58\u4E3A\u201DWord \u6587\u6863\uFF08.docx\uFF09\u540E\u518D\u5BFC\u5165", action: true };
  }
  if ([".et", ".ods"].includes(ext))
    return { reason: `${ext} \u683C\u5F0F\u7684\u8868\u683C\u4E0D\u80FD\u76F4\u63A5\u5BFC\u5165`, hint: "\u8BF7\u7528 WPS \u6216 Excel \u6253\u5F00\uFF0C\u201C\u53E6\u5B58\u4E3A\u201DExcel \u5DE5\u4F5C\u7C3F\uFF08.xlsx\uFF09\u540E\u518D\u5BFC\u5165", action: true };
  if ([".gif", ".bmp", ".tif", ".tiff", ".heic", ".heif", ".webp"].includes(ext)) {
    return { reason: `${ext} \u683C\u5F0F\u7684\u56FE\u7247\u4E0D\u80FD\u5370\u5165\u81EA\u8BC4\u62A5\u544A`, hint: "\u8BF7\u7528\u753B\u56FE\u6216\u624B\u673A\u76F8\u518C\u628A\u5B83\u53E6\u5B58\u4E3A JPG \u6216 PNG \u540E\u518D\u5BFC\u5165", action: true };
  }
  if ([".ppt", ".pptx", ".dps"].includes(ext))
    return { reason: "\u6F14\u793A\u6587\u7A3F\u4E0D\u80FD\u76F4\u63A5\u5BFC\u5165", hint: "\u8BF7\u201C\u53E6\u5B58\u4E3A\u201DPDF \u540E\u518D\u5BFC\u5165", action: true };
  if ([".zip", ".rar", ".7z"].includes(ext))
    return { reason: "\u8FD9\u662F\u538B\u7F29\u5305", hint: "\u8BF7\u5148\u89E3\u538B\uFF0C\u518D\u5BFC\u5165\u5176\u4E2D\u7684\u6587\u4EF6", action: true };
  if (ext === ".md")
    return { reason: "\u8FD9\u5DF2\u7ECF\u662F\u4F50\u8BC1\u6587\u4EF6\u7684\u683C\u5F0F", hint: "\u4E0D\u9700\u8981\u5BFC\u5165\uFF1A\u76F4\u63A5\u628A\u5B83\u653E\u8FDB\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939\u4E2D\u5BF9\u5E94\u5355\u4F4D\u7684\u6587\u4EF6\u5939\u5373\u53EF", action: false };
  if (ext === ".txt")
    return { reason: "\u6587\u672C\u6587\u4EF6\u4E0D\u80FD\u5BFC\u5165", hint: "\u5982\u679C\u5B83\u662F\u4F50\u8BC1\u6587\u4EF6\uFF08\u5F00\u5934\u6709 --- \u5C5E\u6027\u533A\uFF09\uFF0C\u8BF7\u628A\u6269\u5C55\u540D\u6539\u4E3A .md\uFF1B\u5982\u679C\u662F\u6750\u6599\u6B63\u6587\uFF0C\u8BF7\u590D\u5236\u5230 Word \u4E2D\u4FDD\u5B58\u4E3A .docx \u540E\u518D\u5BFC\u5165", action: false };
  return { reason: `\u4E0D\u662F\u53EF\u4EE5\u5BFC\u5165\u7684\u6587\u4EF6\u7C7B\u578B\uFF08${ext || "\u6CA1\u6709\u6269\u5C55\u540D"}\uFF09`, hint: "\u53EF\u4EE5\u5BFC\u5165\u7684\u7C7B\u578B\uFF1AWord\uFF08.docx\uFF09\u3001PDF\u3001\u56FE\u7247\uFF08.png .jpg\uFF09\u3001\u8868\u683C\uFF08.xlsx .xls .csv\uFF09", action: false };
}

// dist/import/collect-inputs.js
var SYSTEM_FILES = /^(?:\..*|thumbs\.db|desktop\.ini)$/i;
async function collectInputs(args, cwd) {
  const files = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (path, type) => {
    if (seen.has(path))
      return;
    seen.add(path);
    files.push({ path, type });
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let info;
    try {
      info = await stat(path);
    } catch {
      skipped.push({ path, reason: "\u627E\u4E0D\u5230\u8FD9\u4E2A\u6587\u4EF6\u6216\u6587\u4EF6\u5939", hint: "\u8BF7\u68C0\u67E5\u8DEF\u5F84\u548C\u6587\u4EF6\u540D\uFF08\u5305\u62EC\u6269\u5C55\u540D\uFF09\u662F\u5426\u5199\u5BF9\uFF1B\u8DEF\u5F84\u4E2D\u6709\u7A7A\u683C\u65F6\u8BF7\u7528\u5F15\u53F7\u62EC\u8D77\u6765", failed: true });
      continue;
    }
    if (info.isFile()) {
      const type = importType(basename(path));
      if (typeof type === "string")
        add(path, type);
      else
        skipped.push({ path, reason: type.reason, hint: type.hint, failed: true });
      continue;
    }
    if (!info.isDirectory()) {
      skipped.push({ path, reason: "\u4E0D\u662F\u666E\u901A\u6587\u4EF6\u6216\u6587\u4EF6\u5939", hint: "\u8BF7\u6307\u5B9A\u8981\u5BFC\u5165\u7684\u6587\u4EF6\u6216\u6587\u4EF6\u5939", failed: true });
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true })).sort((a2, b) => a2.name.localeCompare(b.name, "zh-CN", { numeric: true }));
    let count = 0;
    for (const entry of entries) {
      if (SYSTEM_FILES.test(entry.name))
        continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) {
        skipped.push({ path: child, reason: "\u5B50\u6587\u4EF6\u5939\u4E2D\u7684\u6587\u4EF6\u4E0D\u4F1A\u4E00\u5E76\u5BFC\u5165", hint: "\u5982\u9700\u5BFC\u5165\uFF0C\u8BF7\u628A\u8FD9\u4E2A\u6587\u4EF6\u5939\u4E5F\u5199\u5728\u547D\u4EE4\u4E2D", failed: false });
        continue;
      }
      const type = importType(entry.name);
      if (typeof type === "string") {
        add(child, type);
        count++;
      } else
        skipped.push({ path: child, reason: type.reason, hint: type.hint, failed: type.action });
    }
    if (count === 0)
      skipped.push({ path, reason: "\u6587\u4EF6\u5939\u4E2D\u6CA1\u6709\u53EF\u4EE5\u5BFC\u5165\u7684\u6587\u4EF6", hint: "\u53EF\u4EE5\u5BFC\u5165\u7684\u7C7B\u578B\uFF1AWord\uFF08.docx\uFF09\u3001PDF\u3001\u56FE\u7247\uFF08.png .jpg\uFF09\u3001\u8868\u683C\uFF08.xlsx .xls .csv\uFF09", failed: true });
  }
  return { files, skipped };
}

// dist/import/import-file.js
import { existsSync } from "node:fs";
import { readFile, realpath, rm } from "node:fs/promises";
import { basename as basename3, extname as extname3, join as join2, relative, sep } from "node:path";

// dist/import/docx-to-markdown.js
var import_mammoth = __toESM(require_lib(), 1);

// node_modules/@ungap/structured-clone/esm/types.js
var VOID = -1;
var PRIMITIVE = 0;
var ARRAY = 1;
var OBJECT = 2;
var DATE = 3;
var REGEXP = 4;
var MAP = 5;
var SET = 6;
var ERROR = 7;
var BIGINT = 8;

// node_modules/@ungap/structured-clone/esm/deserialize.js
var { defineProperty } = Object;
var env = typeof self === "object" ? self : globalThis;
var guard = (name, init) => {
  switch (name) {
    case "Function":
    case "SharedWorker":
    case "Worker":
    case "eval":
    case "setInterval":
    case "setTimeout":
      throw new TypeError("unable to deserialize " + name);
  }
  return new env[name](init);
};
var deserializer = ($, _) => {
  const as = (out, index) => {
    $.set(index, out);
    return out;
  };
  const unpair = (index) => {
    if ($.has(index))
      return $.get(index);
    const [type, value] = _[index];
    switch (type) {
      case PRIMITIVE:
      case VOID:
        return as(value, index);
      case ARRAY: {
        const arr = as([], index);
        for (const index2 of value)
          arr.push(unpair(index2));
        return arr;
      }
      case OBJECT: {
        const object = as({}, index);
        for (const [key, index2] of value) {
          const k = unpair(key), value2 = unpair(index2);
          if (k === "__proto__") defineProperty(object, k, {
            value: value2,
            configurable: true,
            enumerable: true,
            writable: true
          });
          else object[k] = value2;
        }
        return object;
      }
      case DATE:
        return as(new Date(value), index);
      case REGEXP: {
        const { source, flags } = value;
        return as(new RegExp(source, flags), index);
      }
      case MAP: {
        const map = as(/* @__PURE__ */ new Map(), index);
        for (const [key, index2] of value)
          map.set(unpair(key), unpair(index2));
        return map;
      }
      case SET: {
        const set = as(/* @__PURE__ */ new Set(), index);
        for (const index2 of value)
          set.add(unpair(index2));
        return set;
      }
      case ERROR: {
        const { name, message } = value;
        return as(
          typeof env[name] === "function" ? guard(name, message) : new Error(message),
          index
        );
      }
      case BIGINT:
        return as(BigInt(value), index);
      case "BigInt":
        return as(Object(BigInt(value)), index);
      case "ArrayBuffer":
        return as(new Uint8Array(value).buffer, value);
      case "DataView": {
        const { buffer } = new Uint8Array(value);
        return as(new DataView(buffer), value);
      }
      case "-0":
        return -0;
    }
    return as(guard(type, value), index);
  };
  return unpair;
};
var deserialize = (serialized) => deserializer(/* @__PURE__ */ new Map(), serialized)(0);

// node_modules/@ungap/structured-clone/esm/serialize.js
var EMPTY = "";
var { toString: toString2 } = {};
var { keys, is } = Object;
var typeOf = (value) => {
  const type = typeof value;
  if (type !== "object" || !value)
    return [PRIMITIVE, type];
  const asString = toString2.call(value).slice(8, -1);
  switch (asString) {
    case "Array":
      return [ARRAY, EMPTY];
    case "Object":
      return [OBJECT, EMPTY];
    case "Date":
      return [DATE, EMPTY];
    case "RegExp":
      return [REGEXP, EMPTY];
    case "Map":
      return [MAP, EMPTY];
    case "Set":
      return [SET, EMPTY];
    case "DataView":
      return [ARRAY, asString];
  }
  if (asString.includes("Array"))
    return [ARRAY, asString];
  if (value instanceof Error)
    return [ERROR, value.name || "Error"];
  return [OBJECT, asString];
};
var shouldSkip = ([TYPE, type]) => TYPE === PRIMITIVE && (type === "function" || type === "symbol");
var serializer = (strict, json, $, _) => {
  const as = (out, value) => {
    const index = _.push(out) - 1;
    $.set(value, index);
    return index;
  };
  const pair = (value) => {
    if ($.has(value))
      return $.get(value);
    let [TYPE, type] = typeOf(value);
    switch (TYPE) {
      case PRIMITIVE: {
        let entry = value;
        switch (type) {
          case "bigint":
            TYPE = BIGINT;
            entry = value.toString();
            break;
          case "number":
            if (!value && is(value, -0))
              return _.push(["-0"]) - 1;
            break;
          case "function":
          case "symbol":
            if (strict)
              throw new TypeError("unable to serialize " + type);
            entry = null;
            break;
          case "undefined":
            return as([VOID], value);
        }
        return as([TYPE, entry], value);
      }
      case ARRAY: {
        if (type) {
          let spread = value;
          if (type === "DataView") {
            spread = new Uint8Array(value.buffer);
          } else if (type === "ArrayBuffer") {
            spread = new Uint8Array(value);
          }
          return as([type, [...spread]], value);
        }
        const arr = [];
        const index = as([TYPE, arr], value);
        for (const entry of value)
          arr.push(pair(entry));
        return index;
      }
      case OBJECT: {
        if (type) {
          switch (type) {
            case "BigInt":
              return as([type, value.toString()], value);
            case "Boolean":
            case "Number":
            case "String":
              return as([type, value.valueOf()], value);
          }
        }
        if (json && "toJSON" in value)
          return pair(value.toJSON());
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const key of keys(value)) {
          if (strict || !shouldSkip(typeOf(value[key])))
            entries.push([pair(key), pair(value[key])]);
        }
        return index;
      }
      case DATE:
        return as([TYPE, isNaN(value.getTime()) ? EMPTY : value.toISOString()], value);
      case REGEXP: {
        const { source, flags } = value;
        return as([TYPE, { source, flags }], value);
      }
      case MAP: {
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const [key, entry] of value) {
          if (strict || !(shouldSkip(typeOf(key)) || shouldSkip(typeOf(entry))))
            entries.push([pair(key), pair(entry)]);
        }
        return index;
      }
      case SET: {
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const entry of value) {
          if (strict || !shouldSkip(typeOf(entry)))
            entries.push(pair(entry));
        }
        return index;
      }
    }
    const { message } = value;
    return as([TYPE, { name: type, message }], value);
  };
  return pair;
};
var serialize = (value, { json, lossy } = {}) => {
  const _ = [];
  return serializer(!(json || lossy), !!json, /* @__PURE__ */ new Map(), _)(value), _;
};

// node_modules/@ungap/structured-clone/esm/index.js
var esm_default = typeof structuredClone === "function" ? (
  /* c8 ignore start */
  (any, options2) => options2 && ("json" in options2 || "lossy" in options2) ? deserialize(serialize(any, options2)) : structuredClone(any)
) : (any, options2) => deserialize(serialize(any, options2));

// node_modules/hast-util-is-element/lib/index.js
var isElement = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends TestFunction>(element: unknown, test: Condition, index?: number | null | undefined, parent?: Parents | null | undefined, context?: unknown) => element is Element & Predicate<Condition, Element>) &
   *   (<Condition extends string>(element: unknown, test: Condition, index?: number | null | undefined, parent?: Parents | null | undefined, context?: unknown) => element is Element & {tagName: Condition}) &
   *   ((element?: null | undefined) => false) &
   *   ((element: unknown, test?: null | undefined, index?: number | null | undefined, parent?: Parents | null | undefined, context?: unknown) => element is Element) &
   *   ((element: unknown, test?: Test, index?: number | null | undefined, parent?: Parents | null | undefined, context?: unknown) => boolean)
   * )}
   */
  /**
   * @param {unknown} [element]
   * @param {Test | undefined} [test]
   * @param {number | null | undefined} [index]
   * @param {Parents | null | undefined} [parent]
   * @param {unknown} [context]
   * @returns {boolean}
   */
  // eslint-disable-next-line max-params
  (function(element2, test, index, parent, context) {
    const check = convertElement(test);
    if (index !== null && index !== void 0 && (typeof index !== "number" || index < 0 || index === Number.POSITIVE_INFINITY)) {
      throw new Error("Expected positive finite `index`");
    }
    if (parent !== null && parent !== void 0 && (!parent.type || !parent.children)) {
      throw new Error("Expected valid `parent`");
    }
    if ((index === null || index === void 0) !== (parent === null || parent === void 0)) {
      throw new Error("Expected both `index` and `parent`");
    }
    return looksLikeAnElement(element2) ? check.call(context, element2, index, parent) : false;
  })
);
var convertElement = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends TestFunction>(test: Condition) => (element: unknown, index?: number | null | undefined, parent?: Parents | null | undefined, context?: unknown) => element is Element & Predicate<Condition, Element>) &
   *   (<Condition extends string>(test: Condition) => (element: unknown, index?: number | null | undefined, parent?: Parents | null | undefined, context?: unknown) => element is Element & {tagName: Condition}) &
   *   ((test?: null | undefined) => (element?: unknown, index?: number | null | undefined, parent?: Parents | null | undefined, context?: unknown) => element is Element) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test | null | undefined} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return element;
    }
    if (typeof test === "string") {
      return tagNameFactory(test);
    }
    if (typeof test === "object") {
      return anyFactory(test);
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    throw new Error("Expected function, string, or array as `test`");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index = -1;
  while (++index < tests.length) {
    checks[index] = convertElement(tests[index]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index2 = -1;
    while (++index2 < checks.length) {
      if (checks[index2].apply(this, parameters)) return true;
    }
    return false;
  }
}
function tagNameFactory(check) {
  return castFactory(tagName);
  function tagName(element2) {
    return element2.tagName === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value, index, parent) {
    return Boolean(
      looksLikeAnElement(value) && testFunction.call(
        this,
        value,
        typeof index === "number" ? index : void 0,
        parent || void 0
      )
    );
  }
}
function element(element2) {
  return Boolean(
    element2 && typeof element2 === "object" && "type" in element2 && element2.type === "element" && "tagName" in element2 && typeof element2.tagName === "string"
  );
}
function looksLikeAnElement(value) {
  return value !== null && typeof value === "object" && "type" in value && "tagName" in value;
}

// node_modules/hast-util-embedded/lib/index.js
var embedded = convertElement(
  /**
   * @param element
   * @returns {element is {tagName: 'audio' | 'canvas' | 'embed' | 'iframe' | 'img' | 'math' | 'object' | 'picture' | 'svg' | 'video'}}
   */
  function(element2) {
    return element2.tagName === "audio" || element2.tagName === "canvas" || element2.tagName === "embed" || element2.tagName === "iframe" || element2.tagName === "img" || element2.tagName === "math" || element2.tagName === "object" || element2.tagName === "picture" || element2.tagName === "svg" || element2.tagName === "video";
  }
);

// node_modules/hast-util-whitespace/lib/index.js
var re = /[ \t\n\f\r]/g;
function whitespace(thing) {
  return typeof thing === "object" ? thing.type === "text" ? empty(thing.value) : false : empty(thing);
}
function empty(value) {
  return value.replace(re, "") === "";
}

// node_modules/hast-util-minify-whitespace/lib/block.js
var blocks = [
  "address",
  // Flow content.
  "article",
  // Sections and headings.
  "aside",
  // Sections and headings.
  "blockquote",
  // Flow content.
  "body",
  // Page.
  "br",
  // Contribute whitespace intrinsically.
  "caption",
  // Similar to block.
  "center",
  // Flow content, legacy.
  "col",
  // Similar to block.
  "colgroup",
  // Similar to block.
  "dd",
  // Lists.
  "dialog",
  // Flow content.
  "dir",
  // Lists, legacy.
  "div",
  // Flow content.
  "dl",
  // Lists.
  "dt",
  // Lists.
  "figcaption",
  // Flow content.
  "figure",
  // Flow content.
  "footer",
  // Flow content.
  "form",
  // Flow content.
  "h1",
  // Sections and headings.
  "h2",
  // Sections and headings.
  "h3",
  // Sections and headings.
  "h4",
  // Sections and headings.
  "h5",
  // Sections and headings.
  "h6",
  // Sections and headings.
  "head",
  // Page.
  "header",
  // Flow content.
  "hgroup",
  // Sections and headings.
  "hr",
  // Flow content.
  "html",
  // Page.
  "legend",
  // Flow content.
  "li",
  // Block-like.
  "li",
  // Similar to block.
  "listing",
  // Flow content, legacy
  "main",
  // Flow content.
  "menu",
  // Lists.
  "nav",
  // Sections and headings.
  "ol",
  // Lists.
  "optgroup",
  // Similar to block.
  "option",
  // Similar to block.
  "p",
  // Flow content.
  "plaintext",
  // Flow content, legacy
  "pre",
  // Flow content.
  "section",
  // Sections and headings.
  "summary",
  // Similar to block.
  "table",
  // Similar to block.
  "tbody",
  // Similar to block.
  "td",
  // Block-like.
  "td",
  // Similar to block.
  "tfoot",
  // Similar to block.
  "th",
  // Block-like.
  "th",
  // Similar to block.
  "thead",
  // Similar to block.
  "tr",
  // Similar to block.
  "ul",
  // Lists.
  "wbr",
  // Contribute whitespace intrinsically.
  "xmp"
  // Flow content, legacy
];

// node_modules/hast-util-minify-whitespace/lib/content.js
var content = [
  // Form.
  "button",
  "input",
  "select",
  "textarea"
];

// node_modules/hast-util-minify-whitespace/lib/skippable.js
var skippable = [
  "area",
  "base",
  "basefont",
  "dialog",
  "datalist",
  "head",
  "link",
  "meta",
  "noembed",
  "noframes",
  "param",
  "rp",
  "script",
  "source",
  "style",
  "template",
  "track",
  "title"
];

// node_modules/hast-util-minify-whitespace/lib/index.js
var emptyOptions = {};
var ignorableNode = convert(["comment", "doctype"]);
function minifyWhitespace(tree, options2) {
  const settings = options2 || emptyOptions;
  minify(tree, {
    collapse: collapseFactory(
      settings.newlines ? replaceNewlines : replaceWhitespace
    ),
    whitespace: "normal"
  });
}
function minify(node, state) {
  if ("children" in node) {
    const settings = { ...state };
    if (node.type === "root" || blocklike(node)) {
      settings.before = true;
      settings.after = true;
    }
    settings.whitespace = inferWhiteSpace(node, state);
    return all(node, settings);
  }
  if (node.type === "text") {
    if (state.whitespace === "normal") {
      return minifyText(node, state);
    }
    if (state.whitespace === "nowrap") {
      node.value = state.collapse(node.value);
    }
  }
  return { ignore: ignorableNode(node), stripAtStart: false, remove: false };
}
function minifyText(node, state) {
  const value = state.collapse(node.value);
  const result = { ignore: false, stripAtStart: false, remove: false };
  let start = 0;
  let end = value.length;
  if (state.before && removable(value.charAt(0))) {
    start++;
  }
  if (start !== end && removable(value.charAt(end - 1))) {
    if (state.after) {
      end--;
    } else {
      result.stripAtStart = true;
    }
  }
  if (start === end) {
    result.remove = true;
  } else {
    node.value = value.slice(start, end);
  }
  return result;
}
function all(parent, state) {
  let before = state.before;
  const after2 = state.after;
  const children = parent.children;
  let length = children.length;
  let index = -1;
  while (++index < length) {
    const result = minify(children[index], {
      ...state,
      after: collapsableAfter(children, index, after2),
      before
    });
    if (result.remove) {
      children.splice(index, 1);
      index--;
      length--;
    } else if (!result.ignore) {
      before = result.stripAtStart;
    }
    if (content2(children[index])) {
      before = false;
    }
  }
  return { ignore: false, stripAtStart: Boolean(before || after2), remove: false };
}
function collapsableAfter(nodes, index, after2) {
  while (++index < nodes.length) {
    const node = nodes[index];
    let result = inferBoundary(node);
    if (result === void 0 && "children" in node && !skippable2(node)) {
      result = collapsableAfter(node.children, -1);
    }
    if (typeof result === "boolean") {
      return result;
    }
  }
  return after2;
}
function inferBoundary(node) {
  if (node.type === "element") {
    if (content2(node)) {
      return false;
    }
    if (blocklike(node)) {
      return true;
    }
  } else if (node.type === "text") {
    if (!whitespace(node)) {
      return false;
    }
  } else if (!ignorableNode(node)) {
    return false;
  }
}
function content2(node) {
  return embedded(node) || isElement(node, content);
}
function blocklike(node) {
  return isElement(node, blocks);
}
function skippable2(node) {
  return Boolean(node.type === "element" && node.properties.hidden) || ignorableNode(node) || isElement(node, skippable);
}
function removable(character) {
  return character === " " || character === "\n";
}
function replaceNewlines(value) {
  const match = /\r?\n|\r/.exec(value);
  return match ? match[0] : " ";
}
function replaceWhitespace() {
  return " ";
}
function collapseFactory(replace) {
  return collapse2;
  function collapse2(value) {
    return String(value).replace(/[\t\n\v\f\r ]+/g, replace);
  }
}
function inferWhiteSpace(node, state) {
  if ("tagName" in node && node.properties) {
    switch (node.tagName) {
      // Whitespace in script/style, while not displayed by CSS as significant,
      // could have some meaning in JS/CSS, so we can’t touch them.
      case "listing":
      case "plaintext":
      case "script":
      case "style":
      case "xmp": {
        return "pre";
      }
      case "nobr": {
        return "nowrap";
      }
      case "pre": {
        return node.properties.wrap ? "pre-wrap" : "pre";
      }
      case "td":
      case "th": {
        return node.properties.noWrap ? "nowrap" : state.whitespace;
      }
      case "textarea": {
        return "pre-wrap";
      }
      default:
    }
  }
  return state.whitespace;
}

// node_modules/rehype-minify-whitespace/lib/index.js
function rehypeMinifyWhitespace(options2) {
  return function(tree) {
    minifyWhitespace(tree, options2);
  };
}

// node_modules/unist-util-position/lib/index.js
var pointEnd = point("end");
var pointStart = point("start");
function point(type) {
  return point2;
  function point2(node) {
    const point3 = node && node.position && node.position[type] || {};
    if (typeof point3.line === "number" && point3.line > 0 && typeof point3.column === "number" && point3.column > 0) {
      return {
        line: point3.line,
        column: point3.column,
        offset: typeof point3.offset === "number" && point3.offset > -1 ? point3.offset : void 0
      };
    }
  }
}
function position(node) {
  const start = pointStart(node);
  const end = pointEnd(node);
  if (start && end) {
    return { start, end };
  }
}

// node_modules/collapse-white-space/index.js
var js = /\s+/g;
var html = /[\t\n\v\f\r ]+/g;
function collapseWhiteSpace(value, options2) {
  if (!options2) {
    options2 = {};
  } else if (typeof options2 === "string") {
    options2 = { style: options2 };
  }
  const replace = options2.preserveLineEndings ? replaceLineEnding : replaceSpace;
  return String(value).replace(
    options2.style === "html" ? html : js,
    options2.trim ? trimFactory(replace) : replace
  );
}
function replaceLineEnding(value) {
  const match = /\r?\n|\r/.exec(value);
  return match ? match[0] : " ";
}
function replaceSpace() {
  return " ";
}
function trimFactory(replace) {
  return dropOrReplace;
  function dropOrReplace(value, index, all4) {
    return index === 0 || index + value.length === all4.length ? "" : replace(value);
  }
}

// node_modules/hast-util-to-mdast/lib/util/collapse.js
var options = { style: "html", trim: true };
function collapse(value) {
  return collapseWhiteSpace(String(value || ""), options);
}

// node_modules/hast-util-to-mdast/lib/handlers/a.js
function a(state, node) {
  const properties = node.properties || {};
  const children = (
    /** @type {Array<PhrasingContent>} */
    state.all(node)
  );
  const result = {
    type: "link",
    url: state.resolve(String(properties.href || "") || null),
    title: collapse(properties.title) || null,
    children
  };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/base.js
function base(state, node) {
  if (!state.baseFound) {
    state.frozenBaseUrl = String(node.properties && node.properties.href || "") || void 0;
    state.baseFound = true;
  }
}

// node_modules/hast-util-to-mdast/lib/handlers/blockquote.js
function blockquote(state, node) {
  const result = { type: "blockquote", children: state.toFlow(state.all(node)) };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/br.js
function br(state, node) {
  const result = { type: "break" };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-text/lib/index.js
var searchLineFeeds = /\n/g;
var searchTabOrSpaces = /[\t ]+/g;
var whitespaceOnly = /^[\t\n\f\r ]+$/;
var tablePartNames = /* @__PURE__ */ new Set([
  "caption",
  "col",
  "colgroup",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr"
]);
var notRenderedNames = /* @__PURE__ */ new Set([
  // List from: <https://html.spec.whatwg.org/multipage/rendering.html#hidden-elements>
  "datalist",
  "head",
  "noembed",
  "noframes",
  "noscript",
  // Act as if we support scripting.
  "rp",
  "script",
  "style",
  "template",
  "title"
]);
var blockOrCaptionNames = /* @__PURE__ */ new Set([
  "address",
  // Flow content
  "article",
  // Sections and headings
  "aside",
  // Sections and headings
  "blockquote",
  // Flow content
  "body",
  // Page
  "caption",
  // `table-caption`
  "center",
  // Flow content (legacy)
  "dd",
  // Lists
  "dialog",
  // Flow content
  "dir",
  // Lists (legacy)
  "dl",
  // Lists
  "dt",
  // Lists
  "div",
  // Flow content
  "figure",
  // Flow content
  "figcaption",
  // Flow content
  "footer",
  // Flow content
  "form",
  // Flow content
  "h1",
  // Sections and headings
  "h2",
  // Sections and headings
  "h3",
  // Sections and headings
  "h4",
  // Sections and headings
  "h5",
  // Sections and headings
  "h6",
  // Sections and headings
  "header",
  // Flow content
  "hgroup",
  // Sections and headings
  "hr",
  // Flow content
  "html",
  // Page
  "legend",
  // Flow content
  "li",
  // Lists (as `display: list-item`)
  "listing",
  // Flow content (legacy)
  "main",
  // Flow content
  "menu",
  // Lists
  "nav",
  // Sections and headings
  "ol",
  // Lists
  "p",
  // Flow content
  "plaintext",
  // Flow content (legacy)
  "pre",
  // Flow content
  "section",
  // Sections and headings
  "ul",
  // Lists
  "xmp"
  // Flow content (legacy)
]);
function toText(tree, options2) {
  const options_ = options2 || {};
  const children = "children" in tree ? tree.children : [];
  let block = false;
  let inTable = false;
  if (tree.type === "element") {
    block = blockOrCaptionNames.has(tree.tagName);
    inTable = tree.tagName === "table" || rowGroup(tree);
  }
  const whitespace2 = inferWhitespace(tree, {
    breakAfter: false,
    breakBefore: false,
    whitespace: options_.whitespace || "normal"
  });
  const results = [];
  if (tree.type === "text" || tree.type === "comment") {
    append(
      results,
      collectText(tree, {
        breakAfter: true,
        breakBefore: true,
        whitespace: whitespace2
      })
    );
  }
  let index = -1;
  while (++index < children.length) {
    const next = children[index + 1];
    const breakAfter = next ? next.type === "element" && next.tagName === "br" : block;
    const breakBefore = index ? void 0 : block;
    append(
      results,
      renderedTextCollection(
        children[index],
        index,
        /** @type {Parents} */
        tree,
        {
          breakAfter,
          breakBefore,
          rowAfter: inTable ? inferRowAfter(tree, index, void 0) : void 0,
          whitespace: whitespace2
        }
      )
    );
  }
  const result = [];
  let count;
  index = -1;
  while (++index < results.length) {
    const value = results[index];
    if (typeof value === "number") {
      if (count !== void 0 && value > count) count = value;
    } else if (value) {
      if (count !== void 0 && count > -1) {
        result.push("\n".repeat(count) || " ");
      }
      count = -1;
      result.push(value);
    }
  }
  return result.join("");
}
function renderedTextCollection(node, index, parent, info) {
  if (node.type === "element") {
    return collectElement(node, index, parent, info);
  }
  if (node.type === "text") {
    if (whitespaceOnly.test(node.value) && parent.type === "element" && (parent.tagName === "table" || parent.tagName === "tr" || rowGroup(parent))) {
      const before = parent.children[index - 1];
      const after2 = parent.children[index + 1];
      if ((!before || before.type === "element" && tablePartNames.has(before.tagName)) && (!after2 || after2.type === "element" && tablePartNames.has(after2.tagName))) {
        return [];
      }
    }
    return info.whitespace === "normal" ? collectText(node, info) : collectPreText(node);
  }
  return [];
}
function collectElement(node, position2, parent, info) {
  const whitespace2 = inferWhitespace(node, info);
  const children = node.children || [];
  const inTable = node.tagName === "table" || rowGroup(node);
  let index = -1;
  const items = [];
  if (notRenderedNames.has(node.tagName) || // Hidden attribute.
  node.properties?.hidden || // From: <https://html.spec.whatwg.org/multipage/rendering.html#flow-content-3>
  node.tagName === "dialog" && !node.properties?.open) {
    return items;
  }
  let prefix2;
  let suffix;
  if (node.tagName === "br") {
    suffix = "\n";
  } else if (row(node) && (info.rowAfter || after(parent, position2, row))) {
    suffix = "\n";
  } else if (node.tagName === "p") {
    prefix2 = 2;
    suffix = 2;
  } else if (blockOrCaptionNames.has(node.tagName)) {
    prefix2 = 1;
    suffix = 1;
  }
  while (++index < children.length) {
    const next = children[index + 1];
    const breakAfter = next ? next.type === "element" && next.tagName === "br" : suffix;
    const breakBefore = index ? void 0 : prefix2;
    append(
      items,
      renderedTextCollection(children[index], index, node, {
        breakAfter,
        breakBefore,
        rowAfter: inTable ? inferRowAfter(node, index, info.rowAfter) : void 0,
        whitespace: whitespace2
      })
    );
  }
  if (cell(node) && after(parent, position2, cell)) {
    items.push("	");
  }
  if (prefix2) items.unshift(prefix2);
  if (suffix) items.push(suffix);
  return items;
}
function collectText(node, info) {
  const value = String(node.value);
  const lines = [];
  const result = [];
  let start = 0;
  while (start <= value.length) {
    searchLineFeeds.lastIndex = start;
    const match = searchLineFeeds.exec(value);
    const end = match && "index" in match ? match.index : value.length;
    lines.push(
      // Any sequence of collapsible spaces and tabs immediately preceding or
      // following a segment break is removed.
      trimAndCollapseSpacesAndTabs(
        // […] ignoring bidi formatting characters (characters with the
        // Bidi_Control property [UAX9]: ALM, LTR, RTL, LRE-RLO, LRI-PDI) as if
        // they were not there.
        value.slice(start, end).replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ""),
        start === 0 ? info.breakBefore : true,
        end === value.length ? info.breakAfter : true
      )
    );
    start = end + 1;
  }
  let index = -1;
  let join3;
  while (++index < lines.length) {
    if (lines[index].charCodeAt(lines[index].length - 1) === 8203 || index < lines.length - 1 && lines[index + 1].charCodeAt(0) === 8203) {
      result.push(lines[index]);
      join3 = void 0;
    } else if (lines[index]) {
      if (typeof join3 === "number") result.push(join3);
      result.push(lines[index]);
      join3 = 0;
    } else if (index === 0 || index === lines.length - 1) {
      result.push(0);
    }
  }
  return result;
}
function collectPreText(node) {
  return [String(node.value)];
}
function trimAndCollapseSpacesAndTabs(value, breakBefore, breakAfter) {
  const result = [];
  let start = 0;
  let end;
  while (start < value.length) {
    searchTabOrSpaces.lastIndex = start;
    const match = searchTabOrSpaces.exec(value);
    end = match ? match.index : value.length;
    if (!start && !end && match && !breakBefore) {
      result.push("");
    }
    if (start !== end) {
      result.push(value.slice(start, end));
    }
    start = match ? end + match[0].length : end;
  }
  if (start !== end && !breakAfter) {
    result.push("");
  }
  return result.join(" ");
}
function inferWhitespace(node, info) {
  if (node.type === "element") {
    switch (node.tagName) {
      case "listing":
      case "plaintext":
      case "xmp": {
        return "pre";
      }
      case "nobr": {
        return "nowrap";
      }
      case "pre": {
        return node.properties?.wrap ? "pre-wrap" : "pre";
      }
      case "td":
      case "th": {
        return node.properties?.noWrap ? "nowrap" : info.whitespace;
      }
      case "textarea": {
        return "pre-wrap";
      }
      default:
    }
  }
  return info.whitespace;
}
function inferRowAfter(parent, index, rowAfter) {
  return parent.type === "element" && parent.tagName === "table" ? after(parent, index, rowOrRowGroupWithRow) : rowAfter;
}
function after(parent, index, test) {
  while (++index < parent.children.length) {
    const child = parent.children[index];
    if (child.type === "element" && test(child)) return true;
  }
  return false;
}
function append(list3, items) {
  let index = -1;
  while (++index < items.length) {
    list3.push(items[index]);
  }
}
function cell(node) {
  return node.tagName === "td" || node.tagName === "th";
}
function rowGroup(node) {
  return node.tagName === "tbody" || node.tagName === "tfoot" || node.tagName === "thead";
}
function rowOrRowGroupWithRow(node) {
  if (row(node)) return true;
  if (rowGroup(node)) {
    let index = -1;
    while (++index < node.children.length) {
      const child = node.children[index];
      if (child.type === "element" && row(child)) return true;
    }
  }
  return false;
}
function row(node) {
  return node.tagName === "tr";
}

// node_modules/trim-trailing-lines/index.js
function trimTrailingLines(value) {
  const input2 = String(value);
  let end = input2.length;
  while (end > 0) {
    const code2 = input2.codePointAt(end - 1);
    if (code2 !== void 0 && (code2 === 10 || code2 === 13)) {
      end--;
    } else {
      break;
    }
  }
  return input2.slice(0, end);
}

// node_modules/hast-util-to-mdast/lib/handlers/code.js
var prefix = "language-";
function code(state, node) {
  const { children } = node;
  let index = -1;
  let classList;
  let lang;
  if (node.tagName === "pre") {
    while (++index < children.length) {
      const child = children[index];
      if (child.type === "element" && child.tagName === "code" && child.properties && child.properties.className && Array.isArray(child.properties.className)) {
        classList = child.properties.className;
        break;
      }
    }
  }
  if (classList) {
    index = -1;
    while (++index < classList.length) {
      if (String(classList[index]).startsWith(prefix)) {
        lang = String(classList[index]).slice(prefix.length);
        break;
      }
    }
  }
  const result = {
    type: "code",
    lang: lang || null,
    meta: null,
    value: trimTrailingLines(toText(node))
  };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/comment.js
function comment(state, node) {
  const result = {
    type: "html",
    value: "<!--" + node.value + "-->"
  };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/del.js
function del(state, node) {
  const children = (
    /** @type {Array<PhrasingContent>} */
    state.all(node)
  );
  const result = { type: "delete", children };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/util/list-items-spread.js
function listItemsSpread(children) {
  let index = -1;
  if (children.length > 1) {
    while (++index < children.length) {
      if (children[index].spread) {
        return true;
      }
    }
  }
  return false;
}

// node_modules/hast-util-to-mdast/lib/handlers/dl.js
function dl(state, node) {
  const clean = [];
  const groups = [];
  let index = -1;
  while (++index < node.children.length) {
    const child = node.children[index];
    if (child.type === "element" && child.tagName === "div") {
      clean.push(...child.children);
    } else {
      clean.push(child);
    }
  }
  let group = { definitions: [], titles: [] };
  index = -1;
  while (++index < clean.length) {
    const child = clean[index];
    if (child.type === "element" && child.tagName === "dt") {
      const previous = clean[index - 1];
      if (previous && previous.type === "element" && previous.tagName === "dd") {
        groups.push(group);
        group = { definitions: [], titles: [] };
      }
      group.titles.push(child);
    } else {
      group.definitions.push(child);
    }
  }
  groups.push(group);
  index = -1;
  const content3 = [];
  while (++index < groups.length) {
    const result = [
      ...handle(state, groups[index].titles),
      ...handle(state, groups[index].definitions)
    ];
    if (result.length > 0) {
      content3.push({
        type: "listItem",
        spread: result.length > 1,
        checked: null,
        children: result
      });
    }
  }
  if (content3.length > 0) {
    const result = {
      type: "list",
      ordered: false,
      start: null,
      spread: listItemsSpread(content3),
      children: content3
    };
    state.patch(node, result);
    return result;
  }
}
function handle(state, children) {
  const nodes = state.all({ type: "root", children });
  const listItems = state.toSpecificContent(nodes, create);
  if (listItems.length === 0) {
    return [];
  }
  if (listItems.length === 1) {
    return listItems[0].children;
  }
  return [
    {
      type: "list",
      ordered: false,
      start: null,
      spread: listItemsSpread(listItems),
      children: listItems
    }
  ];
}
function create() {
  return { type: "listItem", spread: false, checked: null, children: [] };
}

// node_modules/hast-util-to-mdast/lib/handlers/em.js
function em(state, node) {
  const children = (
    /** @type {Array<PhrasingContent>} */
    state.all(node)
  );
  const result = { type: "emphasis", children };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/util/drop-surrounding-breaks.js
function dropSurroundingBreaks(nodes) {
  let start = 0;
  let end = nodes.length;
  while (start < end && nodes[start].type === "break") start++;
  while (end > start && nodes[end - 1].type === "break") end--;
  return start === 0 && end === nodes.length ? nodes : nodes.slice(start, end);
}

// node_modules/hast-util-to-mdast/lib/handlers/heading.js
function heading(state, node) {
  const depth = (
    /** @type {Heading['depth']} */
    /* c8 ignore next */
    Number(node.tagName.charAt(1)) || 1
  );
  const children = dropSurroundingBreaks(
    /** @type {Array<PhrasingContent>} */
    state.all(node)
  );
  const result = { type: "heading", depth, children };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/hr.js
function hr(state, node) {
  const result = { type: "thematicBreak" };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/iframe.js
function iframe(state, node) {
  const properties = node.properties || {};
  const source = String(properties.src || "");
  const title = collapse(properties.title);
  if (source && title) {
    const result = {
      type: "link",
      title: null,
      url: state.resolve(source),
      children: [{ type: "text", value: title }]
    };
    state.patch(node, result);
    return result;
  }
}

// node_modules/hast-util-to-mdast/lib/handlers/img.js
function img(state, node) {
  const properties = node.properties || {};
  const result = {
    type: "image",
    url: state.resolve(String(properties.src || "") || null),
    title: collapse(properties.title) || null,
    alt: collapse(properties.alt)
  };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/inline-code.js
function inlineCode(state, node) {
  const result = { type: "inlineCode", value: toText(node) };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/util/find-selected-options.js
function findSelectedOptions(node, multiple, size) {
  const options2 = findOptions(node);
  let list3 = [];
  const values = [];
  let index = -1;
  while (++index < options2.length) {
    const option = options2[index];
    if (option.properties && option.properties.selected) {
      list3.push(option);
    }
  }
  if (!multiple) {
    list3 = list3.slice(-1);
    if (list3.length === 0 && !(Number.parseInt(String(size), 10) > 1)) {
      list3 = options2.slice(0, 1);
    }
  }
  index = -1;
  while (++index < list3.length) {
    const option = list3[index];
    const properties = option.properties || {};
    const content3 = collapse(toText(option));
    const label = content3 || collapse(properties.label);
    const value = collapse(properties.value) || content3;
    values.push([value, label === value ? void 0 : label]);
  }
  return values;
}
function findOptions(node) {
  const results = [];
  let index = -1;
  while (++index < node.children.length) {
    const child = node.children[index];
    if ("children" in child && Array.isArray(child.children)) {
      results.push(...findOptions(child));
    }
    if (child.type === "element" && child.tagName === "option" && (!child.properties || !child.properties.disabled)) {
      results.push(child);
    }
  }
  return results;
}

// node_modules/hast-util-to-mdast/lib/handlers/input.js
var defaultChecked = "[x]";
var defaultUnchecked = "[ ]";
function input(state, node) {
  const properties = node.properties || {};
  if (properties.disabled || properties.type === "hidden" || properties.type === "file") {
    return;
  }
  if (properties.type === "checkbox" || properties.type === "radio") {
    const result2 = {
      type: "text",
      value: properties.checked ? state.options.checked || defaultChecked : state.options.unchecked || defaultUnchecked
    };
    state.patch(node, result2);
    return result2;
  }
  const value = collapse(properties.value || properties.placeholder);
  if (properties.type === "image") {
    const alt = collapse(properties.alt) || value;
    if (alt) {
      const result2 = {
        type: "image",
        url: state.resolve(String(properties.src || "") || null),
        title: collapse(properties.title) || null,
        alt
      };
      state.patch(node, result2);
      return result2;
    }
    return;
  }
  let values = [];
  if (value) {
    values = [[value, void 0]];
  } else if (
    // `list` is not supported on these types:
    properties.type !== "button" && properties.type !== "file" && properties.type !== "password" && properties.type !== "reset" && properties.type !== "submit" && properties.list
  ) {
    const list3 = String(properties.list);
    const datalist = state.elementById.get(list3);
    if (datalist && datalist.tagName === "datalist") {
      values = findSelectedOptions(datalist, properties.multiple);
    }
  }
  if (values.length === 0) {
    return;
  }
  if (properties.type === "password") {
    values[0] = ["\u2022".repeat(values[0][0].length), void 0];
  } else if (properties.type === "email" || properties.type === "url") {
    const results = [];
    let index2 = -1;
    while (++index2 < values.length) {
      const value2 = state.resolve(values[index2][0]);
      const result2 = {
        type: "link",
        title: null,
        url: properties.type === "email" ? "mailto:" + value2 : value2,
        children: [{ type: "text", value: values[index2][1] || value2 }]
      };
      results.push(result2);
      if (index2 !== values.length - 1) {
        results.push({ type: "text", value: ", " });
      }
    }
    return results;
  }
  const texts = [];
  let index = -1;
  while (++index < values.length) {
    texts.push(
      values[index][1] ? values[index][1] + " (" + values[index][0] + ")" : values[index][0]
    );
  }
  const result = { type: "text", value: texts.join(", ") };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-has-property/lib/index.js
var own = {}.hasOwnProperty;
function hasProperty(node, name) {
  const value = node.type === "element" && own.call(node.properties, name) && node.properties[name];
  return value !== null && value !== void 0 && value !== false;
}

// node_modules/hast-util-is-body-ok-link/lib/index.js
var list = /* @__PURE__ */ new Set(["pingback", "prefetch", "stylesheet"]);
function isBodyOkLink(node) {
  if (node.type !== "element" || node.tagName !== "link") {
    return false;
  }
  if (node.properties.itemProp) {
    return true;
  }
  const value = node.properties.rel;
  let index = -1;
  if (!Array.isArray(value) || value.length === 0) {
    return false;
  }
  while (++index < value.length) {
    if (!list.has(String(value[index]))) {
      return false;
    }
  }
  return true;
}

// node_modules/hast-util-phrasing/lib/index.js
var basic = convertElement([
  "a",
  "abbr",
  // `area` is in fact only phrasing if it is inside a `map` element.
  // However, since `area`s are required to be inside a `map` element, and it’s
  // a rather involved check, it’s ignored here for now.
  "area",
  "b",
  "bdi",
  "bdo",
  "br",
  "button",
  "cite",
  "code",
  "data",
  "datalist",
  "del",
  "dfn",
  "em",
  "i",
  "input",
  "ins",
  "kbd",
  "keygen",
  "label",
  "map",
  "mark",
  "meter",
  "noscript",
  "output",
  "progress",
  "q",
  "ruby",
  "s",
  "samp",
  "script",
  "select",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "template",
  "textarea",
  "time",
  "u",
  "var",
  "wbr"
]);
var meta = convertElement("meta");
function phrasing2(value) {
  return Boolean(
    value.type === "text" || basic(value) || embedded(value) || isBodyOkLink(value) || meta(value) && hasProperty(value, "itemProp")
  );
}

// node_modules/hast-util-to-mdast/lib/handlers/li.js
function li(state, node) {
  const { rest, checkbox } = extractLeadingCheckbox(node);
  const checked = checkbox ? Boolean(checkbox.properties.checked) : null;
  const spread = spreadout(rest);
  const children = state.toFlow(state.all(rest));
  const result = { type: "listItem", spread, checked, children };
  state.patch(node, result);
  return result;
}
function spreadout(node) {
  let index = -1;
  let seenFlow = false;
  while (++index < node.children.length) {
    const child = node.children[index];
    if (child.type === "element") {
      if (phrasing2(child)) continue;
      if (child.tagName === "p" || seenFlow || spreadout(child)) {
        return true;
      }
      seenFlow = true;
    }
  }
  return false;
}
function extractLeadingCheckbox(node) {
  const head = node.children[0];
  if (head && head.type === "element" && head.tagName === "input" && head.properties && (head.properties.type === "checkbox" || head.properties.type === "radio")) {
    const rest = { ...node, children: node.children.slice(1) };
    return { checkbox: head, rest };
  }
  if (head && head.type === "element" && head.tagName === "p") {
    const { checkbox, rest: restHead } = extractLeadingCheckbox(head);
    if (checkbox) {
      const rest = { ...node, children: [restHead, ...node.children.slice(1)] };
      return { checkbox, rest };
    }
  }
  return { checkbox: void 0, rest: node };
}

// node_modules/hast-util-to-mdast/lib/handlers/list.js
function list2(state, node) {
  const properties = node.properties || {};
  const ordered = node.tagName === "ol";
  const children = state.toSpecificContent(state.all(node), create2);
  let start = null;
  if (ordered) {
    start = Number.parseInt(String(properties.start), 10);
    if (Number.isNaN(start)) start = 1;
  }
  const result = {
    type: "list",
    ordered,
    start,
    spread: listItemsSpread(children),
    children
  };
  state.patch(node, result);
  return result;
}
function create2() {
  return { type: "listItem", spread: false, checked: null, children: [] };
}

// node_modules/hast-util-to-mdast/lib/util/wrap.js
function wrapNeeded(nodes) {
  let index = -1;
  while (++index < nodes.length) {
    const node = nodes[index];
    if (!phrasing3(node) || "children" in node && wrapNeeded(node.children)) {
      return true;
    }
  }
  return false;
}
function wrap(nodes) {
  return runs(nodes, onphrasing, function(d) {
    return d;
  });
  function onphrasing(nodes2) {
    return nodes2.every(function(d) {
      return d.type === "text" ? whitespace(d.value) : false;
    }) ? [] : [{ type: "paragraph", children: dropSurroundingBreaks(nodes2) }];
  }
}
function split(node) {
  return runs(node.children, onphrasing, onnonphrasing);
  function onphrasing(nodes) {
    const newParent = cloneWithoutChildren(node);
    newParent.children = nodes;
    return [newParent];
  }
  function onnonphrasing(child) {
    if ("children" in child && "children" in node) {
      const newParent = cloneWithoutChildren(node);
      const newChild = cloneWithoutChildren(child);
      newParent.children = child.children;
      newChild.children.push(newParent);
      return newChild;
    }
    return { ...child };
  }
}
function runs(nodes, onphrasing, onnonphrasing) {
  const flattened = flatten(nodes);
  const result = [];
  let queue = [];
  let index = -1;
  while (++index < flattened.length) {
    const node = flattened[index];
    if (phrasing3(node)) {
      queue.push(node);
    } else {
      if (queue.length > 0) {
        result.push(...onphrasing(queue));
        queue = [];
      }
      result.push(onnonphrasing(node));
    }
  }
  if (queue.length > 0) {
    result.push(...onphrasing(queue));
    queue = [];
  }
  return result;
}
function flatten(nodes) {
  const flattened = [];
  let index = -1;
  while (++index < nodes.length) {
    const node = nodes[index];
    if ((node.type === "delete" || node.type === "link") && wrapNeeded(node.children)) {
      flattened.push(...split(node));
    } else {
      flattened.push(node);
    }
  }
  return flattened;
}
function phrasing3(node) {
  const tagName = node.data && node.data.hName;
  return tagName ? phrasing2({ type: "element", tagName, properties: {}, children: [] }) : phrasing(node);
}
function cloneWithoutChildren(node) {
  return esm_default({ ...node, children: [] });
}

// node_modules/hast-util-to-mdast/lib/handlers/media.js
function media(state, node) {
  const properties = node.properties || {};
  const poster = node.tagName === "video" ? String(properties.poster || "") : "";
  let source = String(properties.src || "");
  let index = -1;
  let linkInFallbackContent = false;
  let nodes = state.all(node);
  const fragment = { type: "root", children: nodes };
  visit(fragment, function(node2) {
    if (node2.type === "link") {
      linkInFallbackContent = true;
      return EXIT;
    }
  });
  if (linkInFallbackContent || wrapNeeded(nodes)) {
    return nodes;
  }
  while (!source && ++index < node.children.length) {
    const child = node.children[index];
    if (child.type === "element" && child.tagName === "source" && child.properties) {
      source = String(child.properties.src || "");
    }
  }
  if (poster) {
    const image = {
      type: "image",
      title: null,
      url: state.resolve(poster),
      alt: toString(nodes)
    };
    state.patch(node, image);
    nodes = [image];
  }
  const children = (
    /** @type {Array<PhrasingContent>} */
    nodes
  );
  const result = {
    type: "link",
    title: collapse(properties.title) || null,
    url: state.resolve(source),
    children
  };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/p.js
function p(state, node) {
  const children = dropSurroundingBreaks(
    // Allow potentially “invalid” nodes, they might be unknown.
    // We also support straddling later.
    /** @type {Array<PhrasingContent>} */
    state.all(node)
  );
  if (children.length > 0) {
    const result = { type: "paragraph", children };
    state.patch(node, result);
    return result;
  }
}

// node_modules/hast-util-to-mdast/lib/handlers/q.js
var defaultQuotes = ['"'];
function q(state, node) {
  const quotes = state.options.quotes || defaultQuotes;
  state.qNesting++;
  const contents = state.all(node);
  state.qNesting--;
  const quote = quotes[state.qNesting % quotes.length];
  const head = contents[0];
  const tail = contents[contents.length - 1];
  const open2 = quote.charAt(0);
  const close = quote.length > 1 ? quote.charAt(1) : quote;
  if (head && head.type === "text") {
    head.value = open2 + head.value;
  } else {
    contents.unshift({ type: "text", value: open2 });
  }
  if (tail && tail.type === "text") {
    tail.value += close;
  } else {
    contents.push({ type: "text", value: close });
  }
  return contents;
}

// node_modules/hast-util-to-mdast/lib/handlers/root.js
function root(state, node) {
  let children = state.all(node);
  if (state.options.document || wrapNeeded(children)) {
    children = wrap(children);
  }
  const result = { type: "root", children };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/select.js
function select(state, node) {
  const properties = node.properties || {};
  const values = findSelectedOptions(node, properties.multiple, properties.size);
  let index = -1;
  const results = [];
  while (++index < values.length) {
    const value = values[index];
    results.push(value[1] ? value[1] + " (" + value[0] + ")" : value[0]);
  }
  if (results.length > 0) {
    const result = { type: "text", value: results.join(", ") };
    state.patch(node, result);
    return result;
  }
}

// node_modules/hast-util-to-mdast/lib/handlers/strong.js
function strong(state, node) {
  const children = (
    /** @type {Array<PhrasingContent>} */
    state.all(node)
  );
  const result = { type: "strong", children };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/table-cell.js
function tableCell(state, node) {
  const children = (
    /** @type {Array<PhrasingContent>} */
    state.all(node)
  );
  const result = { type: "tableCell", children };
  state.patch(node, result);
  if (node.properties) {
    const { rowSpan, colSpan } = node.properties;
    if (rowSpan || colSpan) {
      const data = (
        /** @type {Record<string, unknown>} */
        result.data || (result.data = {})
      );
      if (rowSpan) data.hastUtilToMdastTemporaryRowSpan = rowSpan;
      if (colSpan) data.hastUtilToMdastTemporaryColSpan = colSpan;
    }
  }
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/table-row.js
function tableRow(state, node) {
  const children = state.toSpecificContent(state.all(node), create3);
  const result = { type: "tableRow", children };
  state.patch(node, result);
  return result;
}
function create3() {
  return { type: "tableCell", children: [] };
}

// node_modules/hast-util-to-mdast/lib/handlers/table.js
function table(state, node) {
  if (state.inTable) {
    const result2 = { type: "text", value: toText(node) };
    state.patch(node, result2);
    return result2;
  }
  state.inTable = true;
  const { align, headless } = inspect(node);
  const rows = state.toSpecificContent(state.all(node), createRow);
  if (headless) {
    rows.unshift(createRow());
  }
  let rowIndex = -1;
  while (++rowIndex < rows.length) {
    const row2 = rows[rowIndex];
    const cells = state.toSpecificContent(row2.children, createCell);
    row2.children = cells;
  }
  let columns = 1;
  rowIndex = -1;
  while (++rowIndex < rows.length) {
    const cells = rows[rowIndex].children;
    let cellIndex = -1;
    while (++cellIndex < cells.length) {
      const cell2 = cells[cellIndex];
      if (cell2.data) {
        const fields = (
          /** @type {Record<string, unknown>} */
          cell2.data
        );
        const colSpan = Number.parseInt(String(fields.hastUtilToMdastTemporaryColSpan), 10) || 1;
        const rowSpan = Number.parseInt(String(fields.hastUtilToMdastTemporaryRowSpan), 10) || 1;
        if (colSpan > 1 || rowSpan > 1) {
          const rowEnd = Math.min(rowIndex + rowSpan, rows.length);
          let otherRowIndex = rowIndex - 1;
          while (++otherRowIndex < rowEnd) {
            let colIndex = cellIndex - 1;
            while (++colIndex < cellIndex + colSpan) {
              const newCells = [];
              if (otherRowIndex !== rowIndex || colIndex !== cellIndex) {
                newCells.push({ type: "tableCell", children: [] });
              }
              rows[otherRowIndex].children.splice(colIndex, 0, ...newCells);
            }
          }
        }
        if ("hastUtilToMdastTemporaryColSpan" in cell2.data)
          delete cell2.data.hastUtilToMdastTemporaryColSpan;
        if ("hastUtilToMdastTemporaryRowSpan" in cell2.data)
          delete cell2.data.hastUtilToMdastTemporaryRowSpan;
        if (Object.keys(cell2.data).length === 0) delete cell2.data;
      }
    }
    if (cells.length > columns) columns = cells.length;
  }
  rowIndex = -1;
  while (++rowIndex < rows.length) {
    const cells = rows[rowIndex].children;
    let cellIndex = cells.length - 1;
    while (++cellIndex < columns) {
      cells.push({ type: "tableCell", children: [] });
    }
  }
  let alignIndex = align.length - 1;
  while (++alignIndex < columns) {
    align.push(null);
  }
  state.inTable = false;
  const result = { type: "table", align, children: rows };
  state.patch(node, result);
  return result;
}
function inspect(node) {
  const info = { align: [null], headless: true };
  let rowIndex = 0;
  let cellIndex = 0;
  visit(node, function(child) {
    if (child.type === "element") {
      if (child.tagName === "table" && node !== child) {
        return SKIP;
      }
      if ((child.tagName === "th" || child.tagName === "td") && child.properties) {
        if (!info.align[cellIndex]) {
          const value = String(child.properties.align || "") || null;
          if (value === "center" || value === "left" || value === "right" || value === null) {
            info.align[cellIndex] = value;
          }
        }
        if (info.headless && rowIndex < 2 && child.tagName === "th") {
          info.headless = false;
        }
        cellIndex++;
      } else if (child.tagName === "thead") {
        info.headless = false;
      } else if (child.tagName === "tr") {
        rowIndex++;
        cellIndex = 0;
      }
    }
  });
  return info;
}
function createCell() {
  return { type: "tableCell", children: [] };
}
function createRow() {
  return { type: "tableRow", children: [] };
}

// node_modules/hast-util-to-mdast/lib/handlers/text.js
function text(state, node) {
  const result = { type: "text", value: node.value };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/textarea.js
function textarea(state, node) {
  const value = toText(node);
  const results = [];
  let blank = false;
  let start = 0;
  let cr = value.indexOf("\r");
  let lf = value.indexOf("\n");
  while (start <= value.length) {
    if (cr !== -1 && cr < start) cr = value.indexOf("\r", start);
    if (lf !== -1 && lf < start) lf = value.indexOf("\n", start);
    const end = Math.min(
      cr === -1 ? value.length : cr,
      lf === -1 ? value.length : lf
    );
    const line = collapse(value.slice(start, end));
    if (line) {
      if (results.length > 0) {
        results.push({ type: "break" });
        if (blank) results.push({ type: "break" });
      }
      results.push({ type: "text", value: line });
      blank = false;
    } else {
      blank = true;
    }
    start = end + (end === cr && lf === cr + 1 ? 2 : 1);
  }
  return results;
}

// node_modules/hast-util-to-mdast/lib/handlers/wbr.js
function wbr(state, node) {
  const result = { type: "text", value: "\u200B" };
  state.patch(node, result);
  return result;
}

// node_modules/hast-util-to-mdast/lib/handlers/index.js
var nodeHandlers = {
  comment,
  doctype: ignore,
  root,
  text
};
var handlers = {
  // Ignore:
  applet: ignore,
  area: ignore,
  basefont: ignore,
  bgsound: ignore,
  caption: ignore,
  col: ignore,
  colgroup: ignore,
  command: ignore,
  content: ignore,
  datalist: ignore,
  dialog: ignore,
  element: ignore,
  embed: ignore,
  frame: ignore,
  frameset: ignore,
  isindex: ignore,
  keygen: ignore,
  link: ignore,
  math: ignore,
  menu: ignore,
  menuitem: ignore,
  meta: ignore,
  nextid: ignore,
  noembed: ignore,
  noframes: ignore,
  optgroup: ignore,
  option: ignore,
  param: ignore,
  script: ignore,
  shadow: ignore,
  source: ignore,
  spacer: ignore,
  style: ignore,
  svg: ignore,
  template: ignore,
  title: ignore,
  track: ignore,
  // Use children:
  abbr: all2,
  acronym: all2,
  bdi: all2,
  bdo: all2,
  big: all2,
  blink: all2,
  button: all2,
  canvas: all2,
  cite: all2,
  data: all2,
  details: all2,
  dfn: all2,
  font: all2,
  ins: all2,
  label: all2,
  map: all2,
  marquee: all2,
  meter: all2,
  nobr: all2,
  noscript: all2,
  object: all2,
  output: all2,
  progress: all2,
  rb: all2,
  rbc: all2,
  rp: all2,
  rt: all2,
  rtc: all2,
  ruby: all2,
  slot: all2,
  small: all2,
  span: all2,
  sup: all2,
  sub: all2,
  tbody: all2,
  tfoot: all2,
  thead: all2,
  time: all2,
  // Use children as flow.
  address: flow,
  article: flow,
  aside: flow,
  body: flow,
  center: flow,
  div: flow,
  fieldset: flow,
  figcaption: flow,
  figure: flow,
  form: flow,
  footer: flow,
  header: flow,
  hgroup: flow,
  html: flow,
  legend: flow,
  main: flow,
  multicol: flow,
  nav: flow,
  picture: flow,
  section: flow,
  // Handle.
  a,
  audio: media,
  b: strong,
  base,
  blockquote,
  br,
  code: inlineCode,
  dir: list2,
  dl,
  dt: li,
  dd: li,
  del,
  em,
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
  hr,
  i: em,
  iframe,
  img,
  image: img,
  input,
  kbd: inlineCode,
  li,
  listing: code,
  mark: em,
  ol: list2,
  p,
  plaintext: code,
  pre: code,
  q,
  s: del,
  samp: inlineCode,
  select,
  strike: del,
  strong,
  summary: p,
  table,
  td: tableCell,
  textarea,
  th: tableCell,
  tr: tableRow,
  tt: inlineCode,
  u: em,
  ul: list2,
  var: inlineCode,
  video: media,
  wbr,
  xmp: code
};
function all2(state, node) {
  return state.all(node);
}
function flow(state, node) {
  return state.toFlow(state.all(node));
}
function ignore() {
}

// node_modules/hast-util-to-mdast/lib/state.js
var own2 = {}.hasOwnProperty;
function createState(options2) {
  return {
    all: all3,
    baseFound: false,
    elementById: /* @__PURE__ */ new Map(),
    frozenBaseUrl: void 0,
    handlers: { ...handlers, ...options2.handlers },
    inTable: false,
    nodeHandlers: { ...nodeHandlers, ...options2.nodeHandlers },
    one,
    options: options2,
    patch,
    qNesting: 0,
    resolve: resolve2,
    toFlow,
    toSpecificContent
  };
}
function all3(parent) {
  const children = parent.children || [];
  const results = [];
  let index = -1;
  while (++index < children.length) {
    const child = children[index];
    const result = (
      /** @type {Array<MdastRootContent> | MdastRootContent | undefined} */
      this.one(child, parent)
    );
    if (Array.isArray(result)) {
      results.push(...result);
    } else if (result) {
      results.push(result);
    }
  }
  return results;
}
function one(node, parent) {
  if (node.type === "element") {
    if (node.properties && node.properties.dataMdast === "ignore") {
      return;
    }
    if (own2.call(this.handlers, node.tagName)) {
      return this.handlers[node.tagName](this, node, parent) || void 0;
    }
  } else if (own2.call(this.nodeHandlers, node.type)) {
    return this.nodeHandlers[node.type](this, node, parent) || void 0;
  }
  if ("value" in node && typeof node.value === "string") {
    const result = { type: "text", value: node.value };
    this.patch(node, result);
    return result;
  }
  if ("children" in node) {
    return this.all(node);
  }
}
function patch(origin, node) {
  if (origin.position) node.position = position(origin);
}
function resolve2(url) {
  if (url === null || url === void 0) {
    return "";
  }
  const base2 = this.frozenBaseUrl;
  if (base2) {
    return new URL(url, base2).href;
  }
  return url;
}
function toFlow(nodes) {
  return wrap(nodes);
}
function toSpecificContent(nodes, build) {
  const reference = build();
  const results = [];
  let queue = [];
  let index = -1;
  while (++index < nodes.length) {
    const node = nodes[index];
    if (expectedParent(node)) {
      if (queue.length > 0) {
        node.children.unshift(...queue);
        queue = [];
      }
      results.push(node);
    } else {
      const child = (
        /** @type {ChildType} */
        node
      );
      queue.push(child);
    }
  }
  if (queue.length > 0) {
    let node = results[results.length - 1];
    if (!node) {
      node = build();
      results.push(node);
    }
    node.children.push(...queue);
    queue = [];
  }
  return results;
  function expectedParent(node) {
    return node.type === reference.type;
  }
}

// node_modules/hast-util-to-mdast/lib/index.js
var emptyOptions2 = {};
function toMdast(tree, options2) {
  const cleanTree = esm_default(tree);
  const settings = options2 || emptyOptions2;
  const transformWhitespace = rehypeMinifyWhitespace({
    newlines: settings.newlines === true
  });
  const state = createState(settings);
  let mdast;
  transformWhitespace(cleanTree);
  visit(cleanTree, function(node) {
    if (node && node.type === "element" && node.properties) {
      const id = String(node.properties.id || "") || void 0;
      if (id && !state.elementById.has(id)) {
        state.elementById.set(id, node);
      }
    }
  });
  const result = state.one(cleanTree, void 0);
  if (!result) {
    mdast = { type: "root", children: [] };
  } else if (Array.isArray(result)) {
    const children = (
      /** @type {Array<MdastRootContent>} */
      result
    );
    mdast = { type: "root", children };
  } else {
    mdast = result;
  }
  visit(mdast, function(node, index, parent) {
    if (node.type === "text" && index !== void 0 && parent) {
      const previous = parent.children[index - 1];
      if (previous && previous.type === node.type) {
        previous.value += node.value;
        parent.children.splice(index, 1);
        if (previous.position && node.position) {
          previous.position.end = node.position.end;
        }
        return index - 1;
      }
      node.value = node.value.replace(/[\t ]*(\r?\n|\r)[\t ]*/, "$1");
      if (parent && (parent.type === "heading" || parent.type === "paragraph" || parent.type === "root")) {
        if (!index) {
          node.value = node.value.replace(/^[\t ]+/, "");
        }
        if (index === parent.children.length - 1) {
          node.value = node.value.replace(/[\t ]+$/, "");
        }
      }
      if (!node.value) {
        parent.children.splice(index, 1);
        return index;
      }
    }
  });
  return mdast;
}

// node_modules/rehype-remark/lib/index.js
var defaults = { document: true };
function rehypeRemark(destination, options2) {
  if (destination && "run" in destination) {
    return async function(tree, file) {
      const mdastTree = toMdast(tree, { ...defaults, ...options2 });
      await destination.run(mdastTree, file);
    };
  }
  return function(tree) {
    return (
      /** @type {MdastRoot} */
      toMdast(tree, { ...defaults, ...destination })
    );
  };
}

// dist/import/mammoth-notes.js
function mammothNotes(messages) {
  const styles = /* @__PURE__ */ new Set();
  const notes = [];
  const add = (note) => {
    if (!notes.includes(note))
      notes.push(note);
  };
  for (const message of messages) {
    const style = /^Unrecognised (paragraph|run|table) style: '(.*)' \(Style ID: .*\)$/.exec(message);
    if (style) {
      styles.add(style[2]);
      continue;
    }
    if (/^Image of type .* is unlikely to display/.test(message))
      continue;
    if (/^An unrecognised element was ignored: (.*)$/.test(message)) {
      add(`Word \u6587\u4EF6\u4E2D\u6709\u65E0\u6CD5\u8BC6\u522B\u7684\u5185\u5BB9\uFF08${message.replace(/^An unrecognised element was ignored: /, "")}\uFF09\uFF0C\u5DF2\u7565\u53BB\uFF1B\u8BF7\u5BF9\u7167\u539F\u6587\u6838\u5BF9\u6B63\u6587\u662F\u5426\u5B8C\u6574`);
    } else if (/^Could not find image file|v:imagedata element without/.test(message)) {
      add("Word \u6587\u4EF6\u4E2D\u6709\u4E00\u5F20\u56FE\u7247\u627E\u4E0D\u5230\u56FE\u7247\u6570\u636E\uFF08\u53EF\u80FD\u662F\u94FE\u63A5\u5230\u7535\u8111\u4E0A\u7684\u56FE\u7247\uFF09\uFF0C\u6CA1\u6709\u5BFC\u5165\uFF1B\u8BF7\u628A\u56FE\u7247\u63D2\u5165\u5230\u6587\u6863\u4E2D\uFF0C\u6216\u4F5C\u4E3A\u9644\u4EF6\u53E6\u884C\u63D0\u4F9B");
    } else if (/cell merging may be incorrect/.test(message)) {
      add("Word \u6587\u4EF6\u4E2D\u6709\u4E00\u4E2A\u8868\u683C\u7ED3\u6784\u4E0D\u89C4\u8303\uFF0C\u5408\u5E76\u5355\u5143\u683C\u53EF\u80FD\u8F6C\u6362\u5F97\u4E0D\u5BF9\uFF1B\u8BF7\u5BF9\u7167\u539F\u6587\u6838\u5BF9\u8BE5\u8868\u683C");
    } else if (/w:sym element with an unsupported character/.test(message)) {
      add("Word \u6587\u4EF6\u4E2D\u6709\u7279\u6B8A\u7B26\u53F7\uFF08\u7B26\u53F7\u5B57\u4F53\u4E2D\u7684\u5B57\u7B26\uFF09\u65E0\u6CD5\u8F6C\u6362\uFF0C\u5DF2\u7565\u53BB\uFF1B\u8BF7\u5BF9\u7167\u539F\u6587\u6838\u5BF9");
    } else if (/^Unsupported break type/.test(message)) {
      add("Word \u6587\u4EF6\u4E2D\u6709\u4E0D\u652F\u6301\u7684\u5206\u9694\u7B26\uFF08\u5982\u5206\u680F\u7B26\uFF09\uFF0C\u5DF2\u7565\u53BB");
    } else if (/complex field/i.test(message)) {
      add("Word \u6587\u4EF6\u4E2D\u6709\u57DF\u4EE3\u7801\uFF08\u5982\u81EA\u52A8\u7F16\u53F7\u3001\u76EE\u5F55\u3001\u8D85\u94FE\u63A5\uFF09\u7ED3\u6784\u4E0D\u5B8C\u6574\uFF0C\u76F8\u5173\u6587\u5B57\u53EF\u80FD\u8F6C\u6362\u4E0D\u5168\uFF1B\u8BF7\u5BF9\u7167\u539F\u6587\u6838\u5BF9");
    } else if (/was referenced but not defined/.test(message)) {
      continue;
    } else {
      add(`\u8F6C\u6362 Word \u6587\u4EF6\u65F6\u51FA\u73B0\u95EE\u9898\uFF0C\u76F8\u5173\u5185\u5BB9\u53EF\u80FD\u4E0D\u5B8C\u6574\uFF0C\u8BF7\u5BF9\u7167\u539F\u6587\u6838\u5BF9\uFF08\u539F\u59CB\u4FE1\u606F\uFF1A${message}\uFF09`);
    }
  }
  if (styles.size > 0) {
    notes.unshift(`Word \u6587\u4EF6\u4F7F\u7528\u4E86 dossier \u4E0D\u8BA4\u8BC6\u7684\u6837\u5F0F\uFF08${[...styles].join("\u3001")}\uFF09\uFF0C\u8FD9\u4E9B\u6BB5\u843D\u5DF2\u6309\u666E\u901A\u6B63\u6587\u5BFC\u5165\uFF1B\u5982\u679C\u5176\u4E2D\u6709\u6807\u9898\uFF0C\u8BF7\u5728\u5BFC\u5165\u7684\u6587\u4EF6\u4E2D\u6838\u5BF9`);
  }
  return notes;
}

// dist/import/picture-types.js
var REPORT_PICTURE = /* @__PURE__ */ new Set(["png", "jpg", "jpeg"]);
var EXTENSIONS = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/jpg": "jpg",
  "image/gif": "gif",
  "image/bmp": "bmp",
  "image/tiff": "tif",
  "image/x-emf": "emf",
  "image/emf": "emf",
  "image/x-wmf": "wmf",
  "image/wmf": "wmf",
  "image/svg+xml": "svg",
  "image/webp": "webp"
};
function pictureExtension(contentType) {
  return EXTENSIONS[contentType.toLowerCase()] ?? /^image\/(?:x-)?([a-z0-9]+)$/i.exec(contentType)?.[1]?.toLowerCase() ?? "bin";
}

// node_modules/remark-stringify/lib/index.js
function remarkStringify(options2) {
  const self2 = this;
  self2.compiler = compiler;
  function compiler(tree) {
    return toMarkdown(tree, {
      ...self2.data("settings"),
      ...options2,
      // Note: this option is not in the readme.
      // The goal is for it to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self2.data("toMarkdownExtensions") || []
    });
  }
}

// dist/import/stringify-markdown.js
function stringifyMarkdown(tree) {
  const text2 = unified().use(remarkGfm, { stringLength: displayWidth }).use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*", listItemIndent: "one", rule: "-", fences: true }).stringify(tree);
  return String(text2).trim();
}

// dist/import/docx-to-markdown.js
var STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];
var PICTURE_URL = /^dossier-picture:(\d+)$/;
async function docxToMarkdown(data) {
  const pictures = [];
  const convertImage = import_mammoth.default.images.imgElement(async (image) => {
    const bytes = await image.readAsBuffer();
    const same = pictures.findIndex((p2) => p2.data.equals(bytes));
    if (same >= 0)
      return { src: `dossier-picture:${same + 1}` };
    const ext = pictureExtension(image.contentType);
    pictures.push({ name: `\u56FE${pictures.length + 1}.${ext}`, data: bytes, contentType: image.contentType, printable: REPORT_PICTURE.has(ext) });
    return { src: `dossier-picture:${pictures.length}` };
  });
  const result = await import_mammoth.default.convertToHtml({ buffer: data }, { convertImage, styleMap: STYLE_MAP });
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);
  const html2 = processor.parse(result.value);
  headerRows(html2);
  const tree = await processor.run(html2);
  tidy(tree);
  const heading2 = tree.children.find((c) => c.type === "heading");
  const headingText = heading2 ? toString(heading2).replace(/\s+/g, " ").trim() : "";
  const notes = mammothNotes(result.messages.map((m) => m.message));
  for (const p2 of pictures) {
    if (!p2.printable)
      notes.push(`${p2.name} \u662F ${p2.contentType} \u683C\u5F0F\uFF0C\u81EA\u8BC4\u62A5\u544A\u4E2D\u65E0\u6CD5\u663E\u793A\uFF0C\u5DF2\u4F5C\u4E3A\u9644\u4EF6\u4FDD\u5B58\uFF1B\u5982\u9700\u5370\u5165\u62A5\u544A\uFF0C\u8BF7\u628A\u5B83\u53E6\u5B58\u4E3A PNG \u6216 JPG \u5E76\u66FF\u6362\u9644\u4EF6`);
  }
  const first = tree.children[0];
  return {
    markdown: stringifyMarkdown(tree),
    rest: first?.type === "heading" ? stringifyMarkdown({ type: "root", children: tree.children.slice(1) }) : stringifyMarkdown(tree),
    ...headingText ? { heading: headingText } : {},
    pictures,
    notes
  };
}
function tidy(node) {
  const out = [];
  for (const child of node.children) {
    if (child.type === "image") {
      const m = PICTURE_URL.exec(child.url);
      if (m)
        out.push({ type: "text", value: `\uFF08\u89C1\u56FE${m[1]}\uFF09` });
      continue;
    }
    if (child.type === "link" && (child.url.startsWith("#") || child.url === "")) {
      if (toString(child).trim() === "\u2191")
        continue;
      tidy(child);
      out.push(...child.children);
      continue;
    }
    if ("children" in child)
      tidy(child);
    if (child.type === "paragraph" && toString(child).trim() === "" && !child.children.some((c) => c.type === "break"))
      continue;
    out.push(child);
  }
  const children = mergeText(out);
  if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell")
    trimEnds(children);
  node.children = children;
}
function trimEnds(list3) {
  const first = list3[0];
  if (first?.type === "text")
    first.value = first.value.replace(/^\s+/, "");
  const last = list3.at(-1);
  if (last?.type === "text")
    last.value = last.value.replace(/\s+$/, "");
}
function mergeText(list3) {
  const out = [];
  for (const n of list3) {
    const last = out.at(-1);
    if (n.type === "text" && last?.type === "text")
      out[out.length - 1] = { type: "text", value: last.value + n.value };
    else
      out.push(n);
  }
  return out;
}
function headerRows(node) {
  for (const child of node.children ?? []) {
    if ((child.tagName === "td" || child.tagName === "th") && child.children) {
      child.children = child.children.flatMap((c, i) => i > 0 && c.tagName === "p" ? [{ type: "text", value: "\u3000" }, c] : [c]);
    }
    if (child.tagName === "table") {
      const rows = tableRows(child);
      const first = rows[0];
      if (first && !rows.some((r) => (r.children ?? []).some((c) => c.tagName === "th"))) {
        for (const cell2 of first.children ?? [])
          if (cell2.tagName === "td")
            cell2.tagName = "th";
      }
    }
    headerRows(child);
  }
}
function tableRows(table2) {
  return (table2.children ?? []).flatMap((c) => c.tagName === "tr" ? [c] : c.tagName === "thead" || c.tagName === "tbody" || c.tagName === "tfoot" ? tableRows(c) : []);
}

// dist/import/evidence-text.js
function importedEvidence(meta2, source, attachments, body) {
  const { task } = meta2;
  const lines = [
    "---",
    `# \u7531 dossier import \u4ECE\u201C${source.replace(/\n/g, " ")}\u201D\u5BFC\u5165\u3002\u8BF7\u6838\u5BF9\u5404\u5B57\u6BB5\u548C\u6B63\u6587\uFF1B\u4EE5 # \u5F00\u5934\u7684\u662F\u8BF4\u660E\uFF0C\u53EF\u4EE5\u5220\u9664\u3002`,
    `# \u4EFB\u52A1 ${task.id}\uFF1A${task.text.replace(/\s+/g, " ")}`,
    `# \u5B8C\u6210\u65F6\u9650\uFF1A${task.deadlineText}${task.deadline ? `\uFF08${task.deadline}\uFF09` : ""}`,
    `task: ${/^\d+$/.test(task.id) ? Number(task.id) : JSON.stringify(task.id)}`,
    `unit: ${yamlString(meta2.unit)}`,
    `title: ${yamlString(meta2.title)}`,
    `date: ${meta2.date}    # \u5DE5\u4F5C\u5B8C\u6210\u6216\u6587\u4EF6\u5370\u53D1\u7684\u65E5\u671F`,
    `status: ${meta2.status}    # \u5DF2\u5B8C\u6210 | \u63A8\u8FDB\u4E2D | \u672A\u542F\u52A8`,
    `kind: ${meta2.kind}    # ${KINDS.join(" | ")}`
  ];
  if (task.targets.length > 0) {
    lines.push("# \u65B9\u6848\u5BF9\u672C\u4EFB\u52A1\u7684\u91CF\u5316\u76EE\u6807\uFF1A\u8BF7\u586B\u5199\u5B9E\u9645\u6570\u503C\uFF0C\u518D\u5220\u53BB\u4E0B\u9762\u51E0\u884C\u5F00\u5934\u7684\u201C# \u201D");
    lines.push("# metrics:");
    for (const t of task.targets)
      lines.push(`#   - name: ${yamlString(t.name)}`, `#     value:     # \u76EE\u6807\uFF1A${formatTarget(t).slice(t.name.length).trim()}`);
  }
  lines.push("attachments:", ...attachments.map((a2) => `  - ${yamlString(a2)}`), "---", "", body.trim(), "");
  return lines.join("\n");
}

// dist/import/import-name.js
import { basename as basename2, extname as extname2 } from "node:path";
var TASK = /^(?:T|任务)\s*([0-9０-９]+(?:[.．\-－][0-9０-９]+)?)$/i;
var BARE_TASK = /^[0-9０-９]+(?:[.．\-－][0-9０-９]+)?$/;
function readImportName(fileName, unitOf) {
  const stem = basename2(fileName, extname2(fileName)).trim();
  const parts = stem.split(/[_＿]+/).map((p2) => p2.trim()).filter((p2) => p2 !== "");
  let task;
  let unit;
  let date;
  const rest = [];
  parts.forEach((part, i) => {
    const t = TASK.exec(part);
    if (task === void 0 && (t || i === 0 && parts.length > 1 && BARE_TASK.test(part))) {
      task = taskRef(t ? t[1] : part);
      return;
    }
    const d = date === void 0 ? readDate(part) ?? compactDate(part) : void 0;
    if (d) {
      date = d.iso;
      return;
    }
    const u = unit === void 0 ? unitOf(part) : void 0;
    if (u !== void 0) {
      unit = u;
      return;
    }
    rest.push(part);
  });
  const found = task !== void 0 || unit !== void 0 || date !== void 0;
  const title = found ? rest.join("_") : "";
  return {
    ...task === void 0 ? {} : { task },
    ...unit === void 0 ? {} : { unit },
    ...title ? { title } : {},
    stem,
    ...date === void 0 ? {} : { date },
    rest
  };
}
function compactDate(part) {
  const m = /^(20\d{2})(\d{2})(\d{2})$/.exec(part);
  return m ? readDate(`${m[1]}-${m[2]}-${m[3]}`) : void 0;
}

// dist/import/last-date.js
var DIGITS = { "\u3007": 0, "\u25CB": 0, \u96F6: 0, \u4E00: 1, \u4E8C: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9 };
var DATE2 = /([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日/g;
function lastDateIn(text2) {
  let found;
  for (const m of text2.matchAll(DATE2)) {
    const date = readDate(`${number(m[1])}-${number(m[2])}-${number(m[3])}`);
    if (date)
      found = { written: m[0].replace(/\s+/g, ""), iso: date.iso };
  }
  return found;
}
function number(s) {
  if (/^[0-9０-９]+$/.test(s))
    return halfWidth(s);
  if (!s.includes("\u5341"))
    return [...s].map((c) => DIGITS[c] ?? "").join("");
  return String(parseChineseNumber(s) ?? "");
}

// dist/import/guess-kind.js
function guessKind(type, title) {
  if (type === "picture")
    return "\u56FE\u7247\u8D44\u6599";
  if (/台账/.test(title))
    return "\u5DE5\u4F5C\u53F0\u8D26";
  if (type === "sheet")
    return "\u7EDF\u8BA1\u6570\u636E";
  if (/纪要/.test(title))
    return "\u4F1A\u8BAE\u7EAA\u8981";
  if (/总结|报告/.test(title))
    return "\u603B\u7ED3\u62A5\u544A";
  if (/制度|办法|规定|细则|预案|规范|规程/.test(title))
    return "\u5236\u5EA6\u6587\u4EF6";
  return "\u5176\u4ED6";
}

// dist/import/plan-import.js
function planImport(input2) {
  const { name, choices, fileName } = input2;
  const notes = [];
  const example = `T24_\u4F4F\u5EFA\u5C40_\u6807\u9898_2020-12-20${fileName.slice(fileName.lastIndexOf("."))}`;
  let task = choices.task;
  if (task && name.task !== void 0 && name.task !== task.id)
    notes.push(`\u6587\u4EF6\u540D\u4E2D\u7684\u4EFB\u52A1\u5E8F\u53F7\u662F ${name.task}\uFF0C\u5DF2\u6309 --task ${task.id} \u5BFC\u5165`);
  if (!task && name.task !== void 0) {
    task = findTask(input2.catalog, name.task);
    if (!task)
      return { refusal: { message: `\u6587\u4EF6\u540D\u4E2D\u7684\u4EFB\u52A1\u5E8F\u53F7\u201C${name.task}\u201D\u4E0D\u5728\u65B9\u6848\u4E2D`, hint: `\u8BF7\u6539\u6B63\u6587\u4EF6\u540D\uFF0C\u6216\u52A0 --task \u5E8F\u53F7 \u6307\u5B9A\uFF08\u7528 dossier catalog \u67E5\u770B\u5168\u90E8\u4EFB\u52A1\uFF09` } };
  }
  if (!task)
    return { refusal: { message: "\u4E0D\u77E5\u9053\u8FD9\u4EFD\u6750\u6599\u5C5E\u4E8E\u54EA\u9879\u4EFB\u52A1", hint: `\u8BF7\u52A0 --task \u5E8F\u53F7\uFF08\u7528 dossier catalog \u67E5\u770B\u5168\u90E8\u4EFB\u52A1\uFF09\uFF0C\u6216\u628A\u5E8F\u53F7\u5199\u5728\u6587\u4EF6\u540D\u5F00\u5934\uFF0C\u5982 ${example}` } };
  let unit = choices.unit;
  if (unit && name.unit !== void 0 && name.unit !== unit)
    notes.push(`\u6587\u4EF6\u540D\u4E2D\u7684\u5355\u4F4D\u662F${name.unit}\uFF0C\u5DF2\u6309 --unit ${unit} \u5BFC\u5165`);
  unit ??= name.unit;
  if (!unit) {
    const guess = name.rest.map((p2) => ({ p: p2, near: nearest(p2, input2.known, 1) })).find((x) => x.near !== void 0);
    return {
      refusal: {
        message: guess ? `\u6587\u4EF6\u540D\u4E2D\u7684\u201C${guess.p}\u201D\u4E0D\u662F\u65B9\u6848\u4E2D\u7684\u5355\u4F4D\u540D\u79F0` : "\u4E0D\u77E5\u9053\u8FD9\u4EFD\u6750\u6599\u662F\u54EA\u4E2A\u5355\u4F4D\u62A5\u9001\u7684",
        hint: guess ? `\u662F\u4E0D\u662F\u201C${guess.near}\u201D\uFF1F\u8BF7\u6539\u6B63\u6587\u4EF6\u540D\uFF0C\u6216\u52A0 --unit ${guess.near}` : `\u8BF7\u52A0 --unit \u5355\u4F4D\u540D\u79F0\uFF0C\u6216\u628A\u5355\u4F4D\u5199\u8FDB\u6587\u4EF6\u540D\uFF0C\u5982 ${example}`
      }
    };
  }
  let date = choices.date;
  if (date && name.date !== void 0 && name.date !== date)
    notes.push(`\u6587\u4EF6\u540D\u4E2D\u7684\u65E5\u671F\u662F ${name.date}\uFF0C\u5DF2\u6309 --date ${date} \u5BFC\u5165`);
  date ??= name.date;
  if (!date) {
    const found = input2.dateInText;
    const ext = fileName.slice(fileName.lastIndexOf("."));
    return {
      refusal: {
        message: "\u4E0D\u77E5\u9053\u8FD9\u4EFD\u6750\u6599\u7684\u65E5\u671F\uFF08\u5DE5\u4F5C\u5B8C\u6210\u6216\u6587\u4EF6\u5370\u53D1\u7684\u65E5\u671F\uFF09",
        hint: found ? `\u6587\u4EF6\u4E2D\u5199\u6709\u65E5\u671F\u201C${found.written}\u201D\uFF1A\u5982\u679C\u8FD9\u5C31\u662F\u5370\u53D1\u6216\u5B8C\u6210\u65E5\u671F\uFF0C\u8BF7\u5355\u72EC\u5BFC\u5165\u8FD9\u4E2A\u6587\u4EF6\u5E76\u52A0 --date ${found.iso}\uFF0C\u6216\u5728\u6587\u4EF6\u540D\u672B\u5C3E\u52A0\u4E0A\u65E5\u671F\uFF08\u5982\u6539\u4E3A ${name.stem}_${found.iso}${ext}\uFF09` : `\u8BF7\u5355\u72EC\u5BFC\u5165\u8FD9\u4E2A\u6587\u4EF6\u5E76\u52A0 --date YYYY-MM-DD\uFF08\u5982 --date 2020-12-20\uFF09\uFF0C\u6216\u5728\u6587\u4EF6\u540D\u672B\u5C3E\u52A0\u4E0A\u65E5\u671F\uFF08\u5982\u6539\u4E3A ${name.stem}_2020-12-20${ext}\uFF09`
      }
    };
  }
  const title = choices.title ?? (name.title || void 0) ?? input2.heading ?? name.stem;
  const responsible = task.units.includes(unit) || task.groups.length > 0;
  if (!responsible)
    notes.push(`\u65B9\u6848\u6CA1\u6709\u628A\u4EFB\u52A1 ${task.id} \u5206\u7ED9${unit}\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A${task.units.join("\u3001")}\uFF09\uFF0C\u4ECD\u6309\u8981\u6C42\u5BFC\u5165`);
  return { meta: { task, unit, title, date, status: choices.status ?? "\u63A8\u8FDB\u4E2D", kind: guessKind(input2.type, title) }, notes };
}

// dist/import/safe-name.js
function fileNameSafe(title, max = 30) {
  const clean = title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().replace(/^[.\s]+|[.\s]+$/g, "");
  const chars = [...clean];
  return (chars.length > max ? chars.slice(0, max).join("") : clean).replace(/[.\s]+$/, "");
}

// dist/import/sheet-to-markdown.js
var SHEET_LIMIT = { rows: 50, columns: 12 };
var MAX_BYTES = 5 * 1024 * 1024;
var MAX_COLUMNS = 200;
async function sheetToMarkdown(data, ext) {
  if (data.length > MAX_BYTES)
    return void 0;
  let grid;
  let sheetName;
  let sheetCount = 1;
  try {
    if (ext === ".csv") {
      const decoded = decodeText(data);
      if (!decoded.ok)
        return void 0;
      const first = decoded.text.split("\n")[0] ?? "";
      const delimiter = [",", "	", ";"].map((d) => ({ d, n: first.split(d).length })).sort((a2, b) => b.n - a2.n)[0].d;
      grid = parse(decoded.text, { delimiter, relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: true }).map((r) => r.map((c) => c.trim()));
    } else if (ext === ".xlsx") {
      const { default: ExcelJS } = await import("./excel-GW2MB54D.js");
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(data);
      const sheet = book.worksheets[0];
      if (!sheet)
        return void 0;
      sheetName = sheet.name;
      sheetCount = book.worksheets.length;
      grid = [];
      sheet.eachRow((row2) => {
        const cells = [];
        row2.eachCell((cell2, c) => {
          if (c <= MAX_COLUMNS)
            cells[c - 1] = cell2.isMerged && cell2.master.address !== cell2.address ? "" : cellText(cell2.value, cell2.numFmt);
        });
        grid.push(Array.from(cells, (c) => c ?? ""));
      });
    } else {
      return void 0;
    }
  } catch {
    return void 0;
  }
  grid = trimGrid(grid);
  let caption;
  const top = grid[0]?.filter((c) => c !== "") ?? [];
  if (grid.length > 2 && top.length === 1 && (grid[0][0] ?? "") !== "" && (grid[1]?.length ?? 0) > 1) {
    caption = top[0];
    grid = grid.slice(1);
  }
  const rows = grid.length;
  const columns = Math.max(0, ...grid.map((r) => r.length));
  const small = rows >= 2 && rows <= SHEET_LIMIT.rows && columns <= SHEET_LIMIT.columns;
  return {
    ...sheetName === void 0 ? {} : { sheetName },
    sheetCount,
    rows,
    columns,
    ...caption === void 0 ? {} : { caption },
    ...small ? { table: tableMarkdown(grid, columns) } : {}
  };
}
function cellText(value, numFmt) {
  if (value === null || value === void 0)
    return "";
  if (value instanceof Date)
    return value.toISOString().slice(0, 10);
  if (typeof value === "number") {
    if (numFmt?.includes("%"))
      return `${Number((value * 100).toPrecision(12))}%`;
    return String(Number(value.toPrecision(12)));
  }
  if (typeof value === "string" || typeof value === "boolean")
    return String(value).replace(/\s+/g, " ").trim();
  if ("richText" in value)
    return value.richText.map((r) => r.text).join("").replace(/\s+/g, " ").trim();
  if ("error" in value)
    return String(value.error);
  if ("result" in value)
    return cellText(value.result, numFmt);
  if ("text" in value)
    return cellText(value.text, numFmt);
  return "";
}
function trimGrid(grid) {
  const rows = grid.filter((r) => r.some((c) => c !== ""));
  const width = Math.max(0, ...rows.map((r) => r.reduce((w, c, i) => c !== "" ? i + 1 : w, 0)));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
}
function tableMarkdown(grid, columns) {
  const row2 = (cells) => ({
    type: "tableRow",
    children: Array.from({ length: columns }, (_, i) => ({ type: "tableCell", children: cells[i] ? [{ type: "text", value: cells[i] }] : [] }))
  });
  const table2 = { type: "table", align: Array.from({ length: columns }, () => null), children: grid.map(row2) };
  const root2 = { type: "root", children: [table2] };
  return stringifyMarkdown(root2);
}

// dist/import/sniff-file.js
import { open } from "node:fs/promises";
async function sniffFile(path, type) {
  if (type !== "picture" && type !== "pdf")
    return void 0;
  const handle2 = await open(path, "r");
  let head;
  try {
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle2.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle2.close();
  }
  if (type === "picture") {
    const png = head.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    const jpeg = head[0] === 255 && head[1] === 216 && head[2] === 255;
    if (!png && !jpeg)
      return "\u8FD9\u4E2A\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 PNG \u6216 JPG \u56FE\u7247\uFF08\u53EF\u80FD\u662F\u6539\u4E86\u6269\u5C55\u540D\u7684\u5176\u4ED6\u683C\u5F0F\uFF0C\u6216\u5DF2\u635F\u574F\uFF09\uFF0C\u81EA\u8BC4\u62A5\u544A\u4E2D\u65E0\u6CD5\u663E\u793A\uFF1B\u8BF7\u7528\u753B\u56FE\u6216\u624B\u673A\u76F8\u518C\u53E6\u5B58\u4E3A JPG \u540E\u66FF\u6362\u9644\u4EF6";
    return void 0;
  }
  if (!head.includes("%PDF-"))
    return "\u8FD9\u4E2A\u6587\u4EF6\u4E0D\u50CF\u662F\u6709\u6548\u7684 PDF\uFF08\u53EF\u80FD\u662F\u6539\u4E86\u6269\u5C55\u540D\u7684\u5176\u4ED6\u683C\u5F0F\uFF0C\u6216\u5DF2\u635F\u574F\uFF09\uFF0C\u590D\u6838\u6750\u6599\u6C47\u7F16\u4E2D\u53EF\u80FD\u65E0\u6CD5\u5408\u5165\uFF1B\u8BF7\u91CD\u65B0\u5BFC\u51FA PDF \u540E\u66FF\u6362\u9644\u4EF6";
  return void 0;
}

// dist/import/import-file.js
async function importFile(path, type, ctx) {
  const fileName = basename3(path);
  const name = readImportName(fileName, ctx.unitOf);
  let docx;
  if (type === "docx") {
    try {
      docx = await docxToMarkdown(await readFile(path));
    } catch (err) {
      const why = err.code ? reason(err) : "\u4E0D\u662F\u6709\u6548\u7684 .docx \u6587\u4EF6";
      return {
        ok: false,
        notes: [],
        refusal: { message: `\u65E0\u6CD5\u8BFB\u53D6\u8FD9\u4E2A Word \u6587\u4EF6\uFF08${why}\uFF09`, hint: "\u6587\u4EF6\u53EF\u80FD\u5DF2\u635F\u574F\uFF0C\u6216\u662F\u6539\u4E86\u6269\u5C55\u540D\u7684\u65E7\u7248 .doc \u6587\u4EF6\uFF1A\u8BF7\u7528 Word \u6216 WPS \u6253\u5F00\uFF0C\u201C\u53E6\u5B58\u4E3A\u201DWord \u6587\u6863\uFF08.docx\uFF09\u540E\u518D\u5BFC\u5165" }
      };
    }
  }
  const planned = planImport({
    fileName,
    type,
    name,
    choices: ctx.choices,
    catalog: ctx.catalog,
    known: ctx.known,
    ...docx?.heading === void 0 ? {} : { heading: docx.heading },
    ...docx ? withDate(lastDateIn(docx.markdown)) : {}
  });
  if ("refusal" in planned)
    return { ok: false, refusal: planned.refusal, notes: docx ? [...docx.notes] : [] };
  const { meta: meta2 } = planned;
  const notes = [...planned.notes, ...docx?.notes ?? []];
  const sniffed = await sniffFile(path, type);
  if (sniffed)
    notes.push(sniffed);
  const body = await bodyOf(path, type, meta2.title, docx, notes);
  const unitDir = join2(ctx.dossiers, meta2.unit);
  const base2 = `T${meta2.task.id}${fileNameSafe(meta2.title) ? `-${fileNameSafe(meta2.title)}` : ""}`;
  let stem = base2;
  for (let i = 2; existsSync(join2(unitDir, `${stem}.md`)) || existsSync(join2(unitDir, "\u9644\u4EF6", stem)); i++)
    stem = `${base2}-${i}`;
  const file = join2(unitDir, `${stem}.md`);
  const attDir = join2(unitDir, "\u9644\u4EF6", stem);
  const rel = (p2) => relative(unitDir, p2).split(sep).join("/");
  const attachments = [];
  try {
    for (const picture of docx?.pictures ?? []) {
      await writeFileAtomic(join2(attDir, picture.name), picture.data);
      attachments.push(rel(join2(attDir, picture.name)));
    }
    const inside = await insideDossier(ctx.dossiers, path);
    if (inside) {
      attachments.push(rel(inside));
      notes.push(`\u539F\u6587\u4EF6\u5DF2\u5728\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939\u4E2D\uFF0C\u76F4\u63A5\u5217\u4E3A\u9644\u4EF6\uFF08${rel(inside)}\uFF09\uFF0C\u6CA1\u6709\u590D\u5236`);
    } else {
      await copyFileAtomic(path, join2(attDir, fileName));
      attachments.push(rel(join2(attDir, fileName)));
    }
    await writeFileAtomic(file, importedEvidence(meta2, fileName, attachments, body));
  } catch (err) {
    await rm(attDir, { recursive: true, force: true });
    return { ok: false, notes, refusal: { message: `\u5199\u5165\u4F50\u8BC1\u6587\u4EF6\u65F6\u51FA\u9519\uFF08${reason(err)}\uFF09\uFF0C\u672A\u5BFC\u5165`, hint: "\u8BF7\u68C0\u67E5\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939\u662F\u5426\u53EF\u5199\u3001\u78C1\u76D8\u662F\u5426\u5DF2\u6EE1\uFF0C\u7136\u540E\u91CD\u65B0\u5BFC\u5165" } };
  }
  return { ok: true, file, meta: meta2, attachments, notes };
}
async function bodyOf(path, type, title, docx, notes) {
  const typeName = TYPE_NAMES[extname3(path).toLowerCase()] ?? "\u6587\u4EF6";
  const named = (extra = "") => paragraph(`\u672C\u6750\u6599\u4E3A\u9644\u4EF6\u300A${title}\u300B\uFF08${typeName}${extra}\uFF09\u3002`);
  if (docx) {
    const text2 = docx.heading === title ? docx.rest : docx.markdown;
    if (text2.replace(/（见图\d+）/g, "").trim() !== "")
      return text2;
    notes.push("Word \u6587\u4EF6\u4E2D\u6CA1\u6709\u6B63\u6587\u6587\u5B57\uFF0C\u4F50\u8BC1\u6587\u4EF6\u7684\u6B63\u6587\u53EA\u5199\u4E86\u4E00\u53E5\u8BF4\u660E\uFF1B\u8BF7\u8865\u5145\u5DE5\u4F5C\u5F00\u5C55\u60C5\u51B5");
    return paragraph(`\u672C\u6750\u6599\u4E3A\u9644\u4EF6\u300A${title}\u300B\uFF08Word \u6587\u4EF6${docx.pictures.length ? `\uFF0C\u542B\u56FE\u7247 ${docx.pictures.length} \u5F20` : ""}\uFF09\u3002`);
  }
  if (type !== "sheet")
    return named();
  const sheet = await sheetToMarkdown(await readFile(path), extname3(path).toLowerCase());
  if (!sheet) {
    if (extname3(path).toLowerCase() !== ".csv")
      notes.push("\u8868\u683C\u5185\u5BB9\u6CA1\u6709\u8BFB\u5165\u6B63\u6587\uFF08\u65E7\u7248 .xls\u3001\u6587\u4EF6\u8F83\u5927\u6216\u65E0\u6CD5\u8BFB\u53D6\uFF09\uFF0C\u53EA\u5217\u4E3A\u9644\u4EF6");
    return named();
  }
  const size = `\uFF0C${sheet.rows} \u884C\u3001${sheet.columns} \u5217`;
  if (!sheet.table) {
    notes.push(`\u8868\u683C\u6709 ${sheet.rows} \u884C\u3001${sheet.columns} \u5217\uFF0C\u8D85\u8FC7\u53EF\u5F55\u5165\u6B63\u6587\u7684\u5927\u5C0F\uFF08${SHEET_LIMIT.rows} \u884C\u3001${SHEET_LIMIT.columns} \u5217\uFF09\uFF0C\u53EA\u5217\u4E3A\u9644\u4EF6`);
    return named(size);
  }
  const which = sheet.sheetCount > 1 ? `\uFF0C\u5171 ${sheet.sheetCount} \u5F20\u5DE5\u4F5C\u8868\uFF0C\u4EE5\u4E0B\u4E3A\u7B2C\u4E00\u5F20\u201C${sheet.sheetName}\u201D` : "";
  const lead = paragraph(`\u672C\u6750\u6599\u4E3A\u9644\u4EF6\u300A${title}\u300B\uFF08${typeName}${which}\uFF09\u3002${sheet.caption ? `\u8868\u683C\u201C${sheet.caption}\u201D` : "\u8868\u683C"}\u5185\u5BB9\u5982\u4E0B\uFF1A`);
  return `${lead}

${sheet.table}`;
}
function paragraph(text2) {
  const root2 = { type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: text2 }] }] };
  return stringifyMarkdown(root2);
}
async function insideDossier(dossiers, path) {
  try {
    const [root2, real] = await Promise.all([realpath(dossiers), realpath(path)]);
    if (!isInside(root2, real))
      return void 0;
    return join2(dossiers, relative(root2, real));
  } catch {
    return void 0;
  }
}
function withDate(found) {
  return found ? { dateInText: found } : {};
}
function reason(err) {
  const code2 = err.code;
  if (code2 === "ENOENT")
    return "\u6587\u4EF6\u4E0D\u5B58\u5728";
  if (code2 === "EACCES" || code2 === "EPERM")
    return "\u6CA1\u6709\u6743\u9650";
  if (code2 === "ENOSPC")
    return "\u78C1\u76D8\u5DF2\u6EE1";
  return err.message ?? String(err);
}

// dist/cli/commands/import.js
async function importCommand(io, args, opts) {
  const { ws, catalog } = await openWorkspace(io, opts);
  const aliases = makeAliasTable(await builtinAliases(), ws.unitAliases);
  const known = [...catalog.units, ...ws.extraUnits];
  const unitOf = (name) => {
    const unit = canonicalUnit(name, aliases);
    return known.includes(unit) ? unit : void 0;
  };
  const choices = checkOptions(opts, catalog, known, unitOf);
  const { files, skipped } = await collectInputs(args, io.cwd);
  const shown = (p2) => shownPath(io.cwd, p2);
  const attachedBy = /* @__PURE__ */ new Map();
  const namedBy = /* @__PURE__ */ new Map();
  if (existsSync2(ws.dossiers)) {
    const loaded = await loadDossier(ws.dossiers, aliases);
    for (const ev of loaded.evidence) {
      for (const a2 of ev.attachments) {
        const path = resolve3(ws.dossiers, dirname(ev.file), a2.path.replace(/\\/g, "/"));
        attachedBy.set(path, ev.file);
        if (!namedBy.has(basename4(path)))
          namedBy.set(basename4(path), ev.file);
      }
    }
  }
  let failed = 0;
  for (const s of skipped) {
    if (s.failed)
      failed++;
    io.err(`${s.failed ? "\u9519\u8BEF" : "\u8DF3\u8FC7"}\uFF1A${shown(s.path)}\uFF1A${s.reason}
    \u2192 ${s.hint}
`);
  }
  const ctx = { catalog, dossiers: ws.dossiers, known, unitOf, choices };
  let imported = 0;
  let withTargets = false;
  for (const input2 of files) {
    const by = attachedBy.get(input2.path);
    if (by !== void 0) {
      io.err(`\u8DF3\u8FC7\uFF1A${shown(input2.path)}\uFF1A\u5DF2\u662F\u4F50\u8BC1\u6587\u4EF6 ${by} \u7684\u9644\u4EF6\uFF0C\u4E0D\u518D\u91CD\u590D\u5BFC\u5165
`);
      continue;
    }
    let outcome;
    try {
      outcome = await importFile(input2.path, input2.type, ctx);
    } catch (err) {
      failed++;
      io.err(`\u9519\u8BEF\uFF1A${shown(input2.path)}\uFF1A\u8BFB\u53D6\u6587\u4EF6\u65F6\u51FA\u9519\uFF08${err.message}\uFF09\uFF0C\u672A\u5BFC\u5165
    \u2192 \u8BF7\u68C0\u67E5\u6587\u4EF6\u662F\u5426\u8FD8\u5728\u3001\u662F\u5426\u6709\u8BFB\u53D6\u6743\u9650\uFF0C\u6216\u91CD\u65B0\u4FDD\u5B58\u4E00\u4EFD\u540E\u518D\u5BFC\u5165
`);
      continue;
    }
    const twin = namedBy.get(basename4(input2.path));
    if (outcome.ok && twin !== void 0) {
      io.err(`\u63D0\u793A\uFF1A${shown(input2.path)}\uFF1A\u4F50\u8BC1\u6587\u4EF6 ${twin} \u5DF2\u5217\u6709\u540C\u540D\u9644\u4EF6\uFF0C\u8FD9\u6B21\u53EF\u80FD\u662F\u91CD\u590D\u5BFC\u5165\uFF1B\u5982\u679C\u91CD\u590D\uFF0C\u8BF7\u5220\u9664\u65B0\u751F\u6210\u7684\u6587\u4EF6\u548C\u5B83\u7684\u9644\u4EF6\u6587\u4EF6\u5939
`);
    }
    for (const note of outcome.notes)
      io.err(`\u63D0\u793A\uFF1A${shown(input2.path)}\uFF1A${note}
`);
    if (!outcome.ok) {
      failed++;
      io.err(`\u9519\u8BEF\uFF1A${shown(input2.path)}\uFF1A${outcome.refusal.message}\uFF0C\u672A\u5BFC\u5165
    \u2192 ${outcome.refusal.hint}
`);
      continue;
    }
    imported++;
    if (outcome.meta.task.targets.length > 0)
      withTargets = true;
    io.out(`${shown(outcome.file)}
`);
  }
  if (imported > 0) {
    if (opts.status === void 0) {
      io.err("\u63D0\u793A\uFF1A\u6CA1\u6709\u6307\u5B9A --status\uFF0C\u72B6\u6001\u5DF2\u586B\u4E3A\u201C\u63A8\u8FDB\u4E2D\u201D\uFF1B\u5DF2\u7ECF\u5B8C\u6210\u7684\u5DE5\u4F5C\u8BF7\u5728\u5BFC\u5165\u65F6\u52A0 --status \u5DF2\u5B8C\u6210\uFF0C\u6216\u6253\u5F00\u6587\u4EF6\u628A status \u6539\u4E3A \u5DF2\u5B8C\u6210\u3002\n");
    }
    io.err(`\u5DF2\u5BFC\u5165 ${imported} \u4E2A\u6587\u4EF6\uFF0C\u751F\u6210\u7684\u4F50\u8BC1\u6587\u4EF6\u89C1\u4E0A\u3002\u8BF7\u9010\u4E2A\u6253\u5F00\uFF0C\u6838\u5BF9\u6807\u9898\u3001\u65E5\u671F\u3001\u72B6\u6001\u548C\u6B63\u6587\uFF08\u8868\u683C\u3001\u5217\u8868\u8BF7\u5BF9\u7167\u539F\u6587\uFF09${withTargets ? "\uFF0C\u6309\u6587\u4EF6\u4E2D\u7684\u8BF4\u660E\u586B\u5199\u91CF\u5316\u6307\u6807\uFF08metrics\uFF09" : ""}\uFF0C\u7136\u540E\u8FD0\u884C dossier check \u68C0\u67E5\u3002
`);
  }
  if (failed > 0)
    io.err(`\u6709 ${failed} \u4E2A\u6587\u4EF6\u672A\u5BFC\u5165\uFF0C\u539F\u56E0\u548C\u5904\u7406\u529E\u6CD5\u89C1\u4E0A\u9762\u7684\u201C\u9519\u8BEF\u201D\u3002
`);
  return failed > 0 ? 1 : 0;
}
function checkOptions(opts, catalog, known, unitOf) {
  let task;
  if (opts.task !== void 0) {
    task = findTask(catalog, opts.task);
    if (!task)
      throw new UsageError(`\u4EFB\u52A1\u5E8F\u53F7\u201C${opts.task}\u201D\u4E0D\u5728\u65B9\u6848\u4E2D`, "\u7528 dossier catalog \u67E5\u770B\u5168\u90E8\u4EFB\u52A1\u7684\u5E8F\u53F7");
  }
  let unit;
  if (opts.unit !== void 0) {
    unit = unitOf(opts.unit);
    if (unit === void 0) {
      const near = nearest(opts.unit.replace(/\s+/g, ""), known, 2);
      throw new UsageError(`\u5355\u4F4D\u201C${opts.unit}\u201D\u4E0D\u5728\u65B9\u6848\u7684\u5355\u4F4D\u540D\u5355\u4E2D`, near ? `\u662F\u4E0D\u662F\u201C${near}\u201D\uFF1F` : `\u53EF\u9009\u7684\u5355\u4F4D\uFF1A${known.join("\u3001")}`);
    }
  }
  let date;
  if (opts.date !== void 0) {
    date = readDate(opts.date)?.iso;
    if (date === void 0)
      throw new UsageError(`--date \u7684\u65E5\u671F\u201C${opts.date}\u201D\u65E0\u6CD5\u8BC6\u522B`, "\u5199\u4F5C YYYY-MM-DD\uFF0C\u5982 --date 2020-12-20\uFF08\u4E5F\u53EF\u5199 2020.12.20\u30012020\u5E7412\u670820\u65E5\uFF09");
  }
  if (opts.status !== void 0 && !STATUSES.includes(opts.status)) {
    throw new UsageError(`--status \u7684\u201C${opts.status}\u201D\u4E0D\u662F\u53EF\u7528\u7684\u72B6\u6001`, `\u5E94\u662F ${STATUSES.join("\u3001")} \u4E4B\u4E00\uFF0C\u5982 --status \u5DF2\u5B8C\u6210`);
  }
  if (opts.title !== void 0 && opts.title.trim() === "")
    throw new UsageError("--title \u7684\u6807\u9898\u662F\u7A7A\u7684", "\u8BF7\u5199\u4E0A\u6750\u6599\u7684\u6807\u9898\uFF0C\u5982 --title \u89C6\u9891\u76D1\u63A7\u7CFB\u7EDF\u5B89\u88C5\u60C5\u51B5");
  return {
    ...task ? { task } : {},
    ...unit ? { unit } : {},
    ...opts.title === void 0 ? {} : { title: opts.title.trim() },
    ...date ? { date } : {},
    ...opts.status === void 0 ? {} : { status: opts.status }
  };
}
export {
  importCommand
};
