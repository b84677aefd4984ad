import { taskList } from '../catalog/find-task.js';
import { diagnostic, type Diagnostic } from '../util/diagnostic.js';
import { editDistance } from '../util/edit-distance.js';
import type { FrontMatter } from './front-matter.js';
import { ATTACHMENT_KEY_ALIASES, evidenceSchema, FIELD_HELP, KEY_ALIASES, METRIC_KEY_ALIASES } from './schema.js';
import type { EvidenceFile } from './types.js';

/**
 * Validates parsed front matter against the evidence schema (Chinese keys accepted) and builds the
 * Evidence; every invalid field is one `frontmatter-schema` diagnostic at the line of its key.
 */
export function toEvidence(file: string, fm: FrontMatter, canonical: (unit: string) => string): { evidence?: EvidenceFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fields: Record<string, unknown> = {};
  const lines: Record<string, number> = {};
  const itemLines: Record<string, readonly number[]> = {};
  const extra: Record<string, unknown> = {};
  const named = new Set(Object.keys(fm.data).map((k) => KEY_ALIASES[k] ?? k));
  for (const [key, value] of Object.entries(fm.data)) {
    let en = KEY_ALIASES[key] ?? (key in FIELD_HELP ? key : undefined);
    const line = fm.keyLines.get(key) ?? 1;
    if (en === undefined) {
      // A known field's name mistyped (attachment, Title, data, titel): read as that field when the file
      // does not name it otherwise, so that what it holds is not lost; said either way.
      const meant = misspelledKey(key);
      if (meant !== undefined && !named.has(meant)) {
        named.add(meant);
        en = meant;
        diagnostics.push(diagnostic({ code: 'frontmatter-lenient', severity: 'warning', file, line, message: `字段名“${key}”已按 ${meant}（${FIELD_HELP[meant]!.zh}）读取`, hint: `请改为 ${meant}` }));
      } else {
        if (meant !== undefined) {
          diagnostics.push(
            diagnostic({
              code: 'frontmatter-lenient',
              severity: 'warning',
              file,
              line,
              message: `字段名“${key}”不认识，没有使用：是不是 ${meant}（${FIELD_HELP[meant]!.zh}）？文件中已有 ${meant}`,
              hint: `这一行若是 ${meant} 的一部分，请并入 ${meant}；否则删掉`,
            }),
          );
        }
        extra[key] = value;
        continue;
      }
    }
    if (en in fields) {
      diagnostics.push(diagnostic({ code: 'frontmatter-schema', severity: 'error', file, line, message: `字段 ${en}（${FIELD_HELP[en]!.zh}）写了两次`, hint: '中文字段名和英文字段名只写一个' }));
      continue;
    }
    fields[en] =
      en === 'metrics' && Array.isArray(value)
        ? value.map((m) => normalizeKeys(m, METRIC_KEY_ALIASES))
        : en === 'attachments' && Array.isArray(value)
          ? value.map((a) => normalizeKeys(a, ATTACHMENT_KEY_ALIASES))
          : en === 'task'
            ? asWritten(value, fm.sources.get(key))
            : value;
    lines[en] = line;
    itemLines[en] = fm.itemLines.get(key) ?? [];
  }
  const several = typeof fields['task'] === 'string' ? taskList(fields['task']) : undefined;
  const listed = several && [...new Set(several)];
  if (listed) {
    const ids = listed.map((id) => (/^\d+$/.test(id) ? id : `"${id}"`)).join(', ');
    diagnostics.push(
      diagnostic({
        code: 'frontmatter-lenient',
        severity: 'warning',
        file,
        line: lines['task']!,
        message: `任务“${String(fields['task']).trim()}”已按 ${listed.length} 项任务（${listed.join('、')}）读取`,
        hint: listed.length === 1 ? `请写作 ${ids}` : `几项任务请写作 [${ids}]`,
      }),
    );
    fields['task'] = listed;
  }
  const parsed = evidenceSchema.safeParse(fields);
  if (!parsed.success) {
    // Name the task even when the file is unusable, so that per-task views still show it.
    const first = Array.isArray(fields['task']) ? fields['task'][0] : fields['task'];
    const task = /^\d+$/.test(String(first ?? '').trim()) ? Number(String(first).trim()) : undefined;
    const reported = new Set<string>();
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const index = typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
      // An item as a clerk counts it: the first is 第 1 项 (its line is the item's own).
      const where = `${key}${index === undefined ? '' : ` 第 ${index + 1} 项`}`;
      if (reported.has(where)) continue;
      reported.add(where);
      const help = FIELD_HELP[key];
      const missing = !(key in fields);
      const line = missing ? 1 : index === undefined ? lines[key]! : (itemLines[key]?.[index] ?? lines[key]!);
      const shown = missing ? '' : describe(index === undefined ? fields[key] : (fields[key] as unknown[])[index]);
      diagnostics.push(
        diagnostic({
          code: 'frontmatter-schema',
          severity: 'error',
          file,
          line,
          task,
          message: missing
            ? `缺少必填字段 ${key}（${help?.zh ?? key}）`
            : key === 'metrics' && issue.path[2] === 'value'
              ? `${where}的 value（数值）没有填写：请填写实际数值，如 100%`
              : `${where}（${help?.zh ?? key}）${shown}不符合要求：${help?.help ?? issue.message}`,
          hint: help ? `${key}（${help.zh}）${help.help}` : issue.message,
        }),
      );
    }
    return { diagnostics };
  }
  const f = parsed.data;
  const written = fields['date'];
  if (typeof written === 'string' && written.trim() !== f.date) {
    diagnostics.push(
      diagnostic({ code: 'frontmatter-lenient', severity: 'warning', file, line: lines['date'] ?? 1, message: `日期“${written.trim()}”已按 ${f.date} 读取`, hint: `建议写作 ${f.date}` }),
    );
  }
  const evidence: EvidenceFile = {
    file,
    taskRefs: f.task,
    unit: canonical(f.unit),
    title: f.title,
    date: f.date,
    status: f.status,
    ...(f.kind === undefined ? {} : { kind: f.kind }),
    metrics: (f.metrics ?? []).map((m, i) => ({
      name: m.name,
      raw: m.value,
      ...(m.target === undefined || m.target === '' ? {} : { target: m.target }),
      line: itemLines['metrics']?.[i] ?? lines['metrics'] ?? 1,
    })),
    attachments: (f.attachments ?? []).map((a, i) => ({ ...a, line: itemLines['attachments']?.[i] ?? lines['attachments'] ?? 1 })),
    items: f.items ?? [],
    body: fm.body,
    lines,
    extra,
  };
  return { evidence, diagnostics };
}

