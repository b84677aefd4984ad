// Benchmark: `dossier build` (DOCX + PDF) on the example workspace and on a synthetic ~200-page
// report, side by side with pandoc converting the same markdown to DOCX and LibreOffice converting
// our DOCX to PDF (each only when installed). Prints wall time and peak memory per step.
// Usage: npm run build && node bench/build.mjs   (npm run bench runs the full comparison)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bareWorkspace, dossier, exampleDossiers, exampleWorkspace, makeReportDossier, pdfPages, rmrf, tempDir, timed, which } from './lib.mjs';

const rows = [];
const add = (label, r) => rows.push({ label, seconds: r.seconds, peak: r.peakMB, ok: r.status === 0 });

const synth = tempDir('synth');
const cases = [
  ['示例工作区', exampleWorkspace(), exampleDossiers()],
  ['合成报告', bareWorkspace(await makeReportDossier(join(synth, 'dossiers'))), join(synth, 'dossiers')],
];
for (const [name, ws, dossiers] of cases) {
  add(`${name}：dossier build（DOCX+PDF+目录）`, dossier(['build'], { cwd: ws }));
  add(`${name}：只生成 PDF`, dossier(['build', '--format', 'pdf'], { cwd: ws }));
  add(`${name}：只生成 DOCX`, dossier(['build', '--format', 'docx'], { cwd: ws }));
  rows.push({ label: `${name}：PDF 页数 ${pdfPages(join(ws, 'output/自评报告.pdf')) ?? '?'}`, info: true });
  const md = join(ws, 'report.md');
  writeFileSync(md, dossier(['build', '--to', 'markdown'], { cwd: ws, capture: true }).stdout);
  if (which('pandoc')) add(`${name}：pandoc 同一 Markdown → DOCX`, timed('pandoc', [md, '-o', join(ws, 'pandoc.docx'), `--resource-path=${dossiers}`], { cwd: ws }));
  else rows.push({ label: `${name}：pandoc 未安装，跳过`, info: true });
  if (which('soffice')) {
    mkdirSync(join(ws, 'lo'), { recursive: true });
    add(
      `${name}：LibreOffice 把我们的 DOCX → PDF`,
      timed('soffice', [`-env:UserInstallation=file://${join(ws, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(ws, 'lo'), join(ws, 'output/自评报告.docx')], { cwd: ws }),
    );
  } else rows.push({ label: `${name}：LibreOffice 未安装，跳过`, info: true });
  rmrf(ws);
}
rmrf(synth);

console.log('步骤'.padEnd(44) + '耗时(秒)  峰值内存(MB)');
for (const r of rows) {
  if (r.info) console.log(`  ${r.label}`);
  else console.log(`${r.label.padEnd(40)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.peak ? r.peak.toFixed(0).padStart(8) : '       -'}${r.ok ? '' : '  (失败)'}`);
}
