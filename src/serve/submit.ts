// Evidence submitted in the browser: checked like the CLI's input, written atomically, never over another file.
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, posix, relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { findTask } from '../catalog/find-task.js';
import type { Task } from '../catalog/types.js';
import { readDate } from '../dossier/dates.js';
import { KINDS, STATUSES, type Evidence } from '../dossier/types.js';
import { docxToMarkdown, OfficeFileError } from '../import/docx-to-markdown.js';
import { freeEvidenceStem } from '../import/safe-name.js';
import { writeFileAtomic, writeNewFileAtomic } from '../util/atomic-write.js';
import { contentHash } from '../util/content-cache.js';
import { OFFICE, type Role } from './access.js';
import { fileInside } from './paths.js';
import { maySubmit } from './permissions.js';
import { uploadName, uploadProblem, type Upload } from './upload-check.js';
import type { Snapshot } from './workbench.js';
import { logWrites, type WriteRecord } from './write-log.js';

/** The evidence form as sent. */
export interface SubmitForm {
  readonly task: string;
  readonly unit: string;
  readonly title: string;
  readonly date: string;
  readonly status: string;
  readonly kind: string;
  readonly metrics: readonly { readonly name: string; readonly value: string }[];
  readonly body: string;
  /** A Word file whose text becomes the body (and whose pictures become attachments). */
  readonly word?: Upload;
  readonly files: readonly Upload[];
  /** The evidence file being edited (relative to the dossier folder). */
  readonly edit?: string;
}

/** What came of a submission: the file written, or what is wrong (with the HTTP status to answer). */
export type SubmitOutcome = { readonly ok: true; readonly file: string; readonly task: Task } | { readonly ok: false; readonly status: 400 | 403 | 404; readonly errors: readonly string[] };

/** The usable evidence file `file` of the snapshot. */
export function evidenceOf(s: Snapshot, file: string): Evidence | undefined {
  for (const p of s.result.tasks) for (const e of p.evidence) if (e.file === file) return e;
  return undefined;
}

