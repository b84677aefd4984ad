import YAML, { LineCounter } from 'yaml';
import { explainYamlError, yamlErrorLine } from '../util/yaml-error.js';
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
    const line = yamlErrorLine(text, e, lines);
    const slip = slipOf(text.split(/\r\n?|\n/)[line - 1] ?? '');
    throw new ConfigError(
      `${shown} 第 ${line} 行：YAML 格式错误：${slip ? slip.problem : explainYamlError(e.code, e.message)}`,
      slip?.fix ?? (e.code === 'DUPLICATE_KEY' ? '同一个配置项只写一次：删掉或合并重复的那一行' : '请检查该行的缩进和冒号（配置项写作“名称: 值”，冒号为英文冒号，后面空一格）'),
    );
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

/** The slip clerks make that a line the YAML parser stopped at shows (a Chinese colon, a tab, no space after the colon), and what to change; undefined for any other. */
function slipOf(line: string): { problem: string; fix: string } | undefined {
  if (/^\s*(?:-\s+)?[^\s#'"：]+：/.test(line)) return { problem: '这一行用了中文冒号“：”', fix: '把这一行的中文冒号“：”改成英文冒号“:”，冒号后面空一格' };
  if (/^\s*\t/.test(line)) return { problem: '用了制表符缩进，请改用空格', fix: '这一行请用空格缩进，不要用制表符（Tab）' };
  if (/^\s*(?:-\s+)?[^\s#:'"-][^:#]*:[^\s]/.test(line)) return { problem: '冒号后面缺少空格', fix: '在这一行的冒号“:”后面加一个空格' };
  return undefined;
}
