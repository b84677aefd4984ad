import { formatTarget } from '../../catalog/format-target.js';
import { taskLabel } from '../../catalog/find-task.js';
import type { Target } from '../../catalog/types.js';
import { diagnostic } from '../../util/diagnostic.js';
import { likelyShortFor, matchTargets, meets, sameUnit } from '../metric-value.js';
import type { Rule } from '../types.js';

/**
 * `metric-unreported`: the plan sets a target that no evidence of the task reports (tasks with
 * evidence only); a figure reported under the target's name that could not be read is told by its
 * own frontmatter-schema error instead.
 */
export const metricUnreported: Rule = (ctx) => {
  for (const task of ctx.catalog.tasks) {
    const p = ctx.progress.get(task.no)!;
    if (p.status === 'missing') continue;
    // Figures whose names matched no target: one may be the target under a short name.
    const unmatched = p.metrics.filter((m) => m.target === undefined);
    // Names reported for the task, readable or not: an unreadable figure (0.98 under a percent target) has its own error.
    const named = p.evidence.flatMap((e) => e.metrics.map((m) => m.name));
    for (const target of task.targets) {
      if (p.metrics.some((m) => m.target !== undefined && refersTo(m.name, target, task.targets))) continue;
      if (named.some((name) => refersTo(name, target, task.targets))) continue;
      const meant = unmatched.find((m) => sameUnit(m.unit, target.unit) && likelyShortFor(m.name, target.name));
      ctx.push(
        diagnostic({
          code: 'metric-unreported',
          severity: 'info',
          task: taskLabel(task),
          message: `任务 ${task.id} 的目标“${formatTarget(target)}”还没有佐证材料报告实际数值`,
          hint: meant
            ? `${meant.file} 第 ${meant.line} 行报告的“${meant.name}”如果就是这一项，请把名称改为“${target.name}”，以便与目标对照${meets(meant.value, target.op, target.value) ? '' : `（按 ${meant.value}${target.unit} 算，未达到目标）`}`
            : `请在佐证文件的 metrics 中填写：- name: ${target.name} 和 value: 实际数值`,
        }),
      );
    }
  }
};

/** A reported metric belongs to a target when matching picks exactly that target. */
function refersTo(reported: string, target: Target, targets: readonly Target[]): boolean {
  const m = matchTargets(reported, targets);
  return m.length === 1 && m[0] === target;
}
