// Evidence files far larger than any text a department writes (sparse files: no disk space, 1.9 GB
// each): refused from their size, before a byte is read, so the check stays fast and small.
import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READ_LIMITS } from '../../src/util/safe-file.js';
import { exampleWorkspace, peakRss } from '../fixtures/hostile/files/make.js';
import { runCli } from '../helpers.js';

type Found = { code: string; severity: string; file?: string; message: string; hint?: string };

describe('evidence files over the size limit', () => {
  it('four sparse 1.9 GB .md files: unreadable each, in seconds, without reading them', async () => {
    const ws = exampleWorkspace();
    const giants = [1, 2, 3, 4].map((i) => join(ws, 'dossiers/住建局', `T9${i}-巨大.md`));
    try {
      for (const g of giants) {
        writeFileSync(g, '---\ntask: 24\n');
        truncateSync(g, 1900 * 1024 * 1024);
      }
      const before = peakRss();
      const started = Date.now();
      const r = await runCli(['check', '--json', '-w', ws]);
      expect(Date.now() - started).toBeLessThan(20_000);
      // Reading even one of them would raise the peak by 1.9 GB.
      expect(peakRss() - before).toBeLessThan(400 * 1024 * 1024);
      const found = (JSON.parse(r.stdout).diagnostics as Found[]).filter((d) => d.file?.includes('巨大'));
      expect(found).toHaveLength(4);
      for (const d of found) {
        expect(d).toMatchObject({ code: 'unreadable', severity: 'error' });
        expect(d.message).toBe('无法读取文件：文件太大（1.9 GB），超过佐证文件的上限 10 MB，未读取');
        expect(d.hint).toContain('附件');
      }
    } finally {
      for (const g of giants) rmSync(g, { force: true });
    }
  });

  it('a file just at the limit is read; one byte more is refused', async () => {
    const ws = exampleWorkspace();
    const at = join(ws, 'dossiers/住建局/T98-上限.md');
    const body = '工作开展情况。\n';
    const head = '---\ntask: 24\nunit: 住建局\ntitle: 上限\ndate: 2021-01-01\nstatus: 已完成\n---\n';
    const fill = READ_LIMITS.textBytes - Buffer.byteLength(head) - Buffer.byteLength(body);
    writeFileSync(at, head + 'x'.repeat(fill) + body);
    const ok = JSON.parse((await runCli(['check', '--json', '-w', ws])).stdout);
    expect((ok.diagnostics as Found[]).filter((d) => d.file === '住建局/T98-上限.md' && d.code === 'unreadable')).toEqual([]);
    writeFileSync(at, head + 'x'.repeat(fill + 1) + body);
    const over = JSON.parse((await runCli(['check', '--json', '-w', ws])).stdout);
    expect((over.diagnostics as Found[]).filter((d) => d.file === '住建局/T98-上限.md').map((d) => d.code)).toEqual(['unreadable']);
  });
});
