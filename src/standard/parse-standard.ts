import YAML from 'yaml';
import * as z from 'zod';
import type { Standard } from './types.js';

const limit = z.object({ name: z.string(), op: z.enum(['<=', '<', '>=', '>']), value: z.number(), unit: z.string() });
const clause = z.object({
  no: z.number().int().positive(),
  text: z.string(),
  kind: z.enum(['per-finding', 'threshold', 'manual']),
  amount: z.number().nonnegative().optional(),
  cap: z.number().nonnegative().optional(),
  limit: limit.optional(),
});
const item = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  parent: z.union([z.string(), z.number()]).transform(String).optional(),
  title: z.string().nullable(),
  points: z.number().nonnegative().nullable(),
  content: z.string().optional(),
  clauses: z.array(clause).default([]),
  source: z.string().optional(),
  confirmed: z.boolean(),
});
/** The schema of a standard file (`data/standards/*.yaml`, a workspace's `standard.yaml`). */
export const standardSchema = z.object({ name: z.string().min(1), source: z.string().min(1), items: z.array(item).min(1) });

/** The text of a standard file parsed and validated; a fault is thrown as an Error whose message says where, in Chinese. */
export function parseStandard(file: string, text: string): Standard {
  const doc = YAML.parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`评分标准文件 ${file} 第 ${doc.errors[0]!.linePos?.[0]?.line ?? 1} 行格式错误`);
  const parsed = standardSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`评分标准文件 ${file} 中 ${issue.path.join('.')} 不正确：${issue.message}`);
  }
  return parsed.data as Standard;
}
