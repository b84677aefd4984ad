// 问题: every diagnostic, grouped as on the terminal (per file, per task, per standard item).
import type { Diagnostic } from '../../util/diagnostic.js';
import { html, type Html } from '../html.js';
import type { Snapshot } from '../workbench.js';
import { diagnosticList, SEVERITY_TEXT, sourceUrl } from './common.js';

/** The issues page's content; `severity` narrows it to errors, warnings or notes. */
export function issuesView(s: Snapshot, severity?: string): Html {
  const all = s.result.diagnostics;
  const ds = severity && severity in SEVERITY_TEXT ? all.filter((d) => d.severity === severity) : all;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of ds.filter((x) => x.file !== undefined)) byFile.set(d.file!, [...(byFile.get(d.file!) ?? []), d]);
  const taskWide = ds.filter((d) => d.file === undefined && d.item === undefined);
  const items = ds.filter((d) => d.file === undefined && d.item !== undefined);
  const count = (sev: string) => all.filter((d) => d.severity === sev).length;
  const tab = (key: string, label: string) => html`<a class="button${(severity ?? '') === key ? '' : ' secondary'}" href="/issues${key ? `?severity=${key}` : ''}">${label}</a> `;
  return html`<h1>问题 <span class="muted small">截至 ${s.result.asOf}</span></h1>
    <p class="noprint">${tab('', `全部 ${all.length}`)}${tab('error', `错误 ${count('error')}`)}${tab('warning', `警告 ${count('warning')}`)}${tab('info', `提示 ${count('info')}`)}</p>
    ${
      byFile.size
        ? html`<h2>按文件（${byFile.size} 个文件）</h2>
            ${[...byFile].map(
              ([file, list]) =>
                html`<div class="panel">
                  <h3><a href="${sourceUrl(file)}">${file}</a></h3>
                  ${diagnosticList(list, { showTask: true })}
                </div>`,
            )}`
        : ''
    }
    ${
      taskWide.length
        ? html`<h2>按任务（${taskWide.length}）</h2>
            <div class="panel">${diagnosticList(taskWide, { showTask: true })}</div>`
        : ''
    }
    ${
      items.length
        ? html`<h2>按评价细则三级项（${items.length}）</h2>
            <div class="panel">
              <ul>
                ${items.map((d) => html`<li class="diag"><span class="sev-${d.severity}">【${SEVERITY_TEXT[d.severity]}】</span><a href="/tasks?item=${encodeURIComponent(`3:${d.item!}`)}">（${d.item}）</a> ${d.message}${d.hint ? html`<div class="hint">→ ${d.hint}</div>` : ''}</li>`)}
              </ul>
            </div>`
        : ''
    }
    ${ds.length === 0 ? html`<p>没有问题。</p>` : ''}`;
}

/** An evidence file shown with line numbers (each line can be linked as #L9), its diagnostics first. */
export function sourceView(s: Snapshot, file: string, text: string): Html {
  const ds = s.result.diagnostics.filter((d) => d.file === file);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return html`<h1>${file}</h1>
    ${diagnosticList(ds, { showTask: true })}
    <pre class="src">${lines.map((l, i) => html`<span class="ln" id="L${i + 1}" data-n="${i + 1}">${l}</span>`)}</pre>`;
}
