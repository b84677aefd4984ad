// Bundles the dossier command into dist/bin/dossier.js with esbuild: the program and its libraries in a
// few files instead of ~1,500 modules, so that Node starts a command in 0.2 s instead of 0.4 s (module
// resolution and loading dominated every short command). Commands that load rarely used parts (the
// browser workbench, Word import, the PDF merger) still load them only when run: those parts are
// split into chunks under dist/bin/chunks/. Run by `npm run build` after tsc has checked the types.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bin`;
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { dossier: 'src/cli/index.ts' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS libraries inside an ES module bundle still call require() for Node's own modules, and
  // the require they see gives only those: a library that looks for an optional package at run time
  // finds none, as in a browser (js-yaml, which gray-matter loads, looks for esprima to read
  // !!js/function, which no YAML of ours may use: 280 KB that every run reading a changed evidence
  // file compiled for nothing, ~8 ms). The one package the bundle leaves out on purpose, fontkit,
  // is loaded by our own code through a require of its own (render/fonts/find-fonts.ts).
  banner: {
    js: "import { createRequire as dossierRequire, isBuiltin as dossierBuiltin } from 'node:module'; const require = ((r) => Object.assign(function (id) { if (!dossierBuiltin(id)) throw Object.assign(new Error(`Cannot find module '${id}' (not bundled)`), { code: 'MODULE_NOT_FOUND' }); return r(id); }, r))(dossierRequire(import.meta.url));",
  },
  charset: 'utf8',
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`dist/bin: ${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1e6).toFixed(1)} MB`);

// The tool's fingerprint (src/util/content-cache.ts toolFingerprint): the SHA-256 of every module
// under dist/ (the bundle, the precompiled templates and what tsc wrote), of package.json and of the
// lockfile, written last, so that a run reads one small file instead of looking at some 300 files
// (10–25 ms of every command). Cached results carry it: a rebuilt or reinstalled tool never takes
// what other code made.
const fingerprint = createHash('sha256');
for (const name of ['package.json', 'package-lock.json']) {
  try {
    fingerprint.update(`${name}\0`).update(readFileSync(`${root}${name}`));
  } catch {
    // Not shipped with this install: the modules still count.
  }
}
for (const name of readdirSync(`${root}dist`, { recursive: true }).map(String).sort()) {
  if (!/\.[cm]?[jt]s$/.test(name)) continue;
  fingerprint.update(`${name}\0`).update(
    createHash('sha256')
      .update(readFileSync(`${root}dist/${name}`))
      .digest(),
  );
}
writeFileSync(`${root}dist/tool-fingerprint.txt.tmp`, `${fingerprint.digest('base64url')}\n`);
renameSync(`${root}dist/tool-fingerprint.txt.tmp`, `${root}dist/tool-fingerprint.txt`);
