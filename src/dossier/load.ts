import { closeSync, constants, lstatSync, openSync, realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { AliasTable } from '../catalog/aliases.js';
import { diagnostic, type Diagnostic } from '../util/diagnostic.js';
import { isInside } from '../util/is-inside.js';
import { FileRefused, READ_LIMITS, readFailure, readOpenedFile } from '../util/safe-file.js';
import { attachmentPath } from './attachment-path.js';
import { discoverEvidence, type SkippedLink } from './discover.js';
import { EvidenceCache } from './evidence-cache.js';
import { fileSignature } from '../util/file-signature.js';
import { readNarratives } from './narratives.js';
import type { FileResult, readEvidenceFile } from './read-evidence.js';
import { strayFiles } from './stray-files.js';
import type { EvidenceFile } from './types.js';

/** Everything read from a dossier folder: the readable evidence and what was wrong with the rest. */
export interface LoadedDossier {
  readonly evidence: readonly EvidenceFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** Number of evidence files found (usable or not). */
  readonly files: number;
}

/** How loadDossier may take a file's result from the cache. */
export interface LoadOptions {
  /**
   * Take a file whose status (inode, size, times: fileSignature) is what it was when last read
   * without reading it, its body read from it only when asked for. For the commands that print no
   * bodies; the commands that make documents read every file, so that each body is the one its
   * front matter was read with.
   */
  readonly trustStatus?: boolean;
}

/**
 * Reads every evidence file under `dir` (read-only), in path order. A bad file yields diagnostics
 * and is skipped; it never stops the others. `onProgress` is told how many files are done; files
 * unchanged since an earlier run are taken from `cacheFile` (in the output folder) when given.
 */
export async function loadDossier(dir: string, aliases: AliasTable, onProgress?: (done: number, total: number) => void, cacheFile?: string, options: LoadOptions = {}): Promise<LoadedDossier> {
  const { files, others, skipped } = await discoverEvidence(dir);
  const root = await realpath(dir);
  const cache = EvidenceCache.open(cacheFile, aliases);
  const results: FileResult[] = new Array(files.length);
  // The reader (YAML, schema) is loaded only when some file is not in the cache.
  let reader: typeof readEvidenceFile | undefined;
  // Evidence files are small: read one after the other they cost one open/read/close each, without
  // the thread-pool round trips of promises (10,000 files: 0.3 s against 2.4 s).
  const realDirs = new Map<string, RealFolder>();
  for (let i = 0; i < files.length; i++) {
    const r = loadOne(root, dir, files[i]!, cache, realDirs, options.trustStatus === true);
    if (r.bytes) {
      // A file changed below its front matter only (its body edited) keeps what its front matter gave.
      r.result = cache.bodyEdited(files[i]!, r.bytes);
      if (!r.result) {
        reader ??= (await import('./read-evidence.js')).readEvidenceFile;
        r.result = reader(files[i]!, r.bytes, aliases);
      }
      cache.put(r.key!, r.result, r.stat);
    }
    results[i] = r.result!;
    onProgress?.(i + 1, files.length);
  }
  const evidence: EvidenceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const listed = new Set<string>();
  for (const r of results) for (const p of r.listed ?? []) listed.add(p);
  // The pictures a body shows are files the evidence uses, as its attachments are: not stray.
  const used = new Set(listed);
  for (const r of results) {
    for (const pic of r.evidence?.pictures ?? []) {
      const path = attachmentPath(r.evidence!.file, pic.path);
      if (path !== undefined) used.add(path);
    }
  }
  results.forEach((r, i) => {
    // A .md another file lists as its attachment is that file's attachment, not evidence of its own.
    if (listed.has(files[i]!) && !(r.listed ?? []).includes(files[i]!)) return;
    if (r.evidence) evidence.push(r.evidence);
    diagnostics.push(...r.diagnostics);
  });
  diagnostics.push(...skipped.map(skippedLink));
  // The report's narratives (_report/*.md) are read the same guarded way; what is refused is told here.
  diagnostics.push(...readNarratives(dir).diagnostics);
  diagnostics.push(...strayFiles(others, new Set(files), used));
  await cache.save();
  return { evidence, diagnostics, files: files.length };
}

/** A link to a folder read already, not followed: a warning, once per link. */
function skippedLink(s: SkippedLink): Diagnostic {
  return diagnostic(
    s.loop
      ? {
          code: 'unreadable',
          severity: 'warning',
          file: s.file,
          message: `这是指向它所在的文件夹或上级文件夹（${s.target}）的链接，形成循环，未跟随`,
          hint: '这个链接没有用处（它指向的文件都已读取），请删除它',
        }
      : {
          code: 'unreadable',
          severity: 'warning',
          file: s.file,
          message: `这是指向文件夹“${s.target}”的链接，该文件夹中的文件已经读取，不再通过链接重复读取`,
          hint: '请删除这个链接；材料只需放在一处',
        },
  );
}

const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = constants;

/**
 * A file's bytes, unless it is a link leading outside `root` (then its real path). The real path
 * of each folder is looked up once; whether the file itself is a link is learnt from opening it
 * without following links (where the system can), at no extra cost. Anything but a regular file
 * is refused (code ENOTREG) without waiting on it (a FIFO would block a plain open for ever), and
 * so is a file larger than READ_LIMITS.textBytes (EFBIG), from its size, before reading it.
 */
function readInside(root: string, abs: string, realDirs: Map<string, RealFolder>): { bytes: Buffer; outside?: undefined } | { outside: string } {
  // The file's own real path, when it is a link; a file that is none is inside when its folder is.
  let link: string | undefined;
  let fd: number | undefined;
  if (O_NOFOLLOW === undefined) {
    if (lstatSync(abs).isSymbolicLink()) link = realpathSync(abs);
  } else {
    try {
      fd = openSync(abs, O_RDONLY | O_NOFOLLOW | (O_NONBLOCK ?? 0));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOOP') throw err;
      link = realpathSync(abs);
    }
  }
  if (link === undefined ? !realFolderOf(root, abs, realDirs).inside : !isInside(root, link)) {
    if (fd !== undefined) closeSync(fd);
    return { outside: link ?? realPathOf(root, abs, realDirs) };
  }
  fd ??= openSync(abs, O_RDONLY | (O_NONBLOCK ?? 0));
  try {
    return { bytes: readOpenedFile(fd, abs, READ_LIMITS.textBytes) };
  } finally {
    closeSync(fd);
  }
}

/** A folder's real path, and whether it lies inside the dossier's (so does every regular file in it). */
interface RealFolder {
  readonly real: string;
  readonly inside: boolean;
}

/** The real path of the folder `abs` is in, looked up once per folder. */
function realFolderOf(root: string, abs: string, realDirs: Map<string, RealFolder>): RealFolder {
  const dir = dirname(abs);
  let folder = realDirs.get(dir);
  if (folder === undefined) {
    const real = realpathSync(dir);
    realDirs.set(dir, (folder = { real, inside: isInside(root, real) }));
  }
  return folder;
}

/** The real path of `abs` as far as its folder goes. */
function realPathOf(root: string, abs: string, realDirs: Map<string, RealFolder>): string {
  return join(realFolderOf(root, abs, realDirs).real, basename(abs));
}

/** A file's result from the cache or from trouble reading it; or its bytes, still to be read. */
type Loaded = { result: FileResult; bytes?: undefined; key?: undefined; stat?: undefined } | { result?: FileResult; bytes: Uint8Array; key: string; stat: string | undefined };

function loadOne(root: string, dir: string, file: string, cache: EvidenceCache, realDirs: Map<string, RealFolder>, trustStatus: boolean): Loaded {
  const abs = join(dir, file);
  // The file's status, kept with its result: one system call, and no reading when it is unchanged.
  let stat: string | undefined;
  try {
    const st = lstatSync(abs);
    // A regular file (no link) is inside when its folder is.
    if (st.isFile() && st.size <= READ_LIMITS.textBytes && realFolderOf(root, abs, realDirs).inside) stat = fileSignature(st);
  } catch {
    // Reading it below tells what is wrong.
  }
  if (trustStatus && stat !== undefined) {
    const hit = cache.getByStat(file, stat, (key) => bodySource(root, file, abs, realDirs, key));
    if (hit) return { result: hit };
  }
  let bytes: Uint8Array;
  try {
    const read = readInside(root, abs, realDirs);
    if (read.outside !== undefined) {
      const real = read.outside;
      const result = {
        diagnostics: [
          diagnostic({
            code: 'file-outside',
            severity: 'error',
            file,
            message: `这个文件是指向佐证资料文件夹以外（${real}）的链接，未读取`,
            hint: '请把文件本身复制到佐证资料文件夹内，不要用快捷方式或链接',
          }),
        ],
      };
      return { result };
    }
    bytes = read.bytes;
  } catch (err) {
    return { result: { diagnostics: [unreadable(file, err)] } };
  }
  const key = EvidenceCache.key(file, bytes);
  const hit = cache.get(key, bytes, stat);
  return hit ? { result: hit } : { bytes, key, stat };
}

/**
 * A file's bytes for its body, read the guarded way, when they are still those its result was
 * read from (`key`); else none, and the body shows empty until the next check reads the file anew.
 */
function bodySource(root: string, file: string, abs: string, realDirs: Map<string, RealFolder>, key: string): Uint8Array | undefined {
  try {
    const read = readInside(root, abs, realDirs);
    return read.outside === undefined && EvidenceCache.key(file, read.bytes) === key ? read.bytes : undefined;
  } catch {
    return undefined;
  }
}

/** `unreadable` for a file that could not be read, saying why and what to do. */
export function unreadable(file: string, err: unknown): Diagnostic {
  const tooLarge = err instanceof FileRefused && err.code === 'EFBIG';
  return diagnostic({
    code: 'unreadable',
    severity: 'error',
    file,
    message: `无法读取文件：${readFailure(err, '佐证文件')}${tooLarge ? '，未读取' : ''}`,
    hint: tooLarge ? '佐证文件只写属性区和工作开展情况的文字；扫描件、照片、视频等大文件请放在“附件”文件夹，并在 attachments 中列出' : '请检查文件是否还在、是否有读取权限，或重新保存一份',
  });
}
