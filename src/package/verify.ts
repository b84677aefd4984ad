import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { listEntries, type EntryKind } from './list-entries.js';
import { fingerprint, hashFile, MANIFEST, readRegular, sha256sums, SUMS, type Manifest, type ManifestEntry } from './manifest.js';

/**
 * What verification found. The package passes when every list is empty. It then holds exactly the
 * files its manifest lists, each with the listed size and SHA-256, SHA256SUMS agrees with the
 * manifest, and nothing else is there; `fingerprint` (the SHA-256 of manifest.json) ties the
 * manifest itself to the one the office made, when compared with the value it sent separately.
 */
export interface VerifyResult {
  /** How many files the manifest lists. */
  readonly checked: number;
  /** The SHA-256 of the manifest.json checked. */
  readonly fingerprint: string;
  readonly missing: readonly string[];
  /** Entries the manifest does not list: files, folders (`多余/`), links, pipes (`kind`). */
  readonly extra: readonly { readonly path: string; readonly kind: EntryKind }[];
  readonly altered: readonly { readonly path: string; readonly reason: string }[];
  /** Names a zip holds more than once (an extractor keeps one of them: which, depends on the program). */
  readonly duplicates: readonly string[];
  /** How SHA256SUMS differs from the manifest (missing, unreadable, other lines). */
  readonly sums: readonly string[];
}

/** A package that cannot be verified at all (no manifest, a manifest that is not one, not a zip …). */
export class VerifyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VerifyError';
  }
}

/** The largest manifest.json or SHA256SUMS read (a package of 100,000 files has a manifest of some 20 MB). */
const MAX_LIST_BYTES = 64 << 20;
/** The most entries a zip may have (a package has a few hundred). */
const MAX_ZIP_ENTRIES = 1_000_000;

/** Verifies a package folder or zip against the manifest.json it carries. */
export async function verifyPackage(path: string): Promise<VerifyResult> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new VerifyError(`${path} 不存在`);
  }
  if (st.isDirectory()) return verifyFolder(path);
  // A pipe or device would be waited on for ever, not read.
  if (!st.isFile()) throw new VerifyError(`${path} 不是文件或文件夹`);
  return verifyZip(path);
}

const KIND_NAMES: Record<EntryKind, string> = {
  file: '文件',
  folder: '文件夹',
  symlink: '符号链接',
  fifo: '命名管道',
  socket: '套接字',
  device: '设备文件',
  other: '特殊文件',
};

/** What an entry is, in words (`符号链接`). */
export function kindName(kind: EntryKind): string {
  return KIND_NAMES[kind];
}

/** A manifest path the package can hold: relative, forward slashes, no `.`/`..` parts, no control characters. */
function validPath(p: string): boolean {
  if (!p || p.startsWith('/') || p.includes('\\') || /[\p{Cc}]/u.test(p)) return false;
  return p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** The manifest's bytes read as one, with every field checked; anything else is a VerifyError saying what is wrong. */
export function parseManifest(bytes: Buffer, where: string): Manifest {
  const bad = (why: string) => new VerifyError(`${where} 不是有效的清单：${why}。材料包可能已被改动或损坏，请向创建办重新索取`);
  let m: unknown;
  try {
    m = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw bad(`不是 UTF-8 编码的 JSON（${(err as Error).message}）`);
  }
  if (typeof m !== 'object' || m === null || Array.isArray(m)) throw bad('内容不是一个 JSON 对象');
  const o = m as Record<string, unknown>;
  if (o.version !== 1) throw bad(`version 应为 1，实为 ${JSON.stringify(o.version) ?? '空'}`);
  if (typeof o.package !== 'string') throw bad('缺少 package（材料包名称）');
  if (typeof o.created !== 'string') throw bad('缺少 created（生成时间）');
  if (!Array.isArray(o.files)) throw bad('没有 files 列表');
  if (o.files.length === 0) throw bad('files 列表是空的，没有列出任何文件，不能证明任何内容');
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, f] of (o.files as unknown[]).entries()) {
    const e = f as Record<string, unknown> | null;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      problems.push(`files[${i}] 应为 { path, size, sha256 }，实为 ${JSON.stringify(f)}`);
      continue;
    }
    if (typeof e.path !== 'string' || !validPath(e.path)) problems.push(`files[${i}].path 不是有效的相对路径：${JSON.stringify(e.path)}`);
    else if (e.path === MANIFEST || e.path === SUMS) problems.push(`files[${i}].path 不能是 ${e.path}`);
    else if (seen.has(e.path)) problems.push(`files[${i}].path 重复：${e.path}`);
    else seen.add(e.path);
    if (typeof e.size !== 'number' || !Number.isSafeInteger(e.size) || e.size < 0) problems.push(`files[${i}].size 应为非负整数，实为 ${JSON.stringify(e.size)}`);
    if (typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256)) problems.push(`files[${i}].sha256 应为 64 位小写十六进制，实为 ${JSON.stringify(e.sha256)}`);
    if (problems.length >= 5) break;
  }
  // A path cannot be a file and a folder of other files at once.
  for (const p of seen) {
    if (problems.length >= 5) break;
    for (let at = p.indexOf('/'); at > 0; at = p.indexOf('/', at + 1)) {
      if (seen.has(p.slice(0, at))) {
        problems.push(`${p.slice(0, at)} 既是文件又是文件夹`);
        break;
      }
    }
  }
  if (problems.length) throw bad(problems.join('；'));
  return m as Manifest;
}

