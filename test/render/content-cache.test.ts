import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentCache } from '../../src/util/content-cache.js';
import { root, runCli } from '../helpers.js';

/** Every file under a folder, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('the content cache (output/.cache)', () => {
  it('gives back what was put, and nothing for a damaged entry', () => {
    const cache = new ContentCache(mkdtempSync(join(tmpdir(), 'dossier-cache-')));
    cache.put('k', Buffer.from('字体子集'));
    expect(cache.get('k')?.toString()).toBe('字体子集');
    expect(cache.get('other')).toBeUndefined();
    const [entry] = files(cache.dir);
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
      return readFileSync(join(dir, 'output/自评报告.pdf'));
    };
    const first = await build();
    const entries = files(join(dir, 'output/.cache'));
    expect(entries.length).toBeGreaterThan(0);
    expect((await build()).equals(first)).toBe(true);
    for (const e of entries) writeFileSync(e, Buffer.from('damaged'));
    expect((await build()).equals(first)).toBe(true);
  }, 120_000);
});
