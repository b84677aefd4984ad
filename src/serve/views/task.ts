// A task's page: text, targets, departments, evidence with figures and attachments, its diagnostics.
import { formatTarget } from '../../catalog/format-target.js';
import type { Task } from '../../catalog/types.js';
import { attachmentPath } from '../../dossier/attachment-path.js';
import type { Evidence } from '../../dossier/types.js';
import { html, type Html } from '../html.js';
import type { Viewer } from '../layout.js';
import { submitUnits } from '../permissions.js';
import type { Snapshot } from '../workbench.js';
import { diagnosticList, fileUrl, sourceUrl, statusBadge, unitUrl } from './common.js';

/** A markdown body as paragraphs (tables and lists kept as written). */
export function bodyHtml(body: string): Html {
  const blocks = body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return html`<div class="body">${blocks.map((b) => (/^([|#>-]|\d+\.|\*)/.test(b) ? html`<pre>${b}</pre>` : html`<p>${b.replace(/\s*\n\s*/g, '')}</p>`))}</div>`;
}

const PICTURE = /\.(png|jpe?g)$/i;

function evidenceBlock(s: Snapshot, t: Task, ev: Evidence, viewer: Viewer, saved: string | undefined): Html {
  const p = s.result.tasks.find((x) => x.no === t.no)!;
  const metrics = p.metrics.filter((m) => m.file === ev.file);
  const mayEdit = viewer.role?.kind === 'office' || (viewer.role?.kind === 'unit' && viewer.role.unit === ev.unit);
  return html`<div class="panel${saved === ev.file ? ' saved' : ''}" id="${`ev-${ev.file}`}">
    <h3>${ev.title} <span class="muted small">${ev.unit} · ${ev.date} · ${ev.status}${ev.kind ? ` · ${ev.kind}` : ''}</span></h3>
    <p class="small"><a href="${sourceUrl(ev.file)}">${ev.file}</a>${mayEdit ? html` · <a href="/submit?edit=${encodeURIComponent(ev.file)}&amp;task=${encodeURIComponent(t.id)}">修改</a>` : ''}</p>
    ${
      metrics.length
        ? html`<table>
            <thead>
              <tr>
                <th>指标</th>
                <th class="num">报告值</th>
                <th>目标</th>
                <th>达标</th>
              </tr>
            </thead>
            <tbody>
              ${metrics.map(
                (m) =>
                  html`<tr>
                    <td>${m.name}</td>
                    <td class="num">${m.value}${m.unit}</td>
                    <td>${m.target ?? '—'}</td>
                    <td>${m.met === undefined ? '—' : m.met ? html`<span class="badge s-complete">达标</span>` : html`<span class="badge s-missing">未达标</span>`}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : ''
    }
    ${bodyHtml(ev.body)}
    ${
      ev.attachments.length
        ? html`<p>
            <b>附件：</b>${ev.attachments.map((a) => {
              const f = attachmentPath(ev.file, a.path);
              if (!f) return html`<span class="sev-error">${a.path}（在佐证资料文件夹以外）</span> `;
              return PICTURE.test(f)
                ? html`<a href="${fileUrl(f)}" target="_blank"
                    ><img src="${fileUrl(f)}" alt="${a.caption ?? a.path}" style="max-height:120px;max-width:45%;vertical-align:top;margin:4px;border:1px solid #ddd"
                  /></a>`
                : html`<a href="${fileUrl(f)}" target="_blank">${a.path}</a>　 `;
            })}
          </p>`
        : ''
    }
  </div>`;
}

/** The task page's content; `saved` is a file just written through the form, whose check verdict leads the page. */
export function taskView(s: Snapshot, t: Task, viewer: Viewer, saved?: string): Html {
  const p = s.result.tasks.find((x) => x.no === t.no)!;
  const files = new Set(p.evidence.map((e) => e.file));
  const diags = s.result.diagnostics.filter((d) => String(d.task ?? '') === t.id || (d.file !== undefined && files.has(d.file) && d.task === undefined));
  const items = s.score?.items.filter((i) => i.level === 3 && i.tasks.includes(t.id)) ?? [];
  const units = submitUnits(viewer.role, t, s.known);
  const lead = t.lead.length ? t.lead : t.units.slice(0, 1);
  const support = t.support.length || t.lead.length ? t.support : t.units.slice(1);
  const section = s.catalog.sections.find((x) => x.no === t.section);
  let verdict: Html | string = '';
  if (saved !== undefined) {
    const own = s.result.diagnostics.filter((d) => d.file === saved);
    const bad = own.filter((d) => d.severity === 'error');
    verdict = html`<div class="notice ${bad.length ? 'bad' : 'good'}" id="verdict">
      <b>已保存 ${saved}。</b>检查结果：${own.length === 0 ? '没有发现问题。' : `${bad.length} 个错误，${own.length - bad.length} 个警告或提示：`}${own.length ? diagnosticList(own) : ''}
    </div>`;
  }
  return html`${verdict}
    <h1>任务 ${t.id} ${statusBadge(p)}</h1>
    <p class="muted small">${section ? `${section.title} · ` : ''}完成时限：${t.deadlineText}${t.deadline ? `（${t.deadline}）` : ''}</p>
    <div class="panel">
      <p>${t.text}</p>
      <p>
        <b>牵头单位：</b
        >${lead.map((u) => html`<a href="${unitUrl(u)}">${u}</a> `)}${support.length ? html` 　<b>配合单位：</b>${support.map((u) => html`<a href="${unitUrl(u)}">${u}</a> `)}` : ''}${t.groups.length ? html` 　<b>集体责任：</b>${t.groups.join('、')}` : ''}
      </p>
      ${t.targets.length ? html`<p><b>量化目标：</b>${t.targets.map((x) => formatTarget(x)).join('；')}</p>` : ''}
      ${items.length ? html`<p><b>评价细则三级项：</b>${items.map((i) => html`<a href="/tasks?item=${encodeURIComponent(`3:${i.id}`)}">（${i.id}）${i.title ?? ''}</a>${i.deducted ? html` <span class="sev-error">扣 ${i.deducted} 分</span>` : ''}　 `)}</p>` : ''}
      ${p.unitsMissing.length ? html`<p><b>尚未报送的单位：</b>${p.unitsMissing.join('、')}</p>` : ''}
      ${units.length ? html`<p class="noprint"><a class="button" href="/submit?task=${encodeURIComponent(t.id)}${viewer.role?.kind === 'unit' ? `&unit=${encodeURIComponent(units[0]!)}` : ''}">报送材料</a></p>` : ''}
    </div>
    <h2>问题（${diags.length}）</h2>
    ${diagnosticList(diags, { showFile: true })}
    <h2>佐证材料（${p.evidence.length}）</h2>
    ${p.evidence.length === 0 ? html`<p class="muted">还没有佐证材料。</p>` : ''}${p.evidence.map((ev) => evidenceBlock(s, t, ev, viewer, saved))}`;
}
