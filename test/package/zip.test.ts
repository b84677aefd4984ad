// The package's zip writer (issue 12: zip ≤ 1.2× `zip -r -Z store`). It replaced yazl, which stays
// as a test dependency to be its oracle: for the same folder both must give the same bytes, from
// empty files to ZIP64. Python's zipfile, a reader written apart from both, checks each archive's
// CRCs, sizes and dates.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/package/list-entries.js';
import { writeZip, zipFolder } from '../../src/package/zip.js';

const root = mkdtempSync(join(tmpdir(), 'dossier-zip-'));
afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);
const MB = 1 << 20;
const STORED = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.zip', '.docx', '.xlsx', '.pptx', '.gz', '.7z', '.rar', '.mp4', '.webp']);

/** A date whose calendar fields read in UTC, as the yazl-based writer gave it. */
class UtcFieldsDate extends Date {
  override getFullYear() {
    return this.getUTCFullYear();
  }
  override getMonth() {
    return this.getUTCMonth();
  }
  override getDate() {
    return this.getUTCDate();
  }
  override getHours() {
    return this.getUTCHours();
  }
  override getMinutes() {
    return this.getUTCMinutes();
  }
  override getSeconds() {
    return this.getUTCSeconds();
  }
}

/** The folder zipped by yazl as the package was zipped before, streamed into `sink`. */
async function yazlZip(dir: string, prefix: string, date: Date, sink: NodeJS.WritableStream): Promise<void> {
  const zip = new yazl.ZipFile();
  const mtime = new UtcFieldsDate(date.getTime());
  for (const f of await listFiles(dir)) {
    const dot = f.lastIndexOf('.');
    const ext = dot > f.lastIndexOf('/') ? f.slice(dot).toLowerCase() : '';
    zip.addReadStreamLazy(`${prefix}/${f}`, { mtime, mode: 0o100644, compress: !STORED.has(ext) }, (cb) => cb(null, createReadStream(join(dir, f))));
  }
  zip.end();
  await pipeline(zip.outputStream, sink);
}

