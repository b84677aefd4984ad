import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PdfConcat } from '../../src/package/pdf-concat.js';
import { fonts, mergeFiles, onePage } from './hand-made-pdf.js';

// writevSync as the merger sees it: real, unless a test makes it write less than it is given.
const writes = vi.hoisted(() => ({ limit: Infinity, calls: 0, bytes: 0, failOnce: false, zero: false }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return {
    ...real,
    writevSync: (fd: number, buffers: NodeJS.ArrayBufferView[], position?: number) => {
      writes.calls++;
      // A merger that wrote the same bytes again and again would fill the disk: stopped here.
      if (writes.bytes > 64 << 20) throw new Error('more than 64 MB written');
      if (writes.calls > 10_000) throw new Error('more than 10,000 writes');
      if (writes.zero) return 0;
      if (writes.failOnce) {
        writes.failOnce = false;
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
      }
      // With a limit, a short write: the first bytes only, cut inside a buffer.
      let room = writes.limit;
      const taken: NodeJS.ArrayBufferView[] = [];
      for (const b of buffers) {
        if (room === 0) break;
        const view = room >= b.byteLength ? b : Buffer.from(b.buffer, b.byteOffset, room);
        taken.push(view);
        room -= view.byteLength;
      }
      const n = real.writevSync(fd, taken, position);
      writes.bytes += n;
      return n;
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'dossier-merge-writes-'));
// Two small files and one with 3 MB of page content (written in pieces, past the merger's 1 MB of gathering).
const inputs = () => [onePage('one'), onePage('two', `\n%${'x'.repeat(3 << 20)}`), onePage('three')];
// The large one as a file, for the tests that make the writes fail.
const big = join(dir, 'big.pdf');
writeFileSync(big, inputs()[1]!);

afterEach(() => {
  writes.limit = Infinity;
  writes.calls = 0;
  writes.bytes = 0;
  writes.failOnce = false;
  writes.zero = false;
});

describe('writing the merged PDF', () => {
  it('writes it in a few large writes, and whole when the system takes less than it is given each time', async () => {
    const whole = readFileSync(await mergeFiles(dir, 'whole', inputs()));
    expect(writes.calls).toBeGreaterThan(1);
    expect(writes.calls).toBeLessThanOrEqual(8);
    writes.limit = 100_003;
    writes.calls = 0;
    writes.bytes = 0;
    const short = readFileSync(await mergeFiles(dir, 'short', inputs()));
    expect(writes.calls).toBeGreaterThan(whole.length / 100_003);
    expect(short.equals(whole)).toBe(true);
  });

  it('gives the rest of the process a turn between files (the workbench’s server packages in its own process)', async () => {
    let turns = 0;
    const other = () => {
      turns++;
      if (turns < 1000) timer = setImmediate(other);
    };
    let timer = setImmediate(other);
    await mergeFiles(dir, 'turns', inputs());
    clearImmediate(timer);
    expect(turns).toBeGreaterThanOrEqual(3);
  });

  it('keeps a failed write’s error: the steps after it throw it too, even when the disk takes writes again', async () => {
    const concat = await PdfConcat.create(join(dir, 'failed.pdf'), fonts);
    writes.failOnce = true;
    await expect(concat.addFile(big)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(writes.failOnce).toBe(false);
    await expect(concat.addFile(big)).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(concat.finish([], [], { title: 't', author: 'a', date: new Date(0) })).rejects.toMatchObject({ code: 'ENOSPC' });
    concat.destroy();
  });

  it('stops with an error when the system writes nothing, instead of trying for ever', async () => {
    const concat = await PdfConcat.create(join(dir, 'zero.pdf'), fonts);
    writes.zero = true;
    await expect(concat.addFile(big)).rejects.toMatchObject({ code: 'EIO' });
    expect(writes.calls).toBeLessThan(5);
    concat.destroy();
  });

  it.skipIf(!existsSync('/dev/full'))('throws the system’s error when the disk is full, and can then be abandoned', async () => {
    const concat = await PdfConcat.create('/dev/full', fonts);
    await expect(concat.addFile(big)).rejects.toMatchObject({ code: 'ENOSPC' });
    concat.destroy();
    concat.destroy();
  });
});
