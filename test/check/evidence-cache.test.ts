import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/catalog/load.js';
import { makeAliasTable } from '../../src/catalog/aliases.js';
import { evidenceWith } from '../../src/dossier/evidence-cache.js';
import { loadDossier } from '../../src/dossier/load.js';
import { loadSelfAssessment } from '../../src/score/load-self-assessment.js';
import { BUNDLED_STANDARD, loadStandardFile } from '../../src/standard/standard-file.js';
import { ContentCache } from '../../src/util/content-cache.js';
import { evidence, writeTree } from '../fixtures/tree.js';
import { builtinAliasRecord, qujiangPlanPath, runCli } from '../helpers.js';

const FILES = {
  'dossiers/住建局/T24.md': evidence(
    ['task: 24', 'unit: 区住建局', 'title: 台账', 'date: 2020-12-20', 'status: 已完成', 'metrics:', '  - name: 覆盖率', '    value: 96.5%', 'attachments:', '  - 附件/a.pdf'],
    '正文第一段。\n\n正文第二段。',
  ),
  'dossiers/住建局/附件/a.pdf': '%PDF-1.4\n',
  'dossiers/住建局/T25-crlf.md': '---\r\ntask: 25\r\nunit：住建局\r\ntitle: 台账\r\ndate: 2021年3月1日\r\nstatus: 推进中\r\n---\r\n正文，CRLF。\r\n',
  'dossiers/住建局/T26-gbk.md': iconv.encode(evidence(['task: 26', 'unit: 住建局', 'title: 国标编码', 'date: 2021-01-05', 'status: 已完成'], 'GBK 编码的正文。'), 'gbk'),
  'dossiers/住建局/T27-bad.md': '---\ntask: [27\n---\n坏的 YAML。\n',
  'dossiers/住建局/T28-none.md': '没有属性区的文件。\n',
  'dossiers/住建局/T29-nan.md': evidence(['task: 29', 'unit: 住建局', 'title: 特殊数值', 'date: 2021-01-05', 'status: 已完成', 'value: .nan'], '不进缓存，也照样读。'),
  'dossiers/住建局/T30-stub.md': evidence(['task: 30', 'unit: 住建局', 'title: 框架', 'date: 2021-01-05', 'status: 推进中'], ''),
  'dossiers/住建局/T31-binary.md': new Uint8Array([0, 1, 2, 3, 0, 0, 0, 0]),
  'outside.md': evidence(['task: 24', 'unit: 住建局', 'title: 外面', 'date: 2021-01-05', 'status: 已完成']),
  'dossiers/住建局/T32-link.md': { symlink: '../../outside.md' },
};

/** A loaded dossier as plain data: every property read, bodies included, keys in their order. */
const asData = (loaded: unknown) => JSON.stringify(loaded);

