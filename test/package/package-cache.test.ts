// Pages the package typesets itself (picture pages, the index, the blank page) are kept in the
// content cache (issue 12): a warm run gives the bytes a cold run gives, a picture replaced under
// the same name is typeset again, and pages no run needs any more are deleted.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossier, miniWorkspace } from '../fixtures/hostile/package/make.js';
import { rgbPng } from '../helpers.js';

/** An 8 × 8 PNG of one colour. */
function png(r: number, g: number, b: number): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: 8 }, () => [r, g, b]).flat())]);
  return rgbPng(8, 8, Buffer.concat(Array.from({ length: 8 }, () => row)));
}

/** The entries of the package's page cache. */
const entries = (ws: string) => (readdirSync(join(ws, 'output/.cache/package-pages'), { recursive: true }) as string[]).filter((n) => /[0-9a-f]{62}$/.test(n)).sort();
const settle = () => new Promise((r) => setTimeout(r, 2100));
const merged = (ws: string) =>
  createHash('sha256')
    .update(readFileSync(join(ws, 'output/复核申请材料/复核材料汇编.pdf')))
    .digest('hex');

describe('the package’s own pages from the content cache', () => {
  it('gives a cold run’s bytes when warm, and typesets a picture replaced under the same name again', async () => {
    const ws = miniWorkspace({ '现场照片.png': png(200, 30, 30), '方案.txt': '文本附件' });
    // Files changed within the last 2 s are not trusted by their status: let them settle first.
    await settle();
    const run = () => {
      const r = dossier(['package'], ws);
      expect(r.status, r.stderr).toBe(0);
      return merged(ws);
    };
    const red = run();
    expect(run()).toBe(red);
    const kept = entries(ws);
    expect(kept.length).toBeGreaterThan(0);
    writeFileSync(join(ws, 'dossiers/住建局/附件/现场照片.png'), png(30, 30, 200));
    await settle();
    const blue = run();
    expect(blue).not.toBe(red);
    // The red picture's page is no longer needed: gone, not piled up beside the blue one.
    const now = entries(ws);
    expect(now.length).toBe(kept.length);
    expect(now).not.toEqual(kept);
    rmSync(join(ws, 'output/.cache'), { recursive: true });
    expect(run()).toBe(blue);
  }, 120_000);
});