/** Checks the form, then writes the attachments and the evidence file into the department's folder and logs every write. */
export async function submitEvidence(s: Snapshot, role: Role, form: SubmitForm, now: Date): Promise<SubmitOutcome> {
  const task = findTask(s.catalog, form.task.trim());
  if (!task) return { ok: false, status: 404, errors: [`任务序号“${form.task}”不在方案中`] };
  const unit = s.unitOf(form.unit.trim());
  if (!unit) return { ok: false, status: 400, errors: [`单位“${form.unit}”不在方案的单位名单中`] };
  if (!maySubmit(role, task, unit)) {
    return { ok: false, status: 403, errors: [role.kind === 'unit' ? `任务 ${task.id} 不是${role.unit}负责的任务，不能为它报送材料（可以查看）` : '没有报送权限'] };
  }
  let old: Evidence | undefined;
  if (form.edit) {
    old = evidenceOf(s, form.edit);
    if (!old || old.unit !== unit || (await fileInside(s.ws.dossiers, form.edit)) === undefined) {
      return { ok: false, status: 403, errors: [`不能修改“${form.edit}”：它不是${unit}的佐证文件，或已被删除、改动（请刷新页面再试）`] };
    }
  }
  const errors: string[] = [];
  const title = form.title.trim().replace(/\s+/g, ' ');
  if (title === '') errors.push('请填写材料标题');
  else if (title.length > 100) errors.push('材料标题太长（最多 100 字）');
  const date = readDate(form.date.trim());
  if (!date) errors.push(`日期“${form.date}”无法识别：请写作 2020-12-20（也可写 2020.12.20、2020年12月20日）`);
  if (!(STATUSES as readonly string[]).includes(form.status)) errors.push(`状态应是 ${STATUSES.join('、')} 之一`);
  if (form.kind !== '' && !(KINDS as readonly string[]).includes(form.kind)) errors.push(`类型应是 ${KINDS.join('、')} 之一`);
  const metrics = form.metrics.map((m) => ({ name: m.name.trim(), value: m.value.trim() })).filter((m) => m.name !== '' && m.value !== '');
  for (const m of metrics) if (m.value.length > 40) errors.push(`指标“${m.name}”的数值太长`);
  const files: Upload[] = [];
  for (const f of form.files) {
    const name = uploadName(f.name);
    if (name === '') {
      errors.push(`附件的文件名“${f.name}”无法使用，请改名后再上传`);
      continue;
    }
    const problem = uploadProblem(name, f.data);
    if (problem) errors.push(`${problem.message}。${problem.hint}`);
    else files.push({ name, data: f.data });
  }
  let wordText = '';
  const extra: Upload[] = [];
  if (form.word) {
    const name = uploadName(form.word.name);
    const problem =
      extname(name).toLowerCase() === '.docx' ? uploadProblem(name, form.word.data) : { message: `“${name}”不是 Word 文件（.docx）`, hint: '旧版 .doc 请用 Word 或 WPS“另存为”.docx 后再上传' };
    if (problem) errors.push(`${problem.message}。${problem.hint}`);
    else {
      try {
        const docx = await docxToMarkdown(Buffer.from(form.word.data));
        wordText = docx.heading === title ? docx.rest : docx.markdown;
        extra.push(...docx.pictures.map((p) => ({ name: p.name, data: p.data })), { name, data: form.word.data });
      } catch (err) {
        errors.push(`无法读取 Word 文件“${name}”（${err instanceof OfficeFileError ? err.message : '文件可能已损坏'}）。请用 Word 或 WPS 打开后另存为 .docx 再上传`);
      }
    }
  }
  const body = [form.body.replace(/\r\n?/g, '\n').trim(), wordText.trim()].filter(Boolean).join('\n\n');
  if (body === '') errors.push('请填写工作开展情况（正文），或上传 Word 文件');
  if (errors.length > 0) return { ok: false, status: 400, errors };

  const unitDir = join(s.ws.dossiers, unit);
  let file: string;
  let attDir: string;
  if (old) {
    file = join(s.ws.dossiers, ...old.file.split('/'));
    attDir = join(dirname(file), '附件', basename(file, '.md'));
  } else {
    const stem = freeEvidenceStem(unitDir, task.id, title);
    file = join(unitDir, `${stem}.md`);
    attDir = join(unitDir, '附件', stem);
  }
  const who = role.kind === 'office' ? OFFICE : role.unit;
  const rel = (p: string) => relative(s.ws.dossiers, p).split(sep).join('/');
  const log: WriteRecord[] = [];
  const record = (action: WriteRecord['action'], path: string, data: string | Uint8Array) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    log.push({ time: now.toISOString(), who, action, file: rel(path), sha256: contentHash(bytes), bytes: bytes.length });
  };

  const attachments: ({ path: string; caption?: string } | string)[] = (old?.attachments ?? []).map((a) => (a.caption ? { path: a.path, caption: a.caption } : a.path));
  for (const f of [...extra, ...files]) {
    const target = await writeUnique(attDir, f.name, f.data);
    record('附件', target, f.data);
    attachments.push(posix.relative(posix.dirname(rel(file)), rel(target)));
  }
  const front: Record<string, unknown> = {
    task: old && old.taskRefs.length > 1 ? old.taskRefs.map(number) : number(task.id),
    unit,
    title,
    date: date!.iso,
    status: form.status,
    ...(form.kind ? { kind: form.kind } : {}),
    ...(metrics.length ? { metrics } : {}),
    ...(attachments.length ? { attachments } : {}),
    ...(old && old.items.length ? { items: old.items.map(number) } : {}),
    ...(old?.extra ?? {}),
  };
  const text = `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`;
  if (old) {
    const previous = await readFile(file);
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
    const kept = await writeUnique(join(dirname(file), '_history'), `${basename(file, '.md')}.${stamp}.md`, previous);
    record('旧版本', kept, previous);
    await writeFileAtomic(file, text);
    record('修改', file, text);
  } else {
    await writeNewFileAtomic(file, text);
    record('新建', file, text);
  }
  await logWrites(s.ws.root, log);
  return { ok: true, file: rel(file), task };
}

/** A task id or item number as YAML should hold it: a number when it is one. */
function number(id: string): number | string {
  return /^\d+$/.test(id) ? Number(id) : id;
}

/** Writes `data` as `name` in `dir`, or as `name-2`, `name-3` … when taken; never replaces a file. Returns the path. */
async function writeUnique(dir: string, name: string, data: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true });
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let i = 1; ; i++) {
    const target = join(dir, i === 1 ? name : `${stem}-${i}${ext}`);
    try {
      await writeNewFileAtomic(target, data);
      return target;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}
