import type { DraftRow } from './table-rows.js';

type ErrorFn = (row: DraftRow, message: string, hint?: string) => void;

/**
 * The ids of a table's rows from their printed numbers: the number itself when unique (`"24"`,
 * `"3.2"`), `<section>-<number>` when numbering restarts at 1 in every section, the running order
 * when there is no number column. Duplicates and gaps (a lost row) are errors at their place.
 */
export function assignIds(rows: readonly DraftRow[], what: '任务' | '日程', error: ErrorFn): string[] {
  if (rows.every((r) => r.printed === undefined)) return rows.map((_, i) => String(i + 1));
  const printed = rows.map((r) => r.printed ?? '');
  const unique = new Set(printed).size === printed.length;
  if (!unique && restartsPerSection(rows)) return rows.map((r) => `${r.section}-${r.printed}`);
  const first = new Map<string, DraftRow>();
  const next = new Map<string, number>();
  for (const r of rows) {
    const no = r.printed!;
    const before = first.get(no);
    if (before) {
      error(r, `${what}序号 ${no} 重复，${before.row.place()}已经用过`, '请给每一行不同的序号');
      continue;
    }
    first.set(no, r);
    // Dotted numbers (3.1, 3.2 …) run on within their prefix; plain numbers over the whole table.
    const dot = no.lastIndexOf('.');
    const prefix = dot < 0 ? '' : no.slice(0, dot);
    const n = Number(no.slice(dot + 1));
    const expected = next.get(prefix) ?? 1;
    if (n !== expected) {
      const last = expected - 1;
      const p = prefix === '' ? '' : `${prefix}.`;
      const gap = n > expected ? `缺少序号 ${p}${expected}${n - 1 > expected ? `–${p}${n - 1}` : ''}` : '序号倒退了';
      error(r, `${what}序号从 ${p}${last} 跳到了 ${no}：${gap}`, '序号应从 1 开始连续编号；如果有行被删掉或拆开了，请补齐');
    }
    next.set(prefix, Math.max(expected, n + 1));
  }
  return printed;
}

/** True when every section numbers its rows 1, 2, 3 … on its own. */
function restartsPerSection(rows: readonly DraftRow[]): boolean {
  const bySection = new Map<number, string[]>();
  for (const r of rows) bySection.set(r.section, [...(bySection.get(r.section) ?? []), r.printed ?? '']);
  if (bySection.size < 2) return false;
  return [...bySection.values()].every((nos) => nos.every((n, i) => n === String(i + 1)));
}
