/** A mistake in how dossier was called or configured: reported in Chinese, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

const REASONS: Readonly<Record<string, [reason: string, hint: string]>> = {
  ENOSPC: ['磁盘已满', '请清理磁盘空间（或在 dossier.config.yaml 的 output 中换一个有空间的文件夹）后重试'],
  EDQUOT: ['超出了磁盘配额', '请清理空间或请管理员提高配额后重试'],
  EROFS: ['所在的磁盘是只读的', '请换一个可以写入的文件夹（dossier.config.yaml 的 output），或把工作区复制到本机磁盘'],
  EACCES: ['没有权限', '请检查这个文件或文件夹的权限（是否被设为只读、是否属于其他用户），或换一个文件夹'],
  EPERM: ['没有权限', '请检查这个文件或文件夹的权限，关闭正在打开它的程序（如 Word、WPS、Excel）后重试'],
  EBUSY: ['正被其他程序占用', '请关闭正在打开它的程序（如 Word、WPS、Excel、PDF 阅读器）后重试'],
  ENOTDIR: ['路径中有一段是文件而不是文件夹', '请检查这个路径（例如输出文件夹 output 是否被一个同名文件占用）'],
  EISDIR: ['这是一个文件夹，不是文件', '请检查这个路径'],
  EMFILE: ['同时打开的文件太多', '请关闭其他程序后重试'],
  ENFILE: ['系统同时打开的文件太多', '请关闭其他程序后重试'],
  EIO: ['读写磁盘时出错', '磁盘或网络文件夹可能有故障：请检查后重试，或把工作区复制到本机磁盘'],
  ENAMETOOLONG: ['文件名或路径太长', '请把工作区放在路径较短的文件夹中，或缩短文件名'],
};

/** A failure of the machine rather than of dossier (disk full, read-only, no permission …) as a UsageError naming the path; undefined for other errors. */
export function environmentError(err: unknown, shown: (path: string) => string = (p) => p): UsageError | undefined {
  const e = err as NodeJS.ErrnoException;
  const found: [string, string] | undefined =
    e && e.code === 'EEXIST' && e.syscall === 'mkdir'
      ? ['这里已有一个同名的文件，无法建立文件夹', '请把这个文件改名或移走（或在 dossier.config.yaml 的 output 中换一个文件夹）后重试']
      : e && typeof e.code === 'string'
        ? REASONS[e.code]
        : undefined;
  if (!found) return undefined;
  const where = typeof e.path === 'string' ? `“${shown(e.path)}”` : '文件';
  return new UsageError(`无法读写${where}：${found[0]}`, found[1]);
}
