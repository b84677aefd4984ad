import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { READ_LIMITS, readFailure, readRegularFileSync } from '../util/safe-file.js';

/** A picture reader for the writers; `problem` says why it gave nothing for a picture. */
export interface ImageReader {
  (src: string): Uint8Array | undefined;
  /** Why the picture at `src` was not given (in Chinese), once it has been asked for; undefined if it was. */
  problem(src: string): string | undefined;
}

/** The pictures a reader keeps after reading them: the few read last, each up to a few megabytes. */
const KEEP = { count: 8, bytes: 4 << 20 };

/**
 * A picture reader for the writers: paths are taken relative to the dossier folder (absolute ones as
 * they are). It gives nothing (undefined) for anything but a regular file whose real path lies inside
 * the dossier folder (a folder, a pipe that would never end, a link leading out), nor for a file over
 * READ_LIMITS.pictureBytes. What the header says is judged by imageSize (pictureProblem): pictures
 * too large to decode are named, not printed. The typesetter reads a picture to place it and the
 * drawer reads it again to embed it, a page later at most: the last few pictures read are kept
 * (KEEP), so that the second time gives the same bytes without going to the disk.
 */
export function imageReader(dossiers: string): ImageReader {
  const root = realpathSync(dossiers);
  const problems = new Map<string, string>();
  const kept = new Map<string, Uint8Array>();
  const read = (src: string): Uint8Array | undefined => {
    const known = kept.get(src);
    if (known) return known;
    let data: Uint8Array;
    try {
      data = readRegularFileSync(resolve(dossiers, src), { root, maxBytes: READ_LIMITS.pictureBytes });
    } catch (err) {
      problems.set(src, readFailure(err, '图片'));
      return undefined;
    }
    if (data.length <= KEEP.bytes) {
      kept.set(src, data);
      if (kept.size > KEEP.count) kept.delete(kept.keys().next().value!);
    }
    return data;
  };
  return Object.assign(read, { problem: (src: string) => problems.get(src) });
}
