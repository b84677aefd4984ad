// `npm run bench`: every benchmark of issue 12, side by side with the peer tools, medians of
// alternating runs (ours, peer, ours, peer …), peak memory from GNU time; prints the figures as it
// goes and writes bench/RESULTS.md. Missing peer tools are installed from Debian packages.
//
// Environment:
//   BENCH_RUNS=3            timed runs of each side (after BENCH_WARMUP=1 untimed round)
//   BENCH_MAX_WAIT=60       seconds to wait before each round for other processes to leave the cores
//   BENCH_ONLY=pdf,docx     run only these benchmarks (pdf docx check rebuild merge zip memory)
//   BENCH_CHECK_FILES=10000 synthetic evidence files for the check benchmark
//   BENCH_PACKAGE_MB=1024   megabytes of synthetic attachments for the large package
//   BENCH_OUT=path          where to write the results (default bench/RESULTS.md)
//   BENCH_NO_INSTALL=1      do not apt-get install missing peer tools
//   BENCH_KEEP=1            keep the temporary folders
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, release, totalmem } from 'node:os';
import { basename, join, relative } from 'node:path';
import {
  alternate,
  alternateAll,
  bareWorkspace,
  benchEnv,
  cli,
  dist,
  dossier,
  ensurePeers,
  exampleDossiers,
  exampleWorkspace,
  fileSize,
  fmtBytes,
  fmtMB,
  fmtS,
  nodeScript,
  makeAttachmentDossier,
  makeCheckDossier,
  makeReportDossier,
  median,
  pdfPages,
  rmrf,
  root,
  startupCost,
  SOURCE_DATE_EPOCH,
  PEERS,
  summarize,
  tempDir,
  timed,
  contention,
  useDist,
  waitQuiet,
  which,
} from './lib.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? 1));
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined;
const CHECK_FILES = Number(process.env.BENCH_CHECK_FILES ?? 10_000);
const PACKAGE_MB = Number(process.env.BENCH_PACKAGE_MB ?? 1024);
const OUT = process.env.BENCH_OUT ?? join(root, 'bench', 'RESULTS.md');
const KEEP = Boolean(process.env.BENCH_KEEP);
/** Paragraphs per synthetic evidence file: 4 gives a report of about 200 pages, 29 about 1,000. */
const SMALL_REPORT = 4;
const LARGE_REPORT = 29;

const started = new Date();
// The benchmarks run a snapshot of dist/ taken now, so that a rebuild meanwhile (someone editing
// src/ and running tsc) cannot mix two versions of the tool into one set of figures.
for (const f of readdirSync(join(root, 'bench'))) if (f.startsWith('.dist-')) rmrf(join(root, 'bench', f));
const snapshot = join(root, 'bench', `.dist-${process.pid}`);
cpSync(join(root, 'dist'), snapshot, { recursive: true });
useDist(snapshot);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    rmrf(snapshot);
    process.exit(130);
  });
}
const source = gitInfo();
const temps = [];
const temp = (tag) => {
  const d = tempDir(tag);
  temps.push(d);
  return d;
};
const wanted = (id) => !ONLY || ONLY.has(id);

/** The results, section by section, for RESULTS.md. */
const sections = [];
const failures = [];
function section(id, title, intro, group = id) {
  const s = { id, title, intro, group, rows: [], notes: [], from: contention.samples.length };
  sections.push(s);
  console.log(`\n=== ${title} ===`);
  return s;
}
/** A row: what, ours, peer, ratio, peak memory (ours / peer), target, met (true/false/undefined). */
function row(s, r) {
  s.rows.push(r);
  const met = r.met === undefined ? '' : r.met ? ' ✓' : ' ✗';
  console.log(
    `  → ${r.what}: ours ${r.ours ?? '–'}${r.peer ? `, peer ${r.peer}` : ''}${r.ratio ? `, ratio ${r.ratio}` : ''}${r.peak ? `, peak ${r.peak}` : ''}${r.target ? `; target ${r.target}${met}` : ''}`,
  );
}
function note(s, text) {
  s.notes.push(text);
  console.log(`  note: ${text}`);
}
function failed(s, what, m) {
  if (!m?.failed?.length) return false;
  const text = `${what} failed: ${m.failed[0]}`;
  note(s, text);
  failures.push(text);
  return true;
}
const ratio = (a, b) => (a !== undefined && b ? a / b : undefined);
const fmtRatio = (r) => (r === undefined ? '–' : `${r.toFixed(2)}×`);
const peaks = (a, b) => (b === undefined ? fmtMB(a) : `${fmtMB(a)} / ${fmtMB(b)}`);

