// 任务矩阵: every task as a tile coloured by status, filtered by section, department, status and standard item.
import type { Task } from '../../catalog/types.js';
import { chineseNumber } from '../../util/chinese-number.js';
import { html, type Html } from '../html.js';
import type { Snapshot } from '../workbench.js';
import { STATUS_TEXT, shortText, taskUrl } from './common.js';
import { itemTasks } from './items.js';

/** The matrix's filters as given in the query string. */
export interface MatrixFilter {
  readonly section?: string;
  readonly unit?: string;
  readonly status?: string;
  readonly item?: string;
  readonly overdue?: string;
}

/** The tasks the filter lets through. */
export function filterTasks(s: Snapshot, f: MatrixFilter): Task[] {
  const items = s.score && f.item ? itemTasks(s.score).get(f.item) : undefined;
  return s.catalog.tasks.filter((t) => {
    const p = s.result.tasks.find((x) => x.no === t.no)!;
    if (f.section && String(t.section) !== f.section) return false;
    if (f.unit && !t.units.includes(f.unit) && !p.evidence.some((e) => e.unit === f.unit)) return false;
    if (f.status && p.status !== f.status) return false;
    if (f.overdue && !p.overdue) return false;
    if (f.item && !(items?.has(t.id) ?? false)) return false;
    return true;
  });
}

const option = (value: string, label: string, chosen: string | undefined) => html`<option value="${value}" ${chosen === value ? html` selected` : ''}>${label}</option>`;

/** The matrix page's content. */
export function matrixView(s: Snapshot, f: MatrixFilter): Html {
  const shown = filterTasks(s, f);
  const l1 = s.score?.items.filter((i) => i.level === 1) ?? [];
  const l3 = s.score?.items.filter((i) => i.level === 3) ?? [];
  const units = [...s.catalog.units].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const filters = html`<form class="filters" method="get" action="/tasks">
    <label
      >分节<select name="section">
        ${option('', '全部', f.section)}${s.catalog.sections.map((x) => option(String(x.no), `${chineseNumber(x.no)}、${shortText(x.title, 14)}`, f.section))}
      </select></label
    >
    <label
      >责任单位<select name="unit">
        ${option('', '全部', f.unit)}${units.map((u) => option(u, u, f.unit))}
      </select></label
    >
    <label
      >状态<select name="status">
        ${option('', '全部', f.status)}${(['complete', 'in-progress', 'missing'] as const).map((k) => option(k, STATUS_TEXT[k], f.status))}
      </select></label
    >
    ${
      s.score
        ? html`<label
            >评价细则<select name="item">
              ${option('', '全部', f.item)}${l1.map((i) => option(`1:${i.id}`, `${i.id}、${shortText(i.title ?? '', 12)}`, f.item))}${l3.map((i) => option(`3:${i.id}`, `（${i.id}）${shortText(i.title ?? '', 14)}`, f.item))}
            </select></label
          >`
        : ''
    }
    <label style="flex-direction:row;gap:4px;align-items:center"><input type="checkbox" name="overdue" value="1" ${f.overdue ? html` checked` : ''} />只看逾期</label>
    <noscript><button>筛选</button></noscript>${Object.values(f).some(Boolean) ? html`<a href="/tasks">清除筛选</a>` : ''}
  </form>`;
  const groups = s.catalog.sections.map((sec) => ({ sec, tasks: shown.filter((t) => t.section === sec.no) })).filter((g) => g.tasks.length > 0);
  return html`<h1>任务矩阵 <span class="muted small">显示 ${shown.length} / ${s.catalog.tasks.length} 项，截至 ${s.result.asOf}</span></h1>
    ${filters}
    <p class="small muted"><span class="badge s-complete">已完成</span> <span class="badge s-in-progress">推进中</span> <span class="badge s-missing">未报送</span> 左侧红条：逾期</p>
    ${groups.length === 0 ? html`<p>没有符合条件的任务。</p>` : ''}
    ${groups.map(
      (g) =>
        html`<h2>${chineseNumber(g.sec.no)}、${g.sec.title}</h2>
          <div class="tiles">
            ${g.tasks.map((t) => {
              const p = s.result.tasks.find((x) => x.no === t.no)!;
              return html`<a class="tile ${p.status}${p.overdue ? ' overdue' : ''}" href="${taskUrl(t.id)}" title="${t.text}" data-task="${t.id}"
                ><b>${t.id}</b> <span class="small">${STATUS_TEXT[p.status]}${p.overdue ? '·逾期' : ''}</span>
                <div class="t">${t.text}</div>
                <div class="muted small">${t.units[0] ?? t.groups[0] ?? ''}${t.deadline ? ` · ${t.deadline}` : ''}</div></a
              >`;
            })}
          </div>`,
    )}`;
}
