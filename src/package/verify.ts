import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { hashFile, listFiles, MANIFEST, SUMS, type Manifest } from './manifest.js';

/** What verification found: files missing, extra or altered against the manifest. */
export interface VerifyResult {
  readonly checked: number;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  readonly altered: readonly { readonly path: string; readonly reason: string }[];
}

/** A package that cannot be verified at all (no manifest, not a zip …). */
export class VerifyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VerifyError';
  }
}

/** Verifies a package folder or zip against the manifest.json it carries. */
export async function verifyPackage(path: string): Promise<VerifyResult> {
  if (!existsSync(path)) throw new VerifyError(`${path} 不存在`);
  return statSync(path).isDirectory() ? verifyFolder(path) : verifyZip(path);
}

function parseManifest(text: string, where: string): Manifest {
  try {
    const m = JSON.parse(text) as Manifest;
    if (!Array.isArray(m.files)) throw new Error('没有 files 列表');
    return m;
  } catch (err) {
    throw new VerifyError(`${where} 不是有效的清单文件：${(err as Error).message}`);
  }
}

function compare(manifest: Manifest, found: Map<string, { size: number; sha256: string }>): VerifyResult {
  const missing: string[] = [];
  const altered: { path: string; reason: string }[] = [];
  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.path);
    const got = found.get(f.path);
    if (!got) missing.push(f.path);
    else if (got.size !== f.size) altered.push({ path: f.path, reason: `大小由 ${f.size} 字节变为 ${got.size} 字节` });
    else if (got.sha256 !== f.sha256) altered.push({ path: f.path, reason: '内容已被改动（SHA-256 不符）' });
  }
  const extra = [...found.keys()].filter((p) => !listed.has(p) && p !== MANIFEST && p !== SUMS);
  return { checked: manifest.files.length, missing, extra, altered };
}

async function verifyFolder(dir: string): Promise<VerifyResult> {
  const manifestPath = join(dir, MANIFEST);
  if (!existsSync(manifestPath)) throw new VerifyError(`${dir} 中没有 ${MANIFEST}，无法核对`);
  const manifest = parseManifest(await readFile(manifestPath, 'utf8'), manifestPath);
  const found = new Map<string, { size: number; sha256: string }>();
  for (const p of await listFiles(dir)) found.set(p, await hashFile(join(dir, p)));
  return compare(manifest, found);
}

async function verifyZip(file: string): Promise<VerifyResult> {
  const found = new Map<string, { size: number; sha256: string }>();
  let manifestText: string | undefined;
  let prefix: string | undefined;
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (err, z) =>
      err || !z ? reject(new VerifyError(`${file} 不是有效的 zip 文件：${err?.message ?? ''}`)) : resolve(z),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (e: Error) => reject(new VerifyError(`${file} 读取出错：${e.message}`)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      const slash = entry.fileName.indexOf('/');
      prefix ??= slash > 0 ? entry.fileName.slice(0, slash) : '';
      const path = prefix && entry.fileName.startsWith(`${prefix}/`) ? entry.fileName.slice(prefix.length + 1) : entry.fileName;
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(new VerifyError(`${entry.fileName} 无法解压：${err?.message ?? ''}`));
        const hash = createHash('sha256');
        let size = 0;
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => {
          hash.update(c);
          size += c.length;
          if (path === MANIFEST) chunks.push(c);
        });
        stream.on('error', (e: Error) => reject(new VerifyError(`${entry.fileName} 解压出错（文件可能已损坏）：${e.message}`)));
        stream.on('end', () => {
          found.set(path, { size, sha256: hash.digest('hex') });
          if (path === MANIFEST) manifestText = Buffer.concat(chunks).toString('utf8');
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  if (manifestText === undefined) throw new VerifyError(`${file} 中没有 ${MANIFEST}，无法核对`);
  return compare(parseManifest(manifestText, `${file} 中的 ${MANIFEST}`), found);
}
