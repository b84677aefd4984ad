import YAML, { LineCounter } from 'yaml';
import { ConfigError } from './config-error.js';
import { configProblems, type ConfigProblem } from './config-errors.js';
import { configSchema, type WorkspaceConfig } from './config-schema.js';

/** At most this many problems of a config are listed at once. */
const MAX_PROBLEMS = 20;

/**
 * The text of `dossier.config.yaml` (shown to the user as `shown`) parsed and checked, font files
 * looked up in `root`; a config that cannot be used throws ConfigError naming the line and the key.
 * Loaded only when a config is not in the cache (it brings the YAML parser and zod).
 */
export function parseConfig(text: string, root: string, shown: string): WorkspaceConfig {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { prettyErrors: false, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ConfigError(`${shown} 第 ${e.linePos?.[0]?.line ?? 1} 行：YAML 格式错误（${e.message.split('\n')[0]}）`, '请检查该行的缩进和冒号');
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = configSchema(root).safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  const problems = configProblems(parsed.error.issues, doc, lines);
  const at = (p: ConfigProblem) => `${p.line === undefined ? '' : `第 ${p.line} 行，`}${p.key === '' ? '整个文件' : `配置项 ${p.key}`}`;
  if (problems.length === 1) {
    const p = problems[0]!;
    throw new ConfigError(`${shown} ${at(p)}：${p.problem}`, p.fix);
  }
  const shownProblems = problems.slice(0, MAX_PROBLEMS).map((p) => `  ${at(p)}：${p.problem}。${p.fix}`);
  if (problems.length > MAX_PROBLEMS) shownProblems.push(`  （另有 ${problems.length - MAX_PROBLEMS} 处）`);
  throw new ConfigError(`${shown} 中有 ${problems.length} 处配置错误：\n${shownProblems.join('\n')}`, '请逐项改正后重新运行；配置项的写法见 README 的“工作区”一节');
}