/** How SHA256SUMS differs from what the manifest says it must be (nothing when it is the same). */
function compareSums(manifest: Manifest, sums: Buffer | undefined, state: 'missing' | 'not-file' | 'too-large' | 'ok'): string[] {
  if (state === 'missing') return [`缺少 ${SUMS}`];
  if (state === 'not-file') return [`${SUMS} 不是普通文件`];
  if (state === 'too-large' || !sums) return [`${SUMS} 超过 ${MAX_LIST_BYTES >> 20} MB，不是本工具生成的`];
  const expected = sha256sums(manifest);
  if (sums.equals(Buffer.from(expected, 'utf8'))) return [];
  const out: string[] = [];
  const listed = new Map<string, string>();
  const lines = sums.toString('utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [i, line] of lines.entries()) {
    const m = /^\\?([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) {
      out.push(`${SUMS} 第 ${i + 1} 行格式不对`);
      continue;
    }
    const path = line.startsWith('\\') ? m[2]!.replace(/\\(\\|n|r)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\')) : m[2]!;
    if (listed.has(path)) out.push(`${SUMS} 重复列出 ${path}`);
    listed.set(path, m[1]!);
  }
  for (const f of manifest.files) {
    const h = listed.get(f.path);
    if (h === undefined) out.push(`${SUMS} 没有列出 ${f.path}`);
    else if (h !== f.sha256) out.push(`${SUMS} 中 ${f.path} 的 SHA-256 与清单不同`);
    listed.delete(f.path);
  }
  for (const p of listed.keys()) out.push(`${SUMS} 列出了清单中没有的 ${p}`);
  if (!out.length) out.push(`${SUMS} 的写法与按清单生成的不同（顺序或格式被改动）`);
  return out;
}

/** The result from what was found: `entries` every path in the package (files with their size, folders, others). */
async function compare(
  manifest: Manifest,
  print: string,
  entries: ReadonlyMap<string, { kind: EntryKind; size: number }>,
  hash: (path: string) => Promise<{ size: number; sha256: string } | { problem: string }>,
  sums: string[],
  duplicates: string[] = [],
): Promise<VerifyResult> {
  const missing: string[] = [];
  const altered: { path: string; reason: string }[] = [];
  const listed = new Set<string>([MANIFEST, SUMS]);
  const folders = new Set<string>();
  for (const f of manifest.files as readonly ManifestEntry[]) {
    listed.add(f.path);
    for (let at = f.path.indexOf('/'); at > 0; at = f.path.indexOf('/', at + 1)) folders.add(f.path.slice(0, at));
    const got = entries.get(f.path);
    if (!got) missing.push(f.path);
    else if (got.kind !== 'file') altered.push({ path: f.path, reason: `不是普通文件，而是${kindName(got.kind)}` });
    else if (got.size !== f.size) altered.push({ path: f.path, reason: `大小由 ${f.size} 字节变为 ${got.size} 字节` });
    else {
      // Only files whose size is right are read: nothing else needs their content.
      const h = await hash(f.path);
      if ('problem' in h) altered.push({ path: f.path, reason: h.problem });
      else if (h.size !== f.size) altered.push({ path: f.path, reason: `大小由 ${f.size} 字节变为 ${h.size} 字节` });
      else if (h.sha256 !== f.sha256) altered.push({ path: f.path, reason: '内容已被改动（SHA-256 不符）' });
    }
  }
  const extra: { path: string; kind: EntryKind }[] = [];
  for (const [path, e] of entries) {
    if (listed.has(path) || (e.kind === 'folder' && folders.has(path))) continue;
    extra.push({ path, kind: e.kind });
  }
  return { checked: manifest.files.length, fingerprint: print, missing, extra, altered, duplicates, sums };
}

async function verifyFolder(dir: string): Promise<VerifyResult> {
  const manifestPath = join(dir, MANIFEST);
  let manifestData: Buffer | undefined;
  try {
    manifestData = await readRegular(manifestPath, MAX_LIST_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new VerifyError(`${dir} 中没有 ${MANIFEST}，无法核对`);
    if (code === 'ENOTREGULAR' || code === 'ELOOP') throw new VerifyError(`${manifestPath} 不是普通文件（可能是链接或管道），无法核对`);
    throw err;
  }
  if (!manifestData) throw new VerifyError(`${manifestPath} 超过 ${MAX_LIST_BYTES >> 20} MB，不是本工具生成的清单`);
  const manifest = parseManifest(manifestData, manifestPath);
  const entries = new Map<string, { kind: EntryKind; size: number }>();
  for (const e of await listEntries(dir)) entries.set(e.path, { kind: e.kind, size: e.size });
  let sums: Buffer | undefined;
  let state: 'missing' | 'not-file' | 'too-large' | 'ok' = 'ok';
  const sumsEntry = entries.get(SUMS);
  if (!sumsEntry) state = 'missing';
  else if (sumsEntry.kind !== 'file') state = 'not-file';
  else {
    sums = await readRegular(join(dir, SUMS), MAX_LIST_BYTES).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOTREGULAR' || err.code === 'ELOOP') return undefined;
      throw err;
    });
    if (!sums) state = sumsEntry.size > MAX_LIST_BYTES ? 'too-large' : 'not-file';
  }
  // Folders and files are looked at without following links; a file changed into a link or pipe meanwhile is refused by hashFile, not followed or waited on.
  const hash = async (p: string) => {
    try {
      return await hashFile(join(dir, p));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTREGULAR' || code === 'ELOOP') return { problem: '核对时已不是普通文件（被换成了链接或管道）' };
      if (code === 'ENOENT') return { problem: '核对时已被删除' };
      throw err;
    }
  };
  return compare(manifest, fingerprint(manifestData), entries, hash, compareSums(manifest, sums, state));
}

/** The kind of a zip entry, from the Unix mode its creator recorded (a zip from Windows records none: a file or, by its name, a folder). */
function zipKind(entry: yauzl.Entry): EntryKind {
  if (entry.fileName.endsWith('/')) return 'folder';
  const unix = entry.versionMadeBy >> 8 === 3 ? (entry.externalFileAttributes >>> 16) & 0o170000 : 0;
  switch (unix) {
    case 0:
    case 0o100000:
      return 'file';
    case 0o040000:
      return 'folder';
    case 0o120000:
      return 'symlink';
    case 0o010000:
      return 'fifo';
    case 0o140000:
      return 'socket';
    case 0o020000:
    case 0o060000:
      return 'device';
    default:
      return 'other';
  }
}

async function verifyZip(file: string): Promise<VerifyResult> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: true }, (err, z) =>
      err || !z ? reject(new VerifyError(`${file} 不是有效的 zip 文件：${err?.message ?? ''}`)) : resolve(z),
    ),
  );
  try {
    return await readZip(file, zip);
  } finally {
    zip.close();
  }
}

