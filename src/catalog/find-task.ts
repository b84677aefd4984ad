import type { Catalog, Task } from './types.js';
import { halfWidth } from '../util/half-width.js';

/**
 * Normalizes a task reference as a clerk writes it (`24`, ` 24 `, `２４`, `任务24`, `T24`, `第24项`,
 * `任务24号`, `Ｔ24`, `2-3`) to an id; zeros written before a number for sorting go (`T05` is task 5).
 */
export function taskRef(ref: unknown): string {
  const id = halfWidth(String(ref))
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(?:任务|T)/i, '')
    .replace(/^第(\d[\d.-]*)项$/, '$1')
    .replace(/^(\d[\d.-]*)[项号]$/, '$1');
  return /^\d+(?:[.-]\d+)*$/.test(id) ? id.replace(/(^|[.-])0+(?=\d)/g, '$1') : id;
}

/**
 * The task ids in one line a clerk wrote for several tasks (`23、34`, `23 34`, `任务23,34`, `23和34`,
 * `任务 23、任务 34`, `第 23 项、第 34 项`);
 * undefined when the line is not such a list (one id, or a part that is no task number).
 */
export function taskList(ref: string): string[] | undefined {
  const parts = halfWidth(ref)
    .trim()
    .split(/[\s,，、;；和及]+/)
    .filter((p) => p !== '');
  // `任务 24、任务 25`, `第 24 项`: a word standing apart from its number belongs to it.
  const joined: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (/^(?:任务|T|第)$/i.test(parts[i]!) && i + 1 < parts.length) joined.push(parts[i]! + parts[++i]!);
    else if (/^[项号]$/.test(parts[i]!) && joined.length > 0) joined[joined.length - 1] += parts[i]!;
    else joined.push(parts[i]!);
  }
  if (joined.length < 2) return undefined;
  const ids = joined.map(taskRef);
  return ids.every((id) => /^\d+(?:[.-]\d+)*$/.test(id)) ? ids : undefined;
}

/** The task a reference names, by its id; undefined when the plan has no such task. */
export function findTask(catalog: Catalog, ref: unknown): Task | undefined {
  const id = taskRef(ref);
  return catalog.tasks.find((t) => t.id === id);
}

/** A task as diagnostics and evidence name it: its id, as a number when it is one (`24`, `"2-3"`). */
export function taskLabel(task: Task): number | string {
  return /^\d+$/.test(task.id) ? Number(task.id) : task.id;
}
