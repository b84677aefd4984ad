// Evidence written through the form: the same schema and Word import as the CLI, nothing overwritten, the check's verdict.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makePng, WORD } from '../fixtures/import/make-files.js';
import { runCli } from '../helpers.js';
import { Client, exampleWorkspace, startOn } from './server.js';

let server: Awaited<ReturnType<typeof startOn>>;
let office: Client;

beforeAll(async () => {
  server = await startOn(exampleWorkspace());
  office = new Client(server.url);
  await office.get('/');
}, 60_000);
afterAll(async () => server?.stop());

const savedFile = (location: unknown) => decodeURIComponent(/saved=([^&#]+)/.exec(String(location))![1]!);

describe('submitting evidence in the browser', () => {
  it('imports a Word file as the CLI does: its text becomes the body, its pictures and the original become attachments', async () => {
    const r = await office.postMultipart('/submit', { task: '24', unit: '住建局', title: WORD.heading, date: '2020年12月20日', status: '已完成', kind: '', body: '' }, [
      { field: 'word', name: '视频监控安装情况.docx', data: await makeDocx() },
    ]);
    expect(r.status, r.text).toBe(303);
    const file = savedFile(r.headers.location);
    const text = readFileSync(join(server.dir, 'dossiers', file), 'utf8');
    expect(text).toContain('date: 2020-12-20');
    expect(text).toContain(WORD.intro);
    expect(text).toContain(`**${WORD.boldLead}**`);
    expect(text).toContain(WORD.table[1]![0]);
    expect(text).not.toContain(`# ${WORD.heading}`);
    expect(text).toMatch(/attachments:\n {2}- 附件\/T24-[^\n]+\/图1\.png\n {2}- 附件\/T24-[^\n]+\/视频监控安装情况\.docx/);
    // The file reads back through the same loader without a fault of its own.
    const check = JSON.parse((await runCli(['check', '--json', '-w', server.dir], { cwd: server.dir })).stdout) as { diagnostics: { file?: string; severity: string }[] };
    expect(check.diagnostics.filter((d) => d.file === file && d.severity === 'error')).toEqual([]);
  });

  it('writes the metrics against the targets, and the check judges them at once', async () => {
    const c = await office.get('/submit?task=24&unit=住建局');
    const names = [...c.text.matchAll(/name="(metric_name_\d+)"\s+value="([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(names.length).toBeGreaterThan(0);
    const fields: Record<string, string> = { task: '24', unit: '住建局', title: '指标报送', date: '2021-06-01', status: '已完成', kind: '统计数据', body: '按月统计。' };
    for (const [k, v] of names) fields[k] = v;
    fields[names[0]![0].replace('name', 'value')] = '50%';
    const r = await office.postMultipart('/submit', fields, []);
    expect(r.status, r.text).toBe(303);
    const file = savedFile(r.headers.location);
    expect(readFileSync(join(server.dir, 'dossiers', file), 'utf8')).toContain(`metrics:\n  - name: ${names[0]![1]}\n    value: 50%`);
    const page = await office.get(String(r.headers.location).replace(/#.*/, ''));
    const verdict = /<div class="notice bad" id="verdict">([\s\S]*?)<\/div>\s*<h1>/.exec(page.text)?.[1] ?? '';
    expect(verdict).toContain('【错误】');
    expect(verdict).toContain('50%');
  });

  it('never overwrites: the same title twice gives a second file, and attachments of the same name are kept apart', async () => {
    const fields = { task: '24', unit: '住建局', title: '同名材料', date: '2021-06-01', status: '推进中', kind: '', body: '第一份。' };
    const a = savedFile((await office.postMultipart('/submit', fields, [{ field: 'files', name: '照片.png', data: makePng(10, 10) }])).headers.location);
    const b = savedFile((await office.postMultipart('/submit', { ...fields, body: '第二份。' }, [{ field: 'files', name: '照片.png', data: makePng(12, 12) }])).headers.location);
    expect(a).not.toBe(b);
    expect(readFileSync(join(server.dir, 'dossiers', a), 'utf8')).toContain('第一份。');
    expect(readFileSync(join(server.dir, 'dossiers', b), 'utf8')).toContain('第二份。');
    const dirs = readdirSync(join(server.dir, 'dossiers', '住建局', '附件')).filter((d) => d.startsWith('T24-同名材料'));
    expect(dirs.length).toBe(2);
  });

  it('leaves no temporary file behind and touches nothing outside the department folder and the write log', async () => {
    const all = readdirSync(server.dir, { recursive: true, encoding: 'utf8' });
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(server.dir).sort()).toEqual(['dossier.config.yaml', 'dossiers', 'output', 'seeds', '写入记录.log', '自评.yaml'].sort());
  });
});
