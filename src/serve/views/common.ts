// Small pieces the pages share: status badges, task and file links, diagnostics.
import type { Catalog, Task } from '../../catalog/types.js';
import type { TaskProgress, TaskStatus } from '../../check/types.js';
import type { Diagnostic } from '../../util/diagnostic.js';
import { html, type Html } from '../html.js';

/** Task status in Chinese. */
export const STATUS_TEXT: Readonly<Record<TaskStatus, string>> = { complete: '已完成', 'in-progress': '推进中', missing: '未报送' };

/** Severity in Chinese. */
export const SEVERITY_TEXT = { error: '错误', warning: '警告', info: '提示' } as const;

/** A coloured status badge, with 逾期 beside it when late. */
export function statusBadge(p: TaskProgress): Html {
  return html`<span class="badge s-${p.status}">${STATUS_TEXT[p.status]}</span>${p.overdue ? html` <span class="badge late">逾期 ${p.daysLate} 天</span>` : ''}`;
}

/** The URL of a file of the dossier folder (each path segment encoded). */
export function fileUrl(file: string): string {
  return `/files/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** The URL of an evidence file shown with line numbers, at a line. */
export function sourceUrl(file: string, line?: number): string {
  return `/source/${file.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
}

/** The URL of a task's page. */
export function taskUrl(id: string | number): string {
  return `/tasks/${encodeURIComponent(String(id))}`;
}

/** The URL of a department's page. */
export function unitUrl(unit: string): string {
  return `/units/${encodeURIComponent(unit)}`;
}

/** A task's short text for lists. */
export function shortText(text: string, n = 40): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}

/** The task of a diagnostic's task label. */
export function taskOf(catalog: Catalog, label: number | string | undefined): Task | undefined {
  return label === undefined ? undefined : catalog.tasks.find((t) => t.id === String(label));
}

/** Diagnostics as a list: severity, where (file and line, linked to the line), message, hint. */
export function diagnosticList(ds: readonly Diagnostic[], opts: { showFile?: boolean; showTask?: boolean } = {}): Html {
  if (ds.length === 0) return html`<p class="muted">没有问题。</p>`;
  return html`<ul class="diags">
    ${ds.map(
      (d) =>
        html`<li class="diag">
          <span class="sev-${d.severity}">【${SEVERITY_TEXT[d.severity]}】</span>${
            opts.showTask && d.task !== undefined ? html`<a href="${taskUrl(d.task)}">任务 ${d.task}</a> ` : ''
          }${opts.showFile && d.file ? html`<a href="${sourceUrl(d.file, d.line)}">${d.file}${d.line ? `:${d.line}` : ''}</a> ` : !opts.showFile && d.line ? html`<a href="${d.file ? sourceUrl(d.file, d.line) : '#'}">第 ${d.line} 行</a> ` : ''}${d.message}${
            d.hint ? html`<div class="hint">→ ${d.hint}</div>` : ''
          }
        </li>`,
    )}
  </ul>`;
}
