import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { READ_LIMITS, readFailure, readRegularFileSync } from '../util/safe-file.js';

/** A picture reader for the writers; `problem` says why it gave nothing for a picture. */
export interface ImageReader {
  (src: string): Uint8Array | undefined;
  /** Why the picture at `src` was not given (in Chinese), once it has been asked for; undefined if it was. */
  problem(src: string): string | undefined;
}

/**
 * A picture reader for the writers: paths are taken relative to the dossier folder (absolute ones as
 * they are). It gives nothing (undefined) for anything but a regular file whose real path lies inside
 * the dossier folder (a folder, a pipe that would never end, a link leading out), nor for a file over
 * READ_LIMITS.pictureBytes. What the header says is judged by imageSize (pictureProblem): pictures
 * too large to decode are named, not printed.
 */
export function imageReader(dossiers: string): ImageReader {
  const root = realpathSync(dossiers);
  const problems = new Map<string, string>();
  const read = (src: string): Uint8Array | undefined => {
    try {
      return readRegularFileSync(resolve(dossiers, src), { root, maxBytes: READ_LIMITS.pictureBytes });
    } catch (err) {
      problems.set(src, readFailure(err, '图片'));
      return undefined;
    }
  };
  return Object.assign(read, { problem: (src: string) => problems.get(src) });
}
