// The workbench's HTTP application: pages over the live check, evidence submission, downloads, access rules.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import { findTask } from '../catalog/find-task.js';
import { chaseList } from '../check/chase.js';
import { chaseSheets } from '../check/chase-format.js';
import { sheetsToXlsx } from '../sheet/to-xlsx.js';
import { readAccess, roleOfCode, type Role } from './access.js';
import { STYLE, SCRIPT } from './assets.js';
import { html, type Html } from './html.js';
import { messagePage, page, type Viewer } from './layout.js';
import type { LiveState } from './live-state.js';
import { CONTENT_TYPES, existingOutputs, OUTPUTS } from './outputs.js';
import { fileInside } from './paths.js';
import { submitUnits } from './permissions.js';
import { SESSION_COOKIE, Sessions, SignInThrottle, type Session } from './sessions.js';
import { evidenceOf, submitEvidence, type SubmitForm } from './submit.js';
import type { Upload } from './upload-check.js';
import type { Snapshot, Workbench } from './workbench.js';
import { chooseTaskView, signInView, submitView, valuesOf } from './views/forms.js';
import { issuesView, sourceView } from './views/issues.js';
import { matrixView } from './views/matrix.js';
import { outputsView } from './views/outputs.js';
import { overviewView } from './views/overview.js';
import { taskView } from './views/task.js';
import { unitsView, unitView } from './views/units.js';

/** How the server runs. */
export interface AppOptions {
  /** True on any address but the local one: every page asks for a code. */
  readonly signInRequired: boolean;
  /** True when the server listens on the local address only: requests naming another host are refused (against DNS rebinding). */
  readonly localOnly: boolean;
  /** Largest request body of an evidence submission, in bytes. */
  readonly maxUpload: number;
  /** Today's date (YYYY-MM-DD), the form's default date. */
  readonly today: () => string;
  readonly now: () => Date;
  /** The timestamp stamped into files made on request, from the workspace's date (as the CLI stamps them). */
  readonly fileDate: (workspaceDate: string) => Date;
}

const signedOut: Viewer = { role: undefined, csrf: '', signInRequired: true };

const LOCAL_NAMES = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

type Vars = { Variables: { session: Session; viewer: Viewer } };

const HTML_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
  'Referrer-Policy': 'same-origin',
};

