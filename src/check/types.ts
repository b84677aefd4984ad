import type { Catalog, Task } from '../catalog/types.js';
import type { Evidence } from '../dossier/types.js';
import type { Diagnostic } from '../util/diagnostic.js';

/** Where a task stands: no usable evidence, evidence but not done, or done. */
export type TaskStatus = 'missing' | 'in-progress' | 'complete';

/** A reported figure compared with its target (`target` and `met` absent when no target applies). */
export interface MetricResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
  readonly met?: boolean;
  readonly file: string;
  readonly line: number;
}

/** One task's progress (contract: an entry of `check --json` tasks). */
export interface TaskProgress {
  /** The task's id as the plan prints it (`"24"`, `"2-3"`). */
  readonly id: string;
  readonly no: number;
  readonly status: TaskStatus;
  readonly overdue: boolean;
  /** Days past the deadline as of asOf, when overdue. */
  readonly daysLate: number;
  readonly evidence: readonly Evidence[];
  readonly unitsMissing: readonly string[];
  readonly metrics: readonly MetricResult[];
}

/** Counts over the whole check (contract: `check --json` summary). */
export interface Summary {
  readonly tasks: number;
  readonly complete: number;
  readonly inProgress: number;
  readonly missing: number;
  readonly overdue: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Everything a check finds. */
export interface CheckResult {
  readonly asOf: string;
  readonly summary: Summary;
  readonly tasks: readonly TaskProgress[];
  readonly diagnostics: readonly Diagnostic[];
  /** Number of evidence files found, usable or not. */
  readonly files: number;
}

/** Shared state the rules read and add to. */
export interface CheckContext {
  readonly catalog: Catalog;
  readonly tasks: ReadonlyMap<number, Task>;
  /** Departments the check accepts: the plan's plus the workspace's extra ones. */
  readonly knownUnits: readonly string[];
  /** Absolute real path of the dossier folder. */
  readonly root: string;
  readonly asOf: string;
  /** Usable evidence (front matter valid, at least one known task). */
  readonly evidence: readonly Evidence[];
  /** Usable evidence per task number. */
  readonly byTask: ReadonlyMap<number, readonly Evidence[]>;
  /** Reported metrics per task, compared with the targets. */
  readonly metrics: Map<number, MetricResult[]>;
  /** `file#task` pairs whose evidence has a fault that keeps the task in progress. */
  readonly faults: Set<string>;
  /** Of those, the pairs whose fault is an attachment or a body picture that is missing or cannot be used (the rest: figures below target). */
  readonly missingParts: Set<string>;
  /** Progress per task, filled in before the task rules run. */
  readonly progress: Map<number, TaskProgress>;
  push(d: Diagnostic): void;
  /** A task's label for diagnostics (its id, a number when numeric), by running number. */
  label(no: number | undefined): number | string | undefined;
}

/** A check rule: reads the context and pushes diagnostics. */
export type Rule = (ctx: CheckContext) => void | Promise<void>;
