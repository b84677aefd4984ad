import { globby } from 'globby';

/**
 * Lists the evidence files under `dir`: every `*.md` except `README.md` and names (files or
 * folders) starting with `_`, as sorted forward-slash paths relative to `dir`.
 */
export async function discoverEvidence(dir: string): Promise<string[]> {
  // Not onlyFiles: a dangling symlink must still be listed, so that it is reported as unreadable.
  const entries = await globby('**/*.md', {
    cwd: dir,
    onlyFiles: false,
    markDirectories: true,
    followSymbolicLinks: true,
    dot: false,
    caseSensitiveMatch: false,
    ignore: ['**/_*', '**/_*/**', '**/README.md', '**/node_modules/**'],
    suppressErrors: true,
  });
  const files = entries.filter((e) => !e.endsWith('/'));
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
