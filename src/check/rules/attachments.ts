import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isInside } from '../../dossier/load.js';
import { diagnostic } from '../../util/diagnostic.js';
import { nearest } from '../../util/edit-distance.js';
import type { Rule } from '../types.js';

/**
 * `attachment-missing` and `attachment-outside`: every listed attachment must be a file that,
 * after resolving `..` and symlinks, lies inside the dossier folder.
 */
export const attachments: Rule = async (ctx) => {
  for (const ev of ctx.evidence) {
    for (const att of ev.attachments) {
      const fault = await inspect(ctx.root, ev.file, att.path);
      if (!fault) continue;
      for (const no of ev.tasks) ctx.faults.add(`${ev.file}#${no}`);
      ctx.push(diagnostic({ ...fault, severity: 'error', file: ev.file, line: att.line, task: ev.tasks[0], unit: ev.unit }));
    }
  }
};

type Fault = { code: 'attachment-missing' | 'attachment-outside'; message: string; hint: string };

async function inspect(root: string, file: string, written: string): Promise<Fault | undefined> {
  const path = written.replace(/\\/g, '/');
  if (isAbsolute(path) || /^[a-zA-Z]:/.test(path)) {
    return { code: 'attachment-outside', message: `附件“${written}”是绝对路径，指向佐证资料文件夹以外`, hint: '请把附件复制到佐证资料文件夹内（如本文件旁的“附件”文件夹），并写相对路径，如 附件/台账.pdf' };
  }
  const abs = resolve(root, dirname(file), path);
  if (!isInside(root, abs)) {
    return { code: 'attachment-outside', message: `附件“${written}”指向佐证资料文件夹以外`, hint: '请把附件复制到佐证资料文件夹内，路径中不要用 .. 跳出该文件夹' };
  }
  let info;
  try {
    info = await stat(abs);
  } catch {
    const near = await nearestSibling(abs);
    return {
      code: 'attachment-missing',
      message: `附件“${written}”不存在`,
      hint: near ? `同一文件夹下有“${near}”，是不是这个？请核对文件名（包括扩展名）` : '请把附件放到对应位置，或改正路径（路径相对于本 .md 文件所在的文件夹）',
    };
  }
  const real = await realpath(abs);
  if (!isInside(root, real)) {
    return { code: 'attachment-outside', message: `附件“${written}”是指向佐证资料文件夹以外（${real}）的链接`, hint: '请把附件本身复制到佐证资料文件夹内，不要用快捷方式或链接' };
  }
  if (!info.isFile()) {
    return { code: 'attachment-missing', message: `附件“${written}”是一个文件夹，不是文件`, hint: '请列出文件夹中的具体文件，每个文件一行' };
  }
  return undefined;
}

async function nearestSibling(abs: string): Promise<string | undefined> {
  try {
    const names = await readdir(dirname(abs));
    const near = nearest(basename(abs), names, Math.max(2, Math.floor(basename(abs).length / 3)));
    return near === undefined ? undefined : relative(dirname(abs), join(dirname(abs), near)).split(sep).join('/');
  } catch {
    return undefined;
  }
}
