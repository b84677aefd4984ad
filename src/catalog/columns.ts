/** What a column of a plan table holds. */
export type ColumnRole = 'no' | 'text' | 'units' | 'lead' | 'support' | 'deadline' | 'items' | 'extra';

/** The columns of a table header: each column's role and header text. */
export interface Columns {
  readonly roles: readonly ColumnRole[];
  readonly headers: readonly string[];
  /** True when the task column says 阶段 (阶段性工作任务): the schedule table. */
  readonly schedule: boolean;
}

/** A schedule table's header as messages suggest writing it (its task column says 阶段: recognizeHeader). */
export const SCHEDULE_HEADER = '序号、阶段性工作任务、责任单位、完成时限';

/** Header words per role; the first role whose pattern matches a header cell wins. */
const ROLE_WORDS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['no', /^(?:序号|编号|序|项目编号|任务编号|任务序号|No\.?)$/i],
  ['lead', /^(?:牵头(?:责任)?(?:单位|部门))/],
  ['support', /^(?:配合|协办|协助|参与|协同)(?:责任)?(?:单位|部门)/],
  ['units', /^(?:责任(?:单位|部门|主体|科室)|主体责任单位|主责(?:单位|部门)|主办(?:单位|部门)|承办(?:单位|部门)|承担(?:单位|部门)|落实(?:单位|部门)|负责(?:单位|部门)|实施(?:单位|主体))/],
  ['deadline', /(?:完成时限|完成时间|完成日期|时间节点|时限要求|完成期限|时间要求|时间安排|进度安排|时间进度|截止(?:时间|日期)|^时限|^时间$)/],
  ['items', /(?:对应指标|评价指标|对应细则|指标序号|对应评价|评分项|对应条款)/],
  [
    'text',
    /(?:主要目标任务|工作任务|任务内容|具体任务|工作内容|主要任务|目标任务|阶段性工作任务|创建任务|重点任务|工作措施|具体措施|任务措施|任务名称|工作事项|任务事项|重点工作|工作要点|具体工作|^任务$|^事项$|创建内容)/,
  ],
];

/** Each header cell's role by its words; empty and unknown cells are extra. */
function rolesOf(headers: readonly string[]): ColumnRole[] {
  return headers.map((h) => (h === '' ? 'extra' : (ROLE_WORDS.find(([, re]) => re.test(h))?.[0] ?? 'extra')));
}

/** A header cell as compared: no spaces, no bold marks. */
export function headerKey(cell: string): string {
  return cell.replace(/<\/?b>|\*\*/g, '').replace(/\s+/g, '');
}

/**
 * Reads a row as a table header when it names a task column and at least one of number, units or
 * deadline (`序号 | 主要目标任务 | 责任单位 | 完成时限`, in any order, title rows above allowed);
 * undefined when it is not a header.
 */
export function recognizeHeader(cells: readonly string[]): Columns | undefined {
  const headers = cells.map(headerKey);
  const roles = rolesOf(headers);
  const textCols = roles.flatMap((r, i) => (r === 'text' ? [i] : []));
  if (textCols.length === 0) return undefined;
  if (!roles.some((r) => r === 'no' || r === 'units' || r === 'lead' || r === 'deadline')) return undefined;
  // Merged header cells repeat their text; only the first copy of a role counts (except text, below).
  const seen = new Set<ColumnRole>();
  const final = roles.map((r, i) => {
    if (r === 'extra' || r === 'text') return r;
    if (seen.has(r)) return headers[i] === headers[roles.indexOf(r)] ? 'extra' : r === 'units' ? 'units' : 'extra';
    seen.add(r);
    return r;
  });
  return { roles: final, headers, schedule: textCols.some((i) => headers[i]!.includes('阶段')) };
}

/**
 * Reads the second row of a two-row header (`| | 牵头单位 | 配合单位 |` under `责任单位`): no numbered
 * cell and at least one word of a units or deadline column; undefined otherwise.
 */
export function recognizeSubHeader(cells: readonly string[]): Columns | undefined {
  const headers = cells.map(headerKey);
  if (headers.some((h) => /^\d+(?:\.\d+)*[、.．]?$/.test(h))) return undefined;
  const roles = rolesOf(headers);
  if (!roles.some((r) => r === 'lead' || r === 'support' || r === 'units' || r === 'deadline')) return undefined;
  return { roles, headers, schedule: false };
}

/**
 * Combines a header with a second header row under it (责任单位 spanning 牵头单位 | 配合单位):
 * a cell the second row names more exactly takes its role.
 */
export function refineHeader(upper: Columns, lower: Columns): Columns {
  const roles = upper.roles.map((r, i) => {
    const l = lower.roles[i] ?? 'extra';
    return l !== 'extra' && (r === 'extra' || r === 'units' || r === l) ? l : r;
  });
  const headers = upper.headers.map((h, i) => (lower.headers[i] && lower.headers[i] !== h ? lower.headers[i]! : h));
  return { roles, headers, schedule: upper.schedule || lower.schedule };
}

/** The role signature of a header: two headers with it describe the same table. */
export function signature(c: Columns): string {
  return (c.schedule ? 'schedule:' : '') + c.roles.join(',');
}
