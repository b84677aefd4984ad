import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  isInside
} from "./chunk-NPVESCYQ.js";
import {
  nearest
} from "./chunk-27L5U2YK.js";

// dist/dossier/attachment-path.js
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function attachmentPath(file, written) {
  const path = written.trim().replace(/\\/g, "/");
  if (path.startsWith("/") || /^[a-zA-Z]:/.test(path))
    return void 0;
  const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
  const out = [];
  for (const part of `${folder}/${path}`.split("/")) {
    if (part === "..") {
      if (out.length === 0)
        return void 0;
      out.pop();
    } else if (part !== "." && part !== "")
      out.push(part);
  }
  return out.length === 0 ? void 0 : out.join("/");
}
async function resolveAttachment(root, file, written) {
  const path = written.trim().replace(/\\/g, "/");
  if (isAbsolute(path) || /^[a-zA-Z]:/.test(path)) {
    return {
      ok: false,
      code: "attachment-outside",
      message: `\u9644\u4EF6\u201C${written}\u201D\u662F\u7EDD\u5BF9\u8DEF\u5F84\uFF0C\u6307\u5411\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939\u4EE5\u5916`,
      hint: "\u8BF7\u628A\u9644\u4EF6\u590D\u5236\u5230\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939\u5185\uFF08\u5982\u672C\u6587\u4EF6\u65C1\u7684\u201C\u9644\u4EF6\u201D\u6587\u4EF6\u5939\uFF09\uFF0C\u5E76\u5199\u76F8\u5BF9\u8DEF\u5F84\uFF0C\u5982 \u9644\u4EF6/\u53F0\u8D26.pdf"
    };
  }
  const rel = attachmentPath(file, written);
  if (rel === void 0) {
    return { ok: false, code: "attachment-outside", message: `\u9644\u4EF6\u201C${written}\u201D\u6307\u5411\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939\u4EE5\u5916`, hint: "\u8BF7\u628A\u9644\u4EF6\u590D\u5236\u5230\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939\u5185\uFF0C\u8DEF\u5F84\u4E2D\u4E0D\u8981\u7528 .. \u8DF3\u51FA\u8BE5\u6587\u4EF6\u5939" };
  }
  const abs = resolve(root, rel);
  let info;
  try {
    info = await stat(abs);
  } catch {
    const near = await nearestSibling(abs);
    return {
      ok: false,
      code: "attachment-missing",
      message: `\u9644\u4EF6\u201C${written}\u201D\u4E0D\u5B58\u5728`,
      hint: near ? `\u540C\u4E00\u6587\u4EF6\u5939\u4E0B\u6709\u201C${near}\u201D\uFF0C\u662F\u4E0D\u662F\u8FD9\u4E2A\uFF1F\u8BF7\u6838\u5BF9\u6587\u4EF6\u540D\uFF08\u5305\u62EC\u6269\u5C55\u540D\uFF09` : "\u8BF7\u628A\u9644\u4EF6\u653E\u5230\u5BF9\u5E94\u4F4D\u7F6E\uFF0C\u6216\u6539\u6B63\u8DEF\u5F84\uFF08\u8DEF\u5F84\u76F8\u5BF9\u4E8E\u672C .md \u6587\u4EF6\u6240\u5728\u7684\u6587\u4EF6\u5939\uFF09"
    };
  }
  const real = await realpath(abs);
  if (!isInside(root, real)) {
    return { ok: false, code: "attachment-outside", message: `\u9644\u4EF6\u201C${written}\u201D\u662F\u6307\u5411\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939\u4EE5\u5916\uFF08${real}\uFF09\u7684\u94FE\u63A5`, hint: "\u8BF7\u628A\u9644\u4EF6\u672C\u8EAB\u590D\u5236\u5230\u4F50\u8BC1\u8D44\u6599\u6587\u4EF6\u5939\u5185\uFF0C\u4E0D\u8981\u7528\u5FEB\u6377\u65B9\u5F0F\u6216\u94FE\u63A5" };
  }
  if (!info.isFile()) {
    return { ok: false, code: "attachment-missing", message: `\u9644\u4EF6\u201C${written}\u201D\u662F\u4E00\u4E2A\u6587\u4EF6\u5939\uFF0C\u4E0D\u662F\u6587\u4EF6`, hint: "\u8BF7\u5217\u51FA\u6587\u4EF6\u5939\u4E2D\u7684\u5177\u4F53\u6587\u4EF6\uFF0C\u6BCF\u4E2A\u6587\u4EF6\u4E00\u884C" };
  }
  return { ok: true, rel, real };
}
async function nearestSibling(abs) {
  try {
    const names = await readdir(dirname(abs));
    const same = names.find((n) => n.toLowerCase() === basename(abs).toLowerCase());
    if (same !== void 0)
      return same;
    const near = nearest(basename(abs), names, Math.max(2, Math.floor(basename(abs).length / 3)));
    return near === void 0 ? void 0 : relative(dirname(abs), join(dirname(abs), near)).split(sep).join("/");
  } catch {
    return void 0;
  }
}

export {
  attachmentPath,
  resolveAttachment
};
