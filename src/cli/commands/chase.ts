import { join, resolve } from 'node:path';
import { chaseList, type ChaseList } from '../../check/chase.js';
import { chaseMarkdown, chaseSheets } from '../../check/chase-format.js';
import { sheetsToXlsx } from '../../sheet/to-xlsx.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { buildDate } from '../build-date.js';
import type { Io } from '../io.js';
import { shownPath } from '../open-workspace.js';
import { checkWorkspace, type CheckCommandOptions } from '../check-workspace.js';

/** Options of `dossier chase`. */
export interface ChaseOptions extends CheckCommandOptions {
  readonly format: 'terminal' | 'md' | 'xlsx';
  readonly out?: string;
}

/** `dossier chase`: the per-department chase list on the terminal, as markdown or as XLSX. */
export async function chaseCommand(io: Io, opts: ChaseOptions): Promise<number> {
  const { ws, catalog, result, unit } = await checkWorkspace(io, opts, { trustStatus: true });
  const list = chaseList(catalog, result, unit);
  switch (opts.format) {
    case 'xlsx': {
      const out = opts.out === undefined ? join(ws.output, '催办清单.xlsx') : resolve(io.cwd, opts.out);
      await writeFileAtomic(out, await sheetsToXlsx(chaseSheets(list, ws.district), { date: buildDate(io.env, ws.date), creator: ws.district }));
      io.out(`${summaryLine(list)}\n已写出催办清单：${shownPath(io.cwd, out)}\n`);
      return 0;
    }
    case 'md': {
      const md = chaseMarkdown(list, ws.district);
      if (opts.out === undefined) io.out(md);
      else {
        const out = resolve(io.cwd, opts.out);
        await writeFileAtomic(out, md);
        io.out(`已写出催办清单：${shownPath(io.cwd, out)}\n`);
      }
      return 0;
    }
    default:
      io.out(chaseTerminal(list));
      return 0;
  }
}

function summaryLine(list: ChaseList): string {
  const items = list.entries.reduce((n, e) => n + e.items.length, 0);
  return `催办清单（截至 ${list.asOf}）：${list.entries.length} 个单位共 ${items} 项待办${list.collective.length ? `，另有集体责任任务 ${list.collective.length} 项` : ''}。`;
}

function chaseTerminal(list: ChaseList): string {
  const out: string[] = [summaryLine(list)];
  const show = (title: string, items: ChaseList['collective']) => {
    out.push('', `${title}（${items.length} 项）`);
    for (const i of items) {
      const task = i.task === undefined ? '' : `任务 ${i.task}`;
      const due = i.deadline ? `（时限 ${i.deadline}）` : '';
      const where = i.file ? `  ${i.file}${i.line ? `:${i.line}` : ''}` : '';
      out.push(`  [${i.kind}] ${task}${due} ${i.detail}${where}`);
    }
  };
  for (const e of list.entries) show(e.unit, e.items);
  if (list.collective.length) show('集体责任任务（由创建办统筹）', list.collective);
  return out.join('\n') + '\n';
}
