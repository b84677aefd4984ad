// Word and Excel files that are zip bombs: refused before any library inflates them, quickly and in little memory.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { MAX_ZIP_ENTRIES, zipProblem } from '../../src/util/zip-limits.js';
import { makeDocx } from '../fixtures/import/make-files.js';
import { copyExampleWorkspace, runCli } from '../helpers.js';

/** A zip whose entries may declare a size other than what their data inflates to. */
function craftZip(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const size = e.declared ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const dir = copyExampleWorkspace('dossier-hostile-zip-', false);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('zip limits of Office files', () => {
  it('let a real Word file through', async () => {
    expect(await zipProblem(await makeDocx())).toBeUndefined();
  });

  it('refuse an entry that inflates to more than it declares (20 MB of zeros declared as 1 KB)', async () => {
    const bomb = craftZip([{ name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024), declared: 1024 }]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await zipProblem(bomb)).toContain('比记录的大小大得多');
  });

  it('refuse entries declaring more than the limit together, before inflating anything', async () => {
    const bomb = craftZip([
      { name: 'a.xml', data: Buffer.from('x'), declared: 300 * 1024 * 1024 },
      { name: 'b.xml', data: Buffer.from('y'), declared: 300 * 1024 * 1024 },
    ]);
    const t0 = Date.now();
    expect(await zipProblem(bomb)).toContain('解压后超过');
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('refuse more entries than any Office file has', async () => {
    const many = craftZip(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `p/${i}.xml`, data: Buffer.from('1') })));
    expect(await zipProblem(many)).toContain('部件');
  });

  it('refuse what is not a zip at all', async () => {
    expect(await zipProblem(Buffer.from('PK\x03\x04 broken'))).toContain('不是有效的 Office 文件');
  });

  it('dossier import refuses a Word bomb with the reason and goes on with the other files', async () => {
    writeFileSync(join(dir, 'T24_住建局_炸弹_2020-12-20.docx'), craftZip([{ name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024), declared: 1024 }]));
    writeFileSync(join(dir, 'T24_住建局_正常_2020-12-20.docx'), await makeDocx());
    const r = await runCli(['import', '-w', dir, join(dir, 'T24_住建局_炸弹_2020-12-20.docx'), join(dir, 'T24_住建局_正常_2020-12-20.docx')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/炸弹_2020-12-20\.docx：无法读取这个 Word 文件（文件中的部件解压后比记录的大小大得多/);
    expect(r.stdout).toContain('T24-');
  });
});
