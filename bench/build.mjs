// Benchmark: `dossier build` (DOCX + PDF) on the example workspace and on a synthetic ~200-page
// report, side by side with pandoc converting the same markdown to DOCX and LibreOffice converting
// our DOCX to PDF (each only when installed). Prints wall time and peak memory per step.
// Usage: npm run build && node bench/build.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlan } from '../dist/catalog/load.js';
import { BUNDLED_PLAN } from '../dist/workspace/load-workspace.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/index.js');
const rows = [];

/** Runs an outside command; peak memory comes from GNU time (`time` package) when it is installed. */
function measure(label, cmd, args) {
  const timed = which('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const r = timed ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peak = timed ? Number(r.stderr.trim().split('\n').at(-1)) || undefined : undefined;
  rows.push({ label, seconds, peak, ok: r.status === 0 });
}
function which(cmd) {
  return spawnSync('/bin/sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** The real `dossier` binary (with its worker thread and V8 settings), timed; peak memory from GNU time. */
function nodeBuild(label, cwd, args) {
  const timed = which('/usr/bin/time');
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1625011200' };
  const t0 = process.hrtime.bigint();
  const r = timed ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], { cwd, env, encoding: 'utf8' }) : spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peak = timed ? Number(r.stderr.trim().split('\n').at(-1)) || undefined : undefined;
  rows.push({ label, seconds, peak, ok: r.status === 0 });
}

function workspace(dossiers) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-build-'));
  writeFileSync(join(dir, 'dossier.config.yaml'), `district: 西安曲江新区\ndossiers: ${dossiers}\noutput: ${join(dir, 'output')}\nasOf: 2021-06-30\n`);
  return dir;
}

/** A dossier with two long evidence files per task: about 200 pages of report. */
async function syntheticDossier() {
  const { catalog } = await loadPlan(BUNDLED_PLAN);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-synth-'));
  const para = '按照创建工作实施方案要求，本单位组织开展专项检查，累计检查生产经营单位和重点场所，发现问题全部建立台账、限期整改，并组织开展“回头看”，确保整改到位。';
  for (const task of catalog.tasks) {
    const unit = task.units[0] ?? '应急管理中心';
    mkdirSync(join(dir, unit), { recursive: true });
    for (let k = 1; k <= 2; k++) {
      const body = Array.from({ length: 4 }, (_, i) => `${i + 1}．${para}共涉及 ${task.no * 7 + k * 3 + i} 个点位（示例）。`).join('\n\n');
      writeFileSync(join(dir, unit, `T${task.no}-${k}.md`), `---\ntask: ${task.no}\nunit: ${unit}\ntitle: 任务${task.no}第${k}份材料（示例）\ndate: 2021-03-01\nstatus: 已完成\n---\n${body}\n`);
    }
  }
  return dir;
}

for (const [name, dossiers] of [['示例工作区', join(root, 'dossiers')], ['合成报告', await syntheticDossier()]]) {
  const ws = workspace(dossiers);
  nodeBuild(`${name}：dossier build（DOCX+PDF+目录）`, ws, ['build']);
  nodeBuild(`${name}：只生成 PDF`, ws, ['build', '--format', 'pdf']);
  nodeBuild(`${name}：只生成 DOCX`, ws, ['build', '--format', 'docx']);
  const pages = spawnSync('pdfinfo', [join(ws, 'output/自评报告.pdf')], { encoding: 'utf8' }).stdout?.match(/Pages:\s+(\d+)/)?.[1];
  rows.push({ label: `${name}：PDF 页数 ${pages ?? '?'}`, info: true });
  const md = join(ws, 'report.md');
  writeFileSync(md, spawnSync(process.execPath, [cli, 'build', '--to', 'markdown'], { cwd: ws, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
  if (which('pandoc')) measure(`${name}：pandoc 同一 Markdown → DOCX`, 'pandoc', [md, '-o', join(ws, 'pandoc.docx')]);
  else rows.push({ label: `${name}：pandoc 未安装，跳过`, info: true });
  if (which('soffice')) measure(`${name}：LibreOffice 把我们的 DOCX → PDF`, 'soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(ws, 'lo'), join(ws, 'output/自评报告.docx')]);
  else rows.push({ label: `${name}：LibreOffice 未安装，跳过`, info: true });
  rmSync(ws, { recursive: true, force: true });
}

console.log('步骤'.padEnd(44) + '耗时(秒)  峰值内存(MB)');
for (const r of rows) {
  if (r.info) console.log(`  ${r.label}`);
  else console.log(`${r.label.padEnd(40)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.peak ? (r.peak / 1024).toFixed(0).padStart(8) : '       -'}${r.ok ? '' : '  (失败)'}`);
}
