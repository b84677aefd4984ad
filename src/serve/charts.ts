// Inline SVG charts: one stacked bar per row (complete, in progress, missing).
import { html, type Html } from './html.js';

/** One row of a progress chart. */
export interface ProgressRow {
  readonly label: string;
  readonly href?: string;
  readonly complete: number;
  readonly inProgress: number;
  readonly missing: number;
  readonly overdue: number;
}

const COLORS = ['#43a047', '#ffb300', '#e57373'];

/** A table of rows, each with a stacked bar drawn as inline SVG and the counts beside it. */
export function progressChart(rows: readonly ProgressRow[]): Html {
  return html`<div class="scroll">
    <table class="chart">
      <thead>
        <tr>
          <th>项目</th>
          <th style="width:40%">进度（绿：已完成，黄：推进中，红：未报送）</th>
          <th class="num">完成</th>
          <th class="num hide-phone">逾期</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => {
          const total = r.complete + r.inProgress + r.missing;
          let x = 0;
          const parts = [r.complete, r.inProgress, r.missing].map((n, i) => {
            const w = total === 0 ? 0 : (n / total) * 100;
            const rect = html`<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="10" fill="${COLORS[i]!}"><title>${['已完成', '推进中', '未报送'][i]!} ${n}</title></rect>`;
            x += w;
            return rect;
          });
          return html`<tr>
            <td>${r.href ? html`<a href="${r.href}">${r.label}</a>` : r.label}</td>
            <td>
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="14" role="img" aria-label="已完成 ${r.complete}，推进中 ${r.inProgress}，未报送 ${r.missing}">${parts}</svg>
            </td>
            <td class="num">${r.complete}/${total}</td>
            <td class="num hide-phone">${r.overdue || ''}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
