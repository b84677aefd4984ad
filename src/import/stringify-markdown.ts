import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { displayWidth } from '../util/text-width.js';

/** Writes a markdown tree as the text of an evidence body (GFM pipe tables aligned for Chinese text, `-` bullets, `**` bold). */
export function stringifyMarkdown(tree: Root): string {
  const text = unified()
    .use(remarkGfm, { stringLength: displayWidth })
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-', fences: true })
    .stringify(tree);
  return String(text).trim();
}