const machine = machineInfo();
console.log(`dossier benchmarks — ${machine.cpu}, ${machine.cores} cores, Node ${process.version}, ${RUNS} runs each (medians)`);
// The host's speed drifts (a shared machine): a fixed CPU loop before and after shows by how much.
const speed = { before: speedProbe(), after: undefined };
console.log(`speed probe (fixed CPU loop, fresh Node process): ${fmtS(speed.before)}`);
const startup = startupCost();
console.log(
  `node -e 0: ${fmtS(startup.without)}${startup.set.length ? ` (with ${startup.set.join(', ')}, as this machine's environment sets: ${fmtS(startup.withThem)}; timed processes run without)` : ''}`,
);
const missing = ensurePeers({ install: !process.env.BENCH_NO_INSTALL });
const have = (cmd) => !missing.includes(cmd) && which(cmd);
const versions = peerVersions();

try {
  if (wanted('pdf')) benchPdf();
  if (wanted('docx')) benchDocx();
  if (wanted('check')) await benchCheck();
  if (wanted('rebuild')) benchRebuild();
  let large;
  if (wanted('merge') || wanted('zip') || wanted('memory')) large = await packages();
  if (wanted('memory')) await benchMemory(large);
} finally {
  speed.after = speedProbe();
  writeResults();
  rmrf(snapshot);
  if (!KEEP) for (const d of temps) rmrf(d);
  else console.log(`kept: ${temps.join(' ')}`);
}

// ---------------------------------------------------------------------------------------------

/** PDF report from sources vs LibreOffice converting our DOCX of the same report to PDF. */
function benchPdf() {
  const s = section(
    'pdf',
    'PDF report build (example workspace) vs LibreOffice DOCX → PDF',
    "`dossier build --format pdf` on the example workspace (the repository root, output redirected to a temporary folder; it also writes the 自评打分表 PDF) against `soffice --headless --convert-to pdf` converting our own `自评报告.docx` of the same report. Each of our runs typesets the report: the typesetting memo (output/.cache/typeset-*.memo, which holds the pages set before) is deleted before it, and it gets a new build date (SOURCE_DATE_EPOCH plus a day per run), so that the score sheet is not taken whole from the cache either; the other caches stay (evidence files read, parsed report parts, font subsets, font measurements, the score sheet's page streams).",
  );
  const ws = exampleWorkspace({ dir: temp('pdf') });
  const prep = dossier(['build', '--format', 'docx'], { cwd: ws });
  const docx = join(ws, 'output', '自评报告.docx');
  if (prep.status !== 0 || !existsSync(docx)) return void failed(s, 'build --format docx (preparation)', summarize([prep]));
  const profile = `file://${join(ws, 'lo-profile')}`;
  const loOut = join(ws, 'lo');
  const lo = have('soffice') ? () => timed('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', loOut, docx], { cwd: ws }) : undefined;
  if (!lo) note(s, 'LibreOffice (soffice) is not installed: no peer figures');
  let day = 0;
  const typeset = () => {
    const cache = join(ws, 'output', '.cache');
    for (const name of existsSync(cache) ? readdirSync(cache) : []) if (/^typeset-.*\.memo$/.test(name)) rmSync(join(cache, name));
    return dossier(['build', '--format', 'pdf'], { cwd: ws, env: { ...benchEnv, SOURCE_DATE_EPOCH: String(Number(SOURCE_DATE_EPOCH) + 86400 * ++day) } });
  };
  const m = alternate('pdf', RUNS, typeset, lo, { warmup: WARMUP, names: ['dossier', 'LibreOffice'] });
  failed(s, 'dossier build --format pdf', m.ours);
  if (m.peer) failed(s, 'soffice --convert-to pdf', m.peer);
  const pages = pdfPages(join(ws, 'output', '自评报告.pdf'));
  const loPages = pdfPages(join(loOut, '自评报告.pdf'));
  const r = ratio(m.ours.seconds, m.peer?.seconds);
  row(s, {
    what: `PDF report, ${pages ?? '?'} pages (LibreOffice: ${loPages ?? '?'} pages)`,
    ours: fmtS(m.ours.seconds),
    peer: m.peer ? fmtS(m.peer.seconds) : '–',
    ratio: fmtRatio(r),
    peak: peaks(m.ours.peakMB, m.peer?.peakMB),
    target: '≤ 0.33× LibreOffice',
    met: r === undefined ? undefined : r <= 0.33,
  });
  row(s, { what: 'PDF report, absolute time', ours: fmtS(m.ours.seconds), target: '≤ 1.5 s', met: m.ours.seconds <= 1.5 });
  // The same build again with nothing changed: pages and blocks from the memo, the score sheet whole.
  dossier(['build', '--format', 'pdf'], { cwd: ws });
  const again = summarize(Array.from({ length: RUNS }, () => (waitQuiet(), dossier(['build', '--format', 'pdf'], { cwd: ws }))));
  failed(s, 'dossier build --format pdf (nothing changed)', again);
  row(s, { what: 'PDF report rebuilt with nothing changed (memo and caches kept; no target)', ours: fmtS(again.seconds), peak: peaks(again.peakMB) });
  note(
    s,
    `runs — ours: ${m.ours.runs.map(fmtS).join(', ')}${m.peer ? `; LibreOffice: ${m.peer.runs.map(fmtS).join(', ')}` : ''}. LibreOffice uses its own profile folder, created in the warm-up round.`,
  );
}

/** DOCX build vs pandoc converting the same rendered markdown to DOCX. */
function benchDocx() {
  const s = section(
    'docx',
    'DOCX report build (example workspace) vs pandoc markdown → DOCX',
    '`dossier build --format docx` against `pandoc report.md -o report.docx --resource-path <dossiers>` on the markdown `dossier build --to markdown` prints for the same report (pandoc embeds the same pictures).',
  );
  const ws = exampleWorkspace({ dir: temp('docx') });
  const md = join(ws, 'report.md');
  const r0 = dossier(['build', '--to', 'markdown'], { cwd: ws, capture: true });
  if (r0.status !== 0) return void failed(s, 'build --to markdown', summarize([r0]));
  writeFileSync(md, r0.stdout);
  const pandoc = have('pandoc') ? () => timed('pandoc', [md, '-o', join(ws, 'pandoc.docx'), `--resource-path=${exampleDossiers()}`], { cwd: ws }) : undefined;
  if (!pandoc) note(s, 'pandoc is not installed: no peer figures');
  const m = alternate('docx', RUNS, () => dossier(['build', '--format', 'docx'], { cwd: ws }), pandoc, { warmup: WARMUP, names: ['dossier', 'pandoc'] });
  failed(s, 'dossier build --format docx', m.ours);
  if (m.peer) failed(s, 'pandoc', m.peer);
  const r = ratio(m.ours.seconds, m.peer?.seconds);
  row(s, {
    what: `DOCX report (ours ${fmtBytes(fileSize(join(ws, 'output', '自评报告.docx')))}, pandoc ${fmtBytes(fileSize(join(ws, 'pandoc.docx')))}; markdown ${fmtBytes(r0.stdout.length)})`,
    ours: fmtS(m.ours.seconds),
    peer: m.peer ? fmtS(m.peer.seconds) : '–',
    ratio: fmtRatio(r),
    peak: peaks(m.ours.peakMB, m.peer?.peakMB),
    target: '≤ 1.0× pandoc',
    met: r === undefined ? undefined : r <= 1.0,
  });
  note(
    s,
    `runs — ours: ${m.ours.runs.map(fmtS).join(', ')}${m.peer ? `; pandoc: ${m.peer.runs.map(fmtS).join(', ')}` : ''}. Ours also loads the plan, checks the dossier and renders the templates; pandoc starts from the finished markdown.`,
  );
}

