import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/package/manifest.js
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var MANIFEST = "manifest.json";
var SUMS = "SHA256SUMS";
async function hashFile(path) {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest("hex") };
}
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/")).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
async function buildManifest(dir, name, created) {
  const files = [];
  for (const path of await listFiles(dir)) {
    if (path === MANIFEST || path === SUMS)
      continue;
    files.push({ path, ...await hashFile(join(dir, path)) });
  }
  return { version: 1, package: name, created: created.toISOString(), files };
}
function sha256sums(m) {
  return m.files.map((f) => `${f.sha256}  ${f.path}
`).join("");
}

export {
  MANIFEST,
  SUMS,
  hashFile,
  listFiles,
  buildManifest,
  sha256sums
};
