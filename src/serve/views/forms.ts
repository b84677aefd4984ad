// The evidence form (new or edit) and the sign-in form.
import { formatTarget } from '../../catalog/format-target.js';
import type { Task } from '../../catalog/types.js';
import { KINDS, STATUSES, type Evidence } from '../../dossier/types.js';
import { html, type Html } from '../html.js';
import type { Viewer } from '../layout.js';
import { shortText } from './common.js';

/** Values the form shows: those sent back after an error, or an edited file's, or defaults. */
export interface FormValues {
  readonly unit?: string;
  readonly title?: string;
  readonly date?: string;
  readonly status?: string;
  readonly kind?: string;
  readonly metrics?: readonly { readonly name: string; readonly value: string }[];
  readonly body?: string;
}

/** The values of an evidence file, for editing it. */
export function valuesOf(ev: Evidence): FormValues {
  return { unit: ev.unit, title: ev.title, date: ev.date, status: ev.status, kind: ev.kind ?? '', metrics: ev.metrics.map((m) => ({ name: m.name, value: m.raw })), body: ev.body.trim() };
}

/** The evidence form for a task; `units` are the departments the viewer may submit for. */
export function submitView(viewer: Viewer, task: Task, units: readonly string[], v: FormValues, opts: { today: string; edit?: Evidence; errors?: readonly string[]; maxMb: number }): Html {
  const names = [...task.targets.map((t) => t.name)];
  for (const m of v.metrics ?? []) if (!names.includes(m.name)) names.push(m.name);
  const valueOf = (name: string) => v.metrics?.find((m) => m.name === name)?.value ?? '';
  const target = (name: string) => task.targets.find((t) => t.name === name);
  const opt = (value: string, label: string, chosen?: string) => html`<option value="${value}" ${value === chosen ? html` selected` : ''}>${label}</option>`;
  return html`<h1>${opts.edit ? '修改佐证材料' : '报送佐证材料'}：任务 ${task.id}</h1>
    <p class="muted">${task.text}</p>
    <p id="stale" class="notice" hidden>佐证资料刚有更新；本页已填写的内容不受影响。</p>
    ${
      opts.errors?.length
        ? html`<div class="notice bad" id="errors">
            <b>没有保存，请改正：</b>
            <ul>
              ${opts.errors.map((e) => html`<li>${e}</li>`)}
            </ul>
          </div>`
        : ''
    }
    ${opts.edit ? html`<p class="notice">正在修改 ${opts.edit.file}；保存后旧版本留在本单位文件夹的 _history 中。已有的附件保留，新上传的附件会加在后面。</p>` : ''}
    <form method="post" action="/submit" enctype="multipart/form-data" class="panel">
      <input type="hidden" name="csrf" value="${viewer.csrf}" /><input
        type="hidden"
        name="task"
        value="${task.id}"
      />${opts.edit ? html`<input type="hidden" name="edit" value="${opts.edit.file}" />` : ''}
      <div class="form-grid">
        <label for="unit">报送单位</label>
        <div>
          ${
            units.length === 1 || opts.edit
              ? html`<input type="hidden" name="unit" value="${opts.edit?.unit ?? units[0]!}" /><b>${opts.edit?.unit ?? units[0]!}</b>`
              : html`<select id="unit" name="unit" required>
                  ${units.map((u) => opt(u, task.units.includes(u) ? `${u}（责任单位）` : u, v.unit))}
                </select>`
          }
        </div>
        <label for="title">材料标题</label><input type="text" id="title" name="title" required maxlength="100" value="${v.title ?? ''}" placeholder="如：建设施工现场视频监控系统安装情况" />
        <label for="date">完成日期</label>
        <div><input type="date" id="date" name="date" required value="${v.date ?? opts.today}" /> <span class="small muted">工作完成或文件印发的日期</span></div>
        <label for="status">状态</label
        ><select id="status" name="status">
          ${STATUSES.map((x) => opt(x, x, v.status ?? '推进中'))}
        </select>
        <label for="kind">材料类型</label
        ><select id="kind" name="kind">
          ${opt('', '（不填）', v.kind)}${KINDS.map((x) => opt(x, x, v.kind))}
        </select>
        ${
          names.length
            ? html`<label>量化指标</label>
                <div>
                  ${names.map(
                    (n, i) =>
                      html`<div style="margin-bottom:6px">
                        <input
                          type="hidden"
                          name="metric_name_${i}"
                          value="${n}"
                        />${n}${target(n) ? html` <span class="small muted">（目标 ${formatTarget(target(n)!).slice(n.length).trim()}）</span>` : ''}<br /><input
                          type="text"
                          name="metric_value_${i}"
                          value="${valueOf(n)}"
                          placeholder="实际数值，如 100%"
                          aria-label="${n}"
                        />
                      </div>`,
                  )}
                </div>`
            : ''
        }
        <label for="body">工作开展情况</label>
        <div>
          <textarea id="body" name="body" placeholder="做了哪些工作、什么时候完成、取得了什么成效，用具体数字说明。">${v.body ?? ''}</textarea>
          <div class="small muted">也可以上传 Word 文件（.docx），其中的文字接在上面的正文后面，图片和原文件作为附件。</div>
          <div class="drop" id="drop-word">
            <p>
              把 Word 文件拖到这里，或 <label class="button secondary">选择 Word 文件<input type="file" name="word" accept=".docx" class="vh" /></label>
            </p>
            <div class="names small"></div>
          </div>
        </div>
        <label>附件</label>
        <div class="drop" id="drop-files">
          <p>
            把 PDF、照片（JPG、PNG）、Excel 表格拖到这里，或
            <label class="button secondary">选择文件<input type="file" name="files" multiple accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.xls,.csv" class="vh" /></label>
          </p>
          <div class="names small"></div>
          <div class="small">每次最多 ${opts.maxMb} MB</div>
        </div>
      </div>
      <p><button type="submit">${opts.edit ? '保存修改' : '提交'}</button> <a href="/tasks/${encodeURIComponent(task.id)}">取消</a></p>
    </form>`;
}

/** Choosing a task to submit for, for a department: its own tasks. */
export function chooseTaskView(tasks: readonly Task[], unit: string): Html {
  return html`<h1>报送佐证材料</h1>
    <p>请选择任务（${unit}负责的 ${tasks.length} 项）：</p>
    <ul>
      ${tasks.map((t) => html`<li><a href="/submit?task=${encodeURIComponent(t.id)}">任务 ${t.id}</a> ${shortText(t.text, 50)}</li>`)}
    </ul>`;
}

/** The sign-in form. */
export function signInView(csrf: string, error?: string, next = '/'): Html {
  return html`<div class="panel" style="max-width:420px;margin:40px auto">
    <h1>登录创建工作台</h1>
    ${error ? html`<div class="notice bad">${error}</div>` : ''}
    <form method="post" action="/sign-in">
      <input type="hidden" name="csrf" value="${csrf}" /><input type="hidden" name="next" value="${next}" />
      <p><label for="code">访问码</label><br /><input type="password" id="code" name="code" autocomplete="current-password" required style="width:100%" placeholder="如 K7PM-Q3XR-9TWD" /></p>
      <p><button type="submit">登录</button></p>
    </form>
    <p class="small muted">访问码由创建办用 dossier access 生成后发给各单位：创建办的访问码可以查看和修改全部内容，各单位的访问码可以查看全部内容、为本单位负责的任务报送材料。</p>
  </div>`;
}
