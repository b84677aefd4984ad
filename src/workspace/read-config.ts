import { hash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { CACHE_FOLDER, ContentCache } from '../util/content-cache.js';
import { fontCandidate } from '../render/fonts/roles.js';
import { pathSignature } from '../util/file-signature.js';
import type { WorkspaceConfig } from './config-schema.js';

/** A config as the cache keeps it: the parsed config, and the font files it names with their signatures when it was checked. */
interface Kept {
  /** Keys whose value is undefined are left out (JSON). */
  readonly config: Partial<WorkspaceConfig>;
  readonly fonts: readonly (readonly [path: string, signature: string])[];
}

/**
 * The text of `dossier.config.yaml` parsed and checked (parse-config.ts), or taken from the content
 * cache in the output folder when the same text of the same workspace was checked before and the
 * font files it names are as they were. Every command starts with the config: taken from the cache,
 * the YAML parser and zod are not loaded for it (some 50 ms of a `check`). Only a config that is
 * right is kept; a wrong one is checked, and reported, every time.
 */
export async function readConfig(text: string, root: string, shown: string): Promise<Partial<WorkspaceConfig>> {
  const key = `workspace-config-1\0${root}\0${hash('sha256', text, 'base64url')}`;
  const kept = keptConfig(new ContentCache(join(resolve(root, outputGuess(text)), CACHE_FOLDER)), key);
  if (kept) return kept;
  const { parseConfig } = await import('./parse-config.js');
  // As the cache gives it back (keys whose value is undefined left out): a run with the cache and one without see the same config.
  const config = JSON.parse(JSON.stringify(parseConfig(text, root, shown))) as Partial<WorkspaceConfig>;
  // Kept where the command keeps its cache (also when it makes the folder later in this run): this does not make an output folder of its own.
  const dir = join(resolve(root, config.output ?? 'output'), CACHE_FOLDER);
  const fonts = fontSignatures(config);
  if (fonts) new ContentCache(dir).putWhenMade(key, Buffer.from(JSON.stringify({ config, fonts } satisfies Kept)));
  return config;
}

/** The config kept for `key`, when its font files are still the ones it was checked with. */
function keptConfig(cache: ContentCache, key: string): Partial<WorkspaceConfig> | undefined {
  const stored = cache.get(key);
  if (!stored) return undefined;
  let kept: Kept;
  try {
    kept = JSON.parse(stored.toString('utf8')) as Kept;
  } catch {
    return undefined;
  }
  const now = fontSignatures(kept.config);
  if (!now || now.length !== kept.fonts.length || now.some(([path, sig], i) => path !== kept.fonts[i]![0] || sig !== kept.fonts[i]![1])) return undefined;
  return kept.config;
}

/** The font files a config names (`report.fonts`) with their signatures; undefined when one cannot be looked at or has just changed. */
function fontSignatures(config: Partial<WorkspaceConfig>): [string, string][] | undefined {
  const out: [string, string][] = [];
  for (const value of Object.values(config.report?.fonts ?? {})) {
    if (typeof value !== 'string') continue;
    const { path } = fontCandidate(value);
    const signature = pathSignature(path);
    if (signature === undefined) return undefined;
    out.push([path, signature]);
  }
  return out;
}

/**
 * Where the output folder probably is, read from the config's text without parsing the YAML (a
 * top-level `output:` with a plain, single- or double-quoted value, else the default): only to find
 * the cache. An entry is keyed by the whole text, so a wrong guess only misses it.
 */
export function outputGuess(text: string): string {
  const m = /^output[ \t]*:[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^\s#'"].*?))(?:[ \t]+#.*)?[ \t]*\r?$/m.exec(text);
  if (!m) return 'output';
  if (m[1] !== undefined) {
    try {
      // YAML's double-quoted escapes as far as JSON has them (\\, \", \t, \uXXXX …).
      return JSON.parse(`"${m[1]}"`) as string;
    } catch {
      return 'output';
    }
  }
  return m[2]?.replace(/''/g, "'") ?? m[3]!;
}
