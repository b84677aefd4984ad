import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { builtinAliases, canonicalUnit, makeAliasTable } from '../../catalog/aliases.js';
import { findTask } from '../../catalog/find-task.js';
import type { Catalog } from '../../catalog/types.js';
import { readDate } from '../../dossier/dates.js';
import { loadDossier } from '../../dossier/load.js';
import { STATUSES, type EvidenceStatus } from '../../dossier/types.js';
import { collectInputs } from '../../import/collect-inputs.js';
import { importFile, type ImportContext } from '../../import/import-file.js';
import type { ImportChoices } from '../../import/plan-import.js';
import { nearUnit } from '../../catalog/near-unit.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { openWorkspace, shownPath, type WorkspaceOptions } from '../open-workspace.js';

/** Options of `dossier import`. */
export interface ImportOptions extends WorkspaceOptions {
  readonly task?: string;
  readonly unit?: string;
  readonly title?: string;
  readonly date?: string;
  readonly status?: string;
}

/**
 * `dossier import FILE… [--task ID] [--unit U] [--title T] [--date D] [--status S]`: turns Word,
 * PDF, picture and spreadsheet files (or the files in a folder) into evidence files. One bad file
 * never stops the others: exit 0 when every file was imported, 1 when some were not, 2 on usage errors.
 */
export async function importCommand(io: Io, args: readonly string[], opts: ImportOptions): Promise<number> {
  const { ws, catalog } = await openWorkspace(io, opts);
  const aliases = makeAliasTable(await builtinAliases(), ws.unitAliases);
  const known = [...catalog.units, ...ws.extraUnits];
  const unitOf = (name: string) => {
    const unit = canonicalUnit(name, aliases);
    return known.includes(unit) ? unit : undefined;
  };
  const choices = checkOptions(opts, catalog, known, unitOf);
  const { files, skipped } = await collectInputs(args, io.cwd, ws.dossiers);
  const shown = (p: string) => shownPath(io.cwd, p);

  // A file some evidence file already lists as an attachment is not imported a second time; a file
  // whose name an evidence file already lists may be a second copy of it, which the clerk is told.
  const attachedBy = new Map<string, string>();
  const namedBy = new Map<string, string>();
  if (existsSync(ws.dossiers)) {
    const loaded = await loadDossier(ws.dossiers, aliases);
    for (const ev of loaded.evidence) {
      for (const a of ev.attachments) {
        const path = resolve(ws.dossiers, dirname(ev.file), a.path.replace(/\\/g, '/'));
        attachedBy.set(path, ev.file);
        if (!namedBy.has(basename(path))) namedBy.set(basename(path), ev.file);
      }
    }
  }

  let failed = 0;
  for (const s of skipped) {
    if (s.failed) failed++;
    io.err(`${s.failed ? '错误' : '跳过'}：${shown(s.path)}：${s.reason}\n    → ${s.hint}\n`);
  }
  const ctx: ImportContext = { catalog, dossiers: ws.dossiers, known, unitOf, choices };
  let imported = 0;
  let withTargets = false;
  for (const input of files) {
    const by = attachedBy.get(input.path);
    if (by !== undefined) {
      io.err(`跳过：${shown(input.path)}：已是佐证文件 ${by} 的附件，不再重复导入\n`);
      continue;
    }
    let outcome;
    try {
      outcome = await importFile(input.path, input.type, ctx);
    } catch (err) {
      // Reading the file failed midway (permissions, a file that vanished …): the others go on.
      failed++;
      io.err(`错误：${shown(input.path)}：读取文件时出错（${(err as Error).message}），未导入\n    → 请检查文件是否还在、是否有读取权限，或重新保存一份后再导入\n`);
      continue;
    }
    const twin = namedBy.get(basename(input.path));
    if (outcome.ok && twin !== undefined) {
      io.err(`提示：${shown(input.path)}：佐证文件 ${twin} 已列有同名附件，这次可能是重复导入；如果重复，请删除新生成的文件和它的附件文件夹\n`);
    }
    for (const note of outcome.notes) io.err(`提示：${shown(input.path)}：${note}\n`);
    if (!outcome.ok) {
      failed++;
      io.err(`错误：${shown(input.path)}：${outcome.refusal.message}，未导入\n    → ${outcome.refusal.hint}\n`);
      continue;
    }
    imported++;
    if (outcome.meta.task.targets.length > 0) withTargets = true;
    io.out(`${shown(outcome.file)}\n`);
  }

  if (imported > 0) {
    if (opts.status === undefined) {
      io.err('提示：没有指定 --status，状态已填为“推进中”；已经完成的工作请在导入时加 --status 已完成，或打开文件把 status 改为 已完成。\n');
    }
    io.err(
      `已导入 ${imported} 个文件，生成的佐证文件见上。请逐个打开，核对标题、日期、状态和正文（表格、列表请对照原文）` +
        `${withTargets ? '，按文件中的说明填写量化指标（metrics）' : ''}，然后运行 dossier check 检查。\n`,
    );
  }
  if (failed > 0) io.err(`有 ${failed} 个文件未导入，原因和处理办法见上面的“错误”。\n`);
  return failed > 0 ? 1 : 0;
}

/** Checks the options once, before any file: a wrong option is a usage error (exit 2), not a failed file. */
function checkOptions(opts: ImportOptions, catalog: Catalog, known: readonly string[], unitOf: (name: string) => string | undefined): ImportChoices {
  let task;
  if (opts.task !== undefined) {
    task = findTask(catalog, opts.task);
    if (!task) throw new UsageError(`任务序号“${opts.task}”不在方案中`, '用 dossier catalog 查看全部任务的序号');
  }
  let unit;
  if (opts.unit !== undefined) {
    unit = unitOf(opts.unit);
    if (unit === undefined) {
      const near = nearUnit(opts.unit, known);
      throw new UsageError(`单位“${opts.unit}”不在方案的单位名单中`, near ? `是不是“${near}”？` : `可选的单位：${known.join('、')}`);
    }
  }
  let date;
  if (opts.date !== undefined) {
    date = readDate(opts.date)?.iso;
    if (date === undefined) throw new UsageError(`--date 的日期“${opts.date}”无法识别`, '写作 YYYY-MM-DD，如 --date 2020-12-20（也可写 2020.12.20、2020年12月20日）');
  }
  if (opts.status !== undefined && !(STATUSES as readonly string[]).includes(opts.status)) {
    throw new UsageError(`--status 的“${opts.status}”不是可用的状态`, `应是 ${STATUSES.join('、')} 之一，如 --status 已完成`);
  }
  if (opts.title !== undefined && opts.title.trim() === '') throw new UsageError('--title 的标题是空的', '请写上材料的标题，如 --title 视频监控系统安装情况');
  return {
    ...(task ? { task } : {}),
    ...(unit ? { unit } : {}),
    ...(opts.title === undefined ? {} : { title: opts.title.trim() }),
    ...(date ? { date } : {}),
    ...(opts.status === undefined ? {} : { status: opts.status as EvidenceStatus }),
  };
}