/** check on N synthetic evidence files vs the time to merely read the same files. */
async function benchCheck() {
  const s = section(
    'check',
    `dossier check on ${CHECK_FILES.toLocaleString('en')} synthetic evidence files vs the read floor`,
    `\`dossier check <folder> --json --as-of 2021-06-30\` (exit 1 is expected: the synthetic dossier has findings) against the read floor: a Node script that lists the folder and reads every file (\`fs.readdirSync(recursive)\` + \`readFileSync\`), and \`find -type f -exec cat {} + >/dev/null\`. Files are in the page cache for all (warm-up round first).`,
  );
  const dir = temp('check');
  const t0 = process.hrtime.bigint();
  await makeCheckDossier(dir, CHECK_FILES);
  console.log(`  generated ${CHECK_FILES} files in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`);
  // The check trusts a file's status only once it is 2 s old (a change within the same clock tick would not show):
  // files as a department leaves them, not seconds after they were written, so that the warm-up run keeps their status.
  await new Promise((done) => setTimeout(done, 2500));
  const readScript =
    "import{readdirSync,readFileSync,statSync}from'node:fs';import{join}from'node:path';const d=process.argv[1];let n=0,b=0;for(const f of readdirSync(d,{recursive:true})){const p=join(d,f);if(statSync(p).isFile()){b+=readFileSync(p).length;n++}}console.log(n,b)";
  // A workspace of its own, so that the check's content cache (output/.cache) is not the repository's.
  const ws = bareWorkspace(dir, temp('check-ws'));
  const cache = join(ws, 'output', '.cache');
  const check = () => dossier(['check', dir, '--json', '--as-of', '2021-06-30'], { cwd: ws });
  const floorNode = () => timed(process.execPath, ['--input-type=module', '-e', readScript, dir]);
  const floorCat = () => timed('/bin/sh', ['-c', `find "${dir}" -type f -exec cat {} + >/dev/null`]);
  const [ours, node, cat] = alternateAll(
    'check',
    RUNS,
    [
      { name: 'check', run: check, ok: [0, 1] },
      { name: 'node read', run: floorNode },
      { name: 'find+cat', run: floorCat },
    ],
    { warmup: WARMUP },
  );
  const m = { ours, peer: node };
  const c = { ours: cat };
  failed(s, 'dossier check', m.ours);
  failed(s, 'node read floor', m.peer);
  failed(s, 'find + cat', c.ours);
  const floor = Math.min(m.peer.seconds, c.ours.seconds);
  const rNode = ratio(m.ours.seconds, m.peer.seconds);
  const rCat = ratio(m.ours.seconds, c.ours.seconds);
  // The first check after the files arrive (or after the cache was deleted) reads every file afresh.
  const [cold] = alternateAll('check, empty cache', RUNS, [{ name: 'check', run: check, ok: [0, 1] }], { warmup: 0, before: () => rmrf(cache) });
  failed(s, 'dossier check, empty cache', cold);
  row(s, { what: `check, ${CHECK_FILES} files`, ours: fmtS(m.ours.seconds), target: '≤ 1 s', met: m.ours.seconds <= 1, peak: fmtMB(m.ours.peakMB) });
  row(s, { what: `check, ${CHECK_FILES} files, empty content cache (first run)`, ours: fmtS(cold.seconds), peak: fmtMB(cold.peakMB) });
  row(s, {
    what: 'vs read floor: Node read script',
    ours: fmtS(m.ours.seconds),
    peer: fmtS(m.peer.seconds),
    ratio: fmtRatio(rNode),
    peak: peaks(m.ours.peakMB, m.peer.peakMB),
    target: '≤ 4× read floor',
    met: rNode <= 4,
  });
  row(s, {
    what: 'vs read floor: find + cat',
    ours: fmtS(m.ours.seconds),
    peer: fmtS(c.ours.seconds),
    ratio: fmtRatio(rCat),
    peak: peaks(m.ours.peakMB, c.ours.peakMB),
    target: '≤ 4× read floor',
    met: rCat <= 4,
  });
  note(
    s,
    `the target is judged against each floor; the lower floor is ${fmtS(floor)}. The check's figures are with its content cache (output/.cache) made in the warm-up round: a file whose status (device, inode, size, times) is what it was then is not read again (the files are 2.5 s old when the warm-up starts, as the check trusts a status only from 2 s after the last change); every file's status is still looked up. Runs — check: ${m.ours.runs.map(fmtS).join(', ')}; node floor: ${m.peer.runs.map(fmtS).join(', ')}; cat floor: ${c.ours.runs.map(fmtS).join(', ')}.`,
  );
}

/** Full PDF build, then one evidence file's text changed, then the build again. */
function benchRebuild() {
  const s = section(
    'rebuild',
    'One-file rebuild (example workspace, PDF)',
    'Each run: a fresh copy of the example workspace and its evidence folder; `dossier build --format pdf` (full build, empty output folder); then one sentence appended to one evidence file (the first in sorted order), with three characters the report did not use yet (说, 试, 只), and `dossier build --format pdf` again (rebuild 1); then a figure in the same file changed (the first number of its text, plus one), and `dossier build --format pdf` again (rebuild 2). Ratio = rebuild / full build.',
  );
  const full = [];
  const again = [];
  const figure = [];
  let changed;
  let changedRel;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const d = temp('rebuild');
    const dossiers = join(d, 'dossiers');
    cpSync(exampleDossiers(), dossiers, { recursive: true });
    const ws = exampleWorkspace({ dir: d, dossiers });
    waitQuiet();
    const a = dossier(['build', '--format', 'pdf'], { cwd: ws });
    changed = firstEvidenceFile(dossiers);
    changedRel = relative(d, changed);
    appendFileSync(changed, '\n补充说明：本段为基准测试追加的文字，用于测量只改一个文件后的重建时间（示例）。\n');
    const b = dossier(['build', '--format', 'pdf'], { cwd: ws });
    const text = readFileSync(changed, 'utf8');
    const body = text.indexOf('\n---', 4) + 4;
    writeFileSync(changed, text.slice(0, body) + text.slice(body).replace(/\d+/, (n) => String(Number(n) + 1)));
    const c = dossier(['build', '--format', 'pdf'], { cwd: ws });
    if (i >= WARMUP) {
      full.push(a);
      again.push(b);
      figure.push(c);
      const others = (r) => (r.otherLoad > 0.1 ? ` [others ${r.otherLoad.toFixed(1)} cores]` : '');
      console.log(
        `  rebuild run ${i - WARMUP + 1}/${RUNS}: full ${fmtS(a.seconds)} ${fmtMB(a.peakMB)}${others(a)} | sentence added ${fmtS(b.seconds)} ${fmtMB(b.peakMB)}${others(b)} | figure changed ${fmtS(c.seconds)} ${fmtMB(c.peakMB)}${others(c)}`,
      );
    }
    if (!KEEP) rmrf(d);
  }
  const f = summarize(full);
  failed(s, 'full build', f);
  for (const [what, runs] of [
    ['rebuild 1: a sentence added (new characters) / full build', again],
    ['rebuild 2: a figure changed / full build', figure],
  ]) {
    const g = summarize(runs);
    failed(s, what, g);
    const r = ratio(g.seconds, f.seconds);
    row(s, {
      what,
      ours: fmtS(g.seconds),
      peer: `${fmtS(f.seconds)} (full build)`,
      ratio: `${(r * 100).toFixed(0)} %`,
      peak: peaks(g.peakMB, f.peakMB),
      target: '≤ 20 % of a full build',
      met: r <= 0.2,
    });
  }
  note(
    s,
    `changed file: \`${changedRel ?? '?'}\` (a copy). A rebuild takes the unchanged evidence files, the plan and the standard from the content cache (output/.cache); the report is rendered and parsed again, and typeset block by block: a block met again after the same blocks, at the same place on its page, is taken from the typesetting memo (output/.cache/typeset-*.memo), and a page drawn before from the page cache. The font subset that gains characters is made again (rebuild 1: our CFF subsetter copies the glyphs' charstrings, and the new characters' glyph ids and advances are read from the font file's cmap and hmtx tables, so fontkit is not loaded); the others are taken from the cache.`,
  );
}

