import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathSignature } from '../util/file-signature.js';
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
 * (KEEP) with the file's signature as it was before the reading, and given again while the file
 * still has it (one look at its status instead of its real path, status and bytes). A file changed
 * within the last two seconds is not kept (pathSignature).
 */
export function imageReader(dossiers: string): ImageReader {
  const root = realpathSync(dossiers);
  const problems = new Map<string, string>();
  const kept = new Map<string, { data: Uint8Array; signature: string }>();
  const read = (src: string): Uint8Array | undefined => {
    const path = resolve(dossiers, src);
    const known = kept.get(src);
    const signature = pathSignature(path);
    if (known && known.signature === signature) return known.data;
    kept.delete(src);
    let data: Uint8Array;
    try {
      data = readRegularFileSync(path, { root, maxBytes: READ_LIMITS.pictureBytes });
    } catch (err) {
      problems.set(src, readFailure(err, '图片'));
      return undefined;
    }
    if (signature !== undefined && data.length <= KEEP.bytes) {
      kept.set(src, { data, signature });
      if (kept.size > KEEP.count) kept.delete(kept.keys().next().value!);
    }
    return data;
  };
  return Object.assign(read, { problem: (src: string) => problems.get(src) });
}
