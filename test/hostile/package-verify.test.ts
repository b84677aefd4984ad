// Packages changed on the way to the reviewers: dossier verify must see every change, and say what it proves.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/cli/commands/verify.js';
import { packageSummary } from '../../src/cli/pipeline.js';
import type { Io } from '../../src/cli/io.js';
import { fingerprintText } from '../../src/package/build-package.js';
import { runCli } from '../helpers.js';
import { env, makeZip, miniWorkspace, onePagePdf, type ZipEntry } from '../fixtures/hostile/package/make.js';

let ws: string;
let pkg: string;
let zip: string;
/** The package's files as zip entries, in the order the zip has them. */
let entries: ZipEntry[];
let manifest: { version: number; package: string; created: string; files: { path: string; size: number; sha256: string }[] };
let print: string;
const scratch = mkdtempSync(join(tmpdir(), 'dossier-hostile-verify-'));
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  ws = miniWorkspace({ '方案.pdf': onePagePdf('plan'), '台账.xlsx': 'PK fake workbook' });
  const r = await runCli(['package'], { cwd: ws, env });
  expect(r.code, r.stderr).toBe(0);
  pkg = join(ws, 'output/复核申请材料');
  zip = join(ws, 'output/复核申请材料.zip');
  const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
  entries = names.map((name) => ({ name, data: readFileSync(join(ws, 'output', name)) }));
  manifest = JSON.parse(readFileSync(join(pkg, 'manifest.json'), 'utf8'));
  print = sha(readFileSync(join(pkg, 'manifest.json')));
}, 120_000);

/** Runs verify (as `dossier verify <target> [--fingerprint …]`) and returns its exit code and output. */
async function verify(target: string, fingerprint?: string) {
  let out = '';
  const io: Io = { cwd: scratch, env: {}, today: '2021-06-30', columns: 120, isTTY: false, out: (s) => void (out += s), err: (s) => void (out += s) };
  const code = await verifyCommand(io, target, fingerprint === undefined ? {} : { fingerprint });
  return { code, out };
}

let n = 0;
/** The package's zip with `change` made to its entries. */
async function zipWith(change: (entries: ZipEntry[]) => ZipEntry[]): Promise<string> {
  const path = join(scratch, `changed-${++n}.zip`);
  writeFileSync(path, await makeZip(change(entries.map((e) => ({ ...e })))));
  return path;
}
/** A copy of the package folder, changed by `change`. */
function folderWith(change: (dir: string) => void): string {
  const dir = join(scratch, `folder-${++n}`);
  cpSync(pkg, dir, { recursive: true });
  change(dir);
  return dir;
}
const LETTER = '复核申请材料/01-请示.pdf';
const manifestEntry = (m: unknown): ZipEntry => ({ name: '复核申请材料/manifest.json', data: typeof m === 'string' ? m : JSON.stringify(m, null, 2) + '\n' });
const replace = (list: ZipEntry[], name: string, data: string | Uint8Array) => list.map((e) => (e.name === name ? { name, data } : e));

