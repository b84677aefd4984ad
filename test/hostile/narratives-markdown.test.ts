// The office's own report paragraphs (_report/*.md) go through the same markdown policy as evidence bodies.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExampleWorkspace, runCli } from '../helpers.js';

const dir = copyExampleWorkspace('dossier-hostile-narr-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report paragraphs', () => {
  it('an unclosed comment in 基本情况 hides nothing after it, and a heading in it does not outrank the report', async () => {
    writeFileSync(join(dir, 'dossiers', '_report', '基本情况.md'), '本区基本情况。\n\n重要事项\n===\n\n<!-- 这里忘了结束\n\n最后一句。\n');
    const r = await runCli(['build', '--to', 'model', '-w', dir], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { blocks: { type: string; level?: number; content?: unknown }[] };
    const text = JSON.stringify(doc);
    expect(text).toContain('最后一句。');
    expect(text).toContain('二、创建工作开展情况');
    expect(text).toContain('六、下一步工作');
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => JSON.stringify(b));
    expect(headings.some((h) => h.includes('重要事项'))).toBe(false);
  });
});
