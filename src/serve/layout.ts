// The frame of every page: title, navigation, who is signed in, live-update status.
import type { Role } from './access.js';
import { html, raw, type Html } from './html.js';

/** Who is looking at a page and what they may do. */
export interface Viewer {
  /** Undefined when nobody is signed in (only on servers that require sign-in). */
  readonly role: Role | undefined;
  /** The token forms must send back (against cross-site requests). */
  readonly csrf: string;
  /** True when the server asks for codes (any address but the local one). */
  readonly signInRequired: boolean;
}

const NAV: readonly [key: string, href: string, label: string][] = [
  ['overview', '/', '总览'],
  ['tasks', '/tasks', '任务矩阵'],
  ['units', '/units', '责任单位'],
  ['issues', '/issues', '问题'],
  ['outputs', '/outputs', '输出'],
];

/** A whole page: `live` pages replace their content when the workspace changes. */
export function page(viewer: Viewer, opts: { title: string; active?: string; body: Html; live?: boolean; district?: string }): string {
  // Someone not signed in sees neither the navigation nor live updates (both would only meet the sign-in).
  const signedOut = viewer.signInRequired && viewer.role === undefined;
  const who = viewer.role === undefined ? '' : viewer.role.kind === 'office' ? '创建办' : viewer.role.unit;
  const signOut =
    viewer.signInRequired && viewer.role
      ? html`<form method="post" action="/sign-out" class="noprint"><input type="hidden" name="csrf" value="${viewer.csrf}" /><button class="secondary">退出</button></form>`
      : '';
  return `<!doctype html>${
    html`<html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="csrf" content="${viewer.csrf}" />
        <title>${opts.title} · ${opts.district ?? ''}创建工作台</title>
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body data-live="${signedOut ? 'none' : opts.live ? '1' : '0'}">
        <header class="top">
          <a class="brand" href="/">${opts.district ?? ''}创建工作台</a>
          ${signedOut ? '' : html`<nav>${NAV.map(([key, href, label]) => html`<a href="${href}" class="${key === opts.active ? 'on' : ''}">${label}</a>`)}</nav>`}
          <div class="who">${who ? html`<span>${who}</span>` : ''}<span id="live"></span>${signOut}</div>
        </header>
        <main>${opts.body}</main>
        <script src="/assets/app.js" defer></script>
      </body>
    </html>`.text
  }`;
}

/** A page that only says something (errors, refusals). */
export function messagePage(viewer: Viewer, title: string, message: string, hint?: string, back = '/'): string {
  return page(viewer, {
    title,
    body: html`<h1>${title}</h1>
      <div class="notice bad">
        <p>${message}</p>
        ${hint ? html`<p class="muted">${hint}</p>` : ''}
      </div>
      <p><a href="${back}">返回</a></p>`,
  });
}

/** `raw` re-exported for views that build markup from pieces. */
export { raw };
