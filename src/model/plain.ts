import type { Inline } from './types.js';

/** The plain text of inline content. */
export function plain(list: readonly Inline[]): string {
  return list.map((i) => (i.type === 'text' ? i.value : i.type === 'break' ? '\n' : plain(i.children))).join('');
}