/** The first evidence file (sorted, with `task:` in its front matter) under a dossier folder. */
function firstEvidenceFile(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (const f of files) {
    const p = join(dir, f);
    if (/^task:/m.test(readFileSync(p, 'utf8').split('\n---')[0])) return p;
  }
  throw new Error(`no evidence file under ${dir}`);
}

/**
 * The packages: the example's and one over ~1 GB of synthetic attachments (each built once with
 * `dossier package`, timed), and on each: the merged PDF against qpdf, the zip step against zip.
 */
async function packages() {
  const merge = wanted('merge')
    ? section(
        'merge',
        'Merged PDF (复核材料汇编.pdf) vs qpdf',
        "Our merged PDF comes out of `dossier package`, which cannot merge alone. What is measured: (1) size of our merged PDF against `qpdf --empty --pages … -- out.pdf` over the same page sequence — 01-请示.pdf, 02-自评报告.pdf, 03-自评打分表.pdf, 06-问题整改台账.pdf, the index pages, blank pages between parts and picture pages taken from our merged PDF (qpdf cannot typeset them), and the PDF attachments from 05-佐证资料, in the merged PDF's order as read from its bookmarks; (2) time of our merge step inside `dossier package`, timed on the status lines it draws on a terminal (run on a pseudo-terminal by bench/phases.mjs): from 正在合并复核材料汇编 PDF… to the next line; it contains typesetting the index and picture pages and writing and hashing the merged PDF; against qpdf on the same page sequence. Shown beside it without a target: `package` − `build` − the zip step alone, which also holds copying and hashing the attachments, replacing the last package and the zip's extra time while the disk is still writing the rest; (3) our merger alone (`PdfConcat` from dist/package/pdf-concat.js, called from a small Node script) against qpdf on the same input files in the same order — only the files that are PDFs already (01–03, 06 and the PDF attachments).",
        'package',
      )
    : undefined;
  const zipS = wanted('zip')
    ? section(
        'zip',
        'Zip step vs zip -r -Z store',
        `Our zip step is \`zipFolder\` from dist/package/zip.js (called from \`node -e\`, so it includes Node's start-up: \`node -e 0\` took ${fmtS(startup.without)}) on the finished package folder, against \`zip -r -q -Z store\` on the same folder (cwd = output, same entry names). Ours deflates the few text/JSON files and stores everything else; \`-Z store\` stores all.`,
        'package',
      )
    : undefined;
  const out = {};
  for (const which of ['example', 'large']) {
    let ws;
    let label;
    if (which === 'example') {
      ws = exampleWorkspace({ dir: temp('pkg') });
      label = 'example';
    } else {
      if (!wanted('merge') && !wanted('zip') && !wanted('memory')) continue;
      const work = temp('pkg-large');
      console.log(`\n  generating ~${PACKAGE_MB} MB of synthetic attachments…`);
      const t0 = process.hrtime.bigint();
      const g = await makeAttachmentDossier(join(work, 'dossiers'), PACKAGE_MB);
      console.log(`  ${g.files} attachments, ${fmtBytes(g.bytes)} in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(0)} s`);
      ws = bareWorkspace(g.dir, work);
      label = `${(g.bytes / (1 << 30)).toFixed(2)} GB synthetic`;
      out.largeBytes = g.bytes;
    }
    // `package` runs (ours), also the memory figures of the large package; `build` runs for the subtraction.
    console.log(`\n  [${label}] dossier package × ${RUNS} (+${WARMUP} warm-up), dossier build × ${RUNS}`);
    spawnSync('sync');
    const pkg = alternate(
      `package (${label})`,
      RUNS,
      () => dossier(['package'], { cwd: ws }),
      () => dossier(['build'], { cwd: ws }),
      { warmup: WARMUP, names: ['package', 'build'] },
    );
    out[which] = { ws, pkg };
    const folder = join(ws, 'output', '复核申请材料');
    if (merge) failed(merge, `dossier package (${label})`, pkg.ours);
    if (pkg.ours.failed.length || !existsSync(folder)) continue;
    const phase = merge ? mergePhase(ws, label) : undefined;
    const zipM = zipBench(zipS, folder, label);
    if (merge) mergeBench(merge, folder, label, pkg, zipM, phase);
  }
  return out;
}

