import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  openWorkspace,
  shownPath
} from "./chunk-N2MZUJXH.js";
import {
  writeFileAtomic
} from "./chunk-6ETYQEM3.js";
import {
  UsageError
} from "./chunk-B7VP7B3W.js";
import {
  evidenceStub
} from "./chunk-CRPTHBUL.js";
import {
  findTask
} from "./chunk-4R3GCGMY.js";
import "./chunk-PR56ENLD.js";
import "./chunk-VEKVPWRX.js";
import {
  nearest
} from "./chunk-27L5U2YK.js";
import {
  builtinAliases,
  canonicalUnit,
  makeAliasTable
} from "./chunk-Q53BT4TQ.js";
import "./chunk-AZACBMGK.js";
import "./chunk-2A7A4PYV.js";
import "./chunk-CB5SUWAA.js";

// dist/cli/commands/new.js
import { existsSync } from "node:fs";
import { join } from "node:path";
async function newCommand(io, opts) {
  const { ws, catalog } = await openWorkspace(io, opts);
  const task = findTask(catalog, opts.task);
  if (!task)
    throw new UsageError(`\u4EFB\u52A1\u5E8F\u53F7\u201C${opts.task}\u201D\u4E0D\u5728\u65B9\u6848\u4E2D`, `\u5E8F\u53F7\u5E94\u5728 ${catalog.tasks[0]?.id ?? 1}\u2013${catalog.tasks.at(-1)?.id ?? 1} \u4E4B\u95F4\uFF1B\u7528 dossier catalog \u67E5\u770B\u5168\u90E8\u4EFB\u52A1`);
  const no = task.id;
  const aliases = makeAliasTable(await builtinAliases(), ws.unitAliases);
  const unit = canonicalUnit(opts.unit, aliases);
  const known = [...catalog.units, ...ws.extraUnits];
  if (!known.includes(unit)) {
    const near = nearest(unit, known, 2);
    throw new UsageError(`\u5355\u4F4D\u201C${opts.unit}\u201D\u4E0D\u5728\u65B9\u6848\u7684\u5355\u4F4D\u540D\u5355\u4E2D`, near ? `\u662F\u4E0D\u662F\u201C${near}\u201D\uFF1F` : `\u53EF\u9009\u7684\u5355\u4F4D\uFF1A${known.join("\u3001")}`);
  }
  if (task.groups.length === 0 && !task.units.includes(unit)) {
    io.err(`\u63D0\u793A\uFF1A\u65B9\u6848\u6CA1\u6709\u628A\u4EFB\u52A1 ${no} \u5206\u7ED9${unit}\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A${task.units.join("\u3001")}\uFF09\uFF0C\u4ECD\u6309\u8981\u6C42\u751F\u6210\u3002
`);
  }
  const folder = join(ws.dossiers, unit);
  let file = join(folder, `T${no}.md`);
  for (let i = 2; existsSync(file); i++)
    file = join(folder, `T${no}-${i}.md`);
  await writeFileAtomic(file, evidenceStub(task, unit, io.today, opts.title));
  io.out(`${shownPath(io.cwd, file)}
`);
  io.err(`\u5DF2\u751F\u6210\u4F50\u8BC1\u6587\u4EF6\u6846\u67B6\u3002\u8BF7\u6253\u5F00\u5B83\u586B\u5199\u6807\u9898\u3001\u65E5\u671F\u3001\u72B6\u6001\u3001\u6307\u6807\u548C\u6B63\u6587\uFF0C\u7136\u540E\u8FD0\u884C dossier check \u68C0\u67E5\u3002
`);
  return 0;
}
export {
  newCommand
};
