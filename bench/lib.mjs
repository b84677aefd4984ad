// Shared pieces of the benchmarks: where the tool is, the peer tools (installed from Debian packages
// when missing), timing a process with its peak memory (GNU time), runs in alternation with medians,
// and the synthetic dossiers (10,000 small evidence files, a long report, 1 GB of attachments).
// Used by bench/check.mjs, bench/build.mjs, bench/package.mjs and bench/run.mjs (`npm run bench`).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import YAML from 'yaml';

export const root = fileURLToPath(new URL('..', import.meta.url));
/** The compiled tool the benchmarks run: dist/, or a snapshot of it (useDist). */
export let dist = join(root, 'dist');
export let cli = join(dist, 'bin/dossier.js');
/** Runs the benchmarks against another copy of dist/ (e.g. a snapshot, safe from rebuilds meanwhile). */
export function useDist(dir) {
  dist = dir;
  cli = join(dir, 'bin/dossier.js');
}
/** A module of the compiled tool, e.g. distModule('catalog/load.js'). */
export function distModule(rel) {
  return import(pathToFileURL(join(dist, rel)).href);
}
/** The fixed build date of every run (2021-06-30), so that outputs are reproducible. */
export const SOURCE_DATE_EPOCH = '1625011200';
/**
 * Settings of this machine's environment that make every Node process do work at start-up that no
 * dossier run needs: NODE_EXTRA_CA_CERTS has Node read and parse a certificate file before any of our
 * code runs (about 80 ms for Debian's bundle on the machine of the recorded results; dossier opens no
 * TLS connection, and an office computer does not set it), NODE_OPTIONS adds flags of the machine,
 * not of the tool. Timed processes run without them; RESULTS.md says which were set and what Node's
 * start costs with and without them (startupCost).
 */
export const STARTUP_SETTINGS = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
/** The environment of every timed process: the machine's, with the fixed build date and without STARTUP_SETTINGS. */
export const benchEnv = Object.fromEntries(Object.entries({ ...process.env, SOURCE_DATE_EPOCH }).filter(([k]) => !STARTUP_SETTINGS.includes(k)));

/**
 * Node's start-up: the median time of `node -e 0` as timed processes run it (benchEnv), and, when
 * this environment sets any of STARTUP_SETTINGS, with them (the machine's environment); 7 runs each, in turn.
 */
export function startupCost() {
  const set = STARTUP_SETTINGS.filter((k) => process.env[k] !== undefined && process.env[k] !== '');
  const withThem = [];
  const without = [];
  for (let i = 0; i < 7; i++) {
    if (set.length) withThem.push(timed(process.execPath, ['-e', '0'], { env: { ...process.env, SOURCE_DATE_EPOCH } }).seconds);
    without.push(timed(process.execPath, ['-e', '0']).seconds);
  }
  return { set, withThem: median(withThem), without: median(without) };
}

