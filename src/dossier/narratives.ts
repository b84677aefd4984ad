import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeText } from '../util/decode-text.js';
import { unixNewlines } from '../util/newlines.js';

/** The folder inside the dossier holding the report's narrative parts (基本情况, 存在问题 …). */
export const NARRATIVE_DIR = '_report';

/** Reads `_report/*.md` into a record keyed by file name without `.md`; a missing folder gives {}. */
export async function loadNarratives(dossierDir: string): Promise<Record<string, string>> {
  const dir = join(dossierDir, NARRATIVE_DIR);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  for (const name of names) {
    const decoded = decodeText(await readFile(join(dir, name)));
    if (decoded.ok) out[name.slice(0, -3)] = unixNewlines(decoded.text).trim();
  }
  return out;
}