describe('the evidence cache', () => {
  it('gives exactly what reading the files gives: fresh, cached, and from a damaged cache', async () => {
    const ws = writeTree(FILES);
    const dossiers = join(ws, 'dossiers');
    const cacheFile = join(ws, 'evidence.json');
    const aliases = makeAliasTable(builtinAliasRecord, { 区住建局: '住建局' });
    const fresh = asData(await loadDossier(dossiers, aliases));
    expect(fresh).toContain('正文第一段。');
    expect(fresh).toContain('GBK 编码的正文。');
    expect(asData(await loadDossier(dossiers, aliases, undefined, cacheFile))).toBe(fresh);
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
    // Every file with a result that survives JSON is kept (not the NaN one, nor the unreadable link).
    expect(
      Object.keys(stored.entries)
        .map((k) => k.split('\0')[0])
        .sort(),
    ).toEqual(['住建局/T24.md', '住建局/T25-crlf.md', '住建局/T26-gbk.md', '住建局/T27-bad.md', '住建局/T28-none.md', '住建局/T30-stub.md', '住建局/T31-binary.md'].sort());
    // The body is not stored: it is read from the file when asked for.
    expect(readFileSync(cacheFile, 'utf8')).not.toContain('正文第一段');
    const warm = await loadDossier(dossiers, aliases, undefined, cacheFile);
    expect(asData(warm)).toBe(fresh);
    expect(warm.evidence.find((e) => e.file === '住建局/T24.md')!.body).toBe('正文第一段。\n\n正文第二段。\n');
    writeFileSync(cacheFile, '{ "version": "evidence-1", "entries": { not json');
    expect(asData(await loadDossier(dossiers, aliases, undefined, cacheFile))).toBe(fresh);
  });

  it('after a body edit gives exactly what reading the file afresh gives, and parses no front matter when only the body changed', async () => {
    const ws = writeTree(FILES);
    const dossiers = join(ws, 'dossiers');
    const cacheFile = join(ws, 'evidence.json');
    const aliases = makeAliasTable(builtinAliasRecord, { 区住建局: '住建局' });
    await loadDossier(dossiers, aliases, undefined, cacheFile);
    const t24 = join(dossiers, '住建局/T24.md');
    const original = readFileSync(t24, 'utf8');
    const edits: [string, string, boolean][] = [
      // [what, new text, whether the front matter is taken from the cache]
      ['a sentence added', `${original}补充一句。\n`, true],
      ['a picture shown, with its line', `${original}\n![现场](附件/a.pdf)\n\n![缺少](附件/缺少.jpg)\n`, true],
      ['the body emptied', original.slice(0, original.indexOf('正文')), false],
      ['the body made the stub text', `${original.slice(0, original.indexOf('正文'))}（请在这里写工作开展情况）\n`, false],
      ['a field changed', original.replace('title: 台账', 'title: 新台账'), false],
      ['the closing line changed', original.replace('\n---\n', '\n---  \n'), false],
      ['Windows line ends', original.replace(/\n/g, '\r\n'), true],
    ];
    for (const [what, text, shortcut] of edits) {
      // From a cache of the original file each time.
      const seed = async () => {
        rmSync(cacheFile, { force: true });
        writeFileSync(t24, original);
        await loadDossier(dossiers, aliases, undefined, cacheFile);
      };
      await seed();
      writeFileSync(t24, text);
      const fresh = asData(await loadDossier(dossiers, aliases));
      // The kept title is marked: a result that still has the mark took its front matter from the cache.
      const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { head?: string; result: { evidence: { title: string } } }> };
      const entry = Object.entries(stored.entries).find(([k]) => k.startsWith('住建局/T24.md\0'))![1];
      expect(entry.head !== undefined, what).toBe(true);
      entry.result.evidence.title = '缓存中的标题';
      writeFileSync(cacheFile, JSON.stringify(stored));
      const cached = await loadDossier(dossiers, aliases, undefined, cacheFile);
      const title = (JSON.parse(fresh) as { evidence: { file: string; title: string }[] }).evidence.find((e) => e.file === '住建局/T24.md')?.title;
      expect(cached.evidence.find((e) => e.file === '住建局/T24.md')?.title, what).toBe(shortcut ? '缓存中的标题' : title);
      // Unmarked, the cache gives what a fresh read gives.
      await seed();
      writeFileSync(t24, text);
      expect(asData(await loadDossier(dossiers, aliases, undefined, cacheFile)), what).toBe(fresh);
      expect(asData(await loadDossier(dossiers, aliases, undefined, cacheFile)), what).toBe(fresh);
    }
    // The picture lines are those of the file.
    writeFileSync(t24, `${original}\n![现场](附件/a.pdf)\n`);
    await loadDossier(dossiers, aliases, undefined, cacheFile);
    const line = original.split('\n').length + 1;
    expect((await loadDossier(dossiers, aliases, undefined, cacheFile)).evidence.find((e) => e.file === '住建局/T24.md')!.pictures).toEqual([{ path: '附件/a.pdf', line }]);
  });

  it('does not take results made with other department aliases', async () => {
    const ws = writeTree(FILES);
    const dossiers = join(ws, 'dossiers');
    const cacheFile = join(ws, 'evidence.json');
    await loadDossier(dossiers, makeAliasTable(builtinAliasRecord, { 区住建局: '住建局' }), undefined, cacheFile);
    const other = await loadDossier(dossiers, makeAliasTable(builtinAliasRecord), undefined, cacheFile);
    expect(other.evidence.find((e) => e.file === '住建局/T24.md')!.unit).toBe('区住建局');
  });

  it('sees a changed file at once, and the check and the report do not depend on the cache', async () => {
    const ws = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T24.md': evidence(['task: 24', 'unit: 住建局', 'title: 台账', 'date: 2020-12-20', 'status: 已完成'], '第一版正文。'),
      'dossiers/住建局/T25.md': '---\ntask: [24\n---\n坏的。\n',
    });
    const check = async () => JSON.parse((await runCli(['check', '--json'], { cwd: ws })).stdout);
    const markdown = async () => (await runCli(['build', '--to', 'markdown'], { cwd: ws })).stdout;
    const fresh = await check();
    expect(await check()).toEqual(fresh);
    expect(await markdown()).toContain('第一版正文。');
    writeFileSync(join(ws, 'dossiers/住建局/T24.md'), evidence(['task: 24', 'unit: 住建局', 'title: 台账', 'date: 2020-12-20', 'status: 推进中'], '第二版正文。'));
    const changed = await check();
    expect(changed).not.toEqual(fresh);
    const report = await markdown();
    expect(report).toContain('第二版正文。');
    expect(report).not.toContain('第一版正文。');
    writeFileSync(join(ws, 'output/.cache/evidence.json'), '{ not json');
    expect(await check()).toEqual(changed);
  });

  it('takes files whose status is unchanged without reading them, and sees every change (check, chase, score)', async () => {
    const ws = writeTree(FILES);
    const dossiers = join(ws, 'dossiers');
    const cacheFile = join(ws, 'evidence.json');
    const aliases = makeAliasTable(builtinAliasRecord, { 区住建局: '住建局' });
    const fresh = asData(await loadDossier(dossiers, aliases));
    // A file's status is trusted only once its times have settled (2 s): a change in the same clock tick would not show.
    const early = await loadDossier(dossiers, aliases, undefined, cacheFile, { trustStatus: true });
    expect(asData(early)).toBe(fresh);
    expect(readFileSync(cacheFile, 'utf8')).not.toContain('"stat"');
    await new Promise((r) => setTimeout(r, 2100));
    await loadDossier(dossiers, aliases, undefined, cacheFile, { trustStatus: true });
    expect((JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { stat?: string }> }).entries).toSatisfy((e: Record<string, { stat?: string }>) =>
      Object.values(e).every((x) => typeof x.stat === 'string'),
    );
    // Taken by status: the same results, bodies read from the files when asked for.
    const byStatus = await loadDossier(dossiers, aliases, undefined, cacheFile, { trustStatus: true });
    expect(asData(byStatus)).toBe(fresh);
    // A change after the status was kept shows, even with the size and modification time put back.
    const t24 = join(dossiers, '住建局/T24.md');
    const before = statSync(t24);
    writeFileSync(t24, readFileSync(t24, 'utf8').replace('status: 已完成', 'status: 推进中'));
    utimesSync(t24, before.atime, before.mtime);
    expect(statSync(t24).size).toBe(before.size);
    const changed = await loadDossier(dossiers, aliases, undefined, cacheFile, { trustStatus: true });
    expect(changed.evidence.find((e) => e.file === '住建局/T24.md')!.status).toBe('推进中');
    expect(asData(changed)).toBe(asData(await loadDossier(dossiers, aliases)));
    // A file changed between the check and the reading of its body: no body of other bytes than the front matter was read from.
    await new Promise((r) => setTimeout(r, 2100));
    await loadDossier(dossiers, aliases, undefined, cacheFile, { trustStatus: true });
    const taken = await loadDossier(dossiers, aliases, undefined, cacheFile, { trustStatus: true });
    // A copy with the plan's tasks (as the check makes) keeps the body unread, in its place among the keys.
    const lazy = taken.evidence.find((e) => e.file === '住建局/T24.md')!;
    const copy = evidenceWith(lazy, { tasks: [24] });
    expect(Object.keys(copy)).toEqual([...Object.keys(lazy), 'tasks']);
    writeFileSync(t24, readFileSync(t24, 'utf8').replace('正文第一段。', '改过的正文。'));
    expect(copy.body).toBe('');
    expect(lazy.body).toBe('');
  });

  it.skipIf(process.platform === 'win32')('reports a FIFO named like an evidence file without waiting on it', async () => {
    const ws = writeTree({ 'dossiers/住建局/T24.md': evidence(['task: 24', 'unit: 住建局', 'title: 台账', 'date: 2020-12-20', 'status: 已完成']) });
    execFileSync('mkfifo', [join(ws, 'dossiers/住建局/T25.md')]);
    const loaded = await loadDossier(join(ws, 'dossiers'), makeAliasTable(builtinAliasRecord));
    expect(loaded.evidence.map((e) => e.file)).toEqual(['住建局/T24.md']);
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ code: 'unreadable', file: '住建局/T25.md', message: expect.stringContaining('不是普通文件') })]);
  });
});

