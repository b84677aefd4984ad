import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isInside } from './is-inside.js';

/**
 * How much dossier reads of one file from a workspace (DESIGN.md 五 “文件读取的限制”). Larger files
 * are refused from their size alone, before any byte is read.
 */
export const READ_LIMITS = {
  /** An evidence file or a `_report/` narrative: text a department writes, a few KB in practice. */
  textBytes: 10 * 1024 * 1024,
  /** A plan (Word, Excel, CSV, text). */
  planBytes: 50 * 1024 * 1024,
  /** A picture printed in the report or the 汇编. */
  pictureBytes: 50 * 1024 * 1024,
  /** Pixels of a picture (width × height, as its header says): more would take gigabytes to decode and to view. */
  picturePixels: 40_000_000,
} as const;

/** Why a file was not read: the system's error code, or one of dossier's own refusals. */
export type RefusalCode = 'EOUTSIDE' | 'EISDIR' | 'ENOTREG' | 'EFBIG';

/** A file dossier will not read: a folder, a pipe or device, a file too large, or a link leading out of the allowed folder. */
export class FileRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly path: string,
    /** The real path, for a link leading out of the allowed folder. */
    readonly real?: string,
    /** The file's size, for a file too large. */
    readonly size?: number,
    /** The limit it exceeds. */
    readonly limit?: number,
  ) {
    super(`${code}: ${path}`);
    this.name = 'FileRefused';
  }
}

const { O_RDONLY } = constants;
// Not on every system (Windows): without them a plain open is used.
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** Options of readRegularFileSync. */
export interface ReadOptions {
  /** Files larger than this are refused (EFBIG) without being read. */
  readonly maxBytes: number;
  /** A real path (realpath) the file's real path must lie inside; links leading out are refused (EOUTSIDE). */
  readonly root?: string;
}

/**
 * Reads a regular file, never anything else: its real path must lie inside `root` (when given), a
 * folder, pipe, socket or device is refused without being opened (a pipe would block for ever), and
 * a file larger than `maxBytes` is refused from its size. The read itself never takes more than
 * `maxBytes` (a file growing meanwhile is refused too). Throws FileRefused, or the system's error
 * (ENOENT for a missing file or a dangling link, ELOOP, EACCES …).
 */
