import type { Catalog, Task } from './types.js';
import { halfWidth } from '../util/half-width.js';

/** Normalizes a task reference as a clerk writes it (`24`, ` 24 `, `２４`, `任务24`, `2-3`) to an id. */
export function taskRef(ref: unknown): string {
  return halfWidth(String(ref))
    .replace(/\s+/g, '')
    .replace(/^(?:任务|T)/i, '');
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