/** The HTTP application over the live state; `rebuild` state is kept here, one rebuild at a time. */
export function createApp(state: LiveState, workbench: Workbench, root: string, opts: AppOptions): Hono<Vars> {
  const app = new Hono<Vars>();
  const sessions = new Sessions();
  const throttle = new SignInThrottle();
  let rebuilding: string | undefined;
  let lastRebuild: string[] = [];
  let lastStatus = '';

  const send = (c: Context<Vars>, status: number, body: string) => {
    for (const [k, v] of Object.entries(HTML_HEADERS)) c.header(k, v);
    return c.html(body, status as 200);
  };

  // Bodies are limited before anything reads them (the token check below parses forms).
  app.use(
    '*',
    bodyLimit({
      maxSize: opts.maxUpload,
      onError: (c) =>
        send(
          c as Context<Vars>,
          413,
          messagePage(signedOut, '文件太大', `一次上传的文件合计不能超过 ${Math.floor(opts.maxUpload / 1024 / 1024)} MB，没有保存。`, '请压缩图片或分几次上传。', '/tasks'),
        ),
    }),
  );
  app.use('*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
    if (opts.localOnly && !LOCAL_NAMES.test(c.req.header('host') ?? '')) return c.text('Forbidden host', 403);
    let session = sessions.get(getCookie(c, SESSION_COOKIE));
    if (!session) {
      session = sessions.create(opts.signInRequired ? undefined : { kind: 'office' });
      setCookie(c, SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', path: '/' });
    }
    c.set('session', session);
    c.set('viewer', { role: session.role, csrf: session.csrf, signInRequired: opts.signInRequired });
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      // Cross-site requests: a foreign Origin is refused; every form and script sends the session's token.
      const origin = c.req.header('origin');
      const host = c.req.header('host');
      if (origin !== undefined && origin !== 'null' && new URL(origin).host !== host) return c.text('Cross-site request refused', 403);
      if (origin === 'null') return c.text('Cross-site request refused', 403);
      const token = c.req.header('x-csrf-token') ?? (await formToken(c));
      if (token !== session.csrf) return send(c, 403, messagePage(c.get('viewer'), '请求无效', '表单已过期或来自其他网站，没有处理。', '请刷新页面后重试。'));
    }
    const open = c.req.path === '/sign-in' || c.req.path.startsWith('/assets/');
    if (opts.signInRequired && !session.role && !open) {
      if (c.req.method === 'GET' && c.req.header('accept')?.includes('text/html')) return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
      return c.text('Sign-in required', 401);
    }
    await next();
  });

  app.get('/assets/app.css', (c) => c.body(STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/assets/app.js', (c) => c.body(SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));

  /** A page over the current snapshot, or the error that keeps the workspace from being checked. */
  const view = (c: Context<Vars>, title: string, active: string | undefined, live: boolean, make: (s: Snapshot, v: Viewer) => Html | Promise<Html | Response> | Response) => {
    const viewer = c.get('viewer');
    const s = state.snapshot;
    if (!s || state.error) {
      const e = state.error;
      return send(c, 503, page(viewer, { title: '无法检查', live: true, body: errorBody(e?.message ?? '正在检查工作区，请稍候……', e?.hint) }));
    }
    return Promise.resolve(make(s, viewer)).then((body) =>
      body instanceof Response ? body : send(c, 200, page(viewer, { title, ...(active ? { active } : {}), body, live, district: s.ws.district })),
    );
  };

  app.get('/', (c) => view(c, '总览', 'overview', true, (s) => overviewView(s)));
  app.get('/tasks', (c) =>
    view(c, '任务矩阵', 'tasks', true, (s) =>
      matrixView(s, {
        section: c.req.query('section') ?? '',
        unit: c.req.query('unit') ?? '',
        status: c.req.query('status') ?? '',
        item: c.req.query('item') ?? '',
        overdue: c.req.query('overdue') ?? '',
      }),
    ),
  );
  app.get('/tasks/:id', (c) =>
    view(c, `任务 ${c.req.param('id')}`, 'tasks', true, (s, v) => {
      const t = findTask(s.catalog, c.req.param('id'));
      if (!t) return send(c, 404, messagePage(v, '没有这项任务', `任务序号“${c.req.param('id')}”不在方案中。`, undefined, '/tasks'));
      const saved = c.req.query('saved');
      return taskView(s, t, v, saved);
    }),
  );
  app.get('/units', (c) => view(c, '责任单位', 'units', true, (s) => unitsView(s)));
  app.get('/units/:unit/催办清单.xlsx', async (c) => {
    const s = state.snapshot;
    const unit = s?.unitOf(c.req.param('unit'));
    if (!s || !unit) return c.notFound();
    const data = await sheetsToXlsx(chaseSheets(chaseList(s.catalog, s.result, unit), s.ws.district), { date: opts.fileDate(s.ws.date), creator: s.ws.district });
    return c.body(data as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': CONTENT_TYPES['.xlsx']!, 'Content-Disposition': disposition(`催办清单-${unit}.xlsx`) });
  });
  app.get('/units/:unit', (c) =>
    view(c, c.req.param('unit'), 'units', true, (s, v) => {
      const unit = s.unitOf(c.req.param('unit'));
      if (!unit) return send(c, 404, messagePage(v, '没有这个单位', `“${c.req.param('unit')}”不在方案的单位名单中。`, undefined, '/units'));
      return unitView(s, unit);
    }),
  );
  app.get('/issues', (c) => view(c, '问题', 'issues', true, (s) => issuesView(s, c.req.query('severity'))));

  app.get('/source/*', (c) =>
    view(c, '佐证文件', 'issues', true, async (s, v) => {
      const rel = pathAfter(c.req.url, '/source/');
      const file = rel !== undefined && rel.toLowerCase().endsWith('.md') ? await fileInside(s.ws.dossiers, rel) : undefined;
      if (!file || rel === undefined) return send(c, 404, messagePage(v, '没有这个文件', '佐证资料文件夹中没有这个文件。'));
      return sourceView(s, rel.replace(/\\/g, '/'), await readFile(file, 'utf8'));
    }),
  );

  app.get('/files/*', async (c) => {
    const s = state.snapshot;
    const rel = pathAfter(c.req.url, '/files/');
    const file = s && rel !== undefined ? await fileInside(s.ws.dossiers, rel) : undefined;
    if (!file) return c.text('Not found', 404);
    const type = CONTENT_TYPES[extname(file).toLowerCase()];
    const headers: Record<string, string> = { 'Content-Type': type ?? 'application/octet-stream' };
    if (!type || type.startsWith('text/')) headers['Content-Disposition'] = disposition(file.split('/').pop()!);
    return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, { headers: { ...headers, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } });
  });

  app.get('/outputs', async (c) => {
    const s = state.snapshot;
    const files = s ? await existingOutputs(s.ws.output) : [];
    return view(c, '输出', 'outputs', true, (_s, v) => outputsView(files, v, rebuilding ?? lastStatus, rebuilding !== undefined, lastRebuild));
  });
  app.get('/outputs/:name', async (c) => {
    const s = state.snapshot;
    const o = OUTPUTS.find((x) => x.name === c.req.param('name'));
    if (!s || !o) return c.text('Not found', 404);
    const found = (await existingOutputs(s.ws.output)).find((f) => f.name === o.name);
    if (!found) return c.text('Not found', 404);
    return new Response(Readable.toWeb(createReadStream(found.file)) as ReadableStream, {
      headers: {
        'Content-Type': CONTENT_TYPES[extname(o.name)] ?? 'application/octet-stream',
        'Content-Disposition': disposition(o.name),
        'Content-Length': String(found.bytes),
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
  app.post('/outputs/rebuild', async (c) => {
    if (c.get('session').role?.kind !== 'office') return c.json({ message: '只有创建办可以重新生成文件' }, 403);
    if (rebuilding !== undefined) return c.json({ message: '已经在生成了，请稍候' }, 409);
    rebuilding = '正在检查佐证资料…';
    state.send('progress', rebuilding);
    try {
      lastRebuild = await workbench.rebuild((m) => {
        rebuilding = m;
        state.send('progress', m);
      });
      lastStatus = `已生成（${clock(opts.now())}），文件见下表`;
      return c.json({ message: lastStatus });
    } catch (err) {
      lastRebuild = [`生成失败：${(err as Error).message}`];
      lastStatus = `生成失败（${clock(opts.now())}）：${(err as Error).message}`;
      return c.json({ message: `生成失败：${(err as Error).message}` }, 500);
    } finally {
      rebuilding = undefined;
      state.send('rebuilt', '');
    }
  });

  app.get('/submit', (c) =>
    view(c, '报送材料', undefined, false, (s, v) => {
      const role = v.role;
      const editing = c.req.query('edit');
      const ev = editing ? evidenceOf(s, editing) : undefined;
      if (editing && !ev) return send(c, 404, messagePage(v, '没有这个佐证文件', `“${editing}”不存在，或属性区有错误（请先按“问题”页的提示改正）。`));
      const t = findTask(s.catalog, c.req.query('task') ?? (ev ? s.catalog.tasks.find((x) => ev.tasks.includes(x.no))?.id : undefined));
      if (!t) {
        if (role?.kind === 'unit')
          return chooseTaskView(
            s.catalog.tasks.filter((x) => submitUnits(role, x, s.known).length > 0),
            role.unit,
          );
        return send(c, 404, messagePage(v, '请选择任务', '请在任务矩阵中打开一项任务，再点“报送材料”。', undefined, '/tasks'));
      }
      if (ev && role?.kind === 'unit' && role.unit !== ev.unit) return send(c, 403, messagePage(v, '不能修改', `这是${ev.unit}的材料，${role.unit}可以查看，不能修改。`, undefined, `/tasks/${t.id}`));
      const units = submitUnits(role, t, s.known);
      if (units.length === 0)
        return send(c, 403, messagePage(v, '不能报送', `任务 ${t.id} 不是${role?.kind === 'unit' ? role.unit : '您'}负责的任务：可以查看，不能为它报送材料。`, undefined, `/tasks/${t.id}`));
      const chosen = c.req.query('unit');
      return submitView(
        v,
        t,
        units,
        { ...(ev ? valuesOf(ev) : {}), ...(chosen ? { unit: chosen } : {}) },
        { today: opts.today(), maxMb: Math.floor(opts.maxUpload / 1024 / 1024), ...(ev ? { edit: ev } : {}) },
      );
    }),
  );
  app.post('/submit', async (c) => {
    const s = state.snapshot;
    const viewer = c.get('viewer');
    const role = viewer.role;
    if (!s || !role) return send(c, 503, messagePage(viewer, '暂时无法保存', '工作区正在检查或有错误，请稍后再试。'));
    const form = await readSubmitForm(c);
    const outcome = await submitEvidence(s, role, form, opts.now());
    if (!outcome.ok) {
      const t = findTask(s.catalog, form.task);
      if (outcome.status === 400 && t) {
        const ev = form.edit ? evidenceOf(s, form.edit) : undefined;
        const body = submitView(viewer, t, submitUnits(role, t, s.known), form, {
          today: opts.today(),
          errors: outcome.errors,
          maxMb: Math.floor(opts.maxUpload / 1024 / 1024),
          ...(ev ? { edit: ev } : {}),
        });
        return send(c, 400, page(viewer, { title: '报送材料', body, district: s.ws.district }));
      }
      return send(c, outcome.status, messagePage(viewer, outcome.status === 403 ? '不能报送' : '没有保存', outcome.errors.join('；'), undefined, t ? `/tasks/${t.id}` : '/tasks'));
    }
    await state.refresh();
    return c.redirect(`/tasks/${encodeURIComponent(outcome.task.id)}?saved=${encodeURIComponent(outcome.file)}#verdict`, 303);
  });

  app.get('/sign-in', (c) => {
    const v = c.get('viewer');
    if (!opts.signInRequired) return c.redirect('/', 303);
    return send(c, 200, page(v, { title: '登录', body: signInView(v.csrf, undefined, safeNext(c.req.query('next'))) }));
  });
  app.post('/sign-in', async (c) => {
    const v = c.get('viewer');
    if (!opts.signInRequired) return c.redirect('/', 303);
    const addr = clientAddress(c);
    const body = await c.req.parseBody();
    const next = safeNext(typeof body['next'] === 'string' ? body['next'] : undefined);
    if (!throttle.allowed(addr)) return send(c, 429, page(v, { title: '登录', body: signInView(v.csrf, '尝试次数太多，请 15 分钟后再试。', next) }));
    const code = typeof body['code'] === 'string' ? body['code'] : '';
    let role: Role | undefined;
    try {
      role = roleOfCode(code, await readAccess(root));
    } catch (err) {
      return send(c, 500, page(v, { title: '登录', body: signInView(v.csrf, `${(err as Error).message}，请创建办用 dossier access 重新生成访问码。`, next) }));
    }
    if (!role || (role.kind === 'unit' && state.snapshot && !state.snapshot.known.includes(role.unit))) {
      throttle.failed(addr);
      return send(c, 401, page(v, { title: '登录', body: signInView(v.csrf, '访问码不对，请核对后重新输入（不区分大小写，可以不输入短横线）。', next) }));
    }
    sessions.drop(c.get('session').id);
    const fresh = sessions.create(role);
    setCookie(c, SESSION_COOKIE, fresh.id, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect(next, 303);
  });
  app.post('/sign-out', (c) => {
    sessions.drop(c.get('session').id);
    setCookie(c, SESSION_COOKIE, '', { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 0 });
    return c.redirect('/sign-in', 303);
  });

  app.get('/events', (c) =>
    streamSSE(c, async (stream) => {
      const queue: { event: string; data: string }[] = [];
      let wake: (() => void) | undefined;
      const stop = state.listen((event, data) => {
        queue.push({ event, data });
        wake?.();
      });
      stream.onAbort(() => {
        stop();
        wake?.();
      });
      await stream.writeSSE({ event: 'hello', data: String(state.version) });
      while (!stream.aborted) {
        const item = queue.shift();
        if (item) {
          await stream.writeSSE(item);
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 25_000);
        });
        wake = undefined;
        if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
      stop();
    }),
  );

  app.notFound((c) => send(c, 404, messagePage(c.get('viewer') ?? signedOut, '没有这个页面', '地址不对，或页面已移走。')));
  return app;
}

/** What the pages show while the workspace cannot be checked. */
function errorBody(message: string, hint?: string): Html {
  return html`<h1>工作区暂时无法检查</h1>
    <div class="notice bad">
      <p>${message}</p>
      ${hint ? html`<p>→ ${hint}</p>` : ''}
    </div>
    <p class="muted">改正后本页会自动更新。</p>`;
}

/** The path below `prefix` in a request URL, its segments decoded; undefined when it cannot be decoded. */
function pathAfter(url: string, prefix: string): string | undefined {
  const path = new URL(url).pathname;
  if (!path.startsWith(prefix)) return undefined;
  try {
    return path
      .slice(prefix.length)
      .split('/')
      .map((p) => decodeURIComponent(p))
      .join('/');
  } catch {
    return undefined;
  }
}

/** The time of day, HH:MM:SS. */
function clock(d: Date): string {
  return d.toTimeString().slice(0, 8);
}

/** A Content-Disposition header that keeps a Chinese file name. */
function disposition(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Only local paths may follow a sign-in (no other sites). */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The token of a url-encoded or multipart form (the body is parsed once and kept for the handler). */
async function formToken(c: Context): Promise<string | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return undefined;
  try {
    const body = await c.req.parseBody({ all: true });
    const t = body['csrf'];
    return typeof t === 'string' ? t : undefined;
  } catch {
    return undefined;
  }
}

/** The submission form from a multipart body. */
async function readSubmitForm(c: Context): Promise<SubmitForm & { readonly metrics: { name: string; value: string }[] }> {
  const body = await c.req.parseBody({ all: true });
  const text = (k: string) => {
    const v = body[k];
    return typeof v === 'string' ? v : '';
  };
  const files = async (k: string): Promise<Upload[]> => {
    const v = body[k];
    const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
    const out: Upload[] = [];
    for (const f of list) if (typeof f !== 'string' && f.size > 0) out.push({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) });
    return out;
  };
  const metrics: { name: string; value: string }[] = [];
  for (let i = 0; i < 50 && body[`metric_name_${i}`] !== undefined; i++) metrics.push({ name: text(`metric_name_${i}`), value: text(`metric_value_${i}`) });
  const word = (await files('word'))[0];
  return {
    task: text('task'),
    unit: text('unit'),
    title: text('title'),
    date: text('date'),
    status: text('status'),
    kind: text('kind'),
    metrics,
    body: text('body'),
    files: await files('files'),
    ...(word ? { word } : {}),
    ...(text('edit') ? { edit: text('edit') } : {}),
  };
}
