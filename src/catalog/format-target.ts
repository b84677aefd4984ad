import type { Target } from './types.js';

/** A target written for people: `安装率 ≥ 100%`. */
export function formatTarget(t: Target): string {
  const op = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }[t.op];
  return `${t.name} ${op} ${t.value}${t.unit}`;
}
