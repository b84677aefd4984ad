import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { isInside } from '../util/is-inside.js';

/**
 * A picture reader for the writers: paths are taken relative to the dossier folder (absolute ones as
 * they are), and anything that resolves outside the dossier folder is refused (undefined).
 */
export function imageReader(dossiers: string): (src: string) => Uint8Array | undefined {
  const root = realpathSync(dossiers);
  return (src) => {
    const abs = resolve(dossiers, src);
    if (!existsSync(abs)) return undefined;
    const real = realpathSync(abs);
    return isInside(root, real) ? readFileSync(real) : undefined;
  };
}
