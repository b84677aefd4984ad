// Benchmark: `dossier package` on a synthetic dossier with about 1 GB of attachments (PDFs of
// ~10 MB and pictures of ~5 MB), beside `zip -r` of the same package folder. Prints wall time and
// peak memory (GNU time). Usage: npm run build && node bench/package.mjs [MEGABYTES]
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { loadPlan } from '../dist/catalog/load.js';
import { BUNDLED_PLAN } from '../dist/workspace/load-workspace.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/index.js');
const total = Number(process.argv[2] ?? 1024) * 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-pkg-'));

/** A noisy RGB PNG of about `mb` megabytes (noise does not compress). */
function noisePng(mb) {
  const side = Math.round(Math.sqrt((mb * 1024 * 1024) / 3));
  const raw = Buffer.alloc((side * 3 + 1) * side);
  randomBytes(raw.length).copy(raw);
  for (let y = 0; y < side; y++) raw[y * (side * 3 + 1)] = 0;
  const crcTable = new Int32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c; });
  const crc = (b) => { let c = -1; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ -1) >>> 0; };
  const chunk = (type, data) => { const o = Buffer.alloc(12 + data.length); o.writeUInt32BE(data.length, 0); o.write(type, 4, 'ascii'); data.copy(o, 8); o.writeUInt32BE(crc(o.subarray(4, 8 + data.length)), 8 + data.length); return o; };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(side, 0); ihdr.writeUInt32BE(side, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}

console.log(`生成约 ${(total / 1024 / 1024).toFixed(0)} MB 的合成附件……`);
const pdfDoc = await PDFDocument.create();
const img = await pdfDoc.embedPng(noisePng(10));
for (let i = 0; i < 2; i++) pdfDoc.addPage([595, 842]).drawImage(img, { x: 40, y: 200, width: 515, height: 515 });
const pdfBytes = await pdfDoc.save();
const png = noisePng(5);
const { catalog } = await loadPlan(BUNDLED_PLAN);
const dossiers = join(work, 'dossiers');
let size = 0;
let n = 0;
while (size < total) {
  const task = catalog.tasks[n % catalog.tasks.length];
  const unit = task.units[0] ?? '应急管理中心';
  const dir = join(dossiers, unit, '附件');
  mkdirSync(dir, { recursive: true });
  const isPng = n % 5 === 4;
  const name = `附件/T${task.no}-${n}.${isPng ? 'png' : 'pdf'}`;
  writeFileSync(join(dossiers, unit, name), isPng ? png : pdfBytes);
  size += isPng ? png.length : pdfBytes.length;
  writeFileSync(join(dossiers, unit, `T${task.no}-${n}.md`), `---\ntask: ${task.no}\nunit: ${unit}\ntitle: 第${n}份大附件材料（示例）\ndate: 2021-03-01\nstatus: 已完成\nattachments:\n  - ${name}\n---\n合成的大附件材料，用于测试打包性能（示例）。\n`);
  n++;
}
writeFileSync(join(work, 'dossier.config.yaml'), `district: 西安曲江新区\ndossiers: ${dossiers}\noutput: ${join(work, 'output')}\nasOf: 2021-06-30\n`);
console.log(`${n} 个附件，共 ${(size / 1024 / 1024).toFixed(0)} MB`);

if (process.env.KEEP) {
  console.log(work);
  process.exit(0);
}
const time = (args, opts) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...args], { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, peakMB: Number(r.stderr.trim().split('\n').at(-1)) / 1024, status: r.status, stderr: r.stderr };
};
spawnSync('sync');
const pkg = time([process.execPath, cli, 'package'], { cwd: work, env: { ...process.env, SOURCE_DATE_EPOCH: '1625011200' } });
const folder = join(work, 'output', '复核申请材料');
const ours = statSync(join(work, 'output', '复核申请材料.zip')).size;
spawnSync('sync');
const zip = time(['zip', '-r', '-q', join(work, 'zip-r.zip'), '复核申请材料'], { cwd: join(work, 'output') });
const zip0 = time(['zip', '-r', '-q', '-0', join(work, 'zip-r0.zip'), '复核申请材料'], { cwd: join(work, 'output') });
const merged = statSync(join(folder, '复核材料汇编.pdf')).size;
console.log(`dossier package：${pkg.seconds.toFixed(1)} 秒，峰值内存 ${pkg.peakMB.toFixed(0)} MB${pkg.status ? `（失败：${pkg.stderr.slice(0, 400)}）` : ''}`);
console.log(`  汇编 PDF ${(merged / 1024 / 1024).toFixed(0)} MB，zip ${(ours / 1024 / 1024).toFixed(0)} MB`);
console.log(`zip -r（同一文件夹，默认压缩）：${zip.seconds.toFixed(1)} 秒，峰值内存 ${zip.peakMB.toFixed(0)} MB`);
console.log(`zip -r -0（只存储）：${zip0.seconds.toFixed(1)} 秒`);
console.log(`dossier package / zip -r = ${(pkg.seconds / zip.seconds).toFixed(2)}`);
rmSync(work, { recursive: true, force: true });
