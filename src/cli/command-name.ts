import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { packageRoot } from '../util/package-root.js';

/**
 * The command a user can type to run dossier from any folder: `dossier` when it is on PATH (after
 * `npm install -g .`), otherwise node with the full path of the program.
 */
export function commandName(env: Readonly<Record<string, string | undefined>>): string {
  const names = process.platform === 'win32' ? ['dossier.cmd', 'dossier.ps1'] : ['dossier'];
  const dirs = (env['PATH'] ?? '').split(delimiter).filter((d) => d !== '');
  if (dirs.some((d) => names.some((n) => existsSync(join(d, n))))) return 'dossier';
  return `node ${quoteArg(join(packageRoot, 'dist', 'bin', 'dossier.js'))}`;
}

/** An argument quoted for the shell when it holds spaces or quotes. */
export function quoteArg(arg: string): string {
  return /^[\p{L}\p{N}_./:\\-]+$/u.test(arg) ? arg : `"${arg.replace(/"/g, '\\"')}"`;
}