describe('dossier verify: what was not seen before', () => {
  it('passes the package as made, zip and folder, and prints its fingerprint', async () => {
    for (const target of [zip, pkg]) {
      const r = await verify(target);
      expect(r.code, r.out).toBe(0);
      expect(r.out).toContain('核对通过');
      expect(r.out).toContain(`指纹（manifest.json 的 SHA-256）：${print}`);
    }
    // A zip rewritten entry for entry as it was verifies too.
    expect((await verify(await zipWith((l) => l))).code).toBe(0);
  });

  it('(a) a zip holding a forged copy of a file before the real one fails and names it', async () => {
    const forged = await zipWith((l) => [{ name: LETTER, data: '%PDF-1.4 forged' }, ...l]);
    const r = await verify(forged);
    expect(r.code).toBe(1);
    expect(r.out).toContain('重复：01-请示.pdf');
    // Two manifests: which one is the package's cannot be known.
    const two = await zipWith((l) => [manifestEntry({ ...manifest, files: manifest.files.slice(1) }), ...l]);
    expect((await verify(two)).out).toContain('有两份 manifest.json');
  });

  it('(b) links, pipes and folders added to a folder are extra; a listed file turned into a link is altered; a pipe is never opened', async () => {
    const dir = folderWith((d) => {
      symlinkSync('/etc/passwd', join(d, '链接.pdf'));
      symlinkSync(join(d, '05-佐证资料'), join(d, '目录链接'));
      mkdirSync(join(d, '空文件夹/子'), { recursive: true });
      execFileSync('mkfifo', [join(d, '管道')]);
      renameSync(join(d, '01-请示.pdf'), join(scratch, 'letter.pdf'));
      symlinkSync(join(scratch, 'letter.pdf'), join(d, '01-请示.pdf'));
      unlinkSync(join(d, '02-自评报告.pdf'));
      execFileSync('mkfifo', [join(d, '02-自评报告.pdf')]);
    });
    const r = await verify(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('多出：链接.pdf（符号链接）');
    expect(r.out).toContain('多出：目录链接（符号链接）');
    expect(r.out).toContain('多出：空文件夹/（文件夹）');
    expect(r.out).toContain('多出：空文件夹/子/（文件夹）');
    expect(r.out).toContain('多出：管道（命名管道）');
    expect(r.out).toContain('改动：01-请示.pdf（不是普通文件，而是符号链接）');
    expect(r.out).toContain('改动：02-自评报告.pdf（不是普通文件，而是命名管道）');
    // The manifest itself a pipe: refused at once, not waited on.
    const pipe = folderWith((d) => {
      unlinkSync(join(d, 'manifest.json'));
      execFileSync('mkfifo', [join(d, 'manifest.json')]);
    });
    const p = await verify(pipe);
    expect(p.code).toBe(1);
    expect(p.out).toContain('不是普通文件');
    // So is a pipe given as the package.
    const fifo = join(scratch, 'pipe.zip');
    execFileSync('mkfifo', [fifo]);
    expect((await verify(fifo)).out).toContain('不是文件或文件夹');
  }, 20_000);

  it('(b) in a zip, a link entry and a folder entry are extra too', async () => {
    const r = await verify(await zipWith((l) => [...l, { name: '复核申请材料/链接.pdf', data: '/etc/passwd', mode: 0o120777 }, { name: '复核申请材料/多余/' }]));
    expect(r.code).toBe(1);
    expect(r.out).toContain('多出：链接.pdf（符号链接）');
    expect(r.out).toContain('多出：多余/（文件夹）');
  });

  it('(c) SHA256SUMS is compared with the manifest', async () => {
    const sums = readFileSync(join(pkg, 'SHA256SUMS'), 'utf8');
    const evil = await zipWith((l) => replace(l, '复核申请材料/SHA256SUMS', sums.replace('01-请示.pdf', '01-请示.exe') + `${'0'.repeat(64)}  evil.exe\n`));
    const r = await verify(evil);
    expect(r.code).toBe(1);
    expect(r.out).toContain('校验值文件：SHA256SUMS 没有列出 01-请示.pdf');
    expect(r.out).toContain('校验值文件：SHA256SUMS 列出了清单中没有的 evil.exe');
    const gone = folderWith((d) => unlinkSync(join(d, 'SHA256SUMS')));
    expect((await verify(gone)).out).toContain('校验值文件：缺少 SHA256SUMS');
  });

  it('(d) a manifest rewritten to match a forged file passes the check of the package alone, and fails against the fingerprint', async () => {
    const forgedLetter = '%PDF-1.4 forged letter';
    const files = manifest.files.map((f) => (f.path === '01-请示.pdf' ? { ...f, size: forgedLetter.length, sha256: sha(forgedLetter) } : f));
    const forged = { ...manifest, files };
    const sums = files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
    const path = await zipWith((l) => replace(replace(replace(l, LETTER, forgedLetter), '复核申请材料/manifest.json', JSON.stringify(forged, null, 2) + '\n'), '复核申请材料/SHA256SUMS', sums));
    const alone = await verify(path);
    expect(alone.code).toBe(0);
    expect(alone.out).not.toContain(print);
    expect(alone.out).toContain('请把上面的指纹与创建办另行提供的指纹');
    const against = await verify(path, print);
    expect(against.code).toBe(1);
    expect(against.out).toContain(`指纹不符：材料包的指纹是 ${sha(JSON.stringify(forged, null, 2) + '\n')}，--fingerprint 给出的是 ${print}`);
    // The real package against its fingerprint (written in capitals, with spaces, as people copy it).
    const ok = await verify(zip, print.toUpperCase().replace(/(.{8})/g, '$1 '));
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('指纹与 --fingerprint 给出的一致');
    await expect(verify(zip, 'not-a-fingerprint')).rejects.toThrow('不是指纹');
  });

  it('(d) an emptied manifest does not verify, nor does a zip holding only it', async () => {
    const empty = { ...manifest, files: [] };
    for (const path of [
      await zipWith((l) => replace(l, '复核申请材料/manifest.json', JSON.stringify(empty))),
      await zipWith(() => [manifestEntry(empty), { name: '复核申请材料/SHA256SUMS', data: '' }]),
    ]) {
      const r = await verify(path);
      expect(r.code).toBe(1);
      expect(r.out).toContain('files 列表是空的');
    }
  });

  it.each([
    ['{"files":[null]}', 'version 应为 1'],
    ['null', '不是一个 JSON 对象'],
    ['[1]', '不是一个 JSON 对象'],
    ['{', '不是 UTF-8 编码的 JSON'],
    [{ files: [null] }, 'files[0] 应为 { path, size, sha256 }，实为 null'],
    [{ files: [{ path: 5, size: 'x', sha256: null }] }, 'files[0].path 不是有效的相对路径'],
    [{ files: [{ path: '../../etc/passwd', size: 1, sha256: '0'.repeat(64) }] }, 'files[0].path 不是有效的相对路径'],
    [{ files: [{ path: '__proto__', size: 1, sha256: '00' }] }, 'files[0].sha256 应为 64 位小写十六进制'],
    [{ files: [{ path: 'a\nb', size: 1, sha256: '0'.repeat(64) }] }, 'files[0].path 不是有效的相对路径'],
    [{ files: [{ path: 'a', size: -1, sha256: '0'.repeat(64) }] }, 'files[0].size 应为非负整数'],
    [
      {
        files: [
          { path: 'a', size: 1, sha256: '0'.repeat(64) },
          { path: 'a', size: 1, sha256: '0'.repeat(64) },
        ],
      },
      'files[1].path 重复',
    ],
    [
      {
        files: [
          { path: 'a', size: 1, sha256: '0'.repeat(64) },
          { path: 'a/b', size: 1, sha256: '0'.repeat(64) },
        ],
      },
      'a 既是文件又是文件夹',
    ],
    [{ files: [{ path: 'manifest.json', size: 1, sha256: '0'.repeat(64) }] }, '不能是 manifest.json'],
    [{ files: 'all' }, '没有 files 列表'],
  ])('(e) a manifest %j is a clear error, exit 1', async (bad, words) => {
    const text = typeof bad === 'string' ? bad : JSON.stringify({ version: 1, package: '复核申请材料', created: manifest.created, ...bad });
    for (const target of [await zipWith((l) => replace(l, '复核申请材料/manifest.json', text)), folderWith((d) => writeFileSync(join(d, 'manifest.json'), text))]) {
      const r = await verify(target);
      expect(r.code, r.out).toBe(1);
      expect(r.out).toContain('不是有效的清单');
      expect(r.out).toContain(words);
    }
  });

  it('a zip whose local header names another file than its directory fails', async () => {
    const bytes = readFileSync(zip);
    const name = Buffer.from(LETTER);
    // The local header (signature PK\3\4) carrying the letter's name: its name becomes 01-请示.exe.
    let at = bytes.indexOf(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1')]));
    while (!bytes.subarray(at + 30, at + 30 + name.length).equals(name)) at = bytes.indexOf(Buffer.from('PK\x03\x04', 'latin1'), at + 4);
    Buffer.from('复核申请材料/01-请示.exe').copy(bytes, at + 30);
    const path = join(scratch, 'local-name.zip');
    writeFileSync(path, bytes);
    const r = await verify(path);
    expect(r.code).toBe(1);
    expect(r.out).toContain('改动：01-请示.pdf（本地文件头中的文件名是“复核申请材料/01-请示.exe”');
  });
});

describe('the fingerprint made by dossier package', () => {
  it('is printed, and written beside the zip with how to use it', async () => {
    const file = join(ws, 'output/复核申请材料.指纹.txt');
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(fingerprintText(print, manifest.files.length, new Date(Number(env.SOURCE_DATE_EPOCH) * 1000)));
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text).toContain(`    ${print}\r\n`);
    expect(text).toContain(`dossier verify 复核申请材料.zip --fingerprint ${print}`);
    expect(text).toContain('请把这个指纹与材料包分开交给收件方');
    const io = { cwd: ws } as Io;
    const lines = packageSummary(io, { folder: pkg, zip, files: 12, attachments: 2, mergedPages: 80, zipBytes: 1 << 20, fingerprint: print, fingerprintFile: file, notes: [] });
    expect(lines.join('\n')).toContain(`指纹：${print}`);
    expect(lines.join('\n')).toContain('output/复核申请材料.指纹.txt');
    expect(lines.join('\n')).toContain(`dossier verify output/复核申请材料.zip --fingerprint ${print}`);
  });

  it('is the same, as are the zip and the fingerprint file, when the package is made again', async () => {
    const zipBytes = readFileSync(zip);
    const text = readFileSync(join(ws, 'output/复核申请材料.指纹.txt'));
    const r = await runCli(['package'], { cwd: ws, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`指纹：${print}`);
    expect(readFileSync(zip).equals(zipBytes)).toBe(true);
    expect(readFileSync(join(ws, 'output/复核申请材料.指纹.txt')).equals(text)).toBe(true);
  }, 120_000);
});

process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
