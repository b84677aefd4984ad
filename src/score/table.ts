import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { packageRoot } from '../util/package-root.js';

/** The scoring table's schema (data/scoring.yaml, or a workspace's scoring.yaml). */
export const scoringSchema = z.object({
  items: z
    .array(
      z.object({
        name: z.string().min(1),
        points: z.number().positive(),
        sections: z.array(z.number().int().positive()).min(1),
        bonus: z.boolean().default(false),
        confirm: z.boolean().default(false),
      }),
    )
    .min(1),
  tasks: z.record(z.string(), z.number().nonnegative()).default({}),
  deductions: z.object({
    missing: z.number().min(0).max(1),
    inProgress: z.number().min(0).max(1),
    belowTarget: z.number().min(0),
    overdue: z.number().min(0).default(0),
    confirm: z.boolean().default(false),
  }),
  vetoes: z.array(z.object({ task: z.number().int().positive(), text: z.string().min(1) })).default([]),
});

/** A validated scoring table. */
export type ScoringTable = z.infer<typeof scoringSchema>;

/** Reads a scoring table; a broken one is an Error whose message says which file and field. */
export async function readScoringTable(file: string): Promise<ScoringTable> {
  const parsed = scoringSchema.safeParse(YAML.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`评分表 ${file} 的 ${i.path.join('.')} 不正确：${i.message}`);
  }
  return parsed.data;
}

/** The scoring table shipped with dossier. */
export function builtinScoringFile(): string {
  return join(packageRoot, 'data', 'scoring.yaml');
}
