import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PdfConcat } from '../../src/package/pdf-concat.js';
import { fonts, mergeFiles, onePage } from './hand-made-pdf.js';

// readSync and writevSync as the merger sees them: real, but counted, with the buffers read into and
// written from remembered, and reads made short when a test says so.
const io = vi.hoisted(() => ({ reads: 0, limit: Infinity, readInto: [] as ArrayBufferLike[], written: [] as ArrayBufferLike[] }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return {
    ...real,
    readSync: (fd: number, buffer: NodeJS.ArrayBufferView, offset: number, length: number, position: number | null) => {
      io.reads++;
      if (io.reads > 100_000) throw new Error('more than 100,000 reads');
      io.readInto.push(buffer.buffer);
      return real.readSync(fd, buffer, offset, Math.min(length, io.limit), position);
    },
    writevSync: (fd: number, buffers: NodeJS.ArrayBufferView[], position?: number) => {
      for (const b of buffers) io.written.push(b.buffer);
      return real.writevSync(fd, buffers, position);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'dossier-merge-reads-'));
/** Page content of `mb` megabytes (a comment after the text), different from one byte to the next. */
const filler = (mb: number) => `\n%${Array.from({ length: (mb << 20) / 8 }, (_, i) => String(i % 1e8).padStart(8, '0')).join('')}`;
const small = [onePage('one'), onePage('two'), onePage('three')];

/** The same PDFs merged from memory, where nothing is read from a file. */
async function mergedFromMemory(name: string, files: Uint8Array[]): Promise<Buffer> {
  const path = join(dir, `${name}.pdf`);
  const concat = await PdfConcat.create(path, fonts);
  const order: number[] = [];
  for (const data of files) order.push(...(await concat.addBytes(data)));
  await concat.finish(order, [], { title: 't', author: 'a', date: new Date(0) });
  return readFileSync(path);
}

afterEach(() => {
  io.reads = 0;
  io.limit = Infinity;
  io.readInto = [];
  io.written = [];
});

describe('reading the PDFs to merge', () => {
  it('reads a small PDF at once, not object by object', async () => {
    const merged = readFileSync(await mergeFiles(dir, 'small', small));
    expect(io.reads).toBe(small.length);
    expect(merged.equals(await mergedFromMemory('small-memory', small))).toBe(true);
  });

  it('reads a PDF past 8 MB in pieces, and merges it as the same bytes from memory', async () => {
    const files = [small[0]!, onePage('large', filler(9))];
    const merged = readFileSync(await mergeFiles(dir, 'large', files));
    expect(io.reads).toBeGreaterThan(2);
    expect(merged.equals(await mergedFromMemory('large-memory', files))).toBe(true);
  });

  it('gets every byte when the system reads less than asked, for small and large files', async () => {
    const files = [small[0]!, onePage('two MB', filler(2)), onePage('large', filler(9))];
    const whole = await mergedFromMemory('short-memory', files);
    io.limit = 100_003;
    expect(readFileSync(await mergeFiles(dir, 'short', files)).equals(whole)).toBe(true);
    expect(io.reads).toBeGreaterThan((11 << 20) / 100_003);
  });

  it('writes copies of a small file’s stream data, so that the file read whole is not held until a later write', async () => {
    await mergeFiles(dir, 'copies', [onePage('two MB', filler(2))]);
    // The file (2 MB, one read) has a buffer of its own; nothing written may be a view of it.
    const fileBuffers = new Set(io.readInto.filter((b) => b.byteLength >= 2 << 20));
    expect(fileBuffers.size).toBe(1);
    expect(io.written.some((b) => fileBuffers.has(b))).toBe(false);
  });
});
