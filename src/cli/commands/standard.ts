import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readSource } from '../../catalog/load.js';
import { readStandardTables } from '../../standard/read-standard-table.js';
import { loadStandardFile } from '../../standard/standard-file.js';
import { standardYaml } from '../../standard/standard-yaml.js';
import type { Standard } from '../../standard/types.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { padEnd, truncate } from '../../util/text-width.js';
import { STANDARD_FILE } from '../../workspace/load-workspace.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { findWorkspace, shownPath } from '../open-workspace.js';
import { formatPlanIssues } from '../print-issues.js';
import { READ_LIMITS, readFailure, readRegularFileSync } from '../../util/safe-file.js';

/** Options of `dossier standard` and `dossier standard import`. */
export interface StandardOptions {
  readonly workspace?: string;
  readonly force?: boolean;
}

/** `dossier standard`: shows the scoring standard the workspace uses, its points and what is missing or unconfirmed. */
export async function standardShowCommand(io: Io, opts: StandardOptions): Promise<number> {
  const file = (await findWorkspace(io, opts)).standard;
  let standard: Standard;
  try {
    standard = await loadStandardFile(file);
  } catch (err) {
    throw new UsageError((err as Error).message, '请改正该文件，或用 dossier standard import 正式评分表.docx --force 重新导入');
  }
  io.out(standardTable(standard, shownPath(io.cwd, file), io.columns));
  return 0;
}

/** `dossier standard import FILE`: reads the official table from Word or Excel into the workspace's standard.yaml. */
export async function standardImportCommand(io: Io, source: string, opts: StandardOptions): Promise<number> {
  const ws = await findWorkspace(io, opts);
  const file = resolve(io.cwd, source);
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(file, { maxBytes: READ_LIMITS.planBytes });
  } catch (err) {
    throw new UsageError(`无法读取文件“${source}”：${readFailure(err, '评分表')}`, '请检查文件名和路径');
  }
  const raw = await readSource(file, bytes);
  if ('message' in raw) throw new UsageError(raw.message, raw.hint);
  const read = readStandardTables(raw.tables, '国家安全发展示范城市评价细则和评分标准', `导入自 ${basename(file)}`);
  if (read.issues.length > 0) io.err(formatPlanIssues(shownPath(io.cwd, file), read.issues));
  if (!read.standard) throw new UsageError('评分表有错误，未导入', '请按上面列出的位置修改后重新导入');
  const target = join(ws.root, STANDARD_FILE);
  if (existsSync(target) && !opts.force) {
    throw new UsageError(`${shownPath(io.cwd, target)} 已经存在，未覆盖`, '确认要用新导入的表代替它时，加 --force');
  }
  const header = [`评分标准：由 dossier standard import 从“${basename(file)}”导入。`, '请逐项核对分值和条款；kind: manual 的条款 dossier 无法自动计算扣分，须在 自评.yaml 中人工填写。'];
  await writeFileAtomic(target, standardYaml(read.standard, header));
  const s = read.standard;
  const level = (n: number) => s.items.filter((i) => i.level === n);
  const clauses = level(3).flatMap((i) => i.clauses.map((c) => ({ item: i, c })));
  const manual = clauses.filter((x) => x.c.kind === 'manual');
  const total = level(1).reduce((a, i) => a + (i.points ?? 0), 0);
  io.out(`已导入 ${shownPath(io.cwd, target)}：${level(1).length} 个一级项（合计 ${total} 分）、${level(2).length} 个二级项、${level(3).length} 个三级项、${clauses.length} 条评分标准条款。\n`);
  if (manual.length > 0) {
    io.out(`其中 ${manual.length} 条无法自动计算扣分（kind: manual），须人工评定：\n`);
    for (const { item, c } of manual) io.out(`  （${item.id}）${item.title ?? ''} 第 ${c.no} 条：${truncate(c.text, Math.max(30, io.columns - 24))}\n`);
  }
  return 0;
}

/** The standard as a terminal outline: 一级项, 二级项, 三级项 with points, clause counts and gaps. */
export function standardTable(s: Standard, shown: string, columns: number): string {
  const lines = [`${s.name}（${shown}）`, ''];
  for (const item of s.items) {
    const indent = '  '.repeat(item.level - 1);
    const id = item.level === 1 ? `${item.id}、` : item.level === 2 ? `${item.id}.` : `（${item.id}）`;
    const title = item.title ?? '（缺：名称未知）';
    const points = item.points === null ? '？分' : `${item.points} 分`;
    const flags = [item.level === 3 ? `${item.clauses.length} 条条款` : '', item.level > 1 && item.parent === undefined ? '所属未知' : '', item.confirmed ? '' : '未核实']
      .filter((f) => f !== '')
      .join('，');
    lines.push(`${padEnd(truncate(`${indent}${id}${title}`, Math.max(30, columns - 24)), Math.max(30, columns - 24))}${padEnd(points, 8)}${flags}`);
  }
  const l3 = s.items.filter((i) => i.level === 3);
  const gaps = s.items.filter((i) => i.title === null || i.points === null);
  const unconfirmed = s.items.filter((i) => !i.confirmed);
  const manual = l3.flatMap((i) => i.clauses).filter((c) => c.kind === 'manual').length;
  lines.push('', `共 ${l3.length} 个三级项；${gaps.length} 项空缺（名称或分值未知），${unconfirmed.length} 项未核实，${manual} 条条款须人工评定。`);
  if (unconfirmed.length > 0) lines.push('未核实或空缺的项目不能用于打分：请用 dossier standard import 正式评分表.docx 导入本地区手中的正式评分表。');
  return lines.join('\n') + '\n';
}
