// The package's manifest: every file's size and SHA-256, read from the disk unless the writer hashed it as it wrote it.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, MANIFEST, SUMS } from '../../src/package/manifest.js';

const sha = (data: string) => createHash('sha256').update(data).digest('hex');

describe('buildManifest', () => {
  it('takes a hash the writer computed when the size on disk is the size it hashed, and reads the file otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-manifest-'));
    mkdirSync(join(dir, '05-佐证资料'));
    writeFileSync(join(dir, '汇编.pdf'), 'merged');
    writeFileSync(join(dir, '05-佐证资料/a.pdf'), 'attachment');
    writeFileSync(join(dir, MANIFEST), '{}');
    writeFileSync(join(dir, SUMS), '');
    const known = new Map([
      // As the writer hashed it: taken without reading.
      ['汇编.pdf', { size: 6, sha256: 'f'.repeat(64) }],
      // A size that is not the file's: the file is read.
      ['05-佐证资料/a.pdf', { size: 3, sha256: 'e'.repeat(64) }],
    ]);
    const m = await buildManifest(dir, '复核申请材料', new Date(0), known);
    expect(m.files).toEqual([
      { path: '05-佐证资料/a.pdf', size: 10, sha256: sha('attachment') },
      { path: '汇编.pdf', size: 6, sha256: 'f'.repeat(64) },
    ]);
    // Without: every file is read.
    expect((await buildManifest(dir, '复核申请材料', new Date(0))).files[1]).toEqual({ path: '汇编.pdf', size: 6, sha256: sha('merged') });
  });
});
