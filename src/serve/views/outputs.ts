// 输出: the latest report, score sheet, chase lists and package to download, and the rebuild button.
import { html, type Html } from '../html.js';
import type { Viewer } from '../layout.js';
import type { OutputFile } from '../outputs.js';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function time(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The outputs page's content; `status` is the progress of a rebuild under way (`busy`) or how the last one ended. */
export function outputsView(files: readonly OutputFile[], viewer: Viewer, status: string, busy: boolean, last: readonly string[]): Html {
  const office = viewer.role?.kind === 'office';
  return html`<h1>输出文件</h1>
    ${
      office
        ? html`<div class="panel noprint">
            <button id="rebuild" data-csrf="${viewer.csrf}" ${busy ? html` disabled` : ''}>重新生成全部文件</button> <span id="rebuild-status">${status}</span>
            <p class="small muted">按当前的佐证资料重新检查，生成检查报告、催办清单、自评报告、打分表和复核申请材料（约需一分钟）。</p>
          </div>`
        : html`<p class="muted">文件由创建办生成，这里可以下载最新的一份。</p>`
    }
    ${
      files.length === 0
        ? html`<p>还没有生成过文件。</p>`
        : html`<div class="scroll">
            <table>
              <thead>
                <tr>
                  <th>文件</th>
                  <th class="num">大小</th>
                  <th>生成时间</th>
                </tr>
              </thead>
              <tbody>
                ${files.map(
                  (f) =>
                    html`<tr>
                      <td><a href="/outputs/${encodeURIComponent(f.name)}" download>${f.what}</a></td>
                      <td class="num">${size(f.bytes)}</td>
                      <td>${time(f.modified)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    ${
      last.length
        ? html`<h2>上次生成</h2>
            <pre class="small" style="white-space:pre-wrap">${last.join('\n')}</pre>`
        : ''
    }`;
}