/** What Python's zipfile reads in an archive: names, sizes, DOS dates, methods, and the first entry whose CRC fails (null: none). */
function pythonReads(zipPath: string): { bad: string | null; entries: [string, number, number[], number][] } {
  const script =
    'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nprint(json.dumps({"bad":z.testzip(),"entries":[[i.filename,i.file_size,list(i.date_time),i.compress_type] for i in z.infolist()]}))';
  return JSON.parse(execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8', maxBuffer: 64 * MB })) as ReturnType<typeof pythonReads>;
}

/** Bytes from a seed: random (incompressible) or text-like (compressible). */
function content(seed: number, size: number, text: boolean): Buffer {
  const b = Buffer.allocUnsafe(size);
  let x = seed >>> 0 || 1;
  const words = ['安全', '发展', '示范', '城市', 'evidence ', '2021-06-30\n', '…'].map((w) => Buffer.from(w));
  for (let i = 0; i < size;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    if (text) {
      const w = words[x % words.length]!;
      i += w.copy(b, i, 0, Math.min(w.length, size - i));
    } else b[i++] = x & 255;
  }
  return b;
}

/** Writes the files of a tree under a new folder; returns its path. */
function makeTree(files: { path: string; seed: number; size: number; text: boolean }[]): string {
  const dir = mkdtempSync(join(root, 'tree-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), content(f.seed, f.size, f.text));
  }
  return dir;
}

describe('the package zip', () => {
  it('gives the bytes yazl gave, for trees of every shape: empty files, CJK names, deflated and stored, sizes around the 1 MB buffer', async () => {
    const size = fc.oneof(fc.constantFrom(0, 1, MB - 1, MB, MB + 1, 2 * MB + 12345), fc.integer({ min: 0, max: 20_000 }));
    const file = fc.record({
      folder: fc.constantFrom('', '资料/', '佐证资料/01-组织领导/', 'a/b/c/', '附件 (1)/'),
      ext: fc.constantFrom('.pdf', '.PDF', '.jpg', '.md', '.json', '.txt', '.doc', '.xlsx', '', '.tar.gz'),
      seed: fc.integer(),
      size,
      text: fc.boolean(),
    });
    const tree = fc.array(file, { minLength: 0, maxLength: 8 });
    const date = fc.date({ min: new Date(Date.UTC(1980, 0, 2)), max: new Date(Date.UTC(2107, 11, 30)), noInvalidDate: true });
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(tree, date, async (specs, when) => {
        const files = specs.map((s, i) => ({ ...s, path: `${s.folder}文件${i}${s.ext}` }));
        const dir = makeTree(files);
        const ours = join(root, `ours-${runs}.zip`);
        const theirs = join(root, `yazl-${runs++}.zip`);
        const result = await writeZip(dir, ours, '复核申请材料', when);
        await yazlZip(dir, '复核申请材料', when, createWriteStream(theirs));
        expect(readFileSync(ours).equals(readFileSync(theirs))).toBe(true);
        expect(result).toEqual({ files: files.length, bytes: readFileSync(ours).length });
        rmSync(dir, { recursive: true });
        rmSync(theirs);
        rmSync(ours);
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('is read by Python’s zipfile with every CRC right, the files’ sizes, and the build date (UTC fields) on every entry', async () => {
    const files = [
      { path: 'manifest.json', seed: 1, size: 5000, text: true },
      { path: '05-佐证资料/T01-组织领导/会议纪要.pdf', seed: 2, size: 300_000, text: false },
      { path: '05-佐证资料/T01-组织领导/说明.txt', seed: 3, size: 3 * MB, text: true },
      { path: '空文件.md', seed: 4, size: 0, text: true },
    ];
    const dir = makeTree(files);
    const zip = join(root, 'read.zip');
    await zipFolder(dir, zip, '复核申请材料', new Date(Date.UTC(2021, 5, 30, 23, 59, 59)));
    const read = pythonReads(zip);
    expect(read.bad).toBeNull();
    expect(read.entries).toEqual(
      files
        .map((f) => f.path)
        .sort()
        .map((p) => [`复核申请材料/${p}`, files.find((f) => f.path === p)!.size, [2021, 6, 30, 23, 59, 58], /\.pdf$/.test(p) ? 0 : 8]),
    );
  });

  it('clamps dates outside what a zip can hold to 1980-01-01 and 2107-12-31', async () => {
    const dir = makeTree([{ path: 'a.txt', seed: 1, size: 10, text: true }]);
    for (const [date, fields] of [
      [new Date(Date.UTC(1975, 3, 1)), [1980, 1, 1, 0, 0, 0]],
      [new Date(Date.UTC(2200, 0, 1)), [2107, 12, 31, 23, 59, 58]],
    ] as const) {
      const zip = join(root, 'clamp.zip');
      await writeZip(dir, zip, 'p', date);
      expect(pythonReads(zip).entries[0]![2]).toEqual(fields);
    }
  });

  it('writes ZIP64 records for a file over 4 GB and the entry after it, as yazl did (sparse file, zip streamed into a hash)', async () => {
    const dir = mkdtempSync(join(root, 'zip64-'));
    writeFileSync(join(dir, '大文件.pdf'), '');
    await truncate(join(dir, '大文件.pdf'), 2 ** 32 + 5);
    mkdirSync(join(dir, 'z'));
    writeFileSync(join(dir, 'z', '之后.txt'), '之后的文件\n');
    const date = new Date(1625011200000);
    // Ours into a pipe that sha256sum reads (writeZip writes synchronously: the reader is another process).
    const fifo = join(root, 'zip64.fifo');
    execFileSync('mkfifo', [fifo]);
    const hasher = spawn('sha256sum', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let printed = '';
    hasher.stdout.on('data', (d: Buffer) => (printed += d.toString()));
    const exited = new Promise((resolve) => hasher.on('close', resolve));
    const result = await writeZip(dir, fifo, '复核申请材料', date);
    await exited;
    const theirs = createHash('sha256');
    await yazlZip(dir, '复核申请材料', date, theirs);
    expect(printed.split(' ')[0]).toBe(theirs.digest('hex'));
    expect(result.bytes).toBeGreaterThan(2 ** 32);
    rmSync(dir, { recursive: true });
  }, 300_000);

  it('writes the ZIP64 end records for 65,535 entries, which Python reads', async () => {
    // 65,535 files: in memory where there is /dev/shm (on disk here, making them took a minute).
    const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : root, 'dossier-zip-many-'));
    for (let d = 0; d < 66; d++) {
      mkdirSync(join(dir, String(d)));
      for (let i = 0; i < 1000 && d * 1000 + i < 65_535; i++) writeFileSync(join(dir, String(d), `${i}.pdf`), String(i));
    }
    const zip = join(root, 'many.zip');
    await writeZip(dir, zip, 'p', new Date(1625011200000));
    rmSync(dir, { recursive: true });
    const bytes = readFileSync(zip);
    expect(bytes.subarray(-22).readUInt16LE(8)).toBe(0xffff);
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    const read = pythonReads(zip);
    expect(read.bad).toBeNull();
    expect(read.entries.length).toBe(65_535);
    expect(read.entries.find((e) => e[0] === 'p/65/534.pdf')?.[1]).toBe(3);
  }, 120_000);

  it('fails with the system’s error when the zip cannot be written', async () => {
    const dir = makeTree([{ path: 'a.txt', seed: 1, size: 10, text: true }]);
    await expect(zipFolder(dir, join(root, 'no-such-folder', 'x.zip'), 'p', new Date(0))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
