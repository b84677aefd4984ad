// The office's 自评.yaml: whatever is written there is used or refused with its place, never dropped.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExampleWorkspace, runCli } from '../helpers.js';

const dir = copyExampleWorkspace('dossier-hostile-score-', false);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('自评.yaml', () => {
  it.each([
    ['4: {findings: {99: 1}}', '第 99 条'],
    ['4: {values: {7: 90%}}', '第 7 条'],
    ['4: {findings: {1: -5}}', 'findings.1'],
    ['4: "文字"', '三级项 4'],
    ['- 4', '按三级项编号'],
    ['x: &a [*a, *a]', '“x”'],
    ['4: {findings: {1: .nan}}', 'findings.1'],
    ['4: [unclosed', '第 1 行'],
  ])('%s is refused with where and what (exit 2)', async (content, words) => {
    writeFileSync(join(dir, '自评.yaml'), content + '\n');
    const r = await runCli(['score', '-w', dir], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('自评.yaml');
    expect(r.stderr).toContain(words);
  });
});