/** Whether a command (name or path) can be run. */
export function which(cmd) {
  return spawnSync('/bin/sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** The peer tools and the Debian package each comes from. */
export const PEERS = [
  { cmd: 'pandoc', pkg: 'pandoc' },
  { cmd: 'soffice', pkg: 'libreoffice-writer' },
  { cmd: 'qpdf', pkg: 'qpdf' },
  { cmd: 'zip', pkg: 'zip' },
  { cmd: '/usr/bin/time', pkg: 'time' },
  { cmd: 'pdfinfo', pkg: 'poppler-utils' },
];

/**
 * Installs the Debian packages of the peer tools that are not found (apt-get, no recommends),
 * saying what it installs; returns the commands still missing afterwards.
 */
export function ensurePeers({ install = true } = {}) {
  const missing = PEERS.filter((p) => !which(p.cmd));
  if (!missing.length) {
    console.log(`Peer tools found: ${PEERS.map((p) => p.cmd).join(', ')}`);
    return [];
  }
  const pkgs = missing.map((p) => p.pkg);
  if (!install) console.log(`Missing (BENCH_NO_INSTALL set, not installing): ${pkgs.join(' ')}`);
  else if (typeof process.getuid === 'function' && process.getuid() !== 0)
    console.log(`Missing: ${pkgs.join(' ')} — not root, install them with: apt-get install -y --no-install-recommends ${pkgs.join(' ')}`);
  else {
    console.log(`Installing missing peer tools from Debian packages: ${pkgs.join(' ')} (${missing.map((p) => `${p.cmd} ← ${p.pkg}`).join(', ')})`);
    const cmd = `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
    console.log(`$ ${cmd}`);
    const r = spawnSync('/bin/sh', ['-c', cmd], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) console.log(`apt-get failed (exit ${r.status})`);
  }
  const still = PEERS.filter((p) => !which(p.cmd)).map((p) => p.cmd);
  if (still.length) console.log(`Still missing: ${still.join(', ')} — the comparisons that need them are skipped`);
  return still;
}

function cpuTimes() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
}
let memCounter = 0;
/**
 * Runs a command once; wall time from here (process start to exit), peak RSS from GNU time (`%M`,
 * written to a file so the command's own stderr does not interfere). stdout goes to /dev/null
 * unless `capture` is set. `otherLoad`: how many cores other processes kept busy meanwhile on
 * average (all CPU time on the machine from /proc/stat minus the command's own, per wall second).
 */
export function timed(cmd, args, { cwd, env = benchEnv, capture = false } = {}) {
  const haveTime = existsSync('/usr/bin/time');
  const memFile = join(tmpdir(), `dossier-bench-mem-${process.pid}-${memCounter++}`);
  const argv = haveTime ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', memFile, cmd, ...args]] : [cmd, args];
  const proc = existsSync('/proc/stat');
  const c0 = proc ? cpuTimes() : undefined;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv[1], { cwd, env, stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const c1 = proc ? cpuTimes() : undefined;
  let peakMB;
  let otherLoad;
  if (haveTime && existsSync(memFile)) {
    const [kb, user, sys] = readFileSync(memFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    if (Number.isFinite(kb) && kb > 0) peakMB = kb / 1024;
    if (c0 && Number.isFinite(user) && Number.isFinite(sys)) {
      const busy = (c1.total - c1.idle - (c0.total - c0.idle)) / 100;
      otherLoad = Math.max(0, busy - user - sys) / seconds;
      contention.samples.push(otherLoad);
    }
    rmSync(memFile, { force: true });
  }
  return { seconds, peakMB, otherLoad, status: r.status, stdout: r.stdout, stderr: r.stderr?.toString('utf8') ?? '' };
}

/**
 * A Node script (ES module source) run with `args`; it prints the seconds its own work took as its
 * last line, kept as `inner` (the process time also counts Node's start-up and module loading).
 */
export function nodeScript(source, args, opts = {}) {
  const r = timed(process.execPath, ['--input-type=module', '-e', source, ...args], { ...opts, capture: true });
  const last = Number(r.stdout?.toString('utf8').trim().split('\n').at(-1));
  if (Number.isFinite(last)) r.inner = last;
  return r;
}

/** `dossier <args>` with the fixed build date. */
export function dossier(args, opts = {}) {
  return timed(process.execPath, [cli, ...args], opts);
}

export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Medians (and every run) of a list of timed results. */
export function summarize(results, okStatus = [0]) {
  return {
    seconds: median(results.map((r) => r.seconds)),
    peakMB: median(results.map((r) => r.peakMB)),
    /** Median of the time a script measured itself (`inner`, seconds), when it did. */
    inner: median(results.map((r) => r.inner)),
    runs: results.map((r) => r.seconds),
    peaks: results.map((r) => r.peakMB),
    failed: results
      .filter((r) => !okStatus.includes(r.status))
      .map(
        (r) =>
          `exit ${r.status}: ${r.stderr
            .split('\n')
            .filter((l) => l.trim() && !/^(注意|提示)/.test(l))
            .slice(0, 3)
            .join(' / ')
            .slice(0, 400)}`,
      ),
  };
}

export const fmtS = (s) => (s === undefined ? '–' : s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`);
export const fmtMB = (mb) => (mb === undefined ? '–' : `${mb.toFixed(0)} MB`);
export const fmtBytes = (b) => (b === undefined ? '–' : b >= 1 << 20 ? `${(b / (1 << 20)).toFixed(1)} MB` : `${(b / 1024).toFixed(0)} KB`);

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
/** Share of all cores busy over `ms` milliseconds (from /proc/stat), or undefined off Linux. */
export function busyShare(ms = 1000) {
  if (!existsSync('/proc/stat')) return undefined;
  const a = cpuTimes();
  sleep(ms);
  const b = cpuTimes();
  return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : 0;
}
/** Rounds that had to start on a busy machine (other processes using the cores), for the results. */
export const contention = { rounds: 0, busyRounds: 0, waited: 0, samples: [] };
/**
 * Flushes written files to disk, then waits (up to `maxWait` seconds) until the machine is nearly idle — other work on the cores would
 * slow the runs down — and counts the rounds that had to start busy anyway.
 */
export function waitQuiet({ limit = 0.2, maxWait = Number(process.env.BENCH_MAX_WAIT ?? 60) } = {}) {
  contention.rounds++;
  const t0 = Date.now();
  // Files the last round wrote are flushed now, not by the kernel during the next round.
  spawnSync('sync');
  let busy = busyShare(500);
  if (busy === undefined || busy <= limit) return;
  process.stdout.write(`  (machine busy: ${(busy * 100).toFixed(0)} % of the cores in use by other processes; waiting up to ${maxWait} s)\n`);
  while (busy > limit && Date.now() - t0 < maxWait * 1000) busy = busyShare(2000);
  contention.waited += (Date.now() - t0) / 1000;
  if (busy > limit) {
    contention.busyRounds++;
    process.stdout.write(`  (still ${(busy * 100).toFixed(0)} % busy; running anyway)\n`);
  }
}

/**
 * Runs the sides in turn (ours, peer, ours, peer …) `runs` times each, after `warmup` untimed
 * rounds; prints every round as it goes and returns each side's medians, in order. A side is
 * `{ name, run, ok }` (`ok`: the exit codes that count as success, default [0]).
 */
export function alternateAll(label, runs, sides, { warmup = 1, before } = {}) {
  for (let i = 0; i < warmup; i++) {
    before?.();
    waitQuiet();
    for (const side of sides) side.run();
  }
  const results = sides.map(() => []);
  for (let i = 0; i < runs; i++) {
    before?.();
    waitQuiet();
    sides.forEach((side, k) => results[k].push(side.run()));
    const shown = sides.map((side, k) => {
      const r = results[k].at(-1);
      const ok = side.ok ?? [0];
      const others = r.otherLoad > 0.1 ? ` [others ${r.otherLoad.toFixed(1)} cores]` : '';
      return `${side.name} ${fmtS(r.seconds)} ${fmtMB(r.peakMB)}${ok.includes(r.status) ? '' : ` (exit ${r.status})`}${others}`;
    });
    console.log(`  ${label} run ${i + 1}/${runs}: ${shown.join(' | ')}`);
  }
  return sides.map((side, k) => summarize(results[k], side.ok ?? [0]));
}

/** Two sides, ours and an optional peer: `{ ours, peer }` medians (see alternateAll). */
export function alternate(label, runs, ours, peer, { warmup = 1, okOurs = [0], okPeer = [0], before, names = ['ours', 'peer'] } = {}) {
  const sides = [{ name: names[0], run: ours, ok: okOurs }];
  if (peer) sides.push({ name: names[1], run: peer, ok: okPeer });
  const [a, b] = alternateAll(label, runs, sides, { warmup, before });
  return { ours: a, peer: b };
}

export function tempDir(tag) {
  return mkdtempSync(join(tmpdir(), `dossier-bench-${tag}-`));
}

/**
 * A workspace in a temporary folder that is the example workspace (the repository root) with the
 * output folder changed: the root's dossier.config.yaml with its paths made absolute, and its
 * 自评.yaml and standard.yaml copied. `dossiers` replaces the evidence folder (e.g. a copy).
 */
export function exampleWorkspace({ dir = tempDir('ws'), dossiers } = {}) {
  const doc = YAML.parseDocument(readFileSync(join(root, 'dossier.config.yaml'), 'utf8'));
  const abs = (p) => (isAbsolute(p) ? p : resolve(root, p));
  for (const key of ['plan', 'standard']) {
    const v = doc.get(key);
    if (typeof v === 'string') doc.set(key, abs(v));
  }
  doc.set('dossiers', dossiers ?? abs(String(doc.get('dossiers') ?? 'dossiers')));
  doc.set('templates', abs(String(doc.get('templates') ?? 'templates')));
  doc.set('output', join(dir, 'output'));
  writeFileSync(join(dir, 'dossier.config.yaml'), doc.toString());
  for (const f of ['自评.yaml', 'standard.yaml']) if (existsSync(join(root, f))) copyFileSync(join(root, f), join(dir, f));
  return dir;
}

/** The example's evidence folder, as the config names it. */
export function exampleDossiers() {
  const doc = YAML.parse(readFileSync(join(root, 'dossier.config.yaml'), 'utf8')) ?? {};
  return resolve(root, doc.dossiers ?? 'dossiers');
}

/** A bare workspace over `dossiers` (no mapping, no self-assessment), output inside it. */
export function bareWorkspace(dossiers, dir = tempDir('ws')) {
  writeFileSync(join(dir, 'dossier.config.yaml'), `district: 西安曲江新区\ndossiers: ${dossiers}\noutput: ${join(dir, 'output')}\nasOf: 2021-06-30\n`);
  return dir;
}

/** The bundled plan's catalog (tasks, units, targets). */
export async function bundledCatalog() {
  const { loadPlan } = await distModule('catalog/load.js');
  const { BUNDLED_PLAN } = await distModule('workspace/load-workspace.js');
  return (await loadPlan(BUNDLED_PLAN)).catalog;
}

/** `n` small evidence files (front matter and a paragraph) spread over the plan's tasks and units. */
export async function makeCheckDossier(dir, n) {
  const catalog = await bundledCatalog();
  const body = '本单位按照创建工作要求，组织开展了专项检查，建立了工作台账，完成了阶段性任务。'.repeat(20);
  for (let i = 0; i < n; i++) {
    const task = catalog.tasks[i % catalog.tasks.length];
    const unit = task.units[0] ?? catalog.units[i % catalog.units.length];
    const folder = join(dir, unit);
    mkdirSync(folder, { recursive: true });
    const metrics = task.targets.length ? ['metrics:', ...task.targets.flatMap((t) => [`  - name: ${t.name}`, `    value: ${t.value}${t.unit}`])] : [];
    writeFileSync(
      join(folder, `T${task.no}-${i}.md`),
      ['---', `task: ${task.no}`, `unit: ${unit}`, `title: 第${i}份佐证材料`, 'date: 2021-03-01', 'status: 已完成', 'kind: 工作台账', ...metrics, '---', body, ''].join('\n'),
    );
  }
  return dir;
}

/**
 * A dossier of long evidence files, `files` per task with `paragraphs` paragraphs each: the
 * defaults (2 × 4) give a report of about 200 pages; more paragraphs give a longer report.
 */
export async function makeReportDossier(dir, { files = 2, paragraphs = 4 } = {}) {
  const catalog = await bundledCatalog();
  const para = '按照创建工作实施方案要求，本单位组织开展专项检查，累计检查生产经营单位和重点场所，发现问题全部建立台账、限期整改，并组织开展“回头看”，确保整改到位。';
  for (const task of catalog.tasks) {
    const unit = task.units[0] ?? '应急管理中心';
    mkdirSync(join(dir, unit), { recursive: true });
    for (let k = 1; k <= files; k++) {
      const body = Array.from({ length: paragraphs }, (_, i) => `${i + 1}．${para}共涉及 ${task.no * 7 + k * 3 + i} 个点位（示例）。`).join('\n\n');
      writeFileSync(join(dir, unit, `T${task.no}-${k}.md`), `---\ntask: ${task.no}\nunit: ${unit}\ntitle: 任务${task.no}第${k}份材料（示例）\ndate: 2021-03-01\nstatus: 已完成\n---\n${body}\n`);
    }
  }
  return dir;
}

/** A noisy RGB PNG of about `mb` megabytes (noise does not compress). */
export function noisePng(mb) {
  const side = Math.round(Math.sqrt((mb * 1024 * 1024) / 3));
  const raw = Buffer.alloc((side * 3 + 1) * side);
  randomBytes(raw.length).copy(raw);
  for (let y = 0; y < side; y++) raw[y * (side * 3 + 1)] = 0;
  const crcTable = new Int32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  const crc = (b) => {
    let c = -1;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  };
  const chunk = (type, data) => {
    const o = Buffer.alloc(12 + data.length);
    o.writeUInt32BE(data.length, 0);
    o.write(type, 4, 'ascii');
    data.copy(o, 8);
    o.writeUInt32BE(crc(o.subarray(4, 8 + data.length)), 8 + data.length);
    return o;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A dossier with about `megabytes` MB of attachments (two-page PDFs of ~10 MB, every fifth a
 * ~5 MB picture), one evidence file per attachment; returns the folder, count and bytes.
 */
export async function makeAttachmentDossier(dir, megabytes) {
  const { PDFDocument } = await import('pdf-lib');
  const total = megabytes * 1024 * 1024;
  const pdfDoc = await PDFDocument.create();
  const img = await pdfDoc.embedPng(noisePng(10));
  for (let i = 0; i < 2; i++) pdfDoc.addPage([595, 842]).drawImage(img, { x: 40, y: 200, width: 515, height: 515 });
  const pdfBytes = await pdfDoc.save();
  const png = noisePng(5);
  const catalog = await bundledCatalog();
  let size = 0;
  let n = 0;
  while (size < total) {
    const task = catalog.tasks[n % catalog.tasks.length];
    const unit = task.units[0] ?? '应急管理中心';
    mkdirSync(join(dir, unit, '附件'), { recursive: true });
    const isPng = n % 5 === 4;
    const name = `附件/T${task.no}-${n}.${isPng ? 'png' : 'pdf'}`;
    writeFileSync(join(dir, unit, name), isPng ? png : pdfBytes);
    size += isPng ? png.length : pdfBytes.length;
    writeFileSync(
      join(dir, unit, `T${task.no}-${n}.md`),
      `---\ntask: ${task.no}\nunit: ${unit}\ntitle: 第${n}份大附件材料（示例）\ndate: 2021-03-01\nstatus: 已完成\nattachments:\n  - ${name}\n---\n合成的大附件材料，用于测试打包性能（示例）。\n`,
    );
    n++;
  }
  return { dir, files: n, bytes: size };
}

/** Page count of a PDF (pdfinfo, else qpdf), or undefined. */
export function pdfPages(path) {
  if (!existsSync(path)) return undefined;
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  const m = info.stdout?.match(/Pages:\s+(\d+)/);
  if (m) return Number(m[1]);
  const q = spawnSync('qpdf', ['--show-npages', path], { encoding: 'utf8' });
  return q.status === 0 ? Number(q.stdout.trim()) : undefined;
}

export function fileSize(path) {
  return existsSync(path) ? statSync(path).size : undefined;
}

export function rmrf(path) {
  rmSync(path, { recursive: true, force: true });
}
