// Benchmark: `dossier package` on a synthetic dossier with about 1 GB of attachments (PDFs of
// ~10 MB and pictures of ~5 MB), beside `zip -r` of the same package folder. Prints wall time and
// peak memory (GNU time). Usage: npm run build && node bench/package.mjs [MEGABYTES]
// (npm run bench also compares the merged PDF with qpdf and the zip step with zip -Z store)
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { bareWorkspace, dossier, makeAttachmentDossier, rmrf, tempDir, timed } from './lib.mjs';

const megabytes = Number(process.argv[2] ?? 1024);
const work = tempDir('pkg');
console.log(`生成约 ${megabytes} MB 的合成附件……`);
const { files, bytes } = await makeAttachmentDossier(join(work, 'dossiers'), megabytes);
bareWorkspace(join(work, 'dossiers'), work);
console.log(`${files} 个附件，共 ${(bytes / 1024 / 1024).toFixed(0)} MB`);

if (process.env.KEEP) {
  console.log(work);
  process.exit(0);
}
spawnSync('sync');
const pkg = dossier(['package'], { cwd: work });
const folder = join(work, 'output', '复核申请材料');
const ours = statSync(join(work, 'output', '复核申请材料.zip')).size;
spawnSync('sync');
const zip = timed('zip', ['-r', '-q', join(work, 'zip-r.zip'), '复核申请材料'], { cwd: join(work, 'output') });
const zip0 = timed('zip', ['-r', '-q', '-0', join(work, 'zip-r0.zip'), '复核申请材料'], { cwd: join(work, 'output') });
const merged = statSync(join(folder, '复核材料汇编.pdf')).size;
console.log(`dossier package：${pkg.seconds.toFixed(1)} 秒，峰值内存 ${pkg.peakMB?.toFixed(0) ?? '?'} MB${pkg.status ? `（失败：${pkg.stderr.slice(0, 400)}）` : ''}`);
console.log(`  汇编 PDF ${(merged / 1024 / 1024).toFixed(0)} MB，zip ${(ours / 1024 / 1024).toFixed(0)} MB`);
console.log(`zip -r（同一文件夹，默认压缩）：${zip.seconds.toFixed(1)} 秒，峰值内存 ${zip.peakMB?.toFixed(0) ?? '?'} MB`);
console.log(`zip -r -0（只存储）：${zip0.seconds.toFixed(1)} 秒`);
console.log(`dossier package / zip -r = ${(pkg.seconds / zip.seconds).toFixed(2)}`);
rmrf(work);
