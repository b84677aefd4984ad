// Every access rule of dossier serve, over HTTP: sign-in, department rights, cross-site requests, upload limits, path escapes.
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf, makePng } from '../fixtures/import/make-files.js';
import { runCli } from '../helpers.js';
import { Client, exampleWorkspace, makeCodes, raw, startOn } from './server.js';

let server: Awaited<ReturnType<typeof startOn>>;
let codes: Map<string, string>;
let ownTask: string;
let otherTask: string;
const UNIT = '住建局';

/** Every file under the dossier folder, for asserting that nothing was written. */
function files(dir: string): string[] {
  return readdirSync(join(dir, 'dossiers'), { recursive: true, encoding: 'utf8' }).sort();
}

beforeAll(async () => {
  const dir = exampleWorkspace();
  codes = await makeCodes(dir);
  const catalog = JSON.parse((await runCli(['catalog', '--json', '-w', dir], { cwd: dir })).stdout) as { tasks: { no: number; units: string[]; groups: string[] }[] };
  ownTask = String(catalog.tasks.find((t) => t.units.includes(UNIT))!.no);
  otherTask = String(catalog.tasks.find((t) => !t.units.includes(UNIT) && t.units.length > 0)!.no);
  writeFileSync(join(dir, '..', `secret-${process.pid}.md`), '---\ntask: 1\n---\n绝密内容');
  server = await startOn(dir, { requireSignIn: true, maxUpload: '1' });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(join(server.dir, '..', `secret-${process.pid}.md`), { force: true });
});

const evidenceFields = (task: string, extra: Record<string, string> = {}) => ({
  task,
  unit: UNIT,
  title: '网页报送的测试材料',
  date: '2021-06-20',
  status: '已完成',
  kind: '工作台账',
  body: '已按要求完成。',
  ...extra,
});

describe('access codes', () => {
  it('stores only hashes: no code appears in the workspace', () => {
    const stored = readFileSync(join(server.dir, '访问码.yaml'), 'utf8');
    expect(codes.get('创建办')).toBeDefined();
    expect(codes.get(UNIT)).toBeDefined();
    for (const code of codes.values()) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ''));
    }
  });

  it('asks for sign-in: a page without a session redirects, a script request gets 401', async () => {
    const c = new Client(server.url);
    const page = await c.get('/');
    expect(page.status).toBe(303);
    expect(page.headers.location).toMatch(/^\/sign-in/);
    expect((await raw(server.url, '/tasks/1', { headers: { host: new URL(server.url).host } })).status).toBe(401);
    expect((await raw(server.url, '/files/住建局', { headers: { host: new URL(server.url).host } })).status).toBe(401);
  });

  it('refuses a wrong or empty code and lets the right one in (case and dashes do not matter)', async () => {
    const c = new Client(server.url);
    expect(await c.signIn('ABCD-EFGH-JKMN')).toBe(false);
    expect(await c.signIn('')).toBe(false);
    expect((await c.get('/')).status).toBe(303);
    expect(await c.signIn(codes.get(UNIT)!.toLowerCase().replace(/-/g, ''))).toBe(true);
    const home = await c.get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain(UNIT);
  });

  it('gives a new session id at sign-in (an id known before is worth nothing after)', async () => {
    const c = new Client(server.url);
    await c.get('/sign-in');
    const before = c.cookie;
    await c.signIn(codes.get(UNIT)!);
    expect(c.cookie).not.toBe(before);
    const old = new Client(server.url);
    old.cookie = before;
    expect((await old.get('/')).status).toBe(303);
  });

  it('signs out', async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get(UNIT)!);
    const session = c.cookie;
    expect((await c.post('/sign-out', {})).status).toBe(303);
    const stale = new Client(server.url);
    stale.cookie = session;
    expect((await stale.get('/')).status).toBe(303);
  });
});

