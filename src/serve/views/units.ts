// 责任单位: every department with what it owes, and one department's page (its tasks and its chase list, for A4).
import type { ChaseItem } from '../../check/chase.js';
import { html, type Html } from '../html.js';
import type { Snapshot } from '../workbench.js';
import { shortText, sourceUrl, statusBadge, taskUrl, unitUrl } from './common.js';

/** The departments' list. */
export function unitsView(s: Snapshot): Html {
  const rows = s.known.map((u) => {
    const tasks = s.catalog.tasks.filter((t) => t.units.includes(u));
    const owed = s.chase.entries.find((e) => e.unit === u)?.items ?? [];
    const files = s.result.tasks.flatMap((p) => p.evidence).filter((e) => e.unit === u).length;
    return { u, tasks: tasks.length, owed: owed.length, files };
  });
  rows.sort((a, b) => b.owed - a.owed || a.u.localeCompare(b.u, 'zh-CN'));
  return html`<h1>责任单位 <span class="muted small">${rows.length} 个，截至 ${s.result.asOf}</span></h1>
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th>单位</th>
            <th class="num">负责任务</th>
            <th class="num">已报材料</th>
            <th class="num">待办事项</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr>
                <td><a href="${unitUrl(r.u)}">${r.u}</a></td>
                <td class="num">${r.tasks}</td>
                <td class="num">${r.files}</td>
                <td class="num">${r.owed ? html`<span class="sev-error">${r.owed}</span>` : html`<span class="muted">无</span>`}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      s.chase.collective.length
        ? html`<h2 id="collective">集体责任任务（由创建办统筹，${s.chase.collective.length} 项）</h2>
            ${chaseTable(s.chase.collective)}`
        : ''
    }`;
}

function chaseTable(items: readonly ChaseItem[], unit?: string): Html {
  return html`<div class="scroll">
    <table>
      <thead>
        <tr>
          <th>事项</th>
          <th>任务</th>
          <th>时限</th>
          <th>情况和要求</th>
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (i) =>
            html`<tr>
              <td style="white-space:nowrap">${i.kind}</td>
              <td>
                ${
                  i.task !== undefined
                    ? html`<a href="${taskUrl(i.task)}">任务 ${i.task}</a>
                        <div class="small muted hide-phone">${shortText(i.taskText ?? '', 36)}</div>`
                    : ''
                }
              </td>
              <td style="white-space:nowrap">${i.deadline ?? ''}</td>
              <td>
                ${i.detail}${i.file ? html`<div class="small"><a href="${sourceUrl(i.file, i.line)}">${i.file}${i.line ? `:${i.line}` : ''}</a></div>` : ''}${
                  unit && i.kind === '未报送' && i.task !== undefined
                    ? html`<div class="small noprint"><a href="/submit?task=${encodeURIComponent(String(i.task))}&amp;unit=${encodeURIComponent(unit)}">在网页上报送</a></div>`
                    : i.hint
                      ? html`<div class="small muted">→ ${i.hint.replace(/（可用 dossier [^）]*）/g, '')}</div>`
                      : ''
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** One department's page: what it still owes (printable as its chase list) and all its tasks. */
export function unitView(s: Snapshot, unit: string): Html {
  const owed = s.chase.entries.find((e) => e.unit === unit)?.items ?? [];
  const tasks = s.catalog.tasks.filter((t) => t.units.includes(unit));
  return html`<h1>${unit} <span class="muted small">截至 ${s.result.asOf}</span></h1>
    <p class="noprint"><button id="print">打印催办清单</button> <a class="button secondary" href="${unitUrl(unit)}/催办清单.xlsx">下载 Excel</a></p>
    <h2>催办清单：${s.ws.district}创建工作${unit}待办事项（${owed.length} 项）</h2>
    ${owed.length ? chaseTable(owed, unit) : html`<p>没有待办事项。</p>`}
    <h2>负责的任务（${tasks.length} 项）</h2>
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th>任务</th>
            <th>内容</th>
            <th>时限</th>
            <th>状态</th>
            <th class="num">本单位材料</th>
          </tr>
        </thead>
        <tbody>
          ${tasks.map((t) => {
            const p = s.result.tasks.find((x) => x.no === t.no)!;
            const own = p.evidence.filter((e) => e.unit === unit).length;
            const role = t.lead.includes(unit) ? '牵头' : t.support.includes(unit) ? '配合' : '';
            return html`<tr>
              <td><a href="${taskUrl(t.id)}">${t.id}</a>${role ? html`<div class="small muted">${role}</div>` : ''}</td>
              <td>${shortText(t.text, 60)}</td>
              <td style="white-space:nowrap">${t.deadline ?? t.deadlineText}</td>
              <td>${statusBadge(p)}</td>
              <td class="num">${own || html`<span class="sev-error">0</span>`}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}
