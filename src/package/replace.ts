import { lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * How the package's outputs are replaced so that a run killed at any moment leaves, under the
 * final names, either the old outputs or the new ones, whole (killed between the two renames of one
 * output, that output is left moved aside, and the next run puts it back). This guards against
 * the process being killed or crashing, not against a power cut: nothing is synced to the disk
 * (as zip and qpdf do not), so after a power cut the package is made again and checked with verify. Everything is made under a temporary
 * name beside its final place (`.复核申请材料.<pid>.tmp`, `.复核申请材料.zip.<pid>.tmp`); the old folder and zip are
 * moved aside (`.复核申请材料.<pid>.old`, `.复核申请材料.zip.<pid>.old`), the new ones renamed into place,
 * and only then are the old ones deleted. Temporary names of runs that were killed are cleared by the next run.
 */

/** A temporary name beside `final` for this process (`kind`: tmp for what is being made, old for what it replaces). */
export function temporaryName(final: string, kind: 'tmp' | 'old'): string {
  return join(dirname(final), `.${basename(final)}.${process.pid}.${kind}`);
}

/** Whether process `pid` is running (a process of another user counts as running). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Temporaries older than this are cleared whatever their process (its number may have been reused). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Clears in `folder` the temporary files and folders that runs which ended without finishing left
 * for the outputs named in `finals` (their process is gone, or they are more than a day old). An
 * old folder moved aside by a run killed before it put the new one in place is put back when
 * nothing has taken its place. Returns what was cleared or put back.
 */
export async function clearStale(folder: string, finals: readonly string[], now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const done: string[] = [];
  for (const final of finals) {
    // `.复核申请材料.1234.tmp`, `.复核申请材料.1234.old`, and writeFileAtomic's `.名称.1234.1700000000000.tmp`.
    const pattern = new RegExp(`^\\.${escape(final)}\\.(\\d+)(?:\\.\\d+)?\\.(tmp|old)$`);
    for (const name of names) {
      const m = pattern.exec(name);
      if (!m) continue;
      const path = join(folder, name);
      const age = await lstat(path).then(
        (st) => now - st.mtimeMs,
        () => undefined,
      );
      if (age === undefined) continue;
      if (alive(Number(m[1])) && age < STALE_AFTER_MS) continue;
      const target = join(folder, final);
      if (m[2] === 'old' && !(await exists(target))) {
        await rename(path, target);
        done.push(`${name} → ${final}`);
        continue;
      }
      await rm(path, { recursive: true, force: true });
      done.push(name);
    }
  }
  return done;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts the folder or file `made` in the place of `final`: the old one (if any) is renamed aside and
 * the new one renamed in. Never deletes: returns where the old one now is, for the caller to delete
 * once everything else is in place too. If another run put one there in between, that one is
 * moved aside as well; if the new one cannot go in, the old one goes back.
 *
 * Never a rename over an existing file: on ext4 (auto_da_alloc) that makes the kernel write the new
 * file out to the disk before the rename returns, which for a 2 GB zip on a 330 MB/s disk took 5 s.
 */
export async function replaceAside(made: string, final: string): Promise<string | undefined> {
  const old = temporaryName(final, 'old');
  let moved = false;
  for (let attempt = 0; ; attempt++) {
    if (await exists(final)) {
      await rm(old, { recursive: true, force: true });
      await rename(final, old);
      moved = true;
    }
    try {
      await rename(made, final);
      return moved ? old : undefined;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt >= 3) {
        if (moved && !(await exists(final))) await rename(old, final).catch(() => {});
        throw err;
      }
    }
  }
}

/**
 * Makes `folder` and the folders above it one at a time, so that a failure names its real cause
 * (a read-only disk is EROFS, which `mkdir -p` in Node reports as a missing folder, ENOENT).
 */
export async function makeFolder(folder: string): Promise<void> {
  try {
    if ((await stat(folder)).isDirectory()) return;
  } catch {
    // Made below.
  }
  const parent = dirname(folder);
  if (parent !== folder) await makeFolder(parent);
  try {
    await mkdir(folder);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !(await stat(folder)).isDirectory()) throw err;
  }
}
