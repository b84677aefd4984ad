import { readAt } from '../../util/read-at.js';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { markUsed } from '../../util/content-cache.js';

/** The first bytes of a memo file, and the last four. */
const MAGIC = 'dossier-typeset-memo-1\n';
const TAIL = 'MEMO';

/**
 * What typesetting a document gave in an earlier run (each block's pages by the block and what it
 * was set after, each page's content stream by its drawing), kept in one file of the content cache
 * (TypesetMemo.open). Entries are read from the file when
 * asked for, not held, and this run's entries are written to the new file as they come: memory
 * does not grow with the document. Only the entries met in this run are kept. A missing, damaged
 * or foreign file (other code or fonts: `context`) is an empty memo; one that cannot be written
 * costs time, never the run.
 */
export class TypesetMemo {
  /** Entries of the file read: key → where its text lies. */
  private readonly known = new Map<string, { at: number; length: number; sum: string }>();
  private readonly written: [key: string, at: number, length: number, sum: string][] = [];
  private readonly keys = new Set<string>();
  /** Entries taken before anything new was put: copied from the old file once something is. */
  private readonly taken: [key: string, at: number, length: number, sum: string][] = [];
  private out: { fd: number; at: number; tmp: string; pending: Uint8Array[]; size: number } | undefined;
  private failed = false;
  /** The bytes of the old file last read (read). */
  private window: { at: number; data: Buffer } | undefined;

  private constructor(
    private readonly file: string,
    private readonly context: string,
    private fd: number | undefined,
  ) {}

