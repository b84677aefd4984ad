import { hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { ContentCache } from '../util/content-cache.js';
import { readWorkspaceText } from '../util/safe-file.js';
import { SELF_ASSESSMENT_FILE, type ItemAssessment } from './self-assessment.js';

/** An assessment as the cache keeps it (JSON): the items, each with its clause maps as pairs. */
type Kept = [id: string, item: Omit<ItemAssessment, 'findings' | 'values'> & { findings: [number, number][]; values: [number, string][] }][];

/**
 * Reads `自评.yaml` (parse-self-assessment.ts); a workspace without one has assessed nothing yet.
 * With a cache, a text read before is taken from it, and the YAML parser and zod are not loaded for it.
 */
export async function loadSelfAssessment(file: string, cache?: ContentCache): Promise<Map<string, ItemAssessment>> {
  if (!existsSync(file)) return new Map();
  const text = readWorkspaceText(file, SELF_ASSESSMENT_FILE);
  const parse = async () => (await import('./parse-self-assessment.js')).parseSelfAssessment(text);
  if (!cache) return parse();
  const kept = await cache.json(`self-assessment-1\0${hash('sha256', text, 'base64url')}`, async (): Promise<Kept> =>
    [...(await parse())].map(([id, item]) => [id, { ...item, findings: [...item.findings], values: [...item.values] }]),
  );
  return new Map(kept.map(([id, item]) => [id, { ...item, findings: new Map(item.findings), values: new Map(item.values) }]));
}
