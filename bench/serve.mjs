// `npm run bench:serve`: how fast the workbench follows the disk and answers pages, on a copy of the
// example workspace. Prints, for BENCH_RUNS edits of an evidence file, the time from the write to the
// server's change event and to a page that shows the edit; then the median time of each page.
//
// Environment:
//   BENCH_RUNS=10           edits to time
//   BENCH_PAGE_RUNS=20      requests per page
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, root } from './lib.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 10);
const pageRuns = Number(process.env.BENCH_PAGE_RUNS ?? 20);
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-serve-'));
for (const f of ['dossier.config.yaml', 'dossiers', 'seeds', '自评.yaml']) cpSync(join(root, f), join(dir, f), { recursive: true });

const server = spawn(process.execPath, [join(dist, 'bin', 'dossier.js'), 'serve', '-w', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
    if (m) resolve(m[1]);
  });
  server.once('exit', (code) => reject(new Error(`dossier serve exited (${code})`)));
});
const { hostname, port } = new URL(url);

function get(path) {
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: encodeURI(path), headers: { host: `127.0.0.1:${port}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

// Server-sent events: resolve the next "change".
let waiting;
const events = request({ hostname, port, path: '/events', headers: { host: `127.0.0.1:${port}` } }, (res) => {
  res.setEncoding('utf8');
  res.on('data', (chunk) => {
    if (/event: change/.test(chunk) && waiting) {
      const w = waiting;
      waiting = undefined;
      w(performance.now());
    }
  });
});
events.end();
await new Promise((r) => setTimeout(r, 500));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const file = join(dir, 'dossiers', '住建局', 'T24-建筑施工安全监控和持证上岗.md');
const original = readFileSync(file, 'utf8');
const toEvent = [];
const toPage = [];
for (let i = 0; i < runs; i++) {
  const title = `基准测试标题${i}`;
  const changed = new Promise((r) => (waiting = r));
  const t0 = performance.now();
  writeFileSync(file, original.replace(/^title: .*$/m, `title: ${title}`));
  const t1 = await changed;
  const page = await get('/tasks/24');
  const t2 = performance.now();
  if (!page.body.includes(title)) throw new Error('the page does not show the edit');
  toEvent.push(t1 - t0);
  toPage.push(t2 - t0);
  await new Promise((r) => setTimeout(r, 300));
}
console.log(`Edit on disk → change event: median ${median(toEvent).toFixed(0)} ms, max ${Math.max(...toEvent).toFixed(0)} ms (${runs} edits)`);
console.log(`Edit on disk → page showing it: median ${median(toPage).toFixed(0)} ms, max ${Math.max(...toPage).toFixed(0)} ms`);

for (const path of ['/', '/tasks', '/tasks/24', '/units', '/units/住建局', '/issues', '/outputs', '/submit?task=24']) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < pageRuns; i++) {
    const t0 = performance.now();
    const r = await get(path);
    times.push(performance.now() - t0);
    bytes = r.body.length;
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
  }
  console.log(`GET ${path}: median ${median(times).toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB`);
}
events.destroy();
server.kill('SIGINT');
await new Promise((r) => server.once('exit', r));
rmSync(dir, { recursive: true, force: true });