describe('what a department may do', () => {
  it('reads every page', async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get(UNIT)!);
    for (const p of ['/', '/tasks', `/tasks/${otherTask}`, '/units', '/issues', '/outputs']) expect((await c.get(p)).status, p).toBe(200);
  });

  it('submits for its own task: the file is written in its folder, logged with its hash', async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get(UNIT)!);
    await c.get(`/submit?task=${ownTask}`);
    const r = await c.postMultipart('/submit', evidenceFields(ownTask), [{ field: 'files', name: '现场照片.png', data: makePng() }]);
    expect(r.status, r.text).toBe(303);
    const saved = decodeURIComponent(/saved=([^&#]+)/.exec(String(r.headers.location))![1]!);
    expect(saved.startsWith(`${UNIT}/T${ownTask}-`)).toBe(true);
    const text = readFileSync(join(server.dir, 'dossiers', saved), 'utf8');
    expect(text).toMatch(/^---\ntask: \d+\nunit: 住建局\ntitle: 网页报送的测试材料\ndate: 2021-06-20\nstatus: 已完成/);
    expect(text).toContain('现场照片.png');
    const log = readFileSync(join(server.dir, '写入记录.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { who: string; file: string; sha256: string; action: string });
    const entry = log.find((e) => e.file === saved)!;
    expect(entry.who).toBe(UNIT);
    expect(entry.action).toBe('新建');
    expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(log.some((e) => e.action === '附件' && e.file.endsWith('现场照片.png'))).toBe(true);
    // The page it is sent to shows the check's verdict on the new file.
    const page = await c.get(String(r.headers.location).replace(/#.*/, ''));
    expect(page.text).toContain(`已保存 ${saved}`);
  });

  it("cannot submit for another department's task, nor as another department", async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get(UNIT)!);
    const before = files(server.dir);
    expect((await c.get(`/submit?task=${otherTask}`)).status).toBe(403);
    expect((await c.postMultipart('/submit', evidenceFields(otherTask), [])).status).toBe(403);
    expect((await c.postMultipart('/submit', evidenceFields(ownTask, { unit: '教育局' }), [])).status).toBe(403);
    expect(files(server.dir)).toEqual(before);
  });

  it("cannot edit another department's file, nor start a rebuild", async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get(UNIT)!);
    const other = readdirSync(join(server.dir, 'dossiers', '教育局')).find((f) => f.endsWith('.md'))!;
    const task = /^T(\d+)/.exec(other)![1]!;
    const before = files(server.dir);
    expect((await c.get(`/submit?edit=${encodeURIComponent(`教育局/${other}`)}`)).status).toBe(403);
    expect((await c.postMultipart('/submit', { ...evidenceFields(task), unit: '教育局', edit: `教育局/${other}` }, [])).status).toBe(403);
    expect((await c.post('/outputs/rebuild', {}, { headers: { 'x-csrf-token': c.csrf } })).status).toBe(403);
    expect(files(server.dir)).toEqual(before);
  });

  it('an edit keeps the previous version under _history/', async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get(UNIT)!);
    const r = await c.postMultipart('/submit', evidenceFields(ownTask, { title: '要修改的材料' }), []);
    const saved = decodeURIComponent(/saved=([^&#]+)/.exec(String(r.headers.location))![1]!);
    const first = readFileSync(join(server.dir, 'dossiers', saved), 'utf8');
    const e = await c.postMultipart('/submit', { ...evidenceFields(ownTask, { title: '修改后的材料' }), edit: saved }, []);
    expect(e.status, e.text).toBe(303);
    expect(readFileSync(join(server.dir, 'dossiers', saved), 'utf8')).toContain('title: 修改后的材料');
    const history = readdirSync(join(server.dir, 'dossiers', UNIT, '_history'));
    expect(history.map((h) => readFileSync(join(server.dir, 'dossiers', UNIT, '_history', h), 'utf8'))).toContain(first);
  });
});

describe('cross-site requests', () => {
  it('refuses a form without the token, and one from another site even with it', async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get('创建办')!);
    const before = files(server.dir);
    expect((await c.postMultipart('/submit', evidenceFields(ownTask), [], { csrf: false })).status).toBe(403);
    expect((await c.postMultipart('/submit', evidenceFields(ownTask), [], { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await c.post('/outputs/rebuild', {}, { csrf: false })).status).toBe(403);
    expect(files(server.dir)).toEqual(before);
  });

  it('sets the session cookie HttpOnly and SameSite=Strict', async () => {
    const r = await raw(server.url, '/sign-in', { headers: { host: new URL(server.url).host } });
    expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(r.headers['set-cookie'])).toMatch(/SameSite=Strict/);
  });
});