/** Our zipFolder vs zip -r -Z store on the same folder; returns the measurement. */
function zipBench(s, folder, label) {
  const parent = join(folder, '..');
  const oursZip = join(parent, 'bench-ours.zip');
  const peerZip = join(parent, 'bench-zip.zip');
  const script =
    "const [z,dir,out]=process.argv.slice(1);const {zipFolder}=await import(z);const t=performance.now();await zipFolder(dir,out,'复核申请材料',new Date(Number(process.env.SOURCE_DATE_EPOCH)*1000));console.log((performance.now()-t)/1000)";
  const zipJs = join(dist, 'package', 'zip.js');
  const ours = () => nodeScript(script, [zipJs, folder, oursZip]);
  const peer = have('zip') ? () => timed('zip', ['-r', '-q', '-Z', 'store', peerZip, basename(folder)], { cwd: parent }) : undefined;
  spawnSync('sync');
  const m = alternate(`zip (${label})`, RUNS, ours, peer, { warmup: WARMUP, before: () => (rmrf(oursZip), rmrf(peerZip)), names: ['zipFolder', 'zip'] });
  if (s) {
    failed(s, `zipFolder (${label})`, m.ours);
    if (m.peer) failed(s, `zip -r (${label})`, m.peer);
    else note(s, 'zip is not installed: no peer figures');
    const r = ratio(m.ours.seconds, m.peer?.seconds);
    row(s, {
      what: `zip the package folder, ${label} (ours ${fmtBytes(fileSize(oursZip))}, zip ${fmtBytes(fileSize(peerZip))}), whole process`,
      ours: fmtS(m.ours.seconds),
      peer: m.peer ? fmtS(m.peer.seconds) : '–',
      ratio: fmtRatio(r),
      peak: peaks(m.ours.peakMB, m.peer?.peakMB),
      target: '≤ 1.2× zip',
      met: r === undefined ? undefined : r <= 1.2,
    });
    const ri = ratio(m.ours.inner, m.peer?.seconds);
    row(s, {
      what: `zip the package folder, ${label}, the zipFolder call alone (without Node start-up and imports)`,
      ours: fmtS(m.ours.inner),
      peer: m.peer ? fmtS(m.peer.seconds) : '–',
      ratio: fmtRatio(ri),
      target: '≤ 1.2× zip',
      met: ri === undefined ? undefined : ri <= 1.2,
    });
  }
  rmrf(oursZip);
  rmrf(peerZip);
  return m;
}

/**
 * The merge step inside `dossier package`, timed on its status lines: `package` runs on a
 * pseudo-terminal (bench/phases.mjs over util-linux `script`) so that it draws them, and the step
 * lasts from 正在合并复核材料汇编 PDF… to the next line (正在计算校验值…). Median of RUNS runs.
 */
function mergePhase(ws, label) {
  if (!which('script')) return undefined;
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    waitQuiet();
    const r = spawnSync(process.execPath, [join(root, 'bench', 'phases.mjs'), process.execPath, cli, 'package'], { cwd: ws, env: benchEnv, encoding: 'utf8', maxBuffer: 1 << 26 });
    let step;
    try {
      const { status, marks } = JSON.parse(r.stdout.trim().split('\n').at(-1));
      const start = marks.findIndex((m) => m.text.startsWith('正在合并'));
      const end = marks.findIndex((m, k) => k > start && !m.text.startsWith('正在合并'));
      if (status === 0 && start >= 0 && end > start) step = marks[end].at - marks[start].at;
    } catch {
      // No figure from this run.
    }
    console.log(`  merge step inside package (${label}) run ${i + 1}/${RUNS}: ${step === undefined ? 'no figure' : fmtS(step)}`);
    if (step !== undefined) times.push(step);
  }
  return times.length ? { seconds: median(times), runs: times } : undefined;
}

/** Merged PDF size and time against qpdf (see the section's introduction). */
function mergeBench(s, folder, label, pkg, zipM, phase) {
  if (!have('qpdf')) return void note(s, 'qpdf is not installed: no peer figures');
  const merged = join(folder, '复核材料汇编.pdf');
  const plan = mergePlan(folder, merged);
  note(s, `${label}: ${plan.note}`);
  const parent = join(folder, '..');
  const seqOut = join(parent, 'bench-qpdf-seq.pdf');
  const pdfOut = join(parent, 'bench-qpdf-pdfs.pdf');
  const oursOut = join(parent, 'bench-ours-pdfs.pdf');
  const seqArgs = ['--empty', '--pages', ...plan.seq.flatMap(([f, r]) => (r ? [f, r] : [f])), '--', seqOut];
  const pdfArgs = ['--empty', '--pages', ...plan.pdfs, '--', pdfOut];
  const qpdfOk = [0, 3]; // 3: succeeded with warnings
  const seq = alternate(`qpdf same sequence (${label})`, RUNS, () => timed('qpdf', seqArgs), undefined, { warmup: WARMUP, okOurs: qpdfOk, names: ['qpdf'] });
  failed(s, `qpdf (${label})`, seq.ours);
  const mergedSize = fileSize(merged);
  const qpdfSize = fileSize(seqOut);
  row(s, sizeRow(`${label}: merged PDF size, ${pdfPages(merged) ?? '?'} pages (qpdf: ${pdfPages(seqOut) ?? '?'} pages)`, mergedSize, qpdfSize));
  const rp = ratio(phase?.seconds, seq.ours.seconds);
  row(s, {
    what: `${label}: merge step inside \`package\`, timed on its status lines (runs: ${phase ? phase.runs.map(fmtS).join(', ') : '–'})`,
    ours: fmtS(phase?.seconds),
    peer: fmtS(seq.ours.seconds),
    ratio: fmtRatio(rp),
    peak: peaks(pkg.ours.peakMB, seq.ours.peakMB),
    target: '≤ 2× qpdf',
    met: rp === undefined ? undefined : rp <= 2,
  });
  const est = pkg.ours.seconds - pkg.peer.seconds - (zipM?.ours.seconds ?? 0);
  const r = ratio(est, seq.ours.seconds);
  row(s, {
    what: `${label}: package ${fmtS(pkg.ours.seconds)} − build ${fmtS(pkg.peer.seconds)} − zip step alone ${fmtS(zipM?.ours.seconds)} (merge step plus copying and hashing the attachments, replacing the last package, and the zip's extra time when the disk is busy writing)`,
    ours: fmtS(est),
    peer: fmtS(seq.ours.seconds),
    ratio: fmtRatio(r),
  });
  const script =
    "const [m,out,...files]=process.argv.slice(1);const {PdfConcat}=await import(m);const t=performance.now();const c=await PdfConcat.create(out);const order=[];for(const f of files)order.push(...await c.addFile(f));await c.finish(order,[],{title:'bench',author:'bench',date:new Date(Number(process.env.SOURCE_DATE_EPOCH)*1000)});console.log((performance.now()-t)/1000)";
  const concatJs = join(dist, 'package', 'pdf-concat.js');
  const m = alternate(
    `merger alone (${label})`,
    RUNS,
    () => nodeScript(script, [concatJs, oursOut, ...plan.pdfs]),
    () => timed('qpdf', pdfArgs),
    { warmup: WARMUP, okPeer: qpdfOk, names: ['PdfConcat', 'qpdf'] },
  );
  failed(s, `PdfConcat (${label})`, m.ours);
  failed(s, `qpdf PDF inputs (${label})`, m.peer);
  const r2 = ratio(m.ours.seconds, m.peer.seconds);
  row(s, {
    what: `${label}: merger alone, ${plan.pdfs.length} PDF files, whole process`,
    ours: fmtS(m.ours.seconds),
    peer: fmtS(m.peer.seconds),
    ratio: fmtRatio(r2),
    peak: peaks(m.ours.peakMB, m.peer.peakMB),
    target: '≤ 2× qpdf',
    met: m.ours.failed.length ? undefined : r2 <= 2,
  });
  const r3 = ratio(m.ours.inner, m.peer.seconds);
  row(s, {
    what: `${label}: merger alone, the PdfConcat calls only (without Node start-up and imports)`,
    ours: fmtS(m.ours.inner),
    peer: fmtS(m.peer.seconds),
    ratio: fmtRatio(r3),
    target: '≤ 2× qpdf',
    met: r3 === undefined ? undefined : r3 <= 2,
  });
  const s1 = fileSize(oursOut);
  const s2 = fileSize(pdfOut);
  row(s, sizeRow(`${label}: merger alone, output size`, s1, s2));
  for (const f of [seqOut, pdfOut, oursOut]) rmrf(f);
}

