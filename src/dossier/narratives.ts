import { readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../util/decode-text.js';
import { diagnostic, type Diagnostic } from '../util/diagnostic.js';
import { isInside } from '../util/is-inside.js';
import { unixNewlines } from '../util/newlines.js';
import { FileRefused, READ_LIMITS, readFailure, readRegularFileSync } from '../util/safe-file.js';

/** The folder inside the dossier holding the report's narrative parts (基本情况, 存在问题 …). */
export const NARRATIVE_DIR = '_report';

/** The narratives read, and what was refused (for the check to report). */
export interface Narratives {
  /** Text by file name without `.md`. */
  readonly texts: Record<string, string>;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads `_report/*.md` as evidence files are read: only regular files whose real path lies inside
 * the dossier folder (a link leading out is `file-outside`), at most READ_LIMITS.textBytes each
 * (`unreadable`), decodable as text (`encoding`). What is refused is left out of the report and
 * described in `diagnostics`; a missing folder gives nothing.
 */
export function readNarratives(dossierDir: string): Narratives {
  const texts: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  const dir = join(dossierDir, NARRATIVE_DIR);
  let names: string[];
  let root: string;
  try {
    root = realpathSync(dossierDir);
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort();
  } catch {
    return { texts, diagnostics };
  }
  for (const name of names) {
    const file = `${NARRATIVE_DIR}/${name}`;
    let bytes: Buffer;
    try {
      bytes = readRegularFileSync(join(dir, name), { root, maxBytes: READ_LIMITS.textBytes });
    } catch (err) {
      diagnostics.push(refused(file, err, root));
      continue;
    }
    const decoded = decodeText(bytes);
    if (decoded.ok) texts[name.slice(0, -3)] = unixNewlines(decoded.text).trim();
    else {
      diagnostics.push(
        diagnostic({ code: 'encoding', severity: 'error', file, message: `报告段落不是文本文件：${decoded.reason}，未写进报告`, hint: '报告段落应是 .md 文本文件（UTF-8 编码），可用记事本另存' }),
      );
    }
  }
  return { texts, diagnostics };
}

/** Reads `_report/*.md` into a record keyed by file name without `.md` (see readNarratives); a missing folder gives {}. */
export async function loadNarratives(dossierDir: string): Promise<Record<string, string>> {
  return readNarratives(dossierDir).texts;
}

function refused(file: string, err: unknown, root: string): Diagnostic {
  if (err instanceof FileRefused && err.code === 'EOUTSIDE' && err.real !== undefined && !isInside(root, err.real)) {
    return diagnostic({
      code: 'file-outside',
      severity: 'error',
      file,
      message: `这个报告段落文件是指向佐证资料文件夹以外（${err.real}）的链接，未读取，也不写进报告`,
      hint: '请把文件本身复制到佐证资料文件夹的 _report 文件夹内，不要用快捷方式或链接',
    });
  }
  return diagnostic({
    code: 'unreadable',
    severity: 'error',
    file,
    message: `无法读取报告段落：${readFailure(err, '报告段落文件')}，未写进报告`,
    hint: '报告段落应是 _report 文件夹中的 .md 文本文件（如 基本情况.md），请检查它是否还在、是否有读取权限，或重新保存一份',
  });
}
