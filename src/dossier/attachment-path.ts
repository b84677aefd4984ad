import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { nearest } from '../util/edit-distance.js';
import { isInside } from '../util/is-inside.js';

/** An attachment found on disk: its path relative to the dossier folder and its real path. */
export type ResolvedAttachment = { ok: true; rel: string; real: string } | { ok: false; code: 'attachment-missing' | 'attachment-outside'; message: string; hint: string };

/**
 * The forward-slash path, relative to the dossier folder, of an attachment written in `file`
 * (itself relative to the dossier folder): `\` is a separator as on Windows, `.` and `..` are
 * resolved. Undefined when the path is absolute or leaves the folder.
 */
export function attachmentPath(file: string, written: string): string | undefined {
  const path = written.trim().replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return undefined;
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const out: string[] = [];
  for (const part of `${folder}/${path}`.split('/')) {
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else if (part !== '.' && part !== '') out.push(part);
  }
  return out.length === 0 ? undefined : out.join('/');
}

/**
 * Finds an attachment on disk, the one way check, build and package all use: it must be a regular
 * file (not a folder, pipe or device, and not empty) that, after `..` and symlinks are resolved, lies inside the
 * dossier folder (`root`, a real path). Looked up with synchronous calls: a few system calls on
 * local files, where each asynchronous one waited for a thread of the pool (hundreds of
 * attachments in a dossier, checked on every check and build).
 */
export function resolveAttachment(root: string, file: string, written: string): ResolvedAttachment {
  const path = written.trim().replace(/\\/g, '/');
  if (isAbsolute(path) || /^[a-zA-Z]:/.test(path)) {
    return {
      ok: false,
      code: 'attachment-outside',
      message: `附件“${written}”是绝对路径，指向佐证资料文件夹以外`,
      hint: '请把附件复制到佐证资料文件夹内（如本文件旁的“附件”文件夹），并写相对路径，如 附件/台账.pdf',
    };
  }
  const rel = attachmentPath(file, written);
  if (rel === undefined) {
    return { ok: false, code: 'attachment-outside', message: `附件“${written}”指向佐证资料文件夹以外`, hint: '请把附件复制到佐证资料文件夹内，路径中不要用 .. 跳出该文件夹' };
  }
  const abs = resolve(root, rel);
  let info;
  try {
    info = statSync(abs);
  } catch {
    const near = nearestSibling(abs);
    return {
      ok: false,
      code: 'attachment-missing',
      message: `附件“${written}”不存在`,
      hint: near ? `同一文件夹下有“${near}”，是不是这个？请核对文件名（包括扩展名）` : '请把附件放到对应位置，或改正路径（路径相对于本 .md 文件所在的文件夹）',
    };
  }
  const real = realpathSync.native(abs);
  if (!isInside(root, real)) {
    return { ok: false, code: 'attachment-outside', message: `附件“${written}”是指向佐证资料文件夹以外（${real}）的链接`, hint: '请把附件本身复制到佐证资料文件夹内，不要用快捷方式或链接' };
  }
  if (info.isDirectory()) {
    return { ok: false, code: 'attachment-missing', message: `附件“${written}”是一个文件夹，不是文件`, hint: '请列出文件夹中的具体文件，每个文件一行' };
  }
  // A pipe, socket or device: reading it could wait for ever or never end.
  if (!info.isFile()) {
    return {
      ok: false,
      code: 'attachment-missing',
      message: `附件“${written}”不是普通文件（可能是管道、设备或其他特殊文件），不能读取`,
      hint: '请换成附件文件本身（PDF、图片、Word 等），复制到佐证资料文件夹内',
    };
  }
  // An empty file (a download or copy that did not finish, a scan that failed) is no attachment: the task still lacks it.
  if (info.size === 0) {
    return {
      ok: false,
      code: 'attachment-missing',
      message: `附件“${written}”是空文件（0 字节），没有内容`,
      hint: '文件可能没有下载或拷贝完整：请向报送单位重新要一份原文件，替换这个空文件',
    };
  }
  return { ok: true, rel, real };
}

function nearestSibling(abs: string): string | undefined {
  try {
    const names = readdirSync(dirname(abs));
    // 台账.PDF for 台账.pdf: the same on Windows, not here; say so rather than guess.
    const same = names.find((n) => n.toLowerCase() === basename(abs).toLowerCase());
    if (same !== undefined) return same;
    const near = nearest(basename(abs), names, Math.max(2, Math.floor(basename(abs).length / 3)));
    return near === undefined
      ? undefined
      : relative(dirname(abs), join(dirname(abs), near))
          .split(sep)
          .join('/');
  } catch {
    return undefined;
  }
}
