import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtinScoringFile, readScoringTable, type ScoringTable } from './table.js';

/** The scoring table of a workspace: its own scoring.yaml, else the built-in one. */
export async function loadScoringTable(workspaceRoot: string): Promise<{ table: ScoringTable; file: string }> {
  const own = join(workspaceRoot, 'scoring.yaml');
  const file = existsSync(own) ? own : builtinScoringFile();
  return { table: await readScoringTable(file), file };
}
