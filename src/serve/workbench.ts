// What the server needs from the pipeline: the CLI supplies it, so the rules run in one place only.
import type { Catalog } from '../catalog/types.js';
import type { ChaseList } from '../check/chase.js';
import type { CheckResult } from '../check/types.js';
import type { WorkspaceScore } from '../score/load-score.js';
import type { Workspace } from '../workspace/config.js';

/** The workspace as checked at one moment: what every page shows. */
export interface Snapshot {
  readonly ws: Workspace;
  readonly catalog: Catalog;
  /** The check with the standard's item findings, as `dossier check` gives it. */
  readonly result: CheckResult;
  readonly score?: WorkspaceScore;
  readonly chase: ChaseList;
  /** Warnings met while loading (plan, standard), for the office. */
  readonly notes: readonly string[];
  /** Every department name the workspace knows, and the canonical name of one as typed. */
  readonly known: readonly string[];
  readonly unitOf: (name: string) => string | undefined;
}

/** A workspace that cannot be checked right now (broken config or plan): what is wrong and what to do. */
export class WorkbenchError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The pipeline as the server uses it. */
export interface Workbench {
  /** Checks the workspace again (throws WorkbenchError when it cannot). */
  check(): Promise<Snapshot>;
  /** Writes every output as `dossier all` does, telling progress as it goes; returns the summary lines. */
  rebuild(progress: (message: string) => void): Promise<string[]>;
}