describe('uploads', () => {
  it('refuses a request over the limit, writing nothing', async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get(UNIT)!);
    const before = files(server.dir);
    const big = Buffer.concat([makePdf(), Buffer.alloc(1024 * 1024 + 10, 32)]);
    const r = await c.postMultipart('/submit', evidenceFields(ownTask), [{ field: 'files', name: '大文件.pdf', data: big }]);
    expect(r.status).toBe(413);
    expect(r.text).toContain('文件太大');
    expect(files(server.dir)).toEqual(before);
  });

  it('checks content: a page renamed .png, a program renamed .pdf are refused with the reason', async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get(UNIT)!);
    const before = files(server.dir);
    const r1 = await c.postMultipart('/submit', evidenceFields(ownTask), [{ field: 'files', name: '照片.png', data: Buffer.from('<html><script>alert(1)</script></html>') }]);
    expect(r1.status).toBe(400);
    expect(r1.text).toContain('内容与扩展名不符');
    const r2 = await c.postMultipart('/submit', evidenceFields(ownTask), [{ field: 'files', name: 'setup.exe', data: Buffer.from('MZ') }]);
    expect(r2.status).toBe(400);
    expect(r2.text).toContain('不是可以导入的文件类型');
    const r3 = await c.postMultipart('/submit', evidenceFields(ownTask), [{ field: 'files', name: '../../逃逸.pdf', data: makePdf() }]);
    expect(r3.status).toBe(303);
    expect(existsSync(join(server.dir, '逃逸.pdf'))).toBe(false);
    expect(files(server.dir).some((f) => f.endsWith('逃逸.pdf') && f.startsWith(`${UNIT}/附件/`))).toBe(true);
    expect(
      files(server.dir)
        .filter((f) => !before.includes(f))
        .every((f) => f.startsWith(`${UNIT}/`)),
    ).toBe(true);
  });

  it('keeps what was typed and says what is wrong when a field is invalid', async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get(UNIT)!);
    const r = await c.postMultipart('/submit', evidenceFields(ownTask, { date: '去年', body: '保留的正文' }), []);
    expect(r.status).toBe(400);
    expect(r.text).toContain('日期“去年”无法识别');
    expect(r.text).toContain('保留的正文');
  });
});

describe('paths', () => {
  const escapes = [
    '/files/../dossier.config.yaml',
    '/files/%2e%2e/dossier.config.yaml',
    '/files/%2E%2E/%2E%2E/etc/passwd',
    '/files/..%2fdossier.config.yaml',
    '/files/..%5cdossier.config.yaml',
    '/files/%2Fetc%2Fpasswd',
    '/files//etc/passwd',
    '/files/%00',
    '/source/..%2f..%2fsecret.md',
    '/source/%2e%2e/访问码.yaml',
    '/outputs/..%2fdossier.config.yaml',
    '/outputs/%2e%2e%2f访问码.yaml',
  ];
  it.each(escapes)('%s is refused and reads nothing', async (path) => {
    const c = new Client(server.url);
    await c.signIn(codes.get('创建办')!);
    const r = await c.get(path);
    expect([400, 403, 404]).toContain(r.status);
    expect(r.text).not.toContain('district:');
    expect(r.text).not.toContain('root:');
    expect(r.text).not.toContain('salt');
  });

  it('a symlink leading out of the dossier folder is not followed', async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get('创建办')!);
    symlinkSync(join(server.dir, '..', `secret-${process.pid}.md`), join(server.dir, 'dossiers', UNIT, 'link-out.md'));
    symlinkSync(join(server.dir, 'dossier.config.yaml'), join(server.dir, 'dossiers', UNIT, 'config-link.pdf'));
    for (const p of [`/files/${encodeURIComponent(UNIT)}/link-out.md`, `/source/${encodeURIComponent(UNIT)}/link-out.md`, `/files/${encodeURIComponent(UNIT)}/config-link.pdf`]) {
      const r = await c.get(p);
      expect(r.status, p).toBe(404);
      expect(r.text).not.toContain('绝密内容');
      expect(r.text).not.toContain('district:');
    }
  });

  it('serves a real attachment inside the folder', async () => {
    const c = new Client(server.url);
    await c.signIn(codes.get('创建办')!);
    const r = await c.get(`/files/${encodeURIComponent('教育局')}/${encodeURIComponent('附件')}/${encodeURIComponent('T21-现场照片1.png')}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('image/png');
    expect(r.body.subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('the local server', () => {
  it('needs no code on 127.0.0.1 but refuses requests naming another host (DNS rebinding)', async () => {
    const local = await startOn(exampleWorkspace());
    try {
      const c = new Client(local.url);
      expect((await c.get('/')).status).toBe(200);
      const evil = await raw(local.url, '/', { headers: { host: 'evil.example:80' } });
      expect(evil.status).toBe(403);
      // Cross-site POSTs are refused here too.
      expect((await c.postMultipart('/submit', evidenceFields(ownTask), [], { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    } finally {
      await local.stop();
    }
  });

  it('will not listen on another address before codes exist', async () => {
    const dir = exampleWorkspace();
    const r = await runCli(['serve', '-w', dir, '--host', '0.0.0.0', '--port', '0'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dossier access');
    rmSync(dir, { recursive: true, force: true });
  });
});
