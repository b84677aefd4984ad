import { z } from 'zod';
import { KINDS, STATUSES } from './types.js';

/** Chinese front-matter keys accepted as aliases of the English ones. */
export const KEY_ALIASES: Readonly<Record<string, string>> = {
  任务: 'task',
  责任单位: 'unit',
  标题: 'title',
  日期: 'date',
  状态: 'status',
  类型: 'kind',
  指标: 'metrics',
  附件: 'attachments',
};
/** Chinese keys accepted inside a metric item. */
export const METRIC_KEY_ALIASES: Readonly<Record<string, string>> = { 名称: 'name', 数值: 'value', 值: 'value', 实际值: 'value', 目标: 'target', 目标值: 'target' };

const taskNo = z.union([z.number().int().positive(), z.string().regex(/^\s*\d+\s*$/).transform(Number)]);
const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

/** The evidence front matter (contract: DESIGN.md "Evidence file"); types come from it. */
export const evidenceSchema = z
  .object({
    task: z.union([taskNo, z.array(taskNo).min(1)]).transform((v) => (Array.isArray(v) ? [...new Set(v)] : [v])),
    unit: z.string().trim().min(1),
    title: text.pipe(z.string().min(1)),
    date: z
      .union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))])
      .transform((s) => s.trim())
      .refine(isRealDate),
    status: z.enum(STATUSES),
    kind: z.enum(KINDS).optional(),
    metrics: z
      .array(z.object({ name: text.pipe(z.string().min(1)), value: text.pipe(z.string().min(1)), target: text.optional() }).loose())
      .optional(),
    attachments: z.union([z.string().min(1).transform((s) => [s]), z.array(z.string().min(1))]).optional(),
  })
  .loose();

/** Valid front matter after the schema's transforms. */
export type EvidenceFields = z.infer<typeof evidenceSchema>;

/** What each field should look like, said to a clerk. */
export const FIELD_HELP: Readonly<Record<string, { zh: string; help: string }>> = {
  task: { zh: '任务', help: '应是方案任务分解表中的序号，如 24；涉及多项任务时写作 [41, 42]' },
  unit: { zh: '责任单位', help: '应是报送单位的名称，如 住建局' },
  title: { zh: '标题', help: '应是这份材料的标题，不能为空' },
  date: { zh: '日期', help: '应写作 YYYY-MM-DD（如 2020-12-20），并且是真实存在的日期' },
  status: { zh: '状态', help: `应是 ${STATUSES.join('、')} 之一` },
  kind: { zh: '类型', help: `应是 ${KINDS.join('、')} 之一，也可以不写` },
  metrics: { zh: '指标', help: '应是列表，每项写 name（指标名称）和 value（数值，如 100%）' },
  attachments: { zh: '附件', help: '应是附件路径的列表，每行“- 附件/文件名.pdf”，路径相对于本文件' },
};

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
