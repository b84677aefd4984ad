import type { LineCounter, YAMLError } from 'yaml';

/**
 * A YAML parser's error (the yaml package's code and message) in words for clerks; the parser's own
 * (English) words only where there are none of ours: the message reaches chase lists that
 * departments are sent.
 */
export function explainYamlError(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const bracket = /end with an? ([\]}])/.exec(first)?.[1];
  if (bracket) return `“${bracket === ']' ? '[' : '{'}”没有配对的“${bracket}”（值以 ${bracket === ']' ? '[' : '{'} 开头时请用引号括起来）`;
  const known: Record<string, string> = {
    DUPLICATE_KEY: '同一个字段写了两次',
    BAD_INDENT: '缩进不对齐',
    MISSING_CHAR: '缺少配对的引号或括号',
    BLOCK_AS_IMPLICIT_KEY: '冒号位置不对（可能少了空格或缩进不对）',
    MULTILINE_IMPLICIT_KEY: '一个字段名跨了多行（可能少了冒号后的空格）',
    TAB_AS_INDENT: '用了制表符缩进，请改用空格',
    UNEXPECTED_TOKEN: '有无法识别的内容',
    BAD_SCALAR_START: '值的开头有特殊字符，请用引号括起来',
  };
  return known[code] ?? `格式有误（${first}）`;
}

/**
 * The line to blame for a YAML error (1-based). For an unclosed [ or { or quote the parser notices
 * only on a later line; the fault is the nearest line above that opens one it never closes. Lines
 * before `first` (0-based; 1 for front matter, whose first line is its ---) are never blamed.
 */
export function faultLine(src: string, reported: number, message: string, first = 1): number {
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (!quote && !/^Flow (sequence|mapping)|Missing closing|must be sufficiently indented and end with/.test(message)) return reported;
  const lines = src.split('\n');
  for (let i = Math.min(reported, lines.length) - 1; i >= first; i--) {
    const l = lines[i]!;
    if (quote ? l.split(quote).length % 2 === 0 : (l.match(/[[{]/g) ?? []).length > (l.match(/[\]}]/g) ?? []).length) return i + 1;
  }
  return Math.min(reported, lines.length);
}

/**
 * The line (1-based) to blame for the parse error `error` of `text`, parsed with the line counter
 * `lines` (the parser sets linePos only with prettyErrors, which these parses leave off): where it
 * starts, or the line above that opened what it never closed (faultLine). For files read whole
 * (the config, 自评.yaml, a standard), whose first line may be at fault.
 */
export function yamlErrorLine(text: string, error: YAMLError, lines: LineCounter): number {
  return faultLine(text.replace(/\r\n?/g, '\n'), lines.linePos(error.pos[0]).line, error.message, 0);
}
