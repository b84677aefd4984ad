import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { isInside } from '../util/is-inside.js';

/** A link to a folder that was not followed: it leads to a folder read already (its own, or one above it: a loop). */
export interface SkippedLink {
  /** The link's path relative to the dossier folder, forward slashes. */
  readonly file: string;
  /** The folder it leads to, relative to the dossier folder when inside it (forward slashes), else its real path. */
  readonly target: string;
  /** True when it leads to its own folder or one above it: following it would go round for ever. */
  readonly loop: boolean;
}

/** What discovery found: the evidence files, the other files, and the links to folders it did not follow. */
export interface Discovered {
  readonly files: string[];
  /** Every other regular file, sorted (attachments, and strays: `T24.docx`, `T29.md.txt`), but not the files systems leave behind (Thumbs.db, ~$ lock files, *.tmp). */
  readonly others: string[];
  readonly skipped: SkippedLink[];
}

/** Files every system leaves behind, never a department's work (dot files are passed over anyway). */
const SYSTEM_FILE = /^(?:thumbs\.db|desktop\.ini|~\$.*|.*\.tmp)$/i;

/**
 * Lists the evidence files under `dir`: every `*.md` (any case) except `README.md` (any case),
 * names starting with `_` or `.` (files or folders) and `node_modules/`, as sorted forward-slash
 * paths relative to `dir`; and, in the same walk, every other regular file. Anything that is not a folder is listed, so that a dangling link, a pipe
 * or a device is reported rather than silently passed over.
 *
 * Links to folders are followed, but every real folder is read once: the dossier's own folders
 * first, then the folders links lead to, each the first time one is met. A link to a folder read
 * already (its own folder, one above it, or any other) is not followed and is returned in `skipped`,
 * so that links going round in circles cost one step, not a walk that doubles with every level.
 */
export async function discoverEvidence(dir: string): Promise<Discovered> {
  const files: string[] = [];
  const others: string[] = [];
  const skipped: SkippedLink[] = [];
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return { files, others, skipped };
  }
  const seen = new Set<string>([root]);
  /** Links met while walking, in the order met: [path relative to dir, real path of the folder holding it]. */
  const links: [rel: string, holder: string][] = [];
  const walk = (real: string, rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(real, { withFileTypes: true });
    } catch {
      // A folder that cannot be listed (no permission, gone) is passed over, as before.
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const name = e.name;
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const path = rel === '' ? name : `${rel}/${name}`;
      if (e.isDirectory()) {
        if (isReadme(name) || name.toLowerCase() === 'node_modules') continue;
        const sub = join(real, name);
        seen.add(sub);
        walk(sub, path);
      } else if (e.isSymbolicLink()) links.push([path, real]);
      else if (isEvidenceName(name)) files.push(path);
      else if (e.isFile() && !isReadme(name) && !SYSTEM_FILE.test(name)) others.push(path);
    }
  };
  walk(root, '');
  // Links after the real folders, so that a folder is read under its own name, not a link's.
  for (let i = 0; i < links.length; i++) {
    const [path, holder] = links[i]!;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const abs = join(dir, path);
    let target: string | undefined;
    try {
      if (statSync(abs).isDirectory()) target = realpathSync(abs);
    } catch {
      // A dangling link or one going round: listed as a file below when named *.md, to be reported.
    }
    if (target === undefined) {
      if (isEvidenceName(name)) files.push(path);
      continue;
    }
    if (isReadme(name) || name.toLowerCase() === 'node_modules') continue;
    if (seen.has(target)) {
      const shown = isInside(root, target)
        ? target === root
          ? '.'
          : target
              .slice(root.length + 1)
              .split(/[\\/]/)
              .join('/')
        : target;
      skipped.push({ file: path, target: shown, loop: isInside(target, holder) });
      continue;
    }
    seen.add(target);
    walk(target, path);
  }
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  files.sort(byPath);
  others.sort(byPath);
  return { files, others, skipped };
}

function isEvidenceName(name: string): boolean {
  return /\.md$/i.test(name) && !isReadme(name);
}

function isReadme(name: string): boolean {
  return name.toLowerCase() === 'readme.md';
}
