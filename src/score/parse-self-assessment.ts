import YAML, { LineCounter } from 'yaml';
import * as z from 'zod';
import { SELF_ASSESSMENT_FILE, SelfAssessmentError, type ItemAssessment } from './self-assessment.js';
import { explainYamlError, yamlErrorLine } from '../util/yaml-error.js';

const count = z.union([
  z.number().nonnegative(),
  z
    .string()
    .regex(/^\s*\d+(?:\.\d+)?\s*$/)
    .transform(Number),
]);
const entry = z
  .object({
    findings: z.record(z.string(), count).optional(),
    values: z.record(z.string(), z.union([z.number(), z.string()]).transform(String)).optional(),
    remark: z.string().optional(),
    applicable: z.boolean().optional(),
    reason: z.string().optional(),
  })
  .strict();

/**
 * The text of `自评.yaml` parsed and checked (contract: DESIGN.md "Self-assessment"); a fault throws
 * SelfAssessmentError naming the key. Keys are 三级项 numbers (`4:` or `"(4)"`); clause numbers are
 * 1-based within the item.
 */
export function parseSelfAssessment(text: string): Map<string, ItemAssessment> {
  const out = new Map<string, ItemAssessment>();
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { prettyErrors: false, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new SelfAssessmentError(`${SELF_ASSESSMENT_FILE} 第 ${yamlErrorLine(text, e, lines)} 行格式错误：${explainYamlError(e.code, e.message)}`);
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new SelfAssessmentError(`${SELF_ASSESSMENT_FILE} 应按三级项编号分项填写，如“4:”下写 findings、values 或 applicable`);
  for (const [key, value] of Object.entries(data)) {
    const id = key.replace(/[（()）\s]/g, '');
    if (!/^\d+$/.test(id)) throw new SelfAssessmentError(`${SELF_ASSESSMENT_FILE} 中的“${key}”不是三级项编号（应写数字，如 4）`);
    const parsed = entry.safeParse(value ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new SelfAssessmentError(
        `${SELF_ASSESSMENT_FILE} 中三级项 ${id}${issue.path.length ? ` 的 ${issue.path.join('.')}` : ''} 不正确：${issue.code === 'unrecognized_keys' ? `不认识的字段 ${(issue as { keys?: string[] }).keys?.join('、')}（可写 findings、values、remark、applicable、reason）` : issue.message}`,
      );
    }
    const e = parsed.data;
    const clauseMap = <T>(rec: Record<string, T> | undefined, what: string) => {
      const m = new Map<number, T>();
      for (const [k, v] of Object.entries(rec ?? {})) {
        if (!/^\d+$/.test(k.trim())) throw new SelfAssessmentError(`${SELF_ASSESSMENT_FILE} 中三级项 ${id} 的 ${what} 里“${k}”不是条款序号（写 1、2…）`);
        m.set(Number(k), v);
      }
      return m;
    };
    out.set(id, {
      findings: clauseMap(e.findings, 'findings'),
      values: clauseMap(e.values, 'values'),
      ...(e.remark === undefined ? {} : { remark: e.remark }),
      applicable: e.applicable ?? true,
      ...(e.reason === undefined ? {} : { reason: e.reason }),
    });
  }
  return out;
}
