import type { Catalog } from '../catalog/types.js';
import type { CheckResult } from '../check/types.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { chineseNumber } from '../util/chinese-number.js';
import { padEnd } from '../util/text-width.js';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

/** The check as a terminal report: findings per file, task-wide findings, then progress per section. */
export function formatCheckReport(catalog: Catalog, result: CheckResult, opts: { dossiers: string; columns: number; scope?: string }): string {
  const out: string[] = [];
  const scope = opts.scope ? `，只看${opts.scope}` : '';
  out.push(`佐证资料检查（截至 ${result.asOf}${scope}）：${opts.dossiers}/ 下共 ${result.files} 个佐证文件`);
  let file: string | undefined;
  const line = (d: Diagnostic, lead: string) => {
    out.push(`${lead}${SEVERITY[d.severity]}  ${d.message}  [${d.code}]`);
    if (d.hint) out.push(`${' '.repeat(lead.length + 4)}→ ${d.hint}`);
  };
  for (const d of result.diagnostics.filter((x) => x.file !== undefined)) {
    if (d.file !== file) {
      file = d.file;
      out.push('', `${opts.dossiers}/${file}`);
    }
    line(d, `  ${padEnd(d.line === undefined ? '' : `第${d.line}行`, 9)}`);
  }
  const taskWide = result.diagnostics.filter((x) => x.file === undefined && x.item === undefined);
  if (taskWide.length > 0) {
    out.push('', '按任务：');
    for (const d of taskWide) line(d, `  ${padEnd(`任务 ${d.task ?? ''}`, 9)}`);
  }
  const items = result.diagnostics.filter((x) => x.file === undefined && x.item !== undefined);
  if (items.length > 0) {
    out.push('', '按评价细则三级项：');
    for (const d of items) line(d, `  ${padEnd(`（${d.item}）`, 9)}`);
  }
  out.push('', ...formatProgressTable(catalog, result));
  const infos = result.diagnostics.filter((d) => d.severity === 'info').length;
  const s = result.summary;
  out.push('', `共 ${s.tasks} 项任务：已完成 ${s.complete}，推进中 ${s.inProgress}，未报送 ${s.missing}，逾期 ${s.overdue}。` + `发现错误 ${s.errors} 处，警告 ${s.warnings} 处，提示 ${infos} 处。`);
  if (s.errors === 0) out.push('没有错误。');
  return out.join('\n') + '\n';
}

/** Progress per section as terminal lines: tasks, complete, in progress, missing, overdue. */
export function formatProgressTable(catalog: Catalog, result: CheckResult): string[] {
  const out: string[] = ['进度（按分节）：'];
  const head = [padEnd('分节', 34), padEnd('任务', 6), padEnd('已完成', 8), padEnd('推进中', 8), padEnd('未报送', 8), '逾期'].join('');
  out.push(head);
  const row = (title: string, nos: Set<number>) => {
    const ts = result.tasks.filter((t) => nos.has(t.no));
    if (ts.length === 0) return;
    const c = (s: string) => ts.filter((t) => t.status === s).length;
    out.push(
      [
        padEnd(title, 34),
        padEnd(String(ts.length), 6),
        padEnd(String(c('complete')), 8),
        padEnd(String(c('in-progress')), 8),
        padEnd(String(c('missing')), 8),
        String(ts.filter((t) => t.overdue).length),
      ].join(''),
    );
  };
  for (const s of catalog.sections) row(`${chineseNumber(s.no)}、${s.title}`, new Set(catalog.tasks.filter((t) => t.section === s.no).map((t) => t.no)));
  row('合计', new Set(result.tasks.map((t) => t.no)));
  return out;
}

const CODE_TITLES: Readonly<Record<string, string>> = {
  'task-missing': '任务没有佐证材料',
  'unit-missing': '责任单位未报送',
  overdue: '逾期未完成',
  'metric-below-target': '指标未达到目标',
  'metric-unreported': '目标未报告实际数值',
  'unknown-unit': '单位名称不在方案中',
  'unknown-task': '任务序号不存在',
  'unit-not-responsible': '单位不是该任务的责任单位',
  'attachment-missing': '附件不存在',
  'attachment-outside': '附件在佐证文件夹以外',
  'frontmatter-syntax': '属性区格式错误',
  'frontmatter-schema': '字段缺失或不合规',
  encoding: '文件编码问题',
  unreadable: '文件无法读取',
  'file-outside': '文件链接到佐证文件夹以外',
  'duplicate-evidence': '可能重复报送',
  'frontmatter-lenient': '写法不规范（已照常读取）',
  'stray-file': '文件夹中有未被读取的文件',
  'evidence-placeholder': '材料正文未填写',
  'item-unassessed': '评价细则三级项未自评',
  'item-unsupported': '评价细则三级项没有佐证材料',
};

/** Findings grouped by code, one line each with the tasks concerned: the short version for the main job. */
export function formatFindingSummary(result: CheckResult): string[] {
  const groups = new Map<string, { severity: string; tasks: Set<number | string>; items: string[]; count: number }>();
  for (const d of result.diagnostics) {
    const g = groups.get(d.code) ?? { severity: d.severity, tasks: new Set<number | string>(), items: [], count: 0 };
    g.count++;
    if (d.task !== undefined) g.tasks.add(d.task);
    if (d.item !== undefined) g.items.push(`（${d.item}）`);
    groups.set(d.code, g);
  }
  const out: string[] = [];
  const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const ordered = [...groups].sort((a, b) => rank[a[1].severity]! - rank[b[1].severity]! || b[1].count - a[1].count);
  for (const [code, g] of ordered) {
    const tasks = [...g.tasks].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en', { numeric: true })));
    const shown = tasks.length
      ? `：任务 ${tasks.slice(0, 12).join('、')}${tasks.length > 12 ? ' 等' : ''}`
      : g.items.length
        ? `：三级项 ${g.items.slice(0, 12).join('')}${g.items.length > 12 ? ' 等' : ''}`
        : '';
    out.push(`  ${SEVERITY[g.severity as keyof typeof SEVERITY]}  ${CODE_TITLES[code] ?? code} ${g.count} 处${shown}  [${code}]`);
  }
  return out;
}
