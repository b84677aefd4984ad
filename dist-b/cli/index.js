#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/cli/index.js
var { run } = await import("./run-SYL6I2JF.js");
function internalError(err) {
  process.stderr.write(`dossier \u5185\u90E8\u9519\u8BEF\uFF08\u8FD9\u662F\u7A0B\u5E8F\u7684\u95EE\u9898\uFF0C\u4E0D\u662F\u60A8\u7684\u64CD\u4F5C\u95EE\u9898\uFF0C\u8BF7\u628A\u4E0B\u9762\u7684\u4FE1\u606F\u8F6C\u7ED9\u7EF4\u62A4\u4EBA\u5458\uFF09\uFF1A
${err instanceof Error ? err.stack : String(err)}
`);
}
var io = {
  cwd: process.cwd(),
  env: process.env,
  today: localDate(/* @__PURE__ */ new Date()),
  columns: process.stdout.columns || 120,
  isTTY: Boolean(process.stderr.isTTY),
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s)
};
run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
}, (err) => {
  internalError(err);
  process.exitCode = 3;
});
function localDate(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
