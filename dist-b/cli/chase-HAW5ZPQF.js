import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  chaseList,
  chaseMarkdown,
  chaseSheets
} from "./chunk-6DNJQOOO.js";
import {
  buildDate
} from "./chunk-GLOM3DNJ.js";
import {
  sheetsToXlsx
} from "./chunk-D74GHX5M.js";
import {
  checkWorkspace
} from "./chunk-K5L2GE7U.js";
import "./chunk-5QSGCRMA.js";
import {
  shownPath
} from "./chunk-N2MZUJXH.js";
import "./chunk-3RLGQMEY.js";
import {
  writeFileAtomic
} from "./chunk-6ETYQEM3.js";
import "./chunk-B7VP7B3W.js";
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

// dist/cli/commands/chase.js
import { join, resolve } from "node:path";
async function chaseCommand(io, opts) {
  const { ws, catalog, result, unit } = await checkWorkspace(io, opts);
  const list = chaseList(catalog, result, unit);
  switch (opts.format) {
    case "xlsx": {
      const out = opts.out === void 0 ? join(ws.output, "\u50AC\u529E\u6E05\u5355.xlsx") : resolve(io.cwd, opts.out);
      await writeFileAtomic(out, await sheetsToXlsx(chaseSheets(list, ws.district), { date: buildDate(io.env, ws.date), creator: ws.district }));
      io.out(`${summaryLine(list)}
\u5DF2\u5199\u51FA\u50AC\u529E\u6E05\u5355\uFF1A${shownPath(io.cwd, out)}
`);
      return 0;
    }
    case "md": {
      const md = chaseMarkdown(list, ws.district);
      if (opts.out === void 0)
        io.out(md);
      else {
        const out = resolve(io.cwd, opts.out);
        await writeFileAtomic(out, md);
        io.out(`\u5DF2\u5199\u51FA\u50AC\u529E\u6E05\u5355\uFF1A${shownPath(io.cwd, out)}
`);
      }
      return 0;
    }
    default:
      io.out(chaseTerminal(list));
      return 0;
  }
}
function summaryLine(list) {
  const items = list.entries.reduce((n, e) => n + e.items.length, 0);
  return `\u50AC\u529E\u6E05\u5355\uFF08\u622A\u81F3 ${list.asOf}\uFF09\uFF1A${list.entries.length} \u4E2A\u5355\u4F4D\u5171 ${items} \u9879\u5F85\u529E${list.collective.length ? `\uFF0C\u53E6\u6709\u96C6\u4F53\u8D23\u4EFB\u4EFB\u52A1 ${list.collective.length} \u9879` : ""}\u3002`;
}
function chaseTerminal(list) {
  const out = [summaryLine(list)];
  const show = (title, items) => {
    out.push("", `${title}\uFF08${items.length} \u9879\uFF09`);
    for (const i of items) {
      const task = i.task === void 0 ? "" : `\u4EFB\u52A1 ${i.task}`;
      const due = i.deadline ? `\uFF08\u65F6\u9650 ${i.deadline}\uFF09` : "";
      const where = i.file ? `  ${i.file}${i.line ? `:${i.line}` : ""}` : "";
      out.push(`  [${i.kind}] ${task}${due} ${i.detail}${where}`);
    }
  };
  for (const e of list.entries)
    show(e.unit, e.items);
  if (list.collective.length)
    show("\u96C6\u4F53\u8D23\u4EFB\u4EFB\u52A1\uFF08\u7531\u521B\u5EFA\u529E\u7EDF\u7B79\uFF09", list.collective);
  return out.join("\n") + "\n";
}
export {
  chaseCommand
};
