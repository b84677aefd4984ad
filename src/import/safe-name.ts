import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A title made safe as part of a file name on Windows, macOS and Linux, cut at `max` characters. */
export function fileNameSafe(title: string, max = 30): string {
  const clean = title
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const chars = [...clean];
  return (chars.length > max ? chars.slice(0, max).join('') : clean).replace(/[.\s]+$/, '');
}

/**
 * The name (without `.md`) of a new evidence file for a task in a department's folder, as import and
 * the browser form make it: `T<id>-<title>`, then `-2`, `-3` … until neither the file nor its
 * attachment folder `附件/<name>` exists.
 */
export function freeEvidenceStem(unitDir: string, taskId: string, title: string): string {
  const safe = fileNameSafe(title);
  const base = `T${taskId}${safe ? `-${safe}` : ''}`;
  let stem = base;
  for (let i = 2; existsSync(join(unitDir, `${stem}.md`)) || existsSync(join(unitDir, '附件', stem)); i++) stem = `${base}-${i}`;
  return stem;
}
