import YAML from 'yaml';

/** The text of an alias file (`变体: 规范名称` per line) as a record, with a Chinese error on bad content (loaded only when not cached: it brings the YAML parser). */
export function parseAliases(file: string, text: string): Record<string, string> {
  const data: unknown = YAML.parse(text);
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`别名表 ${file} 的格式不对：应是“别名: 规范名称”的键值对`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== 'string') throw new Error(`别名表 ${file} 中“${k}”的值应是单位名称（文字）`);
    out[k] = v;
  }
  return out;
}
