import { writeFileAtomic } from './atomic-write.js';
import { readRegularFileSync } from './safe-file.js';

/** A cache file larger than this is not read (ten thousand evidence files make a few MB). */
const MAX_CACHE_FILE_BYTES = 256 * 1024 * 1024;

/**
 * The entries of a cache file of the content cache (`output/.cache/`) that writeCacheFile wrote
 * with the same `version` and `context` (what the results depend on besides their keys: the
 * tool's code, the alias table …). A missing, damaged, too large or foreign file gives none.
 */
export function readCacheFile(file: string | undefined, version: string, context: string): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (!file) return entries;
  try {
    const stored = JSON.parse(readRegularFileSync(file, { maxBytes: MAX_CACHE_FILE_BYTES }).toString('utf8')) as { version?: unknown; context?: unknown; entries?: unknown };
    if (stored.version === version && stored.context === context && stored.entries && typeof stored.entries === 'object') {
      for (const [k, v] of Object.entries(stored.entries as Record<string, unknown>)) entries.set(k, v);
    }
  } catch {
    // No cache yet, or one that cannot be read (or is no regular file, or too large): start empty.
  }
  return entries;
}

/**
 * Writes a cache file whole (through a temporary file renamed into place): each entry's value is
 * given as its JSON text, so that saving only joins the texts. A cache that cannot be written
 * only costs time next run.
 */
export async function writeCacheFile(file: string, version: string, context: string, entries: Iterable<readonly [key: string, json: string]>): Promise<void> {
  const parts: string[] = [];
  for (const [k, json] of entries) parts.push(`${JSON.stringify(k)}:${json}`);
  try {
    await writeFileAtomic(file, `{"version":${JSON.stringify(version)},"context":${JSON.stringify(context)},"entries":{${parts.join(',')}}}`);
  } catch {
    // The cache is only a help.
  }
}
