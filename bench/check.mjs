// Benchmark: `dossier check` on a synthetic dossier of N evidence files (default 10,000).
// Prints wall time for discovery+loading+checking and the process's peak memory.
// Usage: npm run build && node bench/check.mjs [N]   (npm run bench compares it with the read floor)
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { loadPlan } from '../dist/catalog/load.js';
import { builtinAliases, makeAliasTable } from '../dist/catalog/aliases.js';
import { loadDossier } from '../dist/dossier/load.js';
import { runCheck } from '../dist/check/run-check.js';
import { BUNDLED_PLAN } from '../dist/workspace/load-workspace.js';
import { cli, makeCheckDossier, rmrf, tempDir } from './lib.mjs';

const n = Number(process.argv[2] ?? 10_000);
const { catalog } = await loadPlan(BUNDLED_PLAN);
const dir = tempDir('check');
const t0 = performance.now();
await makeCheckDossier(dir, n);
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
const out = spawnSync(process.execPath, [cli, 'check', dir, '--json', '--as-of', '2021-06-30'], { maxBuffer: 1 << 30 });
const c1 = performance.now();
console.log(`CLI end to end:        ${((c1 - c0) / 1000).toFixed(2)} s (exit ${out.status}, ${(out.stdout.length / 1e6).toFixed(1)} MB of JSON)`);
rmrf(dir);
