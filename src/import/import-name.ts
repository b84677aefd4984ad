import { basename, extname } from 'node:path';
import { taskRef } from '../catalog/find-task.js';
import { readDate } from '../dossier/dates.js';
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
}

// 第24项 is a task, but 第12号 is how a document number is written (简报第12号): not a task.
const TASK = /^(?:(?:T|任务)\s*([0-9]+(?:[.-][0-9]+)?)\s*[项号]?|第\s*([0-9]+(?:[.-][0-9]+)?)\s*项)$/i;
const BARE_TASK = /^[0-9０-９]+(?:[.．\-－][0-9０-９]+)?$/;

/**
 * Reads a file name split at underscores: `T24_住建局_标题_2020-12-20.docx`, `24_住建局_标题_2020.12.20.pdf`
 * (a leading bare number is a task), parts in any order. Dates take the forms readDate accepts and,
 * in names only, the compact `20201220`. `unitOf` returns the canonical name of a
 * known department or undefined. A name without task, department or date gives no title: its
 * stem may still serve when nothing better is known.
 */
export function readImportName(fileName: string, unitOf: (part: string) => string | undefined): NameFields {
  const stem = basename(fileName, extname(fileName)).trim();
  const parts = stem
    .split(/[_＿]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let task: string | undefined;
  let unit: string | undefined;
  let date: string | undefined;
  const rest: string[] = [];
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
    const u = unit === undefined ? unitOf(part) : undefined;
    if (u !== undefined) {
      unit = u;
      return;
    }
    rest.push(part);
  });
  const found = task !== undefined || unit !== undefined || date !== undefined;
  const title = found ? rest.join('_') : '';
  return {
    ...(task === undefined ? {} : { task }),
    ...(unit === undefined ? {} : { unit }),
    ...(title ? { title } : {}),
    stem,
    ...(date === undefined ? {} : { date }),
    rest,
  };
}

/** `20201220` as a date (years 2000–2099 only, so that other eight-digit numbers stay in the title). */
function compactDate(part: string): ReturnType<typeof readDate> {
  const m = /^(20\d{2})(\d{2})(\d{2})$/.exec(part);
  return m ? readDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}