async function readZip(file: string, zip: yauzl.ZipFile): Promise<VerifyResult> {
  // First the central directory alone: every name, without reading any data.
  const all: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (e: Error) => reject(new VerifyError(`${file} 读取出错（文件可能已损坏）：${e.message}`)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      all.push(entry);
      if (all.length > MAX_ZIP_ENTRIES) return reject(new VerifyError(`${file} 中的条目超过 ${MAX_ZIP_ENTRIES} 个，不是本工具生成的材料包`));
      zip.readEntry();
    });
    zip.readEntry();
  });
  // The package folder inside the zip: the one holding the manifest nearest the top.
  const manifests = all.filter((e) => e.fileName === MANIFEST || /^[^/]+\/manifest\.json$/.test(e.fileName));
  if (!manifests.length) throw new VerifyError(`${file} 中没有 ${MANIFEST}，无法核对`);
  const top = manifests.filter((e) => e.fileName === MANIFEST);
  const chosen = top.length ? top : manifests;
  const prefix = chosen[0]!.fileName.slice(0, -MANIFEST.length);
  const relative = (name: string) => (prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name);

  const byName = new Map<string, yauzl.Entry>();
  const duplicates = new Set<string>();
  const entries = new Map<string, { kind: EntryKind; size: number }>();
  for (const e of all) {
    const name = e.fileName.replace(/\/$/, '');
    if (byName.has(name)) duplicates.add(relative(name));
    byName.set(name, e);
    // An entry outside the package folder keeps its whole name; the package folder itself is no entry of it.
    if (prefix && name === prefix.slice(0, -1)) continue;
    if (!entries.has(relative(name))) entries.set(relative(name), { kind: zipKind(e), size: e.uncompressedSize });
  }
  // A name given twice: which copy an extractor keeps depends on the program (and one may be forged).
  if (duplicates.has(MANIFEST)) throw new VerifyError(`${file} 中有两份 ${MANIFEST}，无法确定哪一份是真的；材料包已被改动`);
  const entryOf = (p: string) => byName.get(`${prefix}${p}`)!;

  const read = (entry: yauzl.Entry, max: number) =>
    new Promise<{ size: number; sha256: string; data?: Buffer } | { problem: string }>((resolve, reject) => {
      zip.readLocalFileHeader(entry, (err, local) => {
        if (err || !local) return reject(new VerifyError(`${entry.fileName} 无法读取：${err?.message ?? ''}`));
        // What an extractor that reads the local headers (streaming tools do) would call the file.
        if (!Buffer.from(local.fileName).equals(entry.fileNameRaw)) {
          return resolve({ problem: `本地文件头中的文件名是“${Buffer.from(local.fileName).toString('utf8')}”，与目录中的不同（不同的解压工具会给出不同的文件）` });
        }
        zip.openReadStream(entry, (err2, stream) => {
          if (err2 || !stream) return reject(new VerifyError(`${entry.fileName} 无法解压：${err2?.message ?? ''}`));
          const hash = createHash('sha256');
          let size = 0;
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => {
            hash.update(c);
            size += c.length;
            if (size <= max) chunks.push(c);
          });
          stream.on('error', (e: Error) => reject(new VerifyError(`${entry.fileName} 解压出错（文件可能已损坏）：${e.message}`)));
          stream.on('end', () => resolve({ size, sha256: hash.digest('hex'), ...(size <= max ? { data: Buffer.concat(chunks) } : {}) }));
        });
      });
    });

  const manifestEntry = entryOf(MANIFEST);
  if (zipKind(manifestEntry) !== 'file') throw new VerifyError(`${file} 中的 ${MANIFEST} 不是普通文件，无法核对`);
  if (manifestEntry.uncompressedSize > MAX_LIST_BYTES) throw new VerifyError(`${file} 中的 ${MANIFEST} 超过 ${MAX_LIST_BYTES >> 20} MB，不是本工具生成的清单`);
  const m = await read(manifestEntry, MAX_LIST_BYTES);
  if ('problem' in m || !m.data) throw new VerifyError(`${file} 中的 ${MANIFEST} 无法读取（本地文件头与目录不一致）`);
  const manifest = parseManifest(m.data, `${file} 中的 ${MANIFEST}`);

  let sums: Buffer | undefined;
  let state: 'missing' | 'not-file' | 'too-large' | 'ok' = 'ok';
  const sumsEntry = entries.get(SUMS);
  if (!sumsEntry) state = 'missing';
  else if (sumsEntry.kind !== 'file') state = 'not-file';
  else if (sumsEntry.size > MAX_LIST_BYTES) state = 'too-large';
  else {
    const r = await read(entryOf(SUMS), MAX_LIST_BYTES);
    sums = 'data' in r ? r.data : undefined;
    if (!sums) state = 'not-file';
  }
  const hash = async (p: string) => {
    const r = await read(entryOf(p), 0);
    return 'problem' in r ? r : { size: r.size, sha256: r.sha256 };
  };
  return compare(manifest, fingerprint(m.data), entries, hash, compareSums(manifest, sums, state), [...duplicates].sort());
}