/** A row comparing two file sizes (target: ours no larger). */
function sizeRow(what, ours, peer) {
  const diff = ours !== undefined && peer !== undefined ? ours - peer : undefined;
  return {
    what: `${what}${diff === undefined ? '' : `; ours − qpdf = ${diff >= 0 ? '+' : '−'}${Math.abs(diff).toLocaleString('en')} bytes`}`,
    ours: fmtBytes(ours),
    peer: fmtBytes(peer),
    ratio: ours !== undefined && peer ? `${(ours / peer).toFixed(4)}×` : '–',
    target: 'no larger than qpdf',
    met: diff === undefined ? undefined : diff <= 0,
  };
}

/**
 * The page sequence of our merged PDF, rebuilt from its bookmarks: the 请示 and 附件1–3 and 5 as
 * files (01–03, 06), the index pages and any blank pages between parts from the merged PDF, then
 * per evidence bookmark its PDF attachments as files and its pictures (one page each) as pages of
 * the merged PDF. An evidence item whose page count does not add up is taken from the merged PDF
 * whole. Without bookmarks: the PDFs in folder order.
 */
function mergePlan(folder, merged) {
  const parts = ['01-请示.pdf', '02-自评报告.pdf', '03-自评打分表.pdf', '06-问题整改台账.pdf'].map((f) => join(folder, f)).filter(existsSync);
  const attachDir = join(folder, '05-佐证资料');
  const all = existsSync(attachDir)
    ? readdirSync(attachDir, { recursive: true })
        .map(String)
        .filter((f) => statSync(join(attachDir, f)).isFile())
        .sort()
    : [];
  const fallback = () => ({
    seq: [...parts.map((f) => [f]), ...all.filter((f) => f.endsWith('.pdf')).map((f) => [join(attachDir, f)])],
    pdfs: [...parts, ...all.filter((f) => f.endsWith('.pdf')).map((f) => join(attachDir, f))],
  });
  const total = pdfPages(merged);
  const j = spawnSync('qpdf', ['--json', '--json-key=outlines', merged], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let outlines;
  try {
    outlines = JSON.parse(j.stdout).outlines;
  } catch {
    return { ...fallback(), note: 'bookmarks unreadable: qpdf is given the parts and the PDF attachments in folder order only (approximate order, no index or picture pages)' };
  }
  const top = (t) => outlines.find((o) => o.title.endsWith(t));
  const at = (t) => top(t)?.destpageposfrom1;
  const [reportAt, scoreAt, indexAt, evidenceAt, ledgerAt] = ['自评报告', '自评打分表', '佐证资料目录', '佐证资料', '问题整改台账'].map(at);
  const evidence = top('佐证资料');
  if (!reportAt || !scoreAt || !indexAt || !ledgerAt || !total || parts.length !== 4)
    return { ...fallback(), note: 'bookmarks not as expected: qpdf is given the parts and the PDF attachments in folder order only (approximate order)' };
  const leaves = [];
  const walk = (nodes, group) => {
    for (const n of nodes) {
      if (n.kids.length) walk(n.kids, group ?? n.title);
      else leaves.push({ id: n.title.split(' ')[0], group, start: n.destpageposfrom1 });
    }
  };
  walk(evidence?.kids ?? [], undefined);
  const byKey = new Map();
  for (const f of all) {
    const [groupDir] = f.split('/');
    const id = basename(f).split('_')[0];
    const key = `${groupDir}\0${id.replace(/-\d+$/, '')}`;
    const exact = `${groupDir}\0${id}`;
    for (const k of new Set([key, exact])) {
      if (!byKey.has(k)) byKey.set(k, []);
      byKey.get(k).push(f);
    }
  }
  const seq = [];
  const pdfs = [...parts];
  let blanks = 0;
  // A part as its file, then the merged PDF's pages up to the next part (a blank page, the index).
  const part = (file, from, next) => {
    seq.push([file]);
    const after = from + (pdfPages(file) ?? 0);
    if (after < next) {
      seq.push([merged, `${after}-${next - 1}`]);
      blanks += next - after;
    }
  };
  part(parts[0], 1, reportAt);
  part(parts[1], reportAt, scoreAt);
  part(parts[2], scoreAt, indexAt);
  const end = (evidenceAt ?? ledgerAt) - 1;
  seq.push([merged, `${indexAt}-${end}`]);
  let inexact = 0;
  let pictures = 0;
  leaves.forEach((leaf, i) => {
    const last = (leaves[i + 1]?.start ?? ledgerAt) - 1;
    const files = [...new Set(byKey.get(`${leaf.group}\0${leaf.id}`) ?? [])].sort((a, b) => suffix(a) - suffix(b));
    const counts = files.map((f) => (f.endsWith('.pdf') ? (pdfPages(join(attachDir, f)) ?? NaN) : 1));
    const sum = counts.reduce((a, b) => a + b, 0);
    // The last item may be followed by a blank page before 附件5.
    const blank = i === leaves.length - 1 && sum === last - leaf.start ? 1 : 0;
    if (!files.length || sum + blank !== last - leaf.start + 1) {
      inexact++;
      seq.push([merged, `${leaf.start}-${last}`]);
      return;
    }
    let page = leaf.start;
    files.forEach((f, k) => {
      if (f.endsWith('.pdf')) {
        seq.push([join(attachDir, f)]);
        pdfs.push(join(attachDir, f));
      } else {
        seq.push([merged, String(page)]);
        pictures++;
      }
      page += counts[k];
    });
    if (blank) {
      seq.push([merged, String(last)]);
      blanks++;
    }
  });
  seq.push([parts[3]]);
  let bookmarks = 0;
  const count = (nodes) => nodes.forEach((n) => (bookmarks++, count(n.kids)));
  count(outlines);
  return {
    seq,
    pdfs,
    note: `our merged PDF carries ${bookmarks} bookmarks and page labels, qpdf's output none (\`--empty\` keeps no outline), which accounts for part of the size difference. qpdf's page sequence follows the merged PDF's bookmarks exactly: 4 parts as files, ${end - indexAt + 1} index pages, ${blanks} blank pages between parts and ${pictures} picture pages taken from our merged PDF, ${pdfs.length - parts.length} PDF attachments as files${inexact ? `; ${inexact} evidence items whose pages did not add up were taken whole from the merged PDF` : ''}.`,
  };
}
function suffix(f) {
  return Number(
    basename(f)
      .split('_')[0]
      .match(/-(\d+)-(\d+)$/)?.[2] ?? 0,
  );
}

/** Peak memory: example `all`, the large package, a ~1,000-page report against a ~200-page one. */
async function benchMemory(large) {
  const s = section('memory', 'Peak memory', 'Peak RSS (GNU time `%M`, median of the runs) of the whole `dossier` process.');
  const ws = exampleWorkspace({ dir: temp('all') });
  const all = alternate('all (example)', RUNS, () => dossier(['all'], { cwd: ws }), undefined, { warmup: 0, okOurs: [0, 1] });
  failed(s, 'dossier all', all.ours);
  row(s, { what: 'example workspace, `dossier all`', ours: fmtS(all.ours.seconds), peak: fmtMB(all.ours.peakMB), target: '≤ 250 MB', met: all.ours.peakMB <= 250 });
  if (large?.large) {
    const p = large.large.pkg.ours;
    row(s, {
      what: `\`dossier package\`, ${fmtBytes(large.largeBytes)} of attachments`,
      ours: fmtS(p.seconds),
      peak: fmtMB(p.peakMB),
      target: '≤ 300 MB',
      met: p.failed.length ? undefined : p.peakMB <= 300,
    });
  } else note(s, 'the large package was not built (BENCH_ONLY), so its peak memory is not measured');
  const sizes = {};
  for (const [name, paragraphs] of [
    ['small', SMALL_REPORT],
    ['large', LARGE_REPORT],
  ]) {
    const d = temp(`report-${name}`);
    await makeReportDossier(join(d, 'dossiers'), { paragraphs });
    const w = bareWorkspace(join(d, 'dossiers'), d);
    const m = alternate(`build (${name} report)`, RUNS, () => dossier(['build'], { cwd: w }), undefined, { warmup: 0 });
    failed(s, `build (${name} report)`, m.ours);
    sizes[name] = { m, pages: pdfPages(join(w, 'output', '自评报告.pdf')) };
    row(s, { what: `synthetic report, ${sizes[name].pages ?? '?'} pages, \`dossier build\` (DOCX + PDF + XLSX)`, ours: fmtS(m.ours.seconds), peak: fmtMB(m.ours.peakMB) });
  }
  const diff = sizes.large.m.ours.peakMB - sizes.small.m.ours.peakMB;
  row(s, { what: `${sizes.large.pages ?? '?'}-page report minus ${sizes.small.pages ?? '?'}-page report`, peak: `+${diff.toFixed(0)} MB`, target: '≤ +50 MB', met: diff <= 50 });
}

// ---------------------------------------------------------------------------------------------

/** Median wall time of a fixed CPU loop (10^8 steps) in a fresh Node process, three runs. */
function speedProbe() {
  const runs = [0, 1, 2].map(() => timed(process.execPath, ['-e', 'let x = 0; for (let i = 0; i < 1e8; i++) x += i % 7; if (x < 0) console.log(x);']).seconds);
  return median(runs);
}

function machineInfo() {
  const cpu = cpus();
  const lscpu = spawnSync('lscpu', [], { encoding: 'utf8' }).stdout ?? '';
  const model = lscpu.match(/^Model name:\s*(.+)$/m)?.[1]?.trim() ?? cpu[0]?.model ?? '?';
  const os = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)/m)?.[1] : undefined;
  return { cores: cpu.length, cpu: model, mhz: cpu[0]?.speed, memGB: totalmem() / 2 ** 30, freeGB: freemem() / 2 ** 30, os: os ?? process.platform, kernel: release() };
}

