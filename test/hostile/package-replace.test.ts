// A package run killed, or stopped by the machine, at any step: the old package stays whole, nothing half is left.
// These run the built command (npm test builds first) in child processes, with a preload that kills or fails it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.js';
import { dossier, miniWorkspace, onePagePdf } from '../fixtures/hostile/package/make.js';

/** replace.ts, imported where it is used (the other cases run the built command). */
const clearStale = async (...args: Parameters<(typeof import('../../src/package/replace.js'))['clearStale']>) => (await import('../../src/package/replace.js')).clearStale(...args);

const scratch = mkdtempSync(join(tmpdir(), 'dossier-hostile-replace-'));

/**
 * A preload that kills the process (SIGKILL: it dies at once, as in a crash) at one step: `delete-old` while the
 * old package folder is being deleted, after a few of its entries are gone; `rename-in` just before
 * the new folder is renamed into place; `zip-in` just before the new zip is (the old one moved aside).
 */
const KILLER = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename, join } from 'node:path';
const at = process.env.KILL_AT;
const { rm, rename } = fs.promises;
fs.promises.rm = async function (p, opts) {
  const name = basename(String(p));
  if (at === 'delete-old' && (name === '复核申请材料' || /^\\.复核申请材料\\.\\d+\\.old$/.test(name)) && fs.existsSync(p)) {
    for (const f of fs.readdirSync(p).sort().slice(0, 3)) fs.rmSync(join(String(p), f), { recursive: true, force: true });
    process.kill(process.pid, 'SIGKILL');
  }
  return rm.call(this, p, opts);
};
fs.promises.rename = async function (from, to) {
  if (at === 'rename-in' && basename(String(to)) === '复核申请材料' && /\\.tmp$/.test(String(from))) process.kill(process.pid, 'SIGKILL');
  if (at === 'zip-in' && basename(String(to)) === '复核申请材料.zip' && /\\.tmp$/.test(String(from))) process.kill(process.pid, 'SIGKILL');
  return rename.call(this, from, to);
};
syncBuiltinESMExports();
`;

/**
 * A preload that makes the machine fail as it does: FAIL=ENOSPC, the disk fills while attachments are
 * copied (copyfile names its source first, as Node does; sync and async calls alike); FAIL=EROFS, the output folder is on a
 * read-only disk (a recursive mkdir there reports ENOENT, as Node does; a plain one EROFS).
 */
const MACHINE = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const fail = process.env.FAIL;
const out = process.env.FAIL_UNDER;
const { copyFile, mkdir } = fs.promises;
const error = (code, syscall, path, extra = {}) => Object.assign(new Error(code + ': ' + syscall + ' ' + path), { code, syscall, path, errno: -1, ...extra });
fs.promises.copyFile = async function (from, to, mode) {
  if (fail === 'ENOSPC' && String(to).startsWith(out)) throw error('ENOSPC', 'copyfile', String(from), { dest: String(to) });
  return copyFile.call(this, from, to, mode);
};
const { copyFileSync, mkdirSync } = fs;
fs.copyFileSync = function (from, to, mode) {
  if (fail === 'ENOSPC' && String(to).startsWith(out)) throw error('ENOSPC', 'copyfile', String(from), { dest: String(to) });
  return copyFileSync.call(this, from, to, mode);
};
const readOnly = (p, opts) => {
  if (fail === 'EROFS' && String(p).startsWith(out) && !fs.existsSync(p)) throw opts?.recursive ? error('ENOENT', 'mkdir', String(p)) : error('EROFS', 'mkdir', String(p));
};
fs.promises.mkdir = async function (p, opts) {
  readOnly(p, opts);
  return mkdir.call(this, p, opts);
};
fs.mkdirSync = function (p, opts) {
  readOnly(p, opts);
  return mkdirSync.call(this, p, opts);
};
syncBuiltinESMExports();
`;

const killer = join(scratch, 'killer.mjs');
const machine = join(scratch, 'machine.mjs');
beforeAll(() => {
  writeFileSync(killer, KILLER);
  writeFileSync(machine, MACHINE);
});

