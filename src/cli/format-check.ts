import type { Catalog } from '../catalog/types.js';
import type { CheckResult } from '../check/types.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { chineseNumber } from '../catalog/chinese-number.js';
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
  const taskWide = result.diagnostics.filter((x) => x.file === undefined);
  if (taskWide.length > 0) {
    out.push('', '按任务：');
    for (const d of taskWide) line(d, `  ${padEnd(`任务 ${d.task ?? ''}`, 9)}`);
  }
  out.push('', '进度（按分节）：');
  const head = [padEnd('分节', 34), padEnd('任务', 6), padEnd('已完成', 8), padEnd('推进中', 8), padEnd('未报送', 8), '逾期'].join('');
  out.push(head);
  const row = (title: string, nos: Set<number>) => {
    const ts = result.tasks.filter((t) => nos.has(t.no));
    if (ts.length === 0) return;
    const c = (s: string) => ts.filter((t) => t.status === s).length;
    out.push([padEnd(title, 34), padEnd(String(ts.length), 6), padEnd(String(c('complete')), 8), padEnd(String(c('in-progress')), 8), padEnd(String(c('missing')), 8), String(ts.filter((t) => t.overdue).length)].join(''));
  };
  for (const s of catalog.sections) row(`${chineseNumber(s.no)}、${s.title}`, new Set(catalog.tasks.filter((t) => t.section === s.no).map((t) => t.no)));
  row('合计', new Set(result.tasks.map((t) => t.no)));
  const infos = result.diagnostics.filter((d) => d.severity === 'info').length;
  const s = result.summary;
  out.push(
    '',
    `共 ${s.tasks} 项任务：已完成 ${s.complete}，推进中 ${s.inProgress}，未报送 ${s.missing}，逾期 ${s.overdue}。` +
      `发现错误 ${s.errors} 处，警告 ${s.warnings} 处，提示 ${infos} 处。`,
  );
  if (s.errors === 0) out.push('没有错误。');
  return out.join('\n') + '\n';
}
