import { hash } from 'node:crypto';
import type { ContentCache } from '../util/content-cache.js';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';
import type { Standard } from './types.js';
import { readWorkspaceText } from '../util/safe-file.js';

/** The standard bundled with dossier: the 2019 national standard as far as public sources confirm it. */
export const BUNDLED_STANDARD = join(packageRoot, 'data', 'standards', 'national-2019.yaml');

/**
 * Reads and validates a standard file; a fault is thrown as an Error whose message says where, in
 * Chinese. With a cache, a file read before is taken from it (and the YAML parser and zod are not loaded for it).
 */
export async function loadStandardFile(file: string, cache?: ContentCache): Promise<Standard> {
  // Read the guarded way: a pipe or folder named as the standard is refused, never waited on.
  const text = readWorkspaceText(file, '评分标准文件');
  const parse = async () => (await import('./parse-standard.js')).parseStandard(file, text);
  return cache ? cache.json(`standard\0${hash('sha256', text, 'base64url')}`, parse) : parse();
}
