import { unixNewlines } from '../util/newlines.js';
import { STUB_PLACEHOLDER_START } from './stub.js';

/** Why a body is no evidence: empty, or still the text `dossier new` writes; with its line in the file `text`. */
export function placeholderIn(text: string, body: string): { line: number; message: string } | undefined {
  // The body's first line in the file; counted only for a file that has something to report.
  const start = () => lineCount(unixNewlines(text)) - lineCount(unixNewlines(body)) + 1;
  const content = body.replace(/<!--[\s\S]*?-->/g, '').trim();
  if (content === '') return { line: Math.max(1, start() - 1), message: '正文是空的：属性区之后没有写工作开展情况' };
  const at = body.split(/\r?\n/).findIndex((l) => l.includes(STUB_PLACEHOLDER_START));
  if (at >= 0) return { line: start() + at, message: '正文还是 dossier new 生成的提示文字，没有写工作开展情况' };
  return undefined;
}

/** Lines in a text (one more than its line breaks), without splitting it. */
export function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