  /** The memo kept in `file` for results that depend on `context` besides their keys (the tool's code, the font files). */
  static open(file: string, context: string): TypesetMemo {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
    } catch {
      return new TypesetMemo(file, context, undefined);
    }
    const memo = new TypesetMemo(file, context, fd);
    markUsed(file);
    try {
      memo.readIndex(fd);
    } catch {
      // Damaged or foreign: an empty memo.
      memo.known.clear();
    }
    return memo;
  }

  private readIndex(fd: number): void {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size < MAGIC.length + 12) return;
    const head = Buffer.alloc(MAGIC.length);
    readSync(fd, head, 0, head.length, 0);
    const tail = Buffer.alloc(12);
    readSync(fd, tail, 0, 12, st.size - 12);
    if (head.toString('latin1') !== MAGIC || tail.toString('latin1', 8) !== TAIL) return;
    const at = tail.readUInt32BE(0) * 2 ** 32 + tail.readUInt32BE(4);
    if (at < MAGIC.length || at > st.size - 12) return;
    const index = Buffer.alloc(st.size - 12 - at);
    readSync(fd, index, 0, index.length, at);
    const parsed = JSON.parse(index.toString('utf8')) as { context?: unknown; entries?: unknown };
    if (parsed.context !== this.context || !Array.isArray(parsed.entries)) return;
    for (const e of parsed.entries as unknown[]) {
      if (!Array.isArray(e) || typeof e[0] !== 'string' || !Number.isInteger(e[1]) || !Number.isInteger(e[2]) || typeof e[3] !== 'string') continue;
      const [key, start, length, sum] = e as [string, number, number, string];
      if (start >= MAGIC.length && start + length <= at) this.known.set(key, { at: start, length, sum });
    }
  }

  /** The bytes kept for `key`, or undefined (also for an entry whose checksum does not match). */
  get(key: string): Buffer | undefined {
    const where = this.known.get(key);
    if (!where || this.fd === undefined) return undefined;
    try {
      const buf = this.read(where.at, where.length);
      if (buf.length !== where.length || checksum(buf) !== where.sum) return undefined;
      if (this.keys.has(key)) return buf;
      if (this.out) this.write(key, buf, where.sum);
      else {
        this.keys.add(key);
        this.taken.push([key, where.at, where.length, where.sum]);
      }
      return buf;
    } catch {
      return undefined;
    }
  }

  /**
   * `length` bytes of the old file from `at`, through a window of WINDOW bytes: a run asks for the
   * entries in about the order the last run wrote them, so one read serves many (memory stays bounded).
   */
  private read(at: number, length: number): Buffer {
    const w = this.window;
    // Copied out of the window: a page stream the PDF keeps until it is written must not keep the whole window.
    if (w && at >= w.at && at + length <= w.at + w.data.length) return Buffer.from(w.data.subarray(at - w.at, at - w.at + length));
    if (length >= WINDOW) return readAt(this.fd!, at, length);
    const data = readAt(this.fd!, at, WINDOW);
    this.window = { at, data };
    return Buffer.from(data.subarray(0, length));
  }

  /** Keeps `data` for `key`. */
  put(key: string, data: Uint8Array): void {
    if (this.failed || this.keys.has(key)) return;
    try {
      if (!this.out) this.start();
    } catch {
      return this.abandon();
    }
    this.write(key, data);
  }

  /** Begins the new file with the entries taken so far, copied from the old one. */
  private start(): void {
    const tmp = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.tmp`);
    mkdirSync(dirname(this.file), { recursive: true });
    const fd = openSync(tmp, 'w');
    this.out = { fd, at: MAGIC.length, tmp, pending: [Buffer.from(MAGIC, 'latin1')], size: MAGIC.length };
    // Each was checked against its checksum when taken, from this same open file, which no run writes
    // into (a new memo replaces it by renaming): copied without checking again, neighbours in one read.
    const taken = this.taken;
    for (let i = 0; i < taken.length;) {
      let j = i + 1;
      let end = taken[i]![1] + taken[i]![2];
      while (j < taken.length && taken[j]![1] === end && end - taken[i]![1] < WINDOW) end += taken[j++]![2];
      const buf = this.fd === undefined ? Buffer.alloc(0) : readAt(this.fd, taken[i]![1], end - taken[i]![1]);
      if (buf.length !== end - taken[i]![1]) throw new Error('memo file changed');
      this.append(buf);
      for (; i < j; i++) {
        const [key, , length, sum] = taken[i]!;
        this.written.push([key, this.out.at, length, sum]);
        this.out.at += length;
      }
    }
  }

  /** Writes an entry to the new file; `sum`, its checksum when known already (an entry taken from the old file). */
  private write(key: string, data: Uint8Array, sum: string = checksum(data)): void {
    if (this.failed || !this.out) return;
    try {
      this.append(data);
      this.written.push([key, this.out.at, data.length, sum]);
      this.keys.add(key);
      this.out.at += data.length;
    } catch {
      this.abandon();
    }
  }

  /** Writes through a buffer of up to 256 KB: one system call for many entries, memory still bounded. */
  private append(data: Uint8Array): void {
    const out = this.out!;
    out.pending.push(data);
    out.size += data.length;
    if (out.size >= 256 * 1024) this.flush();
  }

  private flush(): void {
    const out = this.out!;
    const data = Buffer.concat(out.pending);
    for (let done = 0; done < data.length;) done += writeSync(out.fd, data, done);
    out.pending = [];
    out.size = 0;
  }

  /**
   * Puts this run's entries in place of the file's when any was new (a file holding more than this
   * run took stays: the next new entry drops those), and closes it. The old file is deleted before the new one is renamed in: a file renamed over another is
   * written to the disk at once by ext4, and the memo is only a help.
   */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    const out = this.out;
    if (!out || this.failed) return this.abandon();
    try {
      const index = Buffer.from(JSON.stringify({ context: this.context, entries: this.written }), 'utf8');
      const tail = Buffer.alloc(12);
      tail.writeUInt32BE(Math.floor(out.at / 2 ** 32), 0);
      tail.writeUInt32BE(out.at % 2 ** 32, 4);
      tail.write(TAIL, 8, 'latin1');
      this.append(index);
      this.append(tail);
      this.flush();
      closeSync(out.fd);
      this.out = undefined;
      rmSync(this.file, { force: true });
      renameSync(out.tmp, this.file);
    } catch {
      this.abandon();
    }
  }

  private abandon(): void {
    this.failed = true;
    if (!this.out) return;
    try {
      closeSync(this.out.fd);
    } catch {
      // Closed already.
    }
    rmSync(this.out.tmp, { force: true });
    this.out = undefined;
  }
}

/** How much of the old file one read takes (TypesetMemo.read). */
const WINDOW = 256 * 1024;

/** An entry's checksum: a damaged entry is not taken. */
function checksum(data: Uint8Array): string {
  return hash('sha1', data, 'base64');
}
