import type { Target } from '../../catalog/types.js';
import { formatTarget } from '../../catalog/format-target.js';
import { diagnostic } from '../../util/diagnostic.js';
import { fractionForPercent, matchTargets, meets, percentOf, parseOwnTarget, parseQuantity, sameUnit, targetText } from '../metric-value.js';
import type { MetricResult, Rule } from '../types.js';

/**
 * `metric-below-target` (and `frontmatter-schema` for unreadable figures): each reported metric is
 * read with its unit and compared with the plan target it names, or with the file's own target.
 */
export const metrics: Rule = (ctx) => {
  // A metric name is matched to a task's targets once however many files report it.
  const matches = new Map<string, readonly Target[]>();
  const matchesOf = (name: string, no: number): readonly Target[] => {
    const key = `${no}\0${name}`;
    let matched = matches.get(key);
    if (!matched) matches.set(key, (matched = matchTargets(name, ctx.tasks.get(no)?.targets ?? [])));
    return matched;
  };
  for (const ev of ctx.evidence) {
    for (const m of ev.metrics) {
      const bad = (message: string, hint: string) =>
        ctx.push(diagnostic({ code: 'frontmatter-schema', severity: 'error', file: ev.file, line: m.line, task: ctx.label(ev.tasks[0]), unit: ev.unit, message, hint }));
      const q = parseQuantity(m.raw);
      if (!q) {
        bad(
          `指标“${m.name}”的数值“${m.raw}”不是数字`,
          /[,，]/.test(m.raw) ? '小数点请用“.”，如 98.5%；千位之间的逗号可以不写' : '数值写作 100%、96.5%、1.6平方米、4分钟 或纯数字；文字说明请写在正文里',
        );
        continue;
      }
      for (const no of ev.tasks) {
        const matched = matchesOf(m.name, no);
        if (matched.length > 1) {
          bad(`指标名称“${m.name}”同时对应任务 ${ctx.tasks.get(no)?.id ?? no} 的多个目标：${matched.map((t) => t.name).join('、')}`, '请写出完整的指标名称，与方案中的写法一致');
          continue;
        }
        let target: Pick<Target, 'op' | 'value' | 'unit'> | undefined = matched[0];
        let label = matched[0] ? formatTarget(matched[0]) : '';
        if (!target && m.target !== undefined) {
          target = parseOwnTarget(m.target);
          if (!target) {
            bad(`指标“${m.name}”的目标“${m.target}”无法识别`, '目标写作 >=95%、≤5分钟 这样的形式');
            continue;
          }
          label = `${m.name} ${m.target}`;
          // `target: ≥0.95` beside `value: 90%`: the target is a fraction written for a percentage.
          if (target.unit === '' && q.unit === '%' && target.value > 0 && target.value <= 1 && q.value > 1) {
            bad(
              `指标“${m.name}”的目标“${m.target}”没有写单位，而数值是百分比：目标是 ${percentOf(target.value)}% 吗？`,
              `请在目标中写上单位，如 ${targetText({ op: target.op, value: percentOf(target.value) })}%`,
            );
            continue;
          }
        }
        const result: MetricResult = { name: m.name, value: q.value, unit: q.unit, file: ev.file, line: m.line };
        if (!target) {
          push(ctx.metrics, no, result);
          continue;
        }
        if (!sameUnit(q.unit, target.unit)) {
          bad(`指标“${m.name}”的单位“${q.unit}”与目标的单位“${target.unit}”不一致`, `请按目标的单位（${target.unit}）填写数值`);
          continue;
        }
        const percent = fractionForPercent(q, target);
        if (percent !== undefined) {
          bad(
            `指标“${m.name}”的数值“${m.raw}”没有写单位，而目标（${label}）是百分比：是 ${percent}% 还是 ${q.value}%？`,
            `是 ${percent}% 的，请写成 ${percent}%；确是 ${q.value}% 的，请写成 ${q.value}%`,
          );
          continue;
        }
        const unit = q.unit === '' ? target.unit : q.unit;
        const met = meets(q.value, target.op, target.value);
        push(ctx.metrics, no, { ...result, unit, target: targetText(target), met });
        if (met) continue;
        ctx.faults.add(`${ev.file}#${no}`);
        ctx.push(
          diagnostic({
            code: 'metric-below-target',
            severity: 'error',
            file: ev.file,
            line: m.line,
            task: ctx.label(no),
            unit: ev.unit,
            message: `指标“${m.name}”为 ${q.value}${unit}，未达到目标（${label}）`,
            hint: '请核实数值；确未达标的，请在正文中说明原因和整改计划，任务按“推进中”统计',
          }),
        );
      }
    }
  }
};

function push(map: Map<number, MetricResult[]>, no: number, r: MetricResult): void {
  const list = map.get(no);
  if (list) list.push(r);
  else map.set(no, [r]);
}
