import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { importType, type ImportType } from './file-type.js';

/** A file to import, with its type. */
export interface ImportInput {
  readonly path: string;
  readonly type: ImportType;
}

/** A file or folder not imported; `failed` when it is work the clerk must act on (exit code 1). */
export interface SkippedInput {
  readonly path: string;
  readonly reason: string;
  readonly hint: string;
  readonly failed: boolean;
}

/** Names of system files in a folder that nobody sent: skipped without a word. */
const SYSTEM_FILES = /^(?:\..*|thumbs\.db|desktop\.ini)$/i;

/**
 * Expands the command's arguments (relative to `cwd`, else to the `dossiers` folder, where check names
 * files from): a file stands for itself, a folder for the
 * importable files directly in it (sorted by name, not recursive). Whatever is not imported is
 * returned with its reason: a named file that cannot be imported, or a folder with nothing to
 * import, has failed; other files in a folder are skipped, failed only when the clerk can make
 * them importable (a .doc to save as .docx, a .heic photo to save as .jpg …).
 */
export async function collectInputs(args: readonly string[], cwd: string, dossiers?: string): Promise<{ files: ImportInput[]; skipped: SkippedInput[] }> {
  const files: ImportInput[] = [];
  const skipped: SkippedInput[] = [];
  const seen = new Set<string>();
  const add = (path: string, type: ImportType) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, type });
  };
  for (const arg of args) {
    // A path as check names a stray file (住建局/T30.docx) is inside the dossier folder.
    let path = resolve(cwd, arg);
    let info: Awaited<ReturnType<typeof stat>> | undefined;
    // Typed as on Windows (住建局\扫描\台账.pdf), from here or from the dossier folder.
    for (const base of dossiers === undefined ? [cwd] : [cwd, dossiers]) {
      for (const written of arg.includes('\\') ? [arg, arg.replace(/\\/g, '/')] : [arg]) {
        if (info) break;
        const candidate = resolve(base, written);
        info = await stat(candidate).catch(() => undefined);
        if (info) path = candidate;
      }
    }
    if (!info) {
      skipped.push({ path, reason: '找不到这个文件或文件夹', hint: '请检查路径和文件名（包括扩展名）是否写对；路径中有空格时请用引号括起来', failed: true });
      continue;
    }
    if (info.isFile()) {
      const type = importType(basename(path));
      if (typeof type === 'string') add(path, type);
      else skipped.push({ path, reason: type.reason, hint: type.hint, failed: true });
      continue;
    }
    if (!info.isDirectory()) {
      skipped.push({ path, reason: '不是普通文件或文件夹', hint: '请指定要导入的文件或文件夹', failed: true });
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }));
    let count = 0;
    for (const entry of entries) {
      if (SYSTEM_FILES.test(entry.name)) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) {
        skipped.push({ path: child, reason: '子文件夹中的文件不会一并导入', hint: '如需导入，请把这个文件夹也写在命令中', failed: false });
        continue;
      }
      const type = importType(entry.name);
      if (typeof type === 'string') {
        add(child, type);
        count++;
      } else skipped.push({ path: child, reason: type.reason, hint: type.hint, failed: type.action });
    }
    if (count === 0) skipped.push({ path, reason: '文件夹中没有可以导入的文件', hint: '可以导入的类型：Word（.docx）、PDF、图片（.png .jpg）、表格（.xlsx .xls .csv）', failed: true });
  }
  return { files, skipped };
}