/**
 * The field a key not known was meant as, when it is one slip away: other letter case, a plural or
 * singular `s` (attachment, metric, tasks), two letters swapped (titel, stauts) or one letter wrong,
 * missing or extra in a name of four letters or more (data, titl); undefined otherwise (备注, note, author,
 * and names with a number: task1, task2).
 */
export function misspelledKey(key: string): string | undefined {
  const k = key.trim().toLowerCase();
  // A field name with a number (task1, task2: one per task, date2) is the office's own, not a slip.
  if (/\d/.test(k)) return undefined;
  const fields = Object.keys(FIELD_HELP);
  if (fields.includes(k)) return k;
  const plural = fields.find((f) => f === `${k}s` || `${f}s` === k);
  if (plural) return plural;
  for (let i = 0; i + 1 < k.length; i++) {
    const swapped = `${k.slice(0, i)}${k[i + 1]}${k[i]}${k.slice(i + 2)}`;
    if (fields.includes(swapped)) return swapped;
  }
  return fields.find((f) => f.length >= 4 && editDistance(k, f) === 1);
}

/** A task id written as a number keeps its digits as written (`3.10` stays "3.10", not 3.1). */
function asWritten(value: unknown, sources: readonly string[] | undefined): unknown {
  if (typeof value === 'number') return sources?.[0] ?? value;
  if (Array.isArray(value)) return value.map((v, i) => (typeof v === 'number' ? sources?.[i] || v : v));
  return value;
}

function normalizeKeys(item: unknown, aliases: Readonly<Record<string, string>>): unknown {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) out[aliases[k] ?? k] = v;
  return out;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return '为空，';
  if (typeof value === 'string' || typeof value === 'number') return `“${String(value).slice(0, 40)}”`;
  return '';
}
