import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoizable, renderTemplate } from '../../src/template/render-template.js';
import { Memo } from '../../src/util/memo.js';

/** A folder of templates: the main one and its partials. */
function templates(files: Record<string, string>): { builtin: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-partials-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { builtin: dir };
}

const tasks = (titles: string[]) => ({ title: '自评报告', tasks: titles.map((t, i) => ({ id: i + 1, title: t, evidence: [{ unit: '住建局', title: `${t}台账` }] })) });

describe('partials taken from the report memo', () => {
  it('gives what rendering gives, run after run, as tasks change, move and their number changes', async () => {
    const sources = templates({
      'main.md.hbs': '# {{title}}\n\n{{#each tasks}}{{> task}}{{/each}}',
      'task.md.hbs': '## {{inc @index}}. {{md title}}{{#if @first}}（首项）{{/if}}{{#if @last}}（末项）{{/if}}\n\n{{#each evidence}}{{> evidence}}{{/each}}',
      'evidence.md.hbs': '（{{inc @index}}）{{unit}}：{{title}}\n\n',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-partials-memo-')), 'report-memo.json');
    const runs = [
      tasks(['城市安全规划', '安全准入', '隐患排查']),
      tasks(['城市安全规划', '安全准入（已修改）', '隐患排查']),
      // The same tasks in another order: each at another place (its number, first and last) than it was kept at.
      tasks(['隐患排查', '城市安全规划', '安全准入（已修改）']),
      tasks(['隐患排查', '城市安全规划']),
    ];
    for (const data of runs) {
      const fresh = await renderTemplate(sources, 'main.md.hbs', data);
      const memo = Memo.open(file);
      expect(await renderTemplate(sources, 'main.md.hbs', data, memo)).toBe(fresh);
      await memo.save();
      expect(await renderTemplate(sources, 'main.md.hbs', data, Memo.open(file))).toBe(fresh);
    }
  });

  it('renders a partial again when the text of a partial it includes changed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-partials-memo-')), 'report-memo.json');
    const data = tasks(['城市安全规划']);
    for (const line of ['（{{inc @index}}）{{unit}}：{{title}}\n', '{{unit}}报送了《{{title}}》\n']) {
      const sources = templates({ 'main.md.hbs': '{{#each tasks}}{{> task}}{{/each}}', 'task.md.hbs': '## {{title}}\n{{#each evidence}}{{> evidence}}{{/each}}', 'evidence.md.hbs': line });
      const memo = Memo.open(file);
      expect(await renderTemplate(sources, 'main.md.hbs', data, memo)).toBe(await renderTemplate(sources, 'main.md.hbs', data));
      await memo.save();
    }
  });

  it('renders partials that look outside the data they are given every time', async () => {
    // @root reaches past the task: a task unchanged under a new title must still show the new title.
    for (const task of ['## {{title}}（{{@root.title}}）\n', '{{#with this}}## {{title}}（{{@root.title}}）{{/with}}\n']) {
      const sources = templates({ 'main.md.hbs': '{{#each tasks}}{{> task}}{{/each}}', 'task.md.hbs': task });
      const file = join(mkdtempSync(join(tmpdir(), 'dossier-partials-memo-')), 'report-memo.json');
      for (const title of ['自评报告', '自评报告（第二稿）']) {
        const data = { ...tasks(['城市安全规划']), title };
        const memo = Memo.open(file);
        const out = await renderTemplate(sources, 'main.md.hbs', data, memo);
        await memo.save();
        expect(out).toContain(`（${title}）`);
      }
    }
  });

  it('keeps partials whose text depends on nothing but their data and the templates', () => {
    expect(memoizable(['## {{id}}. {{md title}}\n{{#each evidence}}{{> evidence}}{{/each}}', '（{{inc @index}}）{{unit}}'])).toBe(true);
    expect(memoizable(['{{@root.title}}'])).toBe(false);
    expect(memoizable(['（{{inc @_parent.index}}.{{inc @index}}）'])).toBe(false);
    expect(memoizable(['{{../title}}'])).toBe(false);
    expect(memoizable(['{{#*inline "x"}}内联{{/inline}}{{> x}}'])).toBe(false);
    expect(memoizable(['{{log title}}'])).toBe(false);
  });
});
