/**
 * commander's messages about the command line (unknown command or option, a missing or wrong
 * value, too many arguments) in Chinese, as every other message of dossier is; a message not known
 * here is left as commander wrote it. Names stay as typed, so that the clerk sees what was wrong.
 */
export function chineseUsageMessage(message: string): string {
  const [first = '', ...rest] = message.replace(/\n$/, '').split('\n');
  const suggestion = rest.map((l) => /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(l.trim())?.[1]).find(Boolean);
  const also = suggestion ? `（是不是 ${suggestion.split(', ').join('、')}？）` : '';
  let m: RegExpExecArray | null;
  let text: string | undefined;
  if ((m = /^error: unknown command '(.+)'$/.exec(first))) text = `错误：没有“${m[1]}”这个命令${also}`;
  else if ((m = /^error: unknown option '(.+)'$/.exec(first))) text = `错误：没有 ${m[1]} 这个选项${also}`;
  else if ((m = /^error: option '(.+)' argument missing$/.exec(first))) text = `错误：选项 ${m[1]} 后面要写值`;
  else if ((m = /^error: missing required argument '(.+)'$/.exec(first))) text = `错误：缺少参数“${m[1]}”`;
  else if ((m = /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(first))) text = `错误：选项 ${m[1]} 的值“${m[2]}”不对，可选 ${m[3]!.split(', ').join('、')}`;
  else if ((m = /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(first)))
    text = `错误：${m[1] ? `命令 ${m[1]} ` : ''}最多写 ${m[2]} 个参数，现在写了 ${m[3]} 个`;
  return text === undefined ? message : `${text}\n`;
}