function gitInfo() {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const changed = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length;
  return `commit ${git('rev-parse', '--short', 'HEAD') || '?'}${changed ? ` plus uncommitted changes to ${changed} file(s) under src/ (work in progress at the time of the run)` : ''}`;
}

/** Each peer tool's Debian package and version. */
function peerVersions() {
  const out = {};
  for (const { cmd, pkg } of PEERS) {
    const r = spawnSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' });
    out[cmd] = r.status === 0 && r.stdout.trim() ? `Debian package ${pkg} ${r.stdout.trim()}` : which(cmd) ? 'installed (not from a Debian package)' : 'not installed';
  }
  return out;
}

function writeResults() {
  const cell = (v) => String(v ?? '').replace(/\|/g, '\\|');
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC; took ${((Date.now() - started.getTime()) / 60000).toFixed(1)} minutes.${ONLY ? ` **Partial run: only ${[...ONLY].join(', ')}.**` : ''}`,
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores${machine.mhz ? ` (${machine.mhz} MHz as reported)` : ''}`,
    `- Memory: ${machine.memGB.toFixed(1)} GB`,
    `- OS: ${machine.os}, kernel ${machine.kernel}`,
    `- Node ${process.version}`,
    `- Speed probe: a fixed CPU loop (10^8 steps in a fresh Node process) took ${fmtS(speed.before)} before the benchmarks and ${fmtS(speed.after)} after. The host is shared and its speed drifts (a loop three times as long took 0.59–0.94 s within one hour on this machine), so absolute times move with it; ratios to peers run in turn move much less.`,
    `- Node start-up: ${
      startup.set.length
        ? `this machine's environment sets ${startup.set.map((k) => `\`${k}\``).join(' and ')}; with ${startup.set.length > 1 ? 'them' : 'it'}, \`node -e 0\` took ${fmtS(startup.withThem)}, without ${fmtS(startup.without)} (medians of 7 in turn). Every timed process (ours, the Node read floor, the peers) runs without ${startup.set.length > 1 ? 'them' : 'it'}: ${startup.set.includes('NODE_EXTRA_CA_CERTS') ? 'Node reads and parses the certificate file that NODE_EXTRA_CA_CERTS names at every start, before any of our code, for TLS connections dossier never opens; an office computer does not set it. ' : ''}${startup.set.includes('NODE_OPTIONS') ? 'NODE_OPTIONS would add flags of the machine, not of the tool. ' : ''}Each of our processes would take the difference longer with ${startup.set.length > 1 ? 'them' : 'it'}.`
        : `\`node -e 0\` took ${fmtS(startup.without)} (median of 7); no setting of the environment that adds to it (NODE_EXTRA_CA_CERTS, NODE_OPTIONS) is set.`
    }`,
    `- Tool: ${source}; dist/ compiled by \`npm run build\` just before the run and copied to a snapshot that all benchmarks use`,
    ...Object.entries(versions).map(([k, v]) => `- ${k}: ${v}`),
    '',
    '## Method',
    '',
    `- Each comparison runs ours and the peer in turn (ours, peer, ours, peer …): ${WARMUP} untimed warm-up round, then ${RUNS} timed runs of each; figures are medians. Files are in the page cache.`,
    '- Time is the wall time of the whole process (start-up included), measured by the bench script; peak memory is the maximum resident set size from GNU time (`/usr/bin/time -f %M`).',
    `- Our runs use \`node dist/bin/dossier.js\` with \`SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH}\`; the example workspace is the repository root with its \`output:\` redirected to a temporary folder (its config copied with absolute paths).`,
    '- Ratio is ours / peer (lower is better for us). ✓ / ✗: target of issue 12 met / not met.',
    `- Other load: before each round the script waits (up to ${process.env.BENCH_MAX_WAIT ?? 60} s) until other processes use under 20 % of the cores, and it records how many cores other processes kept busy during each timed process (noted per benchmark; this includes kernel threads, e.g. writing back files the run itself wrote, so I/O-heavy runs show some “other” load of their own). ${contention.busyRounds ? `**${contention.busyRounds} of ${contention.rounds} rounds had to start while the machine was still busy with other work**, so some figures are pessimistic.` : `All ${contention.rounds} rounds started on a quiet machine.`} Time spent waiting: ${contention.waited.toFixed(0)} s.`,
    '',
  ];
  sections.forEach((s, i) => (s.to = sections[i + 1]?.from ?? contention.samples.length));
  // Sections measured together (the packages: merge and zip) share their range of samples.
  for (const s of sections) {
    const same = sections.filter((x) => x.group === s.group);
    s.range = [Math.min(...same.map((x) => x.from)), Math.max(...same.map((x) => x.to))];
    s.shared = same.length > 1;
  }
  for (const s of sections) {
    lines.push(`## ${s.title}`, '', s.intro, '');
    const load = contention.samples.slice(...s.range);
    if (load.length) {
      const busy = load.filter((x) => x > 0.25).length;
      s.notes.push(
        `Other processes on the machine during these ${load.length} timed processes (${s.shared ? 'merge and zip benchmarks together, ' : ''}preparation and warm-up runs included): mean ${(load.reduce((a, b) => a + b, 0) / load.length).toFixed(2)} cores, max ${Math.max(...load).toFixed(2)} of ${machine.cores}; ${busy ? `**${busy} ran with more than 0.25 cores of other load**` : 'none had more than 0.25 cores of other load'}.`,
      );
    }
    if (s.rows.length) {
      lines.push('| What | Ours | Peer | Ratio | Peak RSS (ours / peer) | Target | Met |', '|---|---:|---:|---:|---:|---|:-:|');
      for (const r of s.rows)
        lines.push(
          `| ${[r.what, r.ours ?? '–', r.peer ?? '–', r.ratio ?? '–', r.peak ?? '–', r.target ?? '', r.met === undefined ? (r.target ? '?' : '') : r.met ? '✓' : '✗'].map(cell).join(' | ')} |`,
        );
      lines.push('');
    } else lines.push('_No figures: see the notes._', '');
    for (const n of s.notes) lines.push(`- ${n}`);
    if (s.notes.length) lines.push('');
  }
  lines.push(
    '## Summary of targets',
    '',
    '| Benchmark | Target | Measured | Met |',
    '|---|---|---|:-:|',
    ...sections.flatMap((s) =>
      s.rows
        .filter((r) => r.target)
        .map(
          (r) =>
            `| ${cell(s.title.split(' (')[0].split(' vs ')[0])}: ${cell(r.what)} | ${cell(r.target)} | ${cell(r.ratio && r.ratio !== '–' ? r.ratio : r.peak && !r.ours ? r.peak : r.target.includes('MB') ? r.peak : r.ours)} | ${r.met === undefined ? '?' : r.met ? '✓' : '✗'} |`,
        ),
    ),
    '',
  );
  if (failures.length) lines.push('## Failures', '', ...failures.map((f) => `- ${f}`), '');
  lines.push(
    '## How to rerun',
    '',
    '```sh',
    'npm run bench                      # = npm run -s build && node bench/run.mjs; writes bench/RESULTS.md',
    'BENCH_RUNS=5 npm run bench         # more runs per side (default 3)',
    'BENCH_ONLY=pdf,docx npm run bench  # some benchmarks only: pdf docx check rebuild merge zip memory',
    'BENCH_PACKAGE_MB=256 BENCH_CHECK_FILES=2000 BENCH_OUT=/tmp/r.md npm run bench   # smaller, elsewhere',
    '```',
    '',
    'Missing peer tools are installed with `apt-get update && apt-get install -y --no-install-recommends pandoc libreoffice-writer qpdf zip time poppler-utils` (only those not found; needs root; `BENCH_NO_INSTALL=1` to skip). The single benchmarks remain: `npm run bench:check`, `npm run bench:build`, `npm run bench:package`.',
    '',
  );
  writeFileSync(OUT, lines.join('\n'));
  console.log(`\nwrote ${relative(process.cwd(), OUT) || OUT}`);
}
