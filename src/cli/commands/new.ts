import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtinAliases, canonicalUnit, makeAliasTable } from '../../catalog/aliases.js';
import { findTask } from '../../catalog/find-task.js';
import { evidenceStub } from '../../dossier/stub.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { assertInsideForWrite, unsafeNameReason, WriteOutside } from '../../util/safe-file.js';
import { nearUnit } from '../../catalog/near-unit.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { openWorkspace, shownPath, type WorkspaceOptions } from '../open-workspace.js';

/** Options of `dossier new`. */
export interface NewOptions extends WorkspaceOptions {
  readonly task: string;
  readonly unit: string;
  readonly title?: string;
}

/** `dossier new --task N --unit U`: writes a prefilled evidence stub (never over an existing file) and prints its path. */
export async function newCommand(io: Io, opts: NewOptions): Promise<number> {
  const { ws, catalog } = await openWorkspace(io, opts);
  const task = findTask(catalog, opts.task);
  if (!task) throw new UsageError(`任务序号“${opts.task}”不在方案中`, `序号应在 ${catalog.tasks[0]?.id ?? 1}–${catalog.tasks.at(-1)?.id ?? 1} 之间；用 dossier catalog 查看全部任务`);
  const no = task.id;
  const aliases = makeAliasTable(await builtinAliases(), ws.unitAliases);
  const unit = canonicalUnit(opts.unit, aliases);
  const known = [...catalog.units, ...ws.extraUnits];
  if (!known.includes(unit)) {
    const near = nearUnit(unit, known);
    throw new UsageError(`单位“${opts.unit}”不在方案的单位名单中`, near ? `是不是“${near}”？` : `可选的单位：${known.join('、')}`);
  }
  // The department's name is the folder's name: it must be one plain name, never a path (../x, a\b, C:).
  const unsafe = unsafeNameReason(unit);
  if (unsafe !== undefined) {
    throw new UsageError(
      `单位名称“${unit}”不能用作文件夹名：${unsafe}。未生成文件`,
      '请改正方案或 dossier.config.yaml（units、unitAliases）中的这个单位名称：单位名称中不能有 / \\ : 和控制字符，也不能是“..”',
    );
  }
  if (task.groups.length === 0 && !task.units.includes(unit)) {
    io.err(`提示：方案没有把任务 ${no} 分给${unit}（责任单位：${task.units.join('、')}），仍按要求生成。\n`);
  }
  const folder = join(ws.dossiers, unit);
  let file = join(folder, `T${no}.md`);
  for (let i = 2; existsSync(file); i++) file = join(folder, `T${no}-${i}.md`);
  // The file stays inside the dossier folder, even where the department's folder is a link leading out.
  try {
    assertInsideForWrite(ws.dossiers, file);
  } catch (err) {
    if (!(err instanceof WriteOutside)) throw err;
    throw new UsageError(`${shownPath(io.cwd, file)} 实际位于佐证资料文件夹以外${err.real ? `（${err.real}）` : ''}，未生成文件`, `“${unit}”文件夹可能是指向别处的链接；请把它换成真正的文件夹`);
  }
  await writeFileAtomic(file, evidenceStub(task, unit, io.today, opts.title));
  io.out(`${shownPath(io.cwd, file)}\n`);
  io.err(`已生成佐证文件框架。请打开它填写标题、日期、状态、指标和正文，然后运行 dossier check 检查。\n`);
  return 0;
}
