import { NARRATIVE_DIR } from '../dossier/narratives.js';
import type { CheckResult } from './types.js';

/**
 * The markdown files that the check found errors in and that no task uses: what the report leaves
 * out, to be told to whoever builds it; evidence files apart from the report's own parts
 * (`_report/`). Paths as the check gives them (relative to the dossier folder), sorted.
 */
export function filesLeftOut(result: CheckResult): { evidence: string[]; parts: string[] } {
  const used = new Set(result.tasks.flatMap((t) => t.evidence.map((e) => e.file)));
  const out = new Set<string>();
  for (const d of result.diagnostics) if (d.severity === 'error' && d.file !== undefined && /\.md$/i.test(d.file) && !used.has(d.file)) out.add(d.file);
  const files = [...out].sort();
  const part = (f: string) => f.startsWith(`${NARRATIVE_DIR}/`);
  return { evidence: files.filter((f) => !part(f)), parts: files.filter(part) };
}
