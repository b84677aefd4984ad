/** A part of a markdown text and the line (1-based) it starts on in the whole. */
export interface MarkdownChunk {
  readonly text: string;
  readonly line: number;
}

/** Starts of the HTML blocks that run past blank lines (CommonMark 4.6, kinds 1–5), each with its end. */
export const LONG_HTML: readonly [start: RegExp, end: RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Cuts markdown into parts that CommonMark reads the same apart as together: before each ATX
 * heading that starts a line (a heading ends any paragraph, list, quote or table before it, and
 * is read the same wherever it stands), except inside a fenced code block or an HTML block that
 * runs on past blank lines. A text with a link reference definition (`[x]: …`), which reaches
 * across the whole document, is not cut. Each part can then be parsed on its own, and a part met
 * before is not parsed again.
 */
export function markdownChunks(markdown: string): MarkdownChunk[] {
  if (/\[[^\]\n]*\]:/.test(markdown)) return [{ text: markdown, line: 1 }];
  const lines = markdown.split('\n');
  const chunks: MarkdownChunk[] = [];
  let start = 0;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
      continue;
    }
    if (/^#{1,6}(?:[ \t]|$)/.test(line) && i > start) {
      chunks.push({ text: lines.slice(start, i).join('\n'), line: start + 1 });
      start = i;
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    for (const [begin, end] of LONG_HTML) {
      if (!begin.test(line)) continue;
      // The end may stand on the same line, after the start.
      if (!end.test(line.replace(begin, ''))) htmlEnd = end;
      break;
    }
  }
  chunks.push({ text: lines.slice(start).join('\n'), line: start + 1 });
  return chunks;
}