/** The entries of the output folder other than the cache. */
const outputs = (ws: string) =>
  readdirSync(join(ws, 'output'))
    .filter((n) => n !== '.cache')
    .sort();
const verify = (ws: string, what: string) => dossier(['verify', join('output', what)], ws);

describe('replacing the package', () => {
  it('killed while the old folder is deleted: the folder in place is whole (the new one)', () => {
    const ws = miniWorkspace({ '方案.pdf': onePagePdf() });
    expect(dossier(['package'], ws).status).toBe(0);
    const killed = dossier(['package'], ws, { KILL_AT: 'delete-old' }, killer);
    expect(killed.signal).toBe('SIGKILL');
    const folder = verify(ws, '复核申请材料');
    expect(folder.status, folder.stdout).toBe(0);
    expect(verify(ws, '复核申请材料.zip').status).toBe(0);
    // The next run clears what the killed one left.
    expect(dossier(['package'], ws).status).toBe(0);
    expect(outputs(ws)).toEqual(['复核申请材料', '复核申请材料.zip', '复核申请材料.指纹.txt']);
  }, 120_000);

  it('killed just before the new folder goes in: the old one is kept aside, put back or cleared by the next run', async () => {
    const ws = miniWorkspace({ '方案.pdf': onePagePdf() });
    expect(dossier(['package'], ws).status).toBe(0);
    const before = readFileSync(join(ws, 'output/复核申请材料/manifest.json'));
    const killed = dossier(['package'], ws, { KILL_AT: 'rename-in' }, killer);
    expect(killed.signal).toBe('SIGKILL');
    expect(outputs(ws).some((n) => /^\.复核申请材料\.\d+\.old$/.test(n))).toBe(true);
    // What the next run does first: the old package goes back where it was, the half-made one is cleared.
    await clearStale(join(ws, 'output'), ['复核申请材料', '复核申请材料.zip', '复核申请材料.指纹.txt']);
    expect(outputs(ws)).toEqual(['复核申请材料', '复核申请材料.zip', '复核申请材料.指纹.txt']);
    expect(readFileSync(join(ws, 'output/复核申请材料/manifest.json')).equals(before)).toBe(true);
    expect(verify(ws, '复核申请材料').status).toBe(0);
    // Killed again, then a whole run: nothing is left behind.
    expect(dossier(['package'], ws, { KILL_AT: 'rename-in' }, killer).signal).toBe('SIGKILL');
    expect(dossier(['package'], ws).status).toBe(0);
    expect(outputs(ws)).toEqual(['复核申请材料', '复核申请材料.zip', '复核申请材料.指纹.txt']);
  }, 180_000);

  it('killed just before the new zip goes in: the old zip, moved aside, is put back by the next run and still verifies', async () => {
    const ws = miniWorkspace({ '方案.pdf': onePagePdf() });
    expect(dossier(['package'], ws).status).toBe(0);
    const before = readFileSync(join(ws, 'output/复核申请材料.zip'));
    expect(dossier(['package'], ws, { KILL_AT: 'zip-in' }, killer).signal).toBe('SIGKILL');
    expect(outputs(ws).some((n) => /^\.复核申请材料\.zip\.\d+\.old$/.test(n))).toBe(true);
    expect(existsSync(join(ws, 'output/复核申请材料.zip'))).toBe(false);
    await clearStale(join(ws, 'output'), ['复核申请材料', '复核申请材料.zip', '复核申请材料.指纹.txt']);
    expect(readFileSync(join(ws, 'output/复核申请材料.zip')).equals(before)).toBe(true);
    expect(verify(ws, '复核申请材料.zip').status).toBe(0);
    expect(dossier(['package'], ws).status).toBe(0);
    expect(outputs(ws)).toEqual(['复核申请材料', '复核申请材料.zip', '复核申请材料.指纹.txt']);
  }, 120_000);

  it('clears temporaries of processes that are gone or more than a day old, never those of a running one', async () => {
    const out = join(scratch, 'stale');
    mkdirSync(out, { recursive: true });
    const dead = 2 ** 22 + 12345;
    for (const n of [`.复核申请材料.${dead}.tmp`, `.复核申请材料.${process.pid}.tmp`, `.复核申请材料.${process.ppid}.tmp`, '.复核申请材料.zip.1.tmp']) mkdirSync(join(out, n));
    writeFileSync(join(out, `.复核申请材料.指纹.txt.${dead}.1700000000000.tmp`), 'x');
    writeFileSync(join(out, '复核申请材料.zip'), 'kept');
    writeFileSync(join(out, `.other.${dead}.tmp`), 'not ours');
    const old = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(join(out, `.复核申请材料.${process.ppid}.tmp`), old, old);
    const cleared = await clearStale(out, ['复核申请材料', '复核申请材料.zip', '复核申请材料.指纹.txt']);
    expect(cleared.sort()).toEqual([`.复核申请材料.${dead}.tmp`, `.复核申请材料.${process.ppid}.tmp`, `.复核申请材料.指纹.txt.${dead}.1700000000000.tmp`].sort());
    expect(existsSync(join(out, `.复核申请材料.${process.pid}.tmp`))).toBe(true);
    // pid 1 is running (and not ours): its temporary stays.
    expect(existsSync(join(out, '.复核申请材料.zip.1.tmp'))).toBe(true);
    expect(existsSync(join(out, `.other.${dead}.tmp`))).toBe(true);
  });
});

