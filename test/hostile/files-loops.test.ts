// Links going round in circles in the dossier folder: discovery follows each real folder once, so two
// `-> .` links cost one step each instead of a walk that doubles with every level; each is reported once.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverEvidence } from '../../src/dossier/discover.js';
import { exampleWorkspace } from '../fixtures/hostile/files/make.js';
import { evidence, writeTree } from '../fixtures/tree.js';
import { runCli } from '../helpers.js';

type Found = { code: string; severity: string; file?: string; message: string };

describe('links in the dossier folder', () => {
  it('two links to their own folder: check finishes at once, reports each link once, reads every file once', async () => {
    const ws = exampleWorkspace();
    const plain = JSON.parse((await runCli(['check', '--json', '-w', ws])).stdout);
    symlinkSync('.', join(ws, 'dossiers/住建局/loop1'));
    symlinkSync('.', join(ws, 'dossiers/住建局/loop2'));
    symlinkSync('..', join(ws, 'dossiers/教育局/up'));
    const started = Date.now();
    const r = await runCli(['check', '--json', '-w', ws]);
    expect(Date.now() - started).toBeLessThan(20_000);
    const looped = JSON.parse(r.stdout);
    const links = (looped.diagnostics as Found[]).filter((d) => /loop|up/.test(d.file ?? ''));
    expect(links.map((d) => [d.file, d.code, d.severity])).toEqual([
      ['住建局/loop1', 'unreadable', 'warning'],
      ['住建局/loop2', 'unreadable', 'warning'],
      ['教育局/up', 'unreadable', 'warning'],
    ]);
    expect(links[0]!.message).toContain('形成循环，未跟随');
    // Nothing else changed: the same tasks, the same evidence, no duplicates.
    expect(looped.tasks).toEqual(plain.tasks);
    expect(looped.summary).toEqual({ ...plain.summary, warnings: plain.summary.warnings + 3 });
  });

  it('discovery is linear in the real folders: ten links to its own folder at each of three levels', async () => {
    const dir = writeTree({ 'a/b/c/T1.md': evidence(['task: 1']), 'a/T2.md': evidence(['task: 2']) });
    for (const sub of ['a', 'a/b', 'a/b/c']) for (let i = 0; i < 10; i++) symlinkSync('.', join(dir, sub, `l${i}`));
    const started = Date.now();
    const found = await discoverEvidence(dir);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(found.files).toEqual(['a/T2.md', 'a/b/c/T1.md']);
    expect(found.skipped).toHaveLength(30);
    expect(found.skipped.every((s) => s.loop)).toBe(true);
  });

  it('keeps what globby found: case-insensitive .md, README.md, _ and . names, node_modules, dangling links, links to files and to folders outside', async () => {
    const outside = writeTree({ 'x/T5.md': evidence(['task: 5']) }, 'dossier-outside-');
    const dir = writeTree({
      'T1.md': 'x',
      'T2.MD': 'x',
      'README.md': 'x',
      'sub/Readme.MD': 'x',
      '_草稿.md': 'x',
      '_草稿/T3.md': 'x',
      '.隐藏/T3.md': 'x',
      '.T4.md': 'x',
      'node_modules/T5.md': 'x',
      'dir.md/T6.md': 'x',
      'T7.md.txt': 'x',
      'dangling.md': { symlink: 'nowhere.md' },
      'self.md': { symlink: 'self.md' },
      'file-link.md': { symlink: 'T1.md' },
      outside: { symlink: join(outside, 'x') },
      'drafts-link': { symlink: '_草稿' },
    });
    mkdirSync(join(dir, 'empty'));
    const found = await discoverEvidence(dir);
    expect(found.files).toEqual(['T1.md', 'T2.MD', 'dangling.md', 'dir.md/T6.md', 'drafts-link/T3.md', 'file-link.md', 'outside/T5.md', 'self.md']);
    expect(found.skipped).toEqual([]);
  });

  it('a second link to a folder read already is followed once only, with a note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-links-'));
    mkdirSync(join(dir, '住建局'));
    writeFileSync(join(dir, '住建局/T1.md'), 'x');
    symlinkSync('住建局', join(dir, '别名'));
    const found = await discoverEvidence(dir);
    expect(found.files).toEqual(['住建局/T1.md']);
    expect(found.skipped).toEqual([{ file: '别名', target: '住建局', loop: false }]);
  });
});
