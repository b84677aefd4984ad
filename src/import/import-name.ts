import { basename, extname } from 'node:path';
import { taskRef } from '../catalog/find-task.js';
import { dateShaped, readDate } from '../dossier/dates.js';
import { halfWidth } from '../util/half-width.js';

/** What a file name like `T24_住建局_标题_2020-12-20.docx` says about the evidence. */
export interface NameFields {
  /** The task id as written (`24`, `3.2`), normalized by taskRef. */
  readonly task?: string;
  /** The department, canonical, when a part of the name is a known department. */
  readonly unit?: string;
  /** The title the name gives: its parts other than task, department and date. */
  readonly title?: string;
  /** The file name without extension (the title of last resort). */
  readonly stem: string;
  /** ISO date. */
  readonly date?: string;
  /** Parts that are neither task, department nor date (they make the title). */
  readonly rest: readonly string[];
  /** A part written as a date of a day that does not exist (`2021-02-30`): not in the title, and no date. */
  readonly badDate?: string;
}

// 第24项 is a task, but 第12号 is how a document number is written (简报第12号): not a task.
const TASK = /^(?:(?:T|任务)\s*([0-9]+(?:[.-][0-9]+)?)\s*[项号]?|第\s*([0-9]+(?:[.-][0-9]+)?)\s*项)$/i;
const BARE_TASK = /^[0-9０-９]+(?:[.．\-－][0-9０-９]+)?$/;

/**
 * Reads a file name split at underscores: `T24_住建局_标题_2020-12-20.docx`, `24_住建局_标题_2020.12.20.pdf`
 * (a leading bare number is a task), parts in any order. A name without underscores is split at
 * spaces and at dashes that do not stand between two digits (`T24-住建局-标题-2020-12-20.pdf`,
 * `T24 住建局 标题.pdf`); a task in brackets before the rest (`【T24】住建局检查记录.pdf`) is a part of
 * its own; what a download or a copy adds at the end (` (1)`, ` - 副本`) is not part of the name.
 * When no part is the department or the date, a part may begin with the department
 * (`住建局检查记录`) or end with the date (`检查记录2021.3.1`). Dates take the forms readDate accepts
 * and, in names only, the compact `20201220`. `unitOf` returns the canonical name of a known
 * department or undefined. A name without task, department or date gives no title: its stem may
 * still serve when nothing better is known.
 */
export function readImportName(fileName: string, unitOf: (part: string) => string | undefined): NameFields {
  const stem = basename(fileName, extname(fileName)).trim();
  const { parts, separator } = splitName(withoutCopyMark(stem));
  let task: string | undefined;
  let unit: string | undefined;
  let date: string | undefined;
  let badDate: string | undefined;
  let badAt = 0;
  let rest: string[] = [];
  parts.forEach((part, i) => {
    // Full-width letters and digits typed with a Chinese input method (Ｔ２４) read as half-width.
    const t = TASK.exec(halfWidth(part).normalize('NFKC'));
    if (task === undefined && (t || (i === 0 && parts.length > 1 && BARE_TASK.test(part)))) {
      task = taskRef(t ? (t[1] ?? t[2])! : part);
      return;
    }
    const d = date === undefined ? (readDate(part) ?? compactDate(part)) : undefined;
    if (d) {
      date = d.iso;
      return;
    }
    if (date === undefined && badDate === undefined && dateShaped(part)) {
      badDate = part;
      badAt = rest.length;
      return;
    }
    const u = unit === undefined ? unitOf(part) : undefined;
    if (u !== undefined) {
      unit = u;
      return;
    }
    rest.push(part);
  });
  // With a real date found after it, a date-shaped part is only a part of the title.
  if (badDate !== undefined && date !== undefined) {
    rest.splice(badAt, 0, badDate);
    badDate = undefined;
  }
  // The department written at the start of the first part that begins with one, the date at the end of the last part that ends with one.
  if (unit === undefined) {
    const at = rest.findIndex((p) => leadingUnit(p, unitOf));
    if (at >= 0) {
      const found = leadingUnit(rest[at]!, unitOf)!;
      unit = found.unit;
      rest = rest.flatMap((p, i) => (i !== at ? [p] : found.after ? [found.after] : []));
    }
  }
  if (date === undefined && badDate === undefined) {
    const at = rest.findLastIndex((p) => trailingDate(p));
    if (at >= 0) {
      const found = trailingDate(rest[at]!)!;
      date = found.iso;
      rest = rest.flatMap((p, i) => (i !== at ? [p] : found.before ? [found.before] : []));
    }
  }
  const found = task !== undefined || unit !== undefined || date !== undefined;
  const title = found ? rest.join(separator) : '';
  return {
    ...(task === undefined ? {} : { task }),
    ...(unit === undefined ? {} : { unit }),
    ...(title ? { title } : {}),
    stem,
    ...(date === undefined ? {} : { date }),
    rest,
    ...(badDate === undefined ? {} : { badDate }),
  };
}

