import YAML, { LineCounter } from 'yaml';
import * as z from 'zod';
import type { Standard } from './types.js';
import { explainYamlError, yamlErrorLine } from '../util/yaml-error.js';

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
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { prettyErrors: false, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new Error(`评分标准文件 ${file} 第 ${yamlErrorLine(text, e, lines)} 行格式错误：${explainYamlError(e.code, e.message)}`);
  }
  const parsed = standardSchema.safeParse(doc.toJS(), { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`评分标准文件 ${file} 中 ${issue.path.join('.')} 不正确：${expected(issue)}`);
  }
  return parsed.data as Standard;
}

/** What a value of the standard file should have been, in words (zod's own message is English). */
function expected(issue: z.core.$ZodIssue): string {
  const kinds: Record<string, string> = { number: '数字', int: '整数', string: '文字', array: '列表（每项以“- ”开头）', object: '“字段: 值”的映射', boolean: 'true 或 false' };
  if (issue.code === 'invalid_type') return issue.input === undefined ? '缺少这一项' : `应为${kinds[issue.expected] ?? issue.expected}`;
  if (issue.code === 'invalid_value') return `应是 ${issue.values.map(String).join('、')} 之一`;
  if (issue.code === 'too_small')
    return issue.origin === 'array' || issue.origin === 'string' ? '不能为空' : issue.inclusive === false ? `应大于 ${String(issue.minimum)}` : `不能小于 ${String(issue.minimum)}`;
  return '写法不对，请对照 data/standards/ 中自带的评分标准文件';
}
