import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ContentCache, plainJson, toolFingerprint } from '../../src/util/content-cache.js';
import { filesUnder, root, runCli } from '../helpers.js';

describe('the content cache (output/.cache)', () => {
  it('keeps only values JSON gives back unchanged', () => {
    expect([{ a: [1, 'x', null, true] }, 0, ''].every(plainJson)).toBe(true);
    expect([-0, NaN, Infinity, { a: undefined }, new Date(0), new Map(), [new Map()]].some(plainJson)).toBe(false);
  });

  it('gives back what was put, and nothing for a damaged entry', () => {
    const cache = new ContentCache(mkdtempSync(join(tmpdir(), 'dossier-cache-')));
    cache.put('k', Buffer.from('字体子集'));
    expect(cache.get('k')?.toString()).toBe('字体子集');
    expect(cache.get('other')).toBeUndefined();
    const [entry] = filesUnder(cache.dir);
    const bytes = readFileSync(entry!);
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(entry!, bytes);
    expect(cache.get('k')).toBeUndefined();
  });

  it('makes the same PDF with and without it, and a damaged entry only costs time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-ws-'));
    writeFileSync(join(dir, 'dossier.config.yaml'), `district: 示例区\nasOf: 2021-06-30\ndossiers: ${join(root, 'dossiers')}\noutput: ${join(dir, 'output')}\n`);
    const env = { SOURCE_DATE_EPOCH: '1625011200' };
    const build = async () => {
      const r = await runCli(['build', '--format', 'pdf'], { cwd: dir, env });
      expect(r.code, r.stderr).toBe(0);
      // The report and the score sheet (kept whole by its sheets).
      return Buffer.concat([readFileSync(join(dir, 'output/自评报告.pdf')), readFileSync(join(dir, 'output/自评打分表.pdf'))]);
    };
    const first = await build();
    const entries = filesUnder(join(dir, 'output/.cache'));
    expect(entries.length).toBeGreaterThan(0);
    // An entry no run has used for 20 days (a font subset of an older text, say) is deleted by the next build.
    const stale = join(dir, 'output/.cache/00', '0'.repeat(62));
    mkdirSync(join(dir, 'output/.cache/00'), { recursive: true });
    writeFileSync(stale, 'old');
    const past = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000);
    utimesSync(stale, past, past);
    expect((await build()).equals(first)).toBe(true);
    expect(statSync(stale, { throwIfNoEntry: false })).toBeUndefined();
    expect(filesUnder(join(dir, 'output/.cache')).length).toBeGreaterThanOrEqual(entries.length);
    for (const e of entries) writeFileSync(e, Buffer.from('damaged'));
    expect((await build()).equals(first)).toBe(true);
  }, 120_000);

  it('rebuilds after one evidence file changed the same bytes as a build from an empty output folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-edit-'));
    cpSync(join(root, 'dossiers'), join(dir, 'dossiers'), { recursive: true });
    const config = (out: string) => `district: 示例区\nasOf: 2021-06-30\ndossiers: ${join(dir, 'dossiers')}\noutput: ${join(dir, out)}\n`;
    const env = { SOURCE_DATE_EPOCH: '1625011200' };
    const build = async (out: string) => {
      writeFileSync(join(dir, 'dossier.config.yaml'), config(out));
      const r = await runCli(['build', '--format', 'pdf'], { cwd: dir, env });
      expect(r.code, r.stderr).toBe(0);
      return readFileSync(join(dir, out, '自评报告.pdf'));
    };
    const before = await build('output');
    // A paragraph with characters the report did not use yet (说, 试, 只): the pages after it move, a font subset grows.
    const [file] = filesUnder(join(dir, 'dossiers')).filter((f) => f.endsWith('.md') && readFileSync(f, 'utf8').includes('\ntask: 15\n'));
    writeFileSync(file!, readFileSync(file!, 'utf8') + '\n补充说明：本段为测试追加的文字，只改一个文件后重建。\n');
    const rebuilt = await build('output');
    expect(rebuilt.equals(before)).toBe(false);
    expect(rebuilt.equals(await build('fresh'))).toBe(true);
    // A picture replaced under its name by one of another size: its page is drawn anew, not taken from the page cache.
    const [picture] = filesUnder(join(dir, 'dossiers')).filter((f) => f.endsWith('.png'));
    const wide = new PNG({ width: 120, height: 30 });
    wide.data.fill(200);
    writeFileSync(picture!, PNG.sync.write(wide));
    const pictured = await build('output');
    expect(pictured.equals(rebuilt)).toBe(false);
    expect(pictured.equals(await build('fresh2'))).toBe(true);
    // Then damaged inside, its size unchanged: laid out the same, it can no longer be drawn, and its page is drawn anew without it.
    const bytes = readFileSync(picture!);
    const idat = bytes.indexOf('IDAT');
    for (let i = idat + 6; i < idat + 30; i++) bytes[i] = bytes[i]! ^ 0x5a;
    writeFileSync(picture!, bytes);
    const damaged = await build('output');
    expect(damaged.equals(pictured)).toBe(false);
    expect(damaged.equals(await build('fresh3'))).toBe(true);
  }, 180_000);

  it('prunes typesetting memos as entries: one unused for two weeks, and a killed run’s temporary after a day', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-memo-'));
    const day = 24 * 60 * 60 * 1000;
    const at = (name: string, age: number) => {
      writeFileSync(join(dir, name), 'memo');
      const t = new Date(Date.now() - age);
      utimesSync(join(dir, name), t, t);
    };
    at('typeset-0123456789abcdef.memo', 20 * day);
    at('typeset-fedcba9876543210.memo', 2 * day);
    at('.typeset-0123456789abcdef.memo.99999.tmp', 2 * day);
    at('.typeset-fedcba9876543210.memo.99999.tmp', 60 * 1000);
    at('notes.txt', 30 * day);
    new ContentCache(dir).pruneStale();
    expect(readdirSync(dir).sort()).toEqual(['.typeset-fedcba9876543210.memo.99999.tmp', 'notes.txt', 'typeset-fedcba9876543210.memo']);
  });

  it('deletes entries no run used for two weeks, then the least recently used beyond the size limit, never one used now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-prune-'));
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    const made = new ContentCache(dir);
    for (const k of ['old', 'used-old', 'a', 'b', 'c']) made.put(k, Buffer.alloc(1000, k));
    // Where put() keeps an entry: its key hashed with the tool's fingerprint.
    const fileOf = (k: string) => {
      const h = createHash('sha256').update(toolFingerprint()).update('\0').update(k).digest('hex');
      return join(dir, h.slice(0, 2), h.slice(2));
    };
    const age = (k: string, days: number) => {
      const t = new Date(now - days * day);
      utimesSync(fileOf(k), t, t);
    };
    age('old', 20);
    age('used-old', 20);
    age('a', 3);
    age('b', 2);
    age('c', 1);
    // A cache of its own inside (package pages) and a killed run's temporary.
    mkdirSync(join(dir, 'package-pages/ab'), { recursive: true });
    writeFileSync(join(dir, 'package-pages/ab', 'c'.repeat(62)), 'x');
    const tmp = join(fileOf('c') + '.123.tmp');
    writeFileSync(tmp, 'half');
    utimesSync(tmp, new Date(now - 2 * day), new Date(now - 2 * day));
    // This run used 'used-old': it is kept, and its time says so.
    const run = new ContentCache(dir);
    expect(run.get('used-old')).toBeDefined();
    expect(now - statSync(fileOf('used-old')).mtimeMs).toBeLessThan(day);
    const kept = () => ['old', 'used-old', 'a', 'b', 'c'].filter((k) => statSync(fileOf(k), { throwIfNoEntry: false }));
    // Room enough: only 'old' goes (unused for 20 days).
    run.pruneStale(14 * day, 1 << 30, now);
    expect(kept()).toEqual(['used-old', 'a', 'b', 'c']);
    // Room for two entries: the least recently used go ('a', 'b') until two are left; 'used-old' counts but stays.
    run.pruneStale(14 * day, 2 * 1032 + 10, now);
    expect(kept()).toEqual(['used-old', 'c']);
    expect(filesUnder(join(dir, 'package-pages'))).toHaveLength(1);
    expect(filesUnder(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});
