/** The permanent diagnostic codes of DESIGN.md. */
export type DiagnosticCode =
  | 'frontmatter-syntax'
  | 'frontmatter-schema'
  | 'frontmatter-lenient'
  | 'evidence-placeholder'
  | 'stray-file'
  | 'encoding'
  | 'unreadable'
  | 'file-outside'
  | 'unknown-task'
  | 'unknown-unit'
  | 'unit-not-responsible'
  | 'attachment-missing'
  | 'attachment-outside'
  | 'metric-below-target'
  | 'metric-unreported'
  | 'task-missing'
  | 'unit-missing'
  | 'overdue'
  | 'duplicate-evidence'
  | 'item-unassessed'
  | 'item-unsupported';

/** How bad a finding is: errors fail the check (exit 1). */
export type Severity = 'error' | 'warning' | 'info';

/** One finding, pointing at a file and line where there is one (contract: `check --json`). */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** Path relative to the dossier folder, forward slashes. */
  readonly file?: string;
  readonly line?: number;
  /** The task's id: a number for plans numbered 1…N (`24`), else as printed (`"2-3"`). */
  readonly task?: number | string;
  readonly unit?: string;
  /** The 三级项 of the national standard a finding is about (`"4"`). */
  readonly item?: string;
  /** What is wrong, in Chinese. */
  readonly message: string;
  /** What to do about it, in Chinese. */
  readonly hint?: string;
}

/** Builds a diagnostic, leaving out the fields that are undefined (the contract never has null). */
export function diagnostic(d: {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file?: string | undefined;
  line?: number | undefined;
  task?: number | string | undefined;
  unit?: string | undefined;
  item?: string | undefined;
  hint?: string | undefined;
}): Diagnostic {
  const out: Record<string, unknown> = { code: d.code, severity: d.severity };
  for (const key of ['file', 'line', 'task', 'unit', 'item'] as const) if (d[key] !== undefined) out[key] = d[key];
  out['message'] = d.message;
  if (d.hint !== undefined) out['hint'] = d.hint;
  return out as unknown as Diagnostic;
}
