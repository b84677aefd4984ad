import type { PlanIssue } from '../catalog/types.js';

/** Plan problems as terminal lines: `方案.md:203  错误  message` then an indented hint. */
export function formatPlanIssues(file: string, issues: readonly PlanIssue[]): string {
  const out: string[] = [];
  for (const issue of issues) {
    const where = issue.line > 0 ? `${file}:${issue.line}` : issue.place ? `${file} ${issue.place}` : file;
    out.push(`${where}  ${issue.severity === 'error' ? '错误' : '警告'}  ${issue.message}`);
    if (issue.hint) out.push(`    → ${issue.hint}`);
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