/** A name without what Windows or a browser adds to a copy at the end: ` (1)`, ` - 副本`, ` - 副本 (2)`, ` - Copy`. */
function withoutCopyMark(stem: string): string {
  const out = stem.replace(/\s+\(\d{1,3}\)$/, '').replace(/\s+-\s+(?:副本|复制|Copy)$/i, '');
  return out.trim() === '' ? stem : out.trim();
}

/** A task in brackets at the start of a name: `【T24】`, `[任务24]`, `（第24项）`. */
const BRACKETED_TASK = /^[【[［(（]\s*([^】\]］)）]{1,12}?)\s*[】\]］)）]\s*(.*)$/;

/** The parts of a name (empty ones dropped) and the separator that joins the title's parts again. */
function splitName(stem: string): { parts: string[]; separator: string } {
  const bracketed = BRACKETED_TASK.exec(stem);
  const head = bracketed && TASK.test(halfWidth(bracketed[1]!).normalize('NFKC')) ? [bracketed[1]!] : [];
  const body = head.length ? bracketed![2]! : stem;
  const split = (re: RegExp) =>
    body
      .split(re)
      .map((p) => p.trim())
      .filter((p) => p !== '');
  if (/[_＿]/.test(body)) return { parts: [...head, ...split(/[_＿]+/)], separator: '_' };
  // A dash between two digits is part of a date (2020-12-20) or a task (3-2); any other separates.
  const dashed = /[^\d][-－—]|[-－—][^\d]/.test(body);
  return { parts: [...head, ...split(/[\s\u3000]+|(?<!\d)[-－—]+|[-－—]+(?!\d)/)], separator: dashed ? '-' : ' ' };
}

/** The department a part begins with (the longest name that is one), and what follows it; undefined when there is none or nothing follows. */
function leadingUnit(part: string, unitOf: (part: string) => string | undefined): { unit: string; after: string } | undefined {
  for (let n = part.length - 1; n >= 2; n--) {
    const unit = unitOf(part.slice(0, n));
    if (unit !== undefined) return { unit, after: part.slice(n).trim() };
  }
  return undefined;
}

/** The date a part ends with (`检查记录2021.3.1`, `检查记录20210301`), and what comes before it. */
function trailingDate(part: string): { iso: string; before: string } | undefined {
  const m = /(?:\d{4}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}\s*日?|20\d{6})$/.exec(part);
  if (!m || m.index === 0) return undefined;
  const d = readDate(m[0]) ?? compactDate(m[0]);
  return d ? { iso: d.iso, before: part.slice(0, m.index).trim() } : undefined;
}

/** `20201220` as a date (years 2000–2099 only, so that other eight-digit numbers stay in the title). */
function compactDate(part: string): ReturnType<typeof readDate> {
  const m = /^(20\d{2})(\d{2})(\d{2})$/.exec(part);
  return m ? readDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}
