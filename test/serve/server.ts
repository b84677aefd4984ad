// Test helpers for the workbench: a copy of the example workspace, a server on it, and a small HTTP client.
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { startWorkbench, type RunningWorkbench } from '../../src/cli/commands/serve.js';
import type { Io } from '../../src/cli/io.js';
import { copyExampleWorkspace, runCli } from '../helpers.js';

/** A copy of the example workspace (config, plan, evidence, self-assessment) in a temporary folder. */
export function exampleWorkspace(): string {
  return copyExampleWorkspace('dossier-serve-');
}

/** A workbench running on `dir` on a free local port. */
export async function startOn(dir: string, opts: { requireSignIn?: boolean; maxUpload?: string } = {}): Promise<RunningWorkbench & { dir: string; stop(): Promise<void> }> {
  const io: Io = { cwd: dir, env: {}, today: '2021-06-30', columns: 120, isTTY: false, out: () => undefined, err: () => undefined };
  const running = await startWorkbench(io, { workspace: dir, port: '0', ...(opts.requireSignIn ? { requireSignIn: true } : {}), ...(opts.maxUpload ? { maxUpload: opts.maxUpload } : {}) });
  return {
    ...running,
    dir,
    async stop() {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Makes the access codes of `dir` with `dossier access` and returns them by who they sign in. */
export async function makeCodes(dir: string): Promise<Map<string, string>> {
  const r = await runCli(['access', '-w', dir], { cwd: dir });
  if (r.code !== 0) throw new Error(r.stderr);
  const codes = new Map<string, string>();
  for (const m of r.stdout.matchAll(/^ {2}(\S+)\s+([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})$/gm)) codes.set(m[1]!, m[2]!);
  return codes;
}

/** A response as received: status, headers, body. */
export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
  readonly text: string;
}

/** Sends one request with the path exactly as given (no URL normalisation, so `..` reaches the server). */
export function raw(base: string, path: string, opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<Reply> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: path.replace(/[^\x21-\x7e]/g, (ch) => encodeURIComponent(ch)), method: opts.method ?? 'GET', headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** A browser-like client: keeps the session cookie, reads the form token, follows nothing by itself. */
export class Client {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  /** GET a path; keeps the cookie and the token of any form on the page. */
  async get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
    const r = await raw(this.base, path, { headers: { ...this.head(), accept: 'text/html', ...headers } });
    this.keep(r);
    return r;
  }

  /** POST a url-encoded form (the token added unless `csrf: false`). */
  async post(path: string, fields: Record<string, string>, opts: { csrf?: boolean; headers?: Record<string, string> } = {}): Promise<Reply> {
    const body = new URLSearchParams({ ...(opts.csrf === false ? {} : { csrf: this.csrf }), ...fields }).toString();
    const r = await raw(this.base, path, { method: 'POST', body, headers: { ...this.head(), 'content-type': 'application/x-www-form-urlencoded', ...(opts.headers ?? {}) } });
    this.keep(r);
    return r;
  }

  /** POST a multipart form with files (the token added unless `csrf: false`). */
  async postMultipart(
    path: string,
    fields: Record<string, string>,
    files: { field: string; name: string; data: Buffer }[],
    opts: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const fd = new FormData();
    if (opts.csrf !== false) fd.append('csrf', this.csrf);
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    for (const f of files) fd.append(f.field, new Blob([new Uint8Array(f.data)]), f.name);
    const req = new Request('http://x/', { method: 'POST', body: fd });
    const body = Buffer.from(await req.arrayBuffer());
    const r = await raw(this.base, path, { method: 'POST', body, headers: { ...this.head(), 'content-type': req.headers.get('content-type')!, ...(opts.headers ?? {}) } });
    this.keep(r);
    return r;
  }

  /** Signs in with a code; true when the server took it. */
  async signIn(code: string): Promise<boolean> {
    await this.get('/sign-in');
    const r = await this.post('/sign-in', { code, next: '/' });
    if (r.status !== 303) return false;
    await this.get('/');
    return true;
  }

  private head(): Record<string, string> {
    const u = new URL(this.base);
    return { host: u.host, ...(this.cookie ? { cookie: this.cookie } : {}) };
  }

  private keep(r: Reply): void {
    const set = r.headers['set-cookie'];
    for (const c of Array.isArray(set) ? set : set ? [set] : []) {
      const pair = c.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const m = /name="csrf" (?:value|content)="([^"]+)"/.exec(r.text);
    if (m) this.csrf = m[1]!;
  }
}
