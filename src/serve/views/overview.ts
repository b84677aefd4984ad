// 总览: counts, deadlines, progress per section and per 一级项, the schedule, departments that owe evidence.
import { SCHEDULE_HEADER } from '../../catalog/columns.js';
import { chineseNumber } from '../../util/chinese-number.js';
import { progressChart, type ProgressRow } from '../charts.js';
import { html, type Html } from '../html.js';
import type { Snapshot } from '../workbench.js';
import { itemTasks, unitDeductions } from './items.js';
import { taskUrl, unitUrl } from './common.js';

/** Days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function rowOf(s: Snapshot, label: string, ids: ReadonlySet<string>, href?: string): ProgressRow {
  const ts = s.result.tasks.filter((t) => ids.has(t.id));
  const c = (st: string) => ts.filter((t) => t.status === st).length;
  return { label, ...(href ? { href } : {}), complete: c('complete'), inProgress: c('in-progress'), missing: c('missing'), overdue: ts.filter((t) => t.overdue).length };
}

/** The overview page's content. */
export function overviewView(s: Snapshot): Html {
  const { result, catalog, ws } = s;
  const sum = result.summary;
  const asOf = result.asOf;
  const stages = catalog.schedule.filter((st) => st.deadline !== null);
  const next = stages.find((st) => st.deadline! >= asOf);
  const review = catalog.schedule.find((st) => /复核/.test(st.text) && st.deadline !== null);
  const nextTask = catalog.tasks
    .filter((t) => t.deadline !== null && t.deadline >= asOf && result.tasks.find((p) => p.no === t.no)?.status !== 'complete')
    .sort((a, b) => a.deadline!.localeCompare(b.deadline!))[0];

  const sections = catalog.sections.map((sec) =>
    rowOf(s, `${chineseNumber(sec.no)}、${sec.title}`, new Set(catalog.tasks.filter((t) => t.section === sec.no).map((t) => t.id)), `/tasks?section=${sec.no}`),
  );
  const level1 = s.score ? s.score.items.filter((i) => i.level === 1) : [];
  const tasksOfItem = s.score ? itemTasks(s.score) : new Map<string, Set<string>>();
  const items = level1.map((i) => rowOf(s, `${i.id}、${i.title ?? ''}`, tasksOfItem.get(`1:${i.id}`) ?? new Set(), `/tasks?item=${encodeURIComponent(`1:${i.id}`)}`));
  const deductions = s.score ? unitDeductions(s) : new Map<string, number>();
  const owing = s.chase.entries.filter((e) => e.items.length > 0);

  return html`<h1>${ws.district}创建工作总览 <span class="muted small">截至 ${asOf}</span></h1>
    ${s.notes.length ? html`<div class="notice">${s.notes.map((n) => html`<div>${n}</div>`)}</div>` : ''}
    <div class="cards">
      <a class="card" href="/tasks"
        ><div class="n">${sum.tasks}</div>
        <div class="l">任务</div></a
      >
      <a class="card ok" href="/tasks?status=complete"
        ><div class="n">${sum.complete}</div>
        <div class="l">已完成</div></a
      >
      <a class="card wip" href="/tasks?status=in-progress"
        ><div class="n">${sum.inProgress}</div>
        <div class="l">推进中</div></a
      >
      <a class="card miss" href="/tasks?status=missing"
        ><div class="n">${sum.missing}</div>
        <div class="l">未报送</div></a
      >
      <a class="card miss" href="/tasks?overdue=1"
        ><div class="n">${sum.overdue}</div>
        <div class="l">逾期</div></a
      >
      <a class="card" href="/issues"
        ><div class="n">${sum.errors}</div>
        <div class="l">错误（警告 ${sum.warnings}）</div></a
      >
      ${
        s.score
          ? html`<div class="card">
              <div class="n">${s.score.total.score}</div>
              <div class="l">自评得分 / ${s.score.total.points}（扣 ${s.score.total.deducted}）${s.score.draft ? '，未定稿' : ''}</div>
            </div>`
          : ''
      }
    </div>
    <div class="cards" style="margin-top:10px">
      ${
        next
          ? html`<div class="card">
              <div class="n">${daysBetween(asOf, next.deadline!)} 天</div>
              <div class="l">到下一阶段（第 ${next.no} 阶段，${next.deadline}）</div>
            </div>`
          : ''
      }
      ${
        nextTask
          ? html`<a class="card" href="${taskUrl(nextTask.id)}"
              ><div class="n">${daysBetween(asOf, nextTask.deadline!)} 天</div>
              <div class="l">到下一个任务时限（任务 ${nextTask.id}，${nextTask.deadline}）</div></a
            >`
          : ''
      }
      ${
        review
          ? html`<div class="card">
              <div class="n">${daysBetween(asOf, review.deadline!)} 天</div>
              <div class="l">到复核（${review.deadline}）</div>
            </div>`
          : ''
      }
    </div>
    <div class="grid2">
      <section class="panel">
        <h2>各责任单位待办（${owing.length} 个单位）</h2>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th>单位</th>
                <th class="num">待办</th>
                <th class="num">未报送</th>
                <th class="num">逾期</th>
                <th class="num hide-phone">其他问题</th>
                ${s.score ? html`<th class="num hide-phone">相关扣分</th>` : ''}
              </tr>
            </thead>
            <tbody>
              ${owing.map((e) => {
                const n = (k: string) => e.items.filter((i) => i.kind === k).length;
                return html`<tr>
                  <td><a href="${unitUrl(e.unit)}">${e.unit}</a></td>
                  <td class="num">${e.items.length}</td>
                  <td class="num">${n('未报送') || ''}</td>
                  <td class="num">${n('逾期未完成') || ''}</td>
                  <td class="num hide-phone">${e.items.length - n('未报送') - n('逾期未完成') || ''}</td>
                  ${s.score ? html`<td class="num hide-phone">${deductions.get(e.unit) || ''}</td>` : ''}
                </tr>`;
              })}
              ${
                s.chase.collective.length
                  ? html`<tr>
                      <td><a href="/units#collective">集体责任任务（创建办统筹）</a></td>
                      <td class="num">${s.chase.collective.length}</td>
                      <td></td>
                      <td></td>
                      <td class="hide-phone"></td>
                      ${s.score ? html`<td class="hide-phone"></td>` : ''}
                    </tr>`
                  : ''
              }
            </tbody>
          </table>
        </div>
      </section>
      <section class="panel">
        <h2>按分节</h2>
        ${progressChart(sections)}
        ${
          items.length
            ? html`<h2>按评价细则一级项</h2>
                ${progressChart(items)}${scoreTable(s)}`
            : ''
        }
      </section>
    </div>
    <section class="panel">
      <h2>日程安排</h2>
      ${
        catalog.schedule.length === 0
          ? html`<p class="muted">实施方案中没有日程安排表，报告附件“创建工作日程安排完成情况”只有表头。在方案中加上日程安排表（表头写 ${SCHEDULE_HEADER}）后，这里列出各阶段。</p>`
          : html`<div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th class="num">阶段</th>
                    <th>时限</th>
                    <th>工作内容</th>
                    <th class="hide-phone">完成情况</th>
                  </tr>
                </thead>
                <tbody>
                  ${catalog.schedule.map(
                    (st) =>
                      html`<tr>
                        <td class="num">${st.no}</td>
                        <td style="white-space:nowrap">
                          ${st.deadline ?? st.deadlineText}${st.deadline && st.deadline < asOf ? html` <span class="badge s-complete">已过</span>` : st === next ? html` <span class="badge s-in-progress">当前</span>` : ''}
                        </td>
                        <td>${st.text}</td>
                        <td class="hide-phone">${ws.stages[String(st.no)] ?? ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
}

function scoreTable(s: Snapshot): Html {
  const l1 = s.score!.items.filter((i) => i.level === 1);
  return html`<h3>自评得分</h3>
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th>一级项</th>
            <th class="num">分值</th>
            <th class="num">得分</th>
            <th class="num">扣分</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          ${l1.map(
            (i) =>
              html`<tr>
                <td>${i.id}、${i.title ?? ''}</td>
                <td class="num">${i.points ?? '—'}</td>
                <td class="num">${i.score ?? '—'}</td>
                <td class="num">${i.deducted ?? '—'}</td>
                <td>${i.status === 'assessed' ? '已自评' : i.status === 'not-applicable' ? '不适用' : '未自评完'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
