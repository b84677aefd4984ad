import type { CheckResult } from './types.js';

/** The `dossier check --json` contract (DESIGN.md), version 1. */
export function checkJson(result: CheckResult): unknown {
  return {
    version: 1,
    asOf: result.asOf,
    summary: result.summary,
    tasks: result.tasks.map((t) => ({
      id: t.id,
      no: t.no,
      status: t.status,
      overdue: t.overdue,
      evidence: t.evidence.map((e) => ({ file: e.file, unit: e.unit, title: e.title, status: e.status })),
      unitsMissing: t.unitsMissing,
      metrics: t.metrics.map((m) => (m.target === undefined ? { name: m.name, value: m.value } : { name: m.name, value: m.value, target: m.target, met: m.met })),
    })),
    diagnostics: result.diagnostics,
  };
}
