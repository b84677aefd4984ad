import { appendFileSync, copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExampleWorkspace, filesUnder, root, runCli } from '../helpers.js';

/** Every file under a folder, the content cache left out. */
const files = (dir: string) => filesUnder(dir, ['.cache']);

/** A file's text with one replacement made; fails the test when the pattern is not there (the edit would test nothing). */
function edit(file: string, pattern: RegExp, replace: (match: string, ...groups: string[]) => string): void {
  const text = readFileSync(file, 'utf8');
  expect(pattern.test(text), `${file} ${pattern}`).toBe(true);
  writeFileSync(file, text.replace(pattern, replace));
}

const env = { SOURCE_DATE_EPOCH: '1625011200' };

/**
 * The edits an office makes between two builds, a few at a time. After each group, a rebuild that
 * takes what it can from the caches (evidence files read, report parts, typesetting memo, pages,
 * font subsets) must give the bytes of a build from an empty output folder, and `check --json`
 * must say the same with its cache as without. Both run in this process: what is compared is what
 * the caches on disk give (the same steps were also run as separate processes of the built command).
 */
describe('rebuilding from the caches after the edits offices make', () => {
  it('gives the bytes of a build from an empty output folder after every group of edits', async () => {
    const ws = copyExampleWorkspace('dossier-edits-');
    const dossiers = join(ws, 'dossiers');
    const evidence = () => files(dossiers).filter((f) => f.endsWith('.md') && !f.endsWith('README.md') && !relative(dossiers, f).startsWith('_'));
    const withText = (needle: string, skip = 0) => {
      const found = evidence().filter((f) => readFileSync(f, 'utf8').includes(needle));
      expect(found.length, needle).toBeGreaterThan(skip);
      return found[skip]!;
    };
    const pictures = () => files(dossiers).filter((f) => f.endsWith('.png'));
    // The same workspace, written to another output folder (the config's other settings are the user's).
    const config = (out: string) => {
      const text = readFileSync(join(ws, 'dossier.config.yaml'), 'utf8').replace(/^output:.*\n/m, '');
      writeFileSync(join(ws, 'dossier.config.yaml'), `${text}output: ${out}\n`);
    };
    let round = 0;
    const same = async (what: string) => {
      round++;
      config('output');
      // The check first: its cache holds what the last build read, before these edits.
      const cachedCheck = await runCli(['check', '--json'], { cwd: ws, env });
      const cached = await runCli(['build'], { cwd: ws, env });
      config(`fresh-${round}`);
      const fresh = await runCli(['build'], { cwd: ws, env });
      config(`unkept-${round}`);
      const freshCheck = await runCli(['check', '--json'], { cwd: ws, env });
      config('output');
      expect(cached.code, `${what}: ${cached.stderr}`).toBe(0);
      expect(fresh.code, `${what}: ${fresh.stderr}`).toBe(0);
      const a = files(join(ws, 'output'));
      const b = files(join(ws, `fresh-${round}`));
      expect(
        a.map((f) => relative(join(ws, 'output'), f)),
        what,
      ).toEqual(b.map((f) => relative(join(ws, `fresh-${round}`), f)));
      expect(a.length, what).toBeGreaterThan(4);
      for (let i = 0; i < a.length; i++) expect(readFileSync(a[i]!).equals(readFileSync(b[i]!)), `${what}: ${relative(ws, a[i]!)}`).toBe(true);
      expect(cachedCheck.code, what).toBe(freshCheck.code);
      expect(cachedCheck.stdout, what).toBe(freshCheck.stdout);
      for (const out of [`fresh-${round}`, `unkept-${round}`]) rmSync(join(ws, out), { recursive: true, force: true });
      return readFileSync(join(ws, 'output', '自评报告.pdf'));
    };
    config('output');
    const first = await runCli(['build'], { cwd: ws, env });
    expect(first.code, first.stderr).toBe(0);
    let report = readFileSync(join(ws, 'output', '自评报告.pdf'));
    const changed = async (what: string) => {
      const next = await same(what);
      expect(next.equals(report), `${what}: the report should change`).toBe(false);
      report = next;
    };

    // Evidence text: a paragraph with characters the report did not use yet, a figure, a table and a heading.
    appendFileSync(withText('task: 10\n'), '\n补充说明：鑫犇淼等三项工作已落实（示例）。\n');
    edit(withText('task: 24\n'), /(\n---\n[^]*?)(\d+)/, (_m, before: string, n: string) => `${before}${Number(n) + 7}`);
    appendFileSync(withText('task: 31\n'), '\n## 补充情况\n\n| 项目 | 数量 |\n| --- | --- |\n| 检查次数 | 12 |\n| 整改问题 | 5 |\n');
    await changed('evidence text');

    // Front matter: status, date, the task an evidence file is for, a metric's value.
    edit(withText('status: 推进中'), /status: 推进中/, () => 'status: 已完成');
    edit(withText('status: 已完成', 3), /date: \S+/, () => 'date: 2021-05-20');
    edit(withText('task: 13\n'), /task: 13\n/, () => 'task: 14\n');
    edit(withText('value: '), /value: (\d+(?:\.\d+)?)/, (_m, n: string) => `value: ${(Number(n) / 2).toFixed(1)}`);
    await changed('front matter');

    // Files: one removed, one copied under a new name and title, one renamed, one with Windows line ends, one with a BOM.
    unlinkSync(withText('task: 16\n'));
    const copied = withText('task: 23\n');
    writeFileSync(copied.replace(/\.md$/, '-补充.md'), readFileSync(copied, 'utf8').replace(/title: (.*)/, 'title: $1（补充）'));
    const renamed = withText('task: 34\n');
    renameSync(renamed, renamed.replace(/\.md$/, '-改名.md'));
    const crlf = withText('task: 38\n');
    writeFileSync(crlf, readFileSync(crlf, 'utf8').replace(/\n/g, '\r\n'));
    const bom = withText('task: 48\n');
    writeFileSync(bom, `\ufeff${readFileSync(bom, 'utf8')}`);
    await changed('files');

    // Pictures: one replaced by another's bytes under its own name, one deleted (the report says it is missing).
    const [p1, p2, p3] = pictures();
    copyFileSync(p2!, p1!);
    unlinkSync(p3!);
    await changed('pictures');

    // The workspace: district and date in the config, a finding in 自评.yaml, a narrative, a template of its own.
    edit(join(ws, 'dossier.config.yaml'), /district: \S+/, () => 'district: 西安曲江示范区');
    edit(join(ws, 'dossier.config.yaml'), /asOf: \S+/, () => 'asOf: 2021-07-15');
    edit(join(ws, '自评.yaml'), /findings: \{ 1: (\d+) \}/, (_m, n: string) => `findings: { 1: ${Number(n) + 1} }`);
    appendFileSync(join(dossiers, '_report', '存在问题.md'), '\n另外，部分单位佐证材料报送不够及时（示例）。\n');
    mkdirSync(join(ws, 'templates'), { recursive: true });
    writeFileSync(
      join(ws, 'templates', 'task.md.hbs'),
      readFileSync(join(root, 'templates', 'task.md.hbs'), 'utf8').replace('{{#each evidence}}', '本项材料已由创建办核对（示例）。\n\n{{#each evidence}}'),
    );
    await changed('workspace');
  }, 300_000);
});
