import { SCORE_INPUT_HINT, ScoreInputError, scoreWorkspace } from '../../score/load-score.js';
import type { ItemScore, StandardScore } from '../../score/score-standard.js';
import { padEnd, truncate } from '../../util/text-width.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import type { WorkspaceOptions } from '../open-workspace.js';
import { shownPath } from '../open-workspace.js';
import { checkWorkspace } from '../check-workspace.js';

/** Options of `dossier score`. */
export interface ScoreOptions extends WorkspaceOptions {
  readonly json?: boolean;
}

/** `dossier score`: the self-score by the national standard, from 自评.yaml and the evidence; `--json` is the contract. */
export async function scoreCommand(io: Io, opts: ScoreOptions): Promise<number> {
  const { ws, catalog, result } = await checkWorkspace(io, opts, { trustStatus: true });
  let score;
  try {
    score = await scoreWorkspace(ws, catalog, result);
  } catch (err) {
    if (err instanceof ScoreInputError) throw new UsageError(err.message, SCORE_INPUT_HINT);
    throw err;
  }
  if (opts.json) {
    const { standard, total, items, diagnostics } = score;
    io.out(JSON.stringify({ standard, total, items, diagnostics }, null, 2) + '\n');
    return 0;
  }
  io.out(scoreTable(score, shownPath(io.cwd, ws.standard), io.columns));
  return 0;
}

/** The score on the terminal: what is unfinished first, then 一级项 and the 三级项 that lost points. */
export function scoreTable(s: StandardScore, standardFile: string, columns: number): string {
  const out: string[] = [];
  const l3 = s.items.filter((i) => i.level === 3);
  const unassessed = l3.filter((i) => i.status === 'unassessed');
  const unsupported = s.diagnostics.filter((d) => d.code === 'item-unsupported');
  if (unassessed.length > 0) {
    out.push(
      `注意：${l3.length} 个三级项中还有 ${unassessed.length} 项没有自评（${unassessed
        .slice(0, 15)
        .map((i) => `（${i.id}）`)
        .join('')}${unassessed.length > 15 ? '等' : ''}），下面的得分只是已自评部分的合计，不是最终得分。`,
      '',
    );
  }
  out.push(`自评得分（按 ${s.standard.name}，${standardFile}）：`, `${padEnd('一级项', 30)}${padEnd('分值', 8)}${padEnd('得分', 8)}${padEnd('扣分', 8)}状态`);
  const statusText = (i: ItemScore) => (i.status === 'assessed' ? '已自评' : i.status === 'not-applicable' ? '不适用' : '未自评完');
  const num = (n: number | null) => (n === null ? '—' : String(n));
  for (const i of s.items.filter((x) => x.level === 1))
    out.push(`${padEnd(truncate(`${i.id}、${i.title ?? '（缺）'}`, 28), 30)}${padEnd(num(i.points), 8)}${padEnd(num(i.score), 8)}${padEnd(num(i.deducted), 8)}${statusText(i)}`);
  out.push('', `已自评的三级项合计：分值 ${s.total.points}，得分 ${s.total.score}，扣分 ${s.total.deducted}。`);
  const lost = l3.filter((i) => (i.deducted ?? 0) > 0);
  if (lost.length > 0) {
    out.push('', '扣分的三级项：');
    for (const i of lost) {
      out.push(`  （${i.id}）${i.title} 扣 ${i.deducted} 分`);
      for (const c of i.clauses.filter((x) => x.deducted > 0)) {
        const why = c.value !== null ? `实测 ${c.value}` : c.count !== null ? `${c.count} 处` : '';
        out.push(`      第 ${c.no} 条 扣 ${c.deducted} 分（${why}）：${truncate(c.text, Math.max(30, columns - 30))}`);
      }
    }
  }
  const na = l3.filter((i) => i.status === 'not-applicable');
  if (na.length > 0) out.push('', `不适用：${na.map((i) => `（${i.id}）${i.title ?? ''}${i.reason ? `——${i.reason}` : ''}`).join('；')}`);
  if (unsupported.length > 0)
    out.push(
      '',
      `没有佐证材料的三级项 ${unsupported.length} 项：${unsupported
        .slice(0, 20)
        .map((d) => `（${d.item}）`)
        .join('')}${unsupported.length > 20 ? '等' : ''}（在 dossier.config.yaml 的 mapping 中对应任务，或在佐证文件中写 items）`,
    );
  return out.join('\n') + '\n';
}