export function readRegularFileSync(path: string, options: ReadOptions): Buffer {
  const real = realpathSync(path);
  if (options.root !== undefined && !isInside(options.root, real)) throw new FileRefused('EOUTSIDE', path, real);
  const info = statSync(real);
  if (info.isDirectory()) throw new FileRefused('EISDIR', path);
  if (!info.isFile()) throw new FileRefused('ENOTREG', path);
  if (info.size > options.maxBytes) throw new FileRefused('EFBIG', path, undefined, info.size, options.maxBytes);
  // The real path has no links left: one appearing now (the file swapped meanwhile) is not followed.
  const fd = openSync(real, O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
  try {
    return readOpenedFile(fd, path, options.maxBytes);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of an open file that must be a regular file of at most `maxBytes` (checked on the open
 * file itself, so that what is read is what was checked), read in one allocation of its size.
 */
export function readOpenedFile(fd: number, path: string, maxBytes: number): Buffer {
  const info = fstatSync(fd);
  if (info.isDirectory()) throw new FileRefused('EISDIR', path);
  if (!info.isFile()) throw new FileRefused('ENOTREG', path);
  if (info.size > maxBytes) throw new FileRefused('EFBIG', path, undefined, info.size, maxBytes);
  // One byte more than the size: a file that grew since is noticed, and read only up to the limit.
  let buf = Buffer.allocUnsafe(info.size + 1);
  let n = 0;
  for (;;) {
    if (n === buf.length) {
      if (n > maxBytes) throw new FileRefused('EFBIG', path, undefined, n, maxBytes);
      const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const got = readSync(fd, buf, n, buf.length - n, null);
    if (got === 0) break;
    n += got;
  }
  if (n > maxBytes) throw new FileRefused('EFBIG', path, undefined, n, maxBytes);
  return buf.subarray(0, n);
}

/** A size as people read it: 980 字节, 12.5 KB, 1.9 GB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 ? Math.round(v) : Math.round(v * 10) / 10} ${units[u]}`;
}

/**
 * Why a file could not be read, in Chinese, from a FileRefused or a system error (`what` names the
 * kind of file in the size message: 佐证文件, 方案文件 …).
 */
export function readFailure(err: unknown, what = '文件'): string {
  if (err instanceof FileRefused) {
    switch (err.code) {
      case 'EOUTSIDE':
        return `这是指向允许的文件夹以外（${err.real}）的链接`;
      case 'EISDIR':
        return '这是一个文件夹';
      case 'ENOTREG':
        return '这不是普通文件（可能是管道、设备或其他特殊文件）';
      case 'EFBIG':
        return `文件太大（${formatBytes(err.size ?? 0)}），超过${what}的上限 ${formatBytes(err.limit ?? 0)}`;
    }
  }
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件不存在（可能刚被移走或删除，或是失效的链接）';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限';
    case 'EISDIR':
      return '这是一个文件夹';
    case 'ELOOP':
      return '链接循环指向自己';
    case 'ENOTDIR':
      return '路径中的某一级不是文件夹';
    case 'ENAMETOOLONG':
      return '路径太长';
    case 'ENOTREG':
      return '这不是普通文件（可能是管道、设备或其他特殊文件）';
    default:
      return `读写错误（${code ?? String(err)}）`;
  }
}

/**
 * Why `name` cannot be a folder or file name dossier makes (a department's folder from a plan's or
 * config's unit name): empty, only dots (`.`, `..`), a path separator (`/`, `\`), a colon (a drive
 * on Windows), control or invisible formatting characters, a name Windows reserves for a device (CON, NUL, COM1 …), or
 * spaces or dots at either end (Windows drops those at the end: `.. ` would be `..`). Undefined when
 * it names one folder inside its parent on Windows, macOS and Linux alike.
 */
export function unsafeNameReason(name: string): string | undefined {
  if (name.trim() === '') return '名称是空的';
  if (/^\.+$/.test(name)) return '名称只由“.”组成，“..”表示上一级文件夹';
  if (/[/\\]/.test(name)) return '名称中有路径分隔符（/ 或 \\）';
  // Control characters, and invisible ones that change how a name looks (right-to-left marks, zero-width spaces).
  if (/[\p{Cc}\p{Cf}]/u.test(name)) return '名称中有控制字符或看不见的格式字符';
  if (name.includes(':')) return '名称中有冒号（:）';
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name.trim())) return '这是 Windows 保留的设备名';
  if (/[.\s]$/.test(name) || /^\s/.test(name)) return '名称以空格或“.”开头或结尾';
  return undefined;
}

/**
 * Throws WriteOutside unless writing `path` stays inside the folder `root`: the path itself, and the
 * real path of the folder it goes into (a folder on the way may be a link leading elsewhere). Either
 * may not exist yet: what exists of it is resolved, the rest is taken as written.
 */
export function assertInsideForWrite(root: string, path: string): void {
  const abs = resolve(path);
  if (!isInside(resolve(root), abs)) throw new WriteOutside(abs);
  const real = realSoFar(dirname(abs));
  if (!isInside(realSoFar(resolve(root)), real)) throw new WriteOutside(abs, real);
}

/** The real path of `path`'s longest existing beginning, with the rest of `path` added as written. */
function realSoFar(path: string): string {
  const rest: string[] = [];
  for (let p = path; ;) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch {
      const up = dirname(p);
      if (up === p) return path;
      rest.push(basename(p));
      p = up;
    }
  }
}

/** A write that would land outside the folder it is meant for. */
export class WriteOutside extends Error {
  constructor(
    readonly path: string,
    readonly real?: string,
  ) {
    super(`写入的位置在允许的文件夹以外：${path}${real ? `（实际是 ${real}）` : ''}`);
    this.name = 'WriteOutside';
  }
}

/** A workspace file that could not be read as text; `code` is the system's error code or dossier's refusal. */
export class WorkspaceFileError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'WorkspaceFileError';
  }
}

/**
 * A workspace file (a config, standard, 自评.yaml or template: `what` names it in the message) read as
 * UTF-8 text the guarded way of readRegularFileSync, at most `maxBytes` (READ_LIMITS.textBytes unless
 * given). Throws WorkspaceFileError with a Chinese message (“无法读取评分标准文件 x：这不是普通文件…”)
 * and the error's code (ENOENT for a missing file), never blocking on a pipe or reading a folder.
 */
export function readWorkspaceText(path: string, what: string, maxBytes: number = READ_LIMITS.textBytes): string {
  try {
    return readRegularFileSync(path, { maxBytes }).toString('utf8');
  } catch (err) {
    throw new WorkspaceFileError(`无法读取${what} ${path}：${readFailure(err, what)}`, (err as NodeJS.ErrnoException).code);
  }
}
