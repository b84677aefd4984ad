import { chineseNumber } from '../util/chinese-number.js';
import { evidenceMarkdown, noteComment, posixJoin } from '../model/evidence-body.js';
import { unixNewlines } from '../util/newlines.js';

/** Escapes text so that markdown shows it literally (inline context; newlines become spaces). */
export function escapeMarkdown(text: unknown): string {
  return String(text ?? '')
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(#+|\d+[.)]|[-+])(\s)/, (_, a: string, b: string) => `\\${a}${b}`);
}

/** 2021-06-30 → 2021年6月30日 (empty for no date). */
export function chineseDate(iso: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** `part` of `whole` as a percentage with one decimal (88.5%); 0% when whole is 0. */
export function percent(part: unknown, whole: unknown): string {
  const w = Number(whole);
  const p = Number(part);
  if (!w) return '0%';
  const v = Math.round((p / w) * 1000) / 10;
  return `${v}%`;
}

/**
 * An evidence body made safe to sit under a task in the report, by the body policy of
 * src/model/evidence-body.ts: read on its own (nothing in it reaches past it), headings made bold
 * paragraphs, code and HTML made text, relative picture paths rebased onto the dossier folder
 * (`folder` is the evidence file's folder, relative to the dossier), and written back as markdown
 * that reads as the department wrote it. What the policy changed follows as note comments, which
 * the report's model reports.
 */
export function evidenceBody(body: unknown, folder: string): string {
  const { markdown, notes } = evidenceMarkdown(unixNewlines(String(body ?? '')), { folder });
  return [markdown, ...notes.map(noteComment)].filter(Boolean).join('\n\n');
}

export { posixJoin };

/** The helpers every template may use. */
export const HELPERS: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  md: (text) => escapeMarkdown(text),
  cnDate: (iso) => chineseDate(iso),
  cn: (n) => chineseNumber(Number(n)),
  percent: (part, whole) => percent(part, whole),
  body: (text, folder) => evidenceBody(text, String(folder ?? '')),
  join: (list, sep) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : '、') : ''),
  inc: (n) => Number(n) + 1,
  short: (text) => taskTitle({ text: String(text ?? '') }),
  eq: (a, b) => a === b,
  gt: (a, b) => Number(a) > Number(b),
  json: (v) => JSON.stringify(v),
};

/** A target as documents write it: `>=95` with unit `%` → `≥95%`. */
export function targetText(target: string, unit: string): string {
  return target.replace('>=', '≥').replace('<=', '≤') + unit;
}

/** Plan columns that give a task a title of its own. */
const TITLE_COLUMNS = ['任务名称', '名称', '标题', '简称', '工作任务名称'];

/**
 * The short title a task gets in headings and tables, never cut inside a word: the plan's own
 * title column when it has one, else the text's first sentence, or its first clause when that
 * sentence is longer than 40 characters (the full text always follows the heading).
 */
export function taskTitle(task: { readonly text: string; readonly extra?: Readonly<Record<string, string>> }): string {
  const own = TITLE_COLUMNS.map((c) => task.extra?.[c]?.trim()).find((t) => t);
  if (own) return own;
  const sentence = firstPart(task.text, '；。');
  return [...sentence].length > 40 ? firstPart(sentence, '，') : sentence;
}

/** The text up to the first of `stops` that is outside quotes and brackets (the whole text when none is). */
function firstPart(text: string, stops: string): string {
  let depth = 0;
  const chars = [...text.trim()];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if ('“‘（(《「『【〔'.includes(c)) depth++;
    else if ('”’）)》」』】〕'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && stops.includes(c) && i > 0) return chars.slice(0, i).join('');
  }
  return chars.join('').replace(/[；。，]$/, '');
}
