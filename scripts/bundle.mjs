// Bundles the dossier command into dist/bin/dossier.js with esbuild: the program and its libraries in a
// few files instead of ~1,500 modules, so that Node starts a command in 0.2 s instead of 0.4 s (module
// resolution and loading dominated every short command). Commands that load rarely used parts (the
// browser workbench, Word import, the PDF merger) still load them only when run: those parts are
// split into chunks under dist/bin/chunks/. Then Rollup turns esbuild's ES module chunks into
// CommonJS ones (esbuild splits only ES modules): Node 20 loads a CommonJS file with far less work
// than an ES module (48 tiny modules: ~13 ms against 35–55 ms), and a command loads some 50 chunks
// (measured over 20 alternating runs: an unchanged `build --format pdf` 23 ms faster, `check` of the
// example 45 ms, `--help` 23 ms). Run by `npm run build` after tsc has checked the types.
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { builtinModules } from 'node:module';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bin`;
// esbuild's ES module chunks, until Rollup has made the CommonJS ones from them.
const staging = `${root}dist/.bin-esm`;
rmSync(outdir, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { dossier: 'src/cli/index.ts' },
  outdir: staging,
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
if (Object.keys(result.metafile.outputs).length === 0) throw new Error('esbuild wrote nothing');

// The same chunks as CommonJS. Rollup keeps esbuild's code as it is (no tree-shaking: esbuild did
// that), renames the bundle's own `require` (the banner's, which loads only Node's modules) apart
// from the one CommonJS gives, and writes import.meta.url as the file's URL.
const bundle = await rollup({
  input: { dossier: `${staging}/dossier.js` },
  external: (id) => id.startsWith('node:') || builtinModules.includes(id),
  treeshake: false,
  onwarn: (warning, warn) => {
    // Chunks importing each other, and eval in two bundled libraries (as esbuild already allowed), are expected.
    if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'EVAL') warn(warning);
  },
});
const written = await bundle.write({ dir: outdir, format: 'cjs', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js', generatedCode: 'es2015', sourcemap: false });
await bundle.close();
// Files ending in .js under dist/bin are CommonJS (the package's own are ES modules); the command can be run directly.
writeFileSync(`${outdir}/package.json`, '{ "type": "commonjs" }\n');
chmodSync(`${outdir}/dossier.js`, 0o755);
for (const legal of readdirSync(staging, { recursive: true })
  .map(String)
  .filter((n) => n.endsWith('.LEGAL.txt'))) {
  mkdirSync(dirname(`${outdir}/${legal}`), { recursive: true });
  renameSync(`${staging}/${legal}`, `${outdir}/${legal}`);
}
rmSync(staging, { recursive: true, force: true });
const bytes = written.output.reduce((n, o) => n + (o.type === 'chunk' ? Buffer.byteLength(o.code) : 0), 0);
console.log(`dist/bin: ${written.output.length} files, ${(bytes / 1e6).toFixed(1)} MB (CommonJS)`);

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
