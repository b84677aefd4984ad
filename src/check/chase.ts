import type { Catalog } from '../catalog/types.js';
import { findTask, taskLabel } from '../catalog/find-task.js';
import type { CheckResult } from './types.js';

/** The kinds of gap a department is chased for. */
export type ChaseKind = '未报送' | '逾期未完成' | '文件有误' | '材料未填写' | '附件问题' | '文件未读取' | '指标未达标';

/** One thing a department must still do. */
export interface ChaseItem {
  /** The task's id (a number for plans numbered 1…N). */
  readonly task?: number | string;
  readonly taskText?: string;
  readonly deadline?: string;
  readonly kind: ChaseKind;
  readonly detail: string;
  readonly hint?: string;
  readonly file?: string;
  readonly line?: number;
}

/** A department's chase list. */
export interface ChaseEntry {
  readonly unit: string;
  readonly items: readonly ChaseItem[];
}

/** The chase list (催办清单): per department, then tasks given only to collectives. */
export interface ChaseList {
  readonly asOf: string;
  readonly entries: readonly ChaseEntry[];
  /** Tasks with no usable evidence whose only responsible parties are collective groups. */
  readonly collective: readonly ChaseItem[];
}

const FILE_KIND: Readonly<Record<string, ChaseKind>> = {
  'attachment-missing': '附件问题',
  'attachment-outside': '附件问题',
  'metric-below-target': '指标未达标',
  'stray-file': '文件未读取',
  'evidence-placeholder': '材料未填写',
};

/**
 * Builds the chase list from a check: for each department, its tasks with no evidence from it, its
 * overdue tasks, its broken files and attachments and its figures below target, with deadlines.
 */
export function chaseList(catalog: Catalog, result: CheckResult, onlyUnit?: string): ChaseList {
  const byUnit = new Map<string, ChaseItem[]>();
  const add = (unit: string, item: ChaseItem) => byUnit.set(unit, [...(byUnit.get(unit) ?? []), item]);
  const collective: ChaseItem[] = [];
  /** Files whose attachments or body pictures are missing or unusable: evidence in them does not make a task complete. */
  const missingParts = new Set(result.diagnostics.filter((d) => (d.code === 'attachment-missing' || d.code === 'attachment-outside') && d.file !== undefined).map((d) => d.file!));
  for (const task of catalog.tasks) {
    const p = result.tasks.find((t) => t.no === task.no)!;
    const base = { task: taskLabel(task), taskText: task.text, ...(task.deadline ? { deadline: task.deadline } : {}) };
    const late = p.overdue ? `，已逾期 ${p.daysLate} 天` : '';
    for (const unit of task.units) {
      const delivered = p.evidence.some((e) => e.unit === unit);
      if (!delivered) {
        add(unit, {
          ...base,
          kind: '未报送',
          detail: `尚未报送佐证材料${late}${p.status === 'missing' ? '' : p.evidence.some((e) => task.units.includes(e.unit)) ? '（其他责任单位已报送）' : task.groups.length > 0 && p.evidence.some((e) => catalog.units.includes(e.unit)) ? '（其他单位已报送）' : '（已有的材料不是本任务的责任单位报送的）'}`,
          hint: `请报送本单位承担部分的佐证材料（可用 dossier new --task ${task.id} --unit ${unit} 生成文件框架）`,
        });
      } else if (p.status === 'in-progress' && p.overdue) {
        // The department's own files that say 已完成 and do not count: why, so that it is not asked to mark them done again.
        const own = p.evidence.filter((e) => e.unit === unit && e.status === '已完成');
        const missing = [...new Set(own.filter((e) => missingParts.has(e.file)).map((e) => e.file))];
        const below = [...new Set(p.metrics.filter((m) => m.met === false && own.some((e) => e.file === m.file)).map((m) => `“${m.name}”`))];
        const reasons = [...(missing.length > 0 ? [`${missing.join('、')} 的附件或图片有问题（见本清单中该文件的问题）`] : []), ...(below.length > 0 ? [`指标 ${below.join('、')} 未达到目标`] : [])];
        const hints = [...(missing.length > 0 ? ['请按本清单列出的问题补齐或改正附件和图片'] : []), ...(below.length > 0 ? ['请核对指标的数值和目标；确未达到的，请继续推进并报送新的佐证材料'] : [])];
        add(unit, {
          ...base,
          kind: '逾期未完成',
          detail: `已超过完成时限 ${p.daysLate} 天，任务仍在推进中${reasons.length > 0 ? `；本单位已报“已完成”，但 ${reasons.join('，')}，不计为完成` : ''}`,
          hint: hints.length > 0 ? hints.join('；') : '请加快推进；已完成的，请把佐证文件的 status 改为“已完成”并补齐指标和附件',
        });
      }
    }
    if (p.status === 'missing' && task.units.length === 0) {
      collective.push({ ...base, kind: '未报送', detail: `${task.groups.join('、')}均未报送佐证材料${late}`, hint: '请创建办明确牵头单位并督促报送' });
    }
  }
  const known = new Set(catalog.units);
  for (const d of result.diagnostics) {
    // A file nobody reads (T24.docx) is the department's to fix as much as a broken one.
    if (d.file === undefined || (d.severity !== 'error' && d.code !== 'stray-file')) continue;
    const folder = d.file.includes('/') ? d.file.split('/')[0]! : undefined;
    const unit = d.unit !== undefined && known.has(d.unit) ? d.unit : folder !== undefined && known.has(folder) ? folder : '（单位无法识别）';
    const task = d.task === undefined ? undefined : findTask(catalog, d.task);
    add(unit, {
      ...(task ? { task: taskLabel(task), taskText: task.text, ...(task.deadline ? { deadline: task.deadline } : {}) } : {}),
      kind: FILE_KIND[d.code] ?? '文件有误',
      detail: d.message,
      ...(d.hint === undefined ? {} : { hint: d.hint }),
      file: d.file,
      ...(d.line === undefined ? {} : { line: d.line }),
    });
  }
  const order = [...catalog.units, ...[...byUnit.keys()].filter((u) => !known.has(u))];
  const entries = order.filter((u) => byUnit.has(u) && (onlyUnit === undefined || u === onlyUnit)).map((unit) => ({ unit, items: byUnit.get(unit)! }));
  return { asOf: result.asOf, entries, collective: onlyUnit === undefined ? collective : [] };
}
