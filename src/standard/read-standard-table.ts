import { chineseNumber } from '../util/chinese-number.js';
import type { RawRow, RawTable } from '../catalog/raw-table.js';
import type { PlanIssue } from '../catalog/types.js';
import { parseClauses } from './parse-clauses.js';
import type { Standard, StandardItem } from './types.js';

type Role = 'l1' | 'l2' | 'l3' | 'content' | 'criteria' | 'points' | 'other';

const ROLES: ReadonlyArray<readonly [Role, RegExp]> = [
  ['l1', /^一级(?:项目?|指标)?/],
  ['l2', /^二级(?:项目?|指标)?/],
  ['l3', /^三级(?:项目?|指标)?/],
  ['criteria', /评分标准|扣分标准|评分细则|评分方法|扣分细则/],
  ['content', /评价内容|考核内容|评价要求|考评内容/],
  ['points', /^(?:分值|标准分|满分)/],
];

/** A title with its points: `城市安全源头治理（18分）`, `(1)城市总体规划…（2分）`, `1.城市安全规划 5分`. */
const POINTS = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]\s*$|\s(\d+(?:\.\d+)?)\s*分\s*$/;

/** What reading the official table gives: the standard, or the problems that stop it. */
export interface StandardRead {
  readonly standard?: Standard;
  readonly issues: PlanIssue[];
}

/**
 * Reads the official 评价细则/评分标准 table (Word or Excel, already spread into raw tables):
 * columns 一级项 | 二级项 | 三级项 | 评价内容 | 评分标准 found by their header words below any title
 * rows; merged cells name every row they cover; points come from the titles (`（18分）`) or a
 * 分值 column; each 评分标准 text is parsed into clauses.
 */
export function readStandardTables(tables: readonly RawTable[], name: string, source: string): StandardRead {
  const issues: PlanIssue[] = [];
  const items: StandardItem[] = [];
  const byKey = new Map<string, { item: StandardItem; criteria: string[]; row: RawRow }>();
  let roles: Role[] | undefined;
  const l1Ids = new Map<string, string>();
  for (const table of tables) {
    for (const row of table.rows) {
      const cells = row.cells.map((c) => c.replace(/<\/?b>/g, '').trim());
      if (cells.every((c) => c === '')) continue;
      const header = headerRoles(cells);
      if (header) {
        roles = header;
        continue;
      }
      if (!roles) continue;
      const at = (r: Role) => roles!.indexOf(r);
      const cell = (r: Role) => (at(r) >= 0 ? (cells[at(r)] ?? '') : '');
      const [t1, t2, t3] = [cell('l1'), cell('l2'), cell('l3')];
      if (t3 === '' && cell('criteria') === '') continue;
      if (t1 === '' || t2 === '' || t3 === '') {
        issues.push({
          severity: 'error',
          line: row.line,
          place: row.place(),
          message: '这一行的一级项、二级项或三级项是空的',
          hint: '合并单元格请保持合并；每一行都要能看出它属于哪个一级项、二级项和三级项',
        });
        continue;
      }
      const l1 = titled(t1, 1, () => chineseNumber(l1Ids.size + 1));
      if (!l1Ids.has(t1)) l1Ids.set(t1, l1.id);
      const id1 = l1Ids.get(t1)!;
      const l2 = titled(t2, 2, () => String(items.filter((i) => i.level === 2).length + 1));
      const l3 = titled(t3, 3, () => String(items.filter((i) => i.level === 3).length + 1));
      const points3 = at('points') >= 0 && /^\d+(?:\.\d+)?$/.test(cell('points')) ? Number(cell('points')) : l3.points;
      add(`1|${id1}`, { id: id1, level: 1, title: l1.title, points: l1.points, clauses: [], source, confirmed: true }, row);
      add(`2|${l2.id}`, { id: l2.id, level: 2, parent: id1, title: l2.title, points: l2.points, clauses: [], source, confirmed: true }, row);
      const entry = add(`3|${l3.id}`, { id: l3.id, level: 3, parent: l2.id, title: l3.title, points: points3, content: cell('content'), clauses: [], source, confirmed: true }, row);
      const criteria = cell('criteria');
      if (criteria !== '' && !entry.criteria.includes(criteria)) entry.criteria.push(criteria);
    }
  }
  function add(key: string, item: StandardItem, row: RawRow) {
    let entry = byKey.get(key);
    if (!entry) {
      entry = { item, criteria: [], row };
      byKey.set(key, entry);
      items.push(item);
    }
    return entry;
  }
  if (!roles) {
    issues.push({ severity: 'error', line: 0, message: '没有找到评分表的表头', hint: '表头应写明“一级项”“二级项”“三级项”“评价内容”“评分标准”（表头上方可以有一行标题）' });
    return { issues };
  }
  const finished = items.map((item) => {
    if (item.level !== 3) return item;
    const entry = byKey.get(`3|${item.id}`)!;
    return { ...item, clauses: parseClauses(entry.criteria.join('\n')) };
  });
  checkPoints(finished, issues, (id) => byKey.get(`3|${id}`)?.row);
  if (issues.some((i) => i.severity === 'error')) return { issues };
  return { standard: { name, source, items: finished }, issues };
}

function headerRoles(cells: readonly string[]): Role[] | undefined {
  const roles = cells.map((c): Role => ROLES.find(([, re]) => re.test(c.replace(/\s+/g, '')))?.[0] ?? 'other');
  return roles.includes('l3') && roles.includes('criteria') ? roles : undefined;
}

/** An item's id, title and points from its cell: `一、城市安全源头治理（18分）` → 一, 城市安全源头治理, 18. */
function titled(text: string, level: 1 | 2 | 3, next: () => string): { id: string; title: string; points: number | null } {
  const p = POINTS.exec(text);
  const points = p ? Number(p[1] ?? p[2]) : null;
  let rest = (p ? text.slice(0, p.index) : text).trim();
  let id: string | undefined;
  const m = level === 1 ? /^([一二三四五六七八九十]+)\s*[、.．]\s*/.exec(rest) : /^[（(]?\s*(\d+)\s*[）).．、]\s*/.exec(rest);
  if (m) {
    id = m[1]!;
    rest = rest.slice(m[0].length).trim();
  }
  return { id: id ?? next(), title: rest, points };
}

/** Points must add up: 三级项 to their 二级项, 二级项 to their 一级项. */
function checkPoints(items: readonly StandardItem[], issues: PlanIssue[], rowOf: (id: string) => RawRow | undefined): void {
  for (const parent of items.filter((i) => i.level !== 3)) {
    const children = items.filter((i) => i.level === parent.level + 1 && i.parent === parent.id);
    if (parent.points === null || children.some((c) => c.points === null)) continue;
    const sum = Math.round(children.reduce((a, c) => a + c.points!, 0) * 100) / 100;
    if (sum !== parent.points) {
      const row = children[0] ? rowOf(children[0].level === 3 ? children[0].id : (items.find((i) => i.level === 3 && i.parent === children[0]!.id)?.id ?? '')) : undefined;
      issues.push({
        severity: 'warning',
        line: row?.line ?? 0,
        ...(row ? { place: row.place() } : {}),
        message: `${parent.level === 1 ? '一级项' : '二级项'}“${parent.title}”是 ${parent.points} 分，下面各项合计 ${sum} 分`,
        hint: '请核对表中各项的分值（写在标题括号中，如“（2分）”）',
      });
    }
  }
}