describe('the machine stops the run', () => {
  it('the disk fills while attachments are copied: a Chinese message, exit 2, the old package whole, nothing left', () => {
    const ws = miniWorkspace({ '方案.pdf': onePagePdf() });
    expect(dossier(['package'], ws).status).toBe(0);
    const r = dossier(['package'], ws, { FAIL: 'ENOSPC', FAIL_UNDER: join(ws, 'output') }, machine);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('没能生成复核申请材料，无法读写“output”：磁盘已满');
    expect(r.stderr).toContain('原有的材料包（如有）未被改动');
    expect(r.stderr).toContain('请清理磁盘空间');
    expect(r.stderr).not.toContain('内部错误');
    expect(verify(ws, '复核申请材料').status).toBe(0);
    expect(outputs(ws)).toEqual(['复核申请材料', '复核申请材料.zip', '复核申请材料.指纹.txt']);
  }, 120_000);

  it('the output folder is on a read-only disk: says so (not “no such file”), exit 2', () => {
    const ws = miniWorkspace({ '方案.pdf': onePagePdf() });
    const r = dossier(['package'], ws, { FAIL: 'EROFS', FAIL_UNDER: join(ws, 'output') }, machine);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('所在的磁盘是只读的');
    expect(r.stderr).not.toContain('内部错误');
  }, 120_000);
});

describe('the zip in any time zone', () => {
  it('has the same bytes made under TZ=UTC and TZ=Asia/Shanghai', () => {
    const folder = join(scratch, 'tz');
    mkdirSync(join(folder, '子'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), 'a');
    writeFileSync(join(folder, '子/b.pdf'), onePagePdf());
    const zipIn = (tz: string) => {
      const out = join(scratch, `${tz.replace('/', '-')}.zip`);
      const script = `const { zipFolder } = await import(${JSON.stringify(join(root, 'dist/package/zip.js'))}); await zipFolder(${JSON.stringify(folder)}, ${JSON.stringify(out)}, '复核申请材料', new Date(1625011200000));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(out);
    };
    const utc = zipIn('UTC');
    expect(zipIn('Asia/Shanghai').equals(utc)).toBe(true);
    expect(zipIn('America/New_York').equals(utc)).toBe(true);
    // The DOS time is the build date's UTC time: 2021-06-30 00:00.
    const time = utc.readUInt16LE(10);
    const date = utc.readUInt16LE(12);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([2021, 6, 30, 0, 0]);
  });
});
