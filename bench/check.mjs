// Benchmark: `dossier check` on a synthetic dossier of N evidence files (default 10,000).
// Prints wall time for discovery+loading+checking and the process's peak memory.
// Usage: npm run build && node bench/check.mjs [N]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { loadPlan } from '../dist/catalog/load.js';
import { builtinAliases, makeAliasTable } from '../dist/catalog/aliases.js';
import { loadDossier } from '../dist/dossier/load.js';
import { runCheck } from '../dist/check/run-check.js';
import { BUNDLED_PLAN } from '../dist/workspace/load-workspace.js';

const n = Number(process.argv[2] ?? 10_000);
const { catalog } = await loadPlan(BUNDLED_PLAN);
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const body = '本单位按照创建工作要求，组织开展了专项检查，建立了工作台账，完成了阶段性任务。'.repeat(20);
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  const task = catalog.tasks[i % catalog.tasks.length];
  const unit = task.units[0] ?? catalog.units[i % catalog.units.length];
  const folder = join(dir, unit);
  if (i < catalog.units.length * 2) mkdirSync(folder, { recursive: true });
  mkdirSync(folder, { recursive: true });
  const metrics = task.targets.length ? ['metrics:', ...task.targets.flatMap((t) => [`  - name: ${t.name}`, `    value: ${t.value}${t.unit}`])] : [];
  writeFileSync(
    join(folder, `T${task.no}-${i}.md`),
    ['---', `task: ${task.no}`, `unit: ${unit}`, `title: 第${i}份佐证材料`, 'date: 2021-03-01', 'status: 已完成', 'kind: 工作台账', ...metrics, '---', body, ''].join('\n'),
  );
}
const t1 = performance.now();
const aliases = makeAliasTable(await builtinAliases());
const loaded = await loadDossier(dir, aliases);
const t2 = performance.now();
const result = await runCheck(catalog, loaded, { root: dir, asOf: '2021-06-30' });
const t3 = performance.now();
const mb = (kb) => (kb / 1024).toFixed(0);
console.log(`evidence files:        ${loaded.files} (${loaded.evidence.length} usable, ${result.diagnostics.length} diagnostics)`);
console.log(`generate (not timed):  ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`discover + read:       ${((t2 - t1) / 1000).toFixed(2)} s`);
console.log(`check rules:           ${((t3 - t2) / 1000).toFixed(2)} s`);
console.log(`check total:           ${((t3 - t1) / 1000).toFixed(2)} s`);
console.log(`peak RSS:              ${mb(process.resourceUsage().maxRSS)} MB`);
const c0 = performance.now();
const cli = spawnSync(process.execPath, [new URL('../dist/cli/index.js', import.meta.url).pathname, 'check', dir, '--json', '--as-of', '2021-06-30'], { maxBuffer: 1 << 30 });
const c1 = performance.now();
console.log(`CLI end to end:        ${((c1 - c0) / 1000).toFixed(2)} s (exit ${cli.status}, ${(cli.stdout.length / 1e6).toFixed(1)} MB of JSON)`);
rmSync(dir, { recursive: true, force: true });
