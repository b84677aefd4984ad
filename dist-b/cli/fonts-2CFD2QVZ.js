import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  buildReport,
  loadFonts,
  plain
} from "./chunk-3U4DM5T5.js";
import "./chunk-FRRZG3D5.js";
import "./chunk-KBNWZGVZ.js";
import "./chunk-GLOM3DNJ.js";
import "./chunk-D74GHX5M.js";
import {
  checkWorkspace
} from "./chunk-K5L2GE7U.js";
import "./chunk-5QSGCRMA.js";
import {
  ROLES,
  ROLE_INFO
} from "./chunk-N2MZUJXH.js";
import "./chunk-3RLGQMEY.js";
import "./chunk-6ETYQEM3.js";
import "./chunk-B7VP7B3W.js";
import "./chunk-TCT7KR6Z.js";
import "./chunk-3HACCFZB.js";
import "./chunk-WGPIWLQI.js";
import "./chunk-7HHMQBN3.js";
import "./chunk-F7I2VFIZ.js";
import "./chunk-2HW5O56K.js";
import "./chunk-NPVESCYQ.js";
import "./chunk-4R3GCGMY.js";
import "./chunk-PR56ENLD.js";
import "./chunk-VEKVPWRX.js";
import "./chunk-27L5U2YK.js";
import "./chunk-Q53BT4TQ.js";
import "./chunk-AMLCVTRC.js";
import "./chunk-AZACBMGK.js";
import "./chunk-2A7A4PYV.js";
import "./chunk-CB5SUWAA.js";

// dist/model/doc-text.js
function docText(doc) {
  return doc.blocks.map(blockText).join("\n");
}
function blockText(b) {
  switch (b.type) {
    case "docHeader":
      return [b.organ, b.number, b.signer ?? ""].join("\n");
    case "title":
    case "recipient":
    case "note":
      return b.text;
    case "heading":
    case "paragraph":
      return plain(b.children);
    case "list":
      return b.items.map(plain).join("\n");
    case "table":
      return [b.header, ...b.rows].map((r) => r.map(plain).join(" ")).join("\n");
    case "image":
      return b.caption ?? b.alt;
    case "chart":
      return [b.title, ...b.series, ...b.bars.map((x) => `${x.label} ${x.values.join(" ")}`)].join("\n");
    case "signature":
    case "attachmentList":
      return (b.type === "signature" ? b.lines : b.items).join("\n");
    case "attachment":
      return `\u9644\u4EF6${b.no} ${b.title}`;
    case "toc":
      return b.title;
    case "pageBreak":
      return "";
  }
}

// dist/render/fonts/coverage.js
function coverage(text, fonts) {
  const borrowed = /* @__PURE__ */ new Map();
  const uncovered = [];
  for (const ch of new Set(text.replace(/\s/g, ""))) {
    const cp = ch.codePointAt(0);
    if (fonts.roles.fangsong.font.hasGlyphForCodePoint(cp))
      continue;
    const f = fonts.fallbackFor(cp);
    if (f)
      borrowed.set(ch, f);
    else
      uncovered.push(ch);
  }
  return { borrowed, uncovered };
}

// dist/cli/commands/fonts.js
async function fontsCommand(io, opts) {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  const fonts = loadFonts(ws);
  const out = ["PDF \u4F7F\u7528\u7684\u5B57\u4F53\uFF08Word \u6587\u6863\u4E2D\u5199\u7684\u662F\u5B98\u65B9\u5B57\u4F53\u540D\uFF0C\u7531 Word \u6240\u5728\u7535\u8111\u7684\u5B57\u4F53\u663E\u793A\uFF09\uFF1A", ""];
  for (const role of ROLES) {
    const f = fonts.roles[role];
    out.push(`  ${ROLE_INFO[role].zh}\uFF08${ROLE_INFO[role].use}\uFF1BDOCX \u4E2D\u4E3A ${ROLE_INFO[role].official}\uFF09\uFF1A${f.family}  ${f.path}${f.face ? `#${f.face}` : ""}`);
  }
  out.push("", "\u7F3A\u5B57\u65F6\u4F9D\u6B21\u4F7F\u7528\u7684\u540E\u5907\u5B57\u4F53\uFF1A", ...fonts.allFallbacks().map((f) => `  ${f.family}  ${f.path}${f.face ? `#${f.face}` : ""}`));
  const built = await buildReport(catalog, result, ws);
  const cov = coverage(docText(built.doc), fonts);
  out.push("");
  if (cov.borrowed.size) {
    out.push(`\u6B63\u6587\u5B57\u4F53\u7F3A\u5C11\u3001\u7531\u540E\u5907\u5B57\u4F53\u8865\u4E0A\u7684\u5B57\uFF08${cov.borrowed.size} \u4E2A\uFF09\uFF1A${[...cov.borrowed].map(([ch, f]) => `${ch}\uFF08${f.family}\uFF09`).join(" ")}`);
  } else {
    out.push("\u5F53\u524D\u62A5\u544A\u7684\u6240\u6709\u5B57\u7B26\u6B63\u6587\u5B57\u4F53\u90FD\u6709\u3002");
  }
  out.push(cov.uncovered.length ? `\u6240\u6709\u5B57\u4F53\u90FD\u6CA1\u6709\u7684\u5B57\uFF08${cov.uncovered.length} \u4E2A\uFF0CPDF \u4E2D\u4F1A\u7F3A\u5B57\uFF09\uFF1A${cov.uncovered.join(" ")}` : "\u6CA1\u6709\u4EFB\u4F55\u5B57\u4F53\u90FD\u7F3A\u7684\u5B57\u3002");
  io.out(out.join("\n") + "\n");
  return cov.uncovered.length ? 1 : 0;
}
export {
  fontsCommand
};
