import type { CheckResult } from './types.js';

/**
 * Stable evidence numbers (编号): task id and the evidence's place among that task's files in
 * path order, e.g. 24-01. The same number is used in the report, the index and the package.
 */
export function evidenceIds(result: CheckResult): Map<string, string> {
  const ids = new Map<string, string>();
  for (const t of result.tasks) {
    t.evidence.forEach((e, i) => ids.set(evidenceKey(t.no, e.file), `${t.id}-${String(i + 1).padStart(2, '0')}`));
  }
  return ids;
}

/** The key of one task's evidence file in the map of evidenceIds. */
export function evidenceKey(task: number, file: string): string {
  return `${task}|${file}`;
}
