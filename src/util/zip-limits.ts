// Word and Excel files are zip archives: before a library inflates one whole, its entries are measured
// against limits no real office file reaches, so that a "zip bomb" is refused instead of filling memory.
import yauzl from 'yauzl';

/** Entries an Office file may have. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Bytes all entries of an Office file may inflate to together. */
export const MAX_ZIP_INFLATED = 512 * 1024 * 1024;

/** The start of the problem text for an archive that is not a zip or is broken (as opposed to one past the limits). */
export const NOT_A_ZIP = '不是有效的 Office 文件';

/**
 * What is wrong with a zip archive held in memory (in Chinese), or undefined when it is within the
 * limits. Declared sizes are summed first; then every entry is inflated as a stream, and yauzl
 * refuses an entry that inflates to more than it declares, so a lying header cannot slip through.
 */
export async function zipProblem(data: Uint8Array): Promise<string | undefined> {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // First the central directory alone: counts and declared sizes, nothing inflated yet.
  const declared = await walk(buffer, (entry, next) => next(entry.uncompressedSize));
  if (typeof declared === 'string') return declared;
  if (declared.count > MAX_ZIP_ENTRIES) return `文件内部有 ${declared.count} 个部件，超过了上限 ${MAX_ZIP_ENTRIES}（正常的 Word、Excel 文件只有几十个）`;
  if (declared.total > MAX_ZIP_INFLATED) return TOO_BIG;
  // Then every entry inflated as a stream: yauzl stops one that inflates past its declared size.
  const inflated = await walk(buffer, (entry, next, fail, zip) => {
    if (/\/$/.test(entry.fileName) || entry.uncompressedSize === 0) return next(0);
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return fail('文件中的部件无法解压（已损坏或是恶意文件）');
      stream.on('error', () => fail('文件中的部件解压后比记录的大小大得多（已损坏或是恶意文件）'));
      stream.on('data', () => undefined);
      stream.on('end', () => next(entry.uncompressedSize));
    });
  });
  return typeof inflated === 'string' ? inflated : undefined;
}

const TOO_BIG = `文件解压后超过 ${MAX_ZIP_INFLATED / 1024 / 1024} MB（正常的 Word、Excel 文件解压后只有几 MB），可能已损坏或是恶意文件`;

/** Visits every entry in order (`next(bytes)` moves on, `fail` stops); the entry count and bytes summed, or the problem. */
function walk(
  buffer: Buffer,
  visit: (entry: yauzl.Entry, next: (bytes: number) => void, fail: (problem: string) => void, zip: yauzl.ZipFile) => void,
): Promise<{ count: number; total: number } | string> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return resolve(`${NOT_A_ZIP}（压缩结构已损坏，或是改了扩展名的其他文件）`);
      let settled = false;
      let total = 0;
      let count = 0;
      const finish = (r: { count: number; total: number } | string) => {
        if (settled) return;
        settled = true;
        zip.close();
        resolve(r);
      };
      zip.on('error', () => finish(`${NOT_A_ZIP}（压缩结构已损坏）`));
      zip.on('end', () => finish({ count, total }));
      zip.on('entry', (entry: yauzl.Entry) => {
        count++;
        if (count > MAX_ZIP_ENTRIES) return finish({ count: zip.entryCount, total });
        visit(
          entry,
          (bytes) => {
            total += bytes;
            if (total > MAX_ZIP_INFLATED) return finish(TOO_BIG);
            zip.readEntry();
          },
          finish,
          zip,
        );
      });
      zip.readEntry();
    });
  });
}
