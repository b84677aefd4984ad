import yauzl from 'yauzl';

/**
 * The text (UTF-8) of the entries named `names` of a zip archive held in memory, by name; an entry
 * that is missing, or larger than `max` bytes inflated, is left out. For an archive zipProblem has
 * passed (its sizes are within limits and true).
 */
export function zipEntryTexts(data: Uint8Array, names: readonly string[], max = 64 * 1024 * 1024): Promise<Map<string, string>> {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const wanted = new Set(names);
  const out = new Map<string, string>();
  return new Promise((resolve) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return resolve(out);
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        zip.close();
        resolve(out);
      };
      zip.on('error', finish);
      zip.on('end', finish);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!wanted.has(entry.fileName) || entry.uncompressedSize > max) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return zip.readEntry();
          const parts: Buffer[] = [];
          stream.on('data', (b: Buffer) => parts.push(b));
          stream.on('error', () => zip.readEntry());
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(parts).toString('utf8'));
            if (out.size === wanted.size) finish();
            else zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
