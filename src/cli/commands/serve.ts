import { serve, type ServerType } from '@hono/node-server';
import { join } from 'node:path';
import { builtinAliases, canonicalUnit, makeAliasTable } from '../../catalog/aliases.js';
import { chaseList } from '../../check/chase.js';
import { SELF_ASSESSMENT_FILE } from '../../score/self-assessment.js';
import { readAccess } from '../../serve/access.js';
import { createApp } from '../../serve/app.js';
import { LiveState } from '../../serve/live-state.js';
import { watchFiles } from '../../serve/watch.js';
import { WorkbenchError, type Snapshot, type Workbench } from '../../serve/workbench.js';
import { buildDate } from '../build-date.js';
import { checkWorkspace } from '../check-workspace.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { withItemFindings } from '../item-findings.js';
import { findWorkspace, type WorkspaceOptions } from '../open-workspace.js';

/** Options of `dossier serve`. */
export interface ServeOptions extends WorkspaceOptions {
  readonly port?: string;
  readonly host?: string;
  /** Largest upload of one submission, in MB. */
  readonly maxUpload?: string;
  /** Ask for codes even on the local address (for trying the sign-in out). */
  readonly requireSignIn?: boolean;
}

/** A running workbench: its address and how to stop it. */
export interface RunningWorkbench {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** The pipeline as the server uses it: the same check, score, chase list and `dossier all` as the terminal. */
export function cliWorkbench(io: Io, opts: WorkspaceOptions): Workbench {
  const quiet = (notes: string[]): Io => ({ ...io, isTTY: false, out: () => undefined, err: (t) => void notes.push(...t.split('\n').filter((l) => l.trim() !== '')) });
  return {
    async check(): Promise<Snapshot> {
      const notes: string[] = [];
      try {
        const { ws, catalog, result } = await checkWorkspace(quiet(notes), opts, { trustStatus: true });
        const { result: full, score } = await withItemFindings(quiet(notes), ws, catalog, result);
        const aliases = makeAliasTable(await builtinAliases(), ws.unitAliases);
        const known = [...catalog.units, ...ws.extraUnits.filter((u) => !catalog.units.includes(u))];
        const unitOf = (name: string) => {
          const u = canonicalUnit(name, aliases);
          return known.includes(u) ? u : undefined;
        };
        return { ws, catalog, result: full, ...(score ? { score } : {}), chase: chaseList(catalog, result), notes, known, unitOf };
      } catch (err) {
        if (err instanceof UsageError) throw new WorkbenchError(err.message, err.hint);
        throw err;
      }
    },
    async rebuild(progress) {
      const out: string[] = [];
      const notes: string[] = [];
      const rio: Io = {
        ...io,
        isTTY: false,
        status: (m) => {
          if (m !== '') progress(m);
        },
        out: (t) => void out.push(...t.split('\n')),
        err: (t) => void notes.push(...t.split('\n').filter((l) => l.trim() !== '')),
      };
      try {
        await (await import('./all.js')).allCommand(rio, opts);
      } catch (err) {
        if (err instanceof UsageError) throw new Error(`${err.message}${err.hint ? `（${err.hint}）` : ''}`, { cause: err });
        throw err;
      }
      return [...notes, ...out].filter((l, i, a) => l !== '' || (i > 0 && a[i - 1] !== ''));
    },
  };
}

/** Starts the workbench: the first check, the file watcher and the HTTP server; resolves once it listens. */
export async function startWorkbench(io: Io, opts: ServeOptions): Promise<RunningWorkbench> {
  const ws = await findWorkspace(io, opts);
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port === undefined ? 8080 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port 的“${opts.port}”不是端口号`, '写一个 1–65535 之间的数，如 --port 8080');
  const maxMb = opts.maxUpload === undefined ? 100 : Number(opts.maxUpload);
  if (!(maxMb > 0 && maxMb <= 2048)) throw new UsageError(`--max-upload 的“${opts.maxUpload}”不对`, '写每次上传的上限（MB），如 --max-upload 100');
  const signInRequired = !LOCAL_HOSTS.has(host) || opts.requireSignIn === true;
  if (signInRequired) {
    const access = await readAccess(ws.root).catch((err: Error) => {
      throw new UsageError(err.message, '用 dossier access --renew 创建办 重新生成访问码');
    });
    if (!access.office && Object.keys(access.units).length === 0) {
      throw new UsageError('在其他电脑可以访问的地址上运行需要访问码，但工作区还没有访问码', '先运行 dossier access 生成创建办和各单位的访问码，再运行 dossier serve --host …');
    }
  }
  const workbench = cliWorkbench(io, { ...opts, workspace: ws.root });
  const state = new LiveState(workbench);
  await state.refresh();
  const watched = state.snapshot?.ws ?? ws;
  const watcher = watchFiles(
    [watched.dossiers, ...(watched.configFile ? [watched.configFile] : []), watched.plan, join(watched.root, SELF_ASSESSMENT_FILE), watched.standard, watched.templates],
    [watched.output],
    () => void state.refresh(),
  );
  await watcher.ready;
  const app = createApp(state, workbench, ws.root, {
    signInRequired,
    localOnly: LOCAL_HOSTS.has(host),
    maxUpload: maxMb * 1024 * 1024,
    today: () => io.today,
    now: () => new Date(),
    fileDate: (date) => buildDate(io.env, date),
  });
  let server: ServerType | undefined;
  const actual = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port, hostname: host }, (info) => resolve(info.port));
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new UsageError(`端口 ${port} 已被占用（可能已经有一个 dossier serve 在运行）`, '换一个端口，如 --port 8081'));
      else if (err.code === 'EADDRNOTAVAIL') reject(new UsageError(`这台电脑没有地址 ${host}`, '用 --host 0.0.0.0 在所有网络地址上提供服务'));
      else reject(err);
    });
  });
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${actual}/`,
    port: actual,
    async close() {
      await watcher.close();
      await new Promise<void>((resolve) => {
        server?.close(() => resolve());
        (server as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.();
      });
    },
  };
}

/** `dossier serve`: the office's workbench in the browser, until Ctrl+C. */
export async function serveCommand(io: Io, opts: ServeOptions): Promise<number> {
  const running = await startWorkbench(io, opts);
  const host = opts.host ?? '127.0.0.1';
  io.out(`创建工作台已启动：${running.url}\n`);
  if (!LOCAL_HOSTS.has(host)) {
    io.out(`其他电脑请用本机的网络地址访问（如 http://本机IP:${running.port}/），登录时输入 dossier access 生成的访问码。\n`);
  } else {
    io.out('只有本机可以访问（不需要访问码）。要让各单位从其他电脑访问，先运行 dossier access 生成访问码，再用 --host 0.0.0.0 启动。\n');
  }
  io.out('在浏览器中打开上面的地址；佐证资料有变化时页面会自动更新。按 Ctrl+C 停止。\n');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  io.err('创建工作台已停止。\n');
  return 0;
}
