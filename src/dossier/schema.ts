import * as z from 'zod';
import { taskRef } from '../catalog/find-task.js';
import { readDate } from './dates.js';
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
  三级项: 'items',
  评价项: 'items',
};
/** Chinese keys accepted inside an attachment item (`- 文件: 附件/a.png` / `说明: 现场检查`). */
export const ATTACHMENT_KEY_ALIASES: Readonly<Record<string, string>> = { 文件: 'path', 路径: 'path', 说明: 'caption', 图片说明: 'caption', 题注: 'caption' };
/** Chinese keys accepted inside a metric item. */
export const METRIC_KEY_ALIASES: Readonly<Record<string, string>> = { 名称: 'name', 数值: 'value', 值: 'value', 实际值: 'value', 目标: 'target', 目标值: 'target' };

/** One attachment: its path, or its path and a caption (what the picture shows, printed under it). */
const attachment = z.union([
  z
    .string()
    .min(1)
    .transform((path) => ({ path })),
  z
    .object({ path: z.string().trim().min(1), caption: z.string().trim().min(1).optional() })
    .strict()
    .transform((a) => (a.caption === undefined ? { path: a.path } : { path: a.path, caption: a.caption })),
]);

/** A task id as written: `24`, `"2-3"`, `3.2`, `任务24` (normalized by taskRef). */
const taskId = z
  .union([z.number().positive(), z.string().trim().min(1)])
  .transform(taskRef)
  .pipe(z.string().regex(/^\d+(?:[.-]\d+)*$/));
/** A 三级项 number as written: 4, "4", "(4)", "（4）". */
const itemRef = z.union([
  z.number().int().positive().transform(String),
  z
    .string()
    .transform((s) => s.replace(/[（()）\s]/g, ''))
    .pipe(z.string().regex(/^\d+$/)),
]);
const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

/** The evidence front matter (contract: DESIGN.md "Evidence file"); types come from it. */
export const evidenceSchema = z
  .object({
    task: z.union([taskId, z.array(taskId).min(1)]).transform((v) => (Array.isArray(v) ? [...new Set(v)] : [v])),
    unit: z.string().trim().min(1),
    title: text.pipe(z.string().min(1)),
    date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).transform((s, ctx) => {
      const d = readDate(s);
      if (d === undefined) ctx.addIssue({ code: 'custom', message: 'invalid date' });
      return d?.iso ?? s;
    }),
    status: z.enum(STATUSES),
    kind: z.enum(KINDS).optional(),
    metrics: z.array(z.object({ name: text.pipe(z.string().min(1)), value: text.pipe(z.string().min(1)), target: text.optional() }).loose()).optional(),
    attachments: z
      .union([
        z
          .string()
          .min(1)
          .transform((s) => [{ path: s }]),
        z.array(attachment),
      ])
      .optional(),
    items: z
      .union([itemRef, z.array(itemRef)])
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .optional(),
  })
  .loose();

/** Valid front matter after the schema's transforms. */
export type EvidenceFields = z.infer<typeof evidenceSchema>;

/** What each field should look like, said to a clerk. */
export const FIELD_HELP: Readonly<Record<string, { zh: string; help: string }>> = {
  task: { zh: '任务', help: '应是方案任务分解表中的序号，如 24（分节编号的方案写作 "2-3"）；涉及多项任务时写作 [41, 42]' },
  unit: { zh: '责任单位', help: '应是报送单位的名称，如 住建局' },
  title: { zh: '标题', help: '应是这份材料的标题，不能为空' },
  date: { zh: '日期', help: '应是真实存在的日期，写作 2020-12-20（也可写 2020.12.20、2020/12/20 或 2020年12月20日）' },
  status: { zh: '状态', help: `应是 ${STATUSES.join('、')} 之一` },
  kind: { zh: '类型', help: `应是 ${KINDS.join('、')} 之一，也可以不写` },
  metrics: { zh: '指标', help: '应是列表，每项写 name（指标名称）和 value（数值，如 100%）' },
  attachments: { zh: '附件', help: '应是附件路径的列表，每行“- 附件/文件名.pdf”，路径相对于本文件；图片可写成“- path: 附件/照片.jpg”加一行“caption: 图片说明”' },
  items: { zh: '三级项', help: '可选：这份材料对应的评价细则三级项编号，如 [4, 11]' },
};
