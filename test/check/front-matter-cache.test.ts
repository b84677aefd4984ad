import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/dossier/front-matter.js';
import { FrontMatterCache } from '../../src/dossier/front-matter-cache.js';
import { evidence, writeTree } from '../fixtures/tree.js';
import { runCli } from '../helpers.js';

const TEXTS = [
  '---\ntask: 24\nunit: 住建局\ntitle: 台账\ndate: 2020-12-20\nstatus: 已完成\nmetrics:\n  - name: 覆盖率\n    value: 96.5%\nattachments:\n  - 附件/a.pdf\n---\n正文。\n',
  '---\r\ntask: 3.10\r\nunit：住建局\r\ntitle:台账\r\n---\r\n正文，CRLF。\r\n',
  '---\ntask: [24, 25\n---\n坏的 YAML。\n',
  '没有属性区的文件。\n',
  '---\ntask: 24\nvalue: .nan\n---\n特殊数值不进缓存，也照样读。\n',
];

const same = (a: unknown, b: unknown) =>
  expect(JSON.parse(JSON.stringify(a, (_, v) => (v instanceof Map ? [...v] : v)))).toEqual(JSON.parse(JSON.stringify(b, (_, v) => (v instanceof Map ? [...v] : v))));

describe('the front matter cache', () => {
  it('gives exactly what reading the text gives, fresh, from memory and from its file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-fm-cache-')), 'front-matter.json');
    const first = await FrontMatterCache.open(file);
    for (const t of TEXTS) same(first.read(t), readFrontMatter(t));
    for (const t of TEXTS) same(first.read(t), readFrontMatter(t));
    await first.save();
    const second = await FrontMatterCache.open(file);
    for (const t of TEXTS) same(second.read(t), readFrontMatter(t));
    // Only the entries met in a run are written back.
    await second.save();
    const third = await FrontMatterCache.open(file);
    third.read(TEXTS[0]!);
    await third.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries)).toHaveLength(1);
  });

  it('starts empty on a damaged cache file, and the check result does not depend on it', async () => {
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': evidence(['task: 24', 'unit: 住建局', 'title: 台账', 'date: 2020-12-20', 'status: 已完成'], '正文。'),
      'dossiers/住建局/T25.md': '---\ntask: [24\n---\n坏的。\n',
    });
    const run = async () => JSON.parse((await runCli(['check', '--json'], { cwd: ws })).stdout);
    const fresh = await run();
    expect(await run()).toEqual(fresh);
    writeFileSync(join(ws, 'output/.cache/front-matter.json'), '{ not json');
    expect(await run()).toEqual(fresh);
  });
});