describe('the plan, the standard and 自评.yaml from the content cache', () => {
  it('are the same as parsed afresh', async () => {
    const dir = join(writeTree({}), '.cache');
    const cache = new ContentCache(dir);
    const fresh = await loadPlan(qujiangPlanPath, { aliases: { 区住建局: '住建局' } });
    expect(await loadPlan(qujiangPlanPath, { aliases: { 区住建局: '住建局' }, cache })).toStrictEqual(fresh);
    expect(await loadPlan(qujiangPlanPath, { aliases: { 区住建局: '住建局' }, cache })).toStrictEqual(fresh);
    const standard = await loadStandardFile(BUNDLED_STANDARD);
    expect(await loadStandardFile(BUNDLED_STANDARD, cache)).toStrictEqual(standard);
    expect(await loadStandardFile(BUNDLED_STANDARD, cache)).toStrictEqual(standard);
    // The plan's and the standard's entries, and the bundled alias table's the plan loader read; not skipped as values JSON would change.
    expect(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())).toHaveLength(3);
    // 自评.yaml, whose items hold maps: the same from the cache as read afresh.
    const file = join(writeTree({ '自评.yaml': '4:\n  findings: {1: 2, 3: "1.5"}\n  values: {2: 85%}\n  remark: 已整改\n"（5）":\n  applicable: false\n  reason: 辖区内没有\n6: {}\n' }), '自评.yaml');
    const assessed = await loadSelfAssessment(file);
    expect(assessed.get('4')?.findings.get(3)).toBe(1.5);
    expect(await loadSelfAssessment(file, cache)).toStrictEqual(assessed);
    expect(await loadSelfAssessment(file, cache)).toStrictEqual(assessed);
    expect(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())).toHaveLength(4);
  });
});
