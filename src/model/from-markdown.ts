import type { Code, Heading, List, PhrasingContent, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { displayWidth } from '../util/text-width.js';
import type { Align, Block, Doc, DocMeta, Inline } from './types.js';
import { closeSpacing } from './close-spacing.js';
import { plain } from './plain.js';

/** Something in the markdown that the document tree cannot hold, reported instead of silently dropped. */
export interface ModelNote {
  readonly line?: number;
  readonly message: string;
}

/** Fenced code blocks with these info strings are layout directives, not code. */
const DIRECTIVES = new Set(['header', 'recipient', 'signature', 'note', 'attachments', 'attachment', 'toc', 'chart', 'pagebreak', 'imprint']);

/**
 * Parses the rendered report markdown (CommonMark + GFM tables and strikethrough) into the document tree:
 * `#` is the title, `##`–`#####` are heading levels 1–4, fenced blocks named header, recipient,
 * signature, note, attachments, attachment, toc, chart, pagebreak and imprint are the official-document parts.
 */
export function markdownToDoc(markdown: string, meta: DocMeta): { doc: Doc; notes: ModelNote[] } {
  // CommonMark with the GFM tables and strikethrough, not the rest of GFM: a task-list box or a
  // footnote mark stays the text it is, and URLs in the text are not searched for (a tenth of the time).
  const root = fromMarkdown(markdown, { extensions: [gfmTable(), gfmStrikethrough()], mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()] });
  const notes: ModelNote[] = [];
  const blocks: Block[] = [];
  let titled = false;
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 1 && !titled) {
      titled = true;
      blocks.push({ type: 'title', text: plain(inlines(node.children, notes)) });
      continue;
    }
    blocks.push(...block(node, notes));
  }
  return { doc: { meta, blocks }, notes };
}

function block(node: RootContent, notes: ModelNote[]): Block[] {
  const line = node.position?.start.line;
  switch (node.type) {
    case 'heading':
      return [{ type: 'heading', level: headingLevel(node), children: inlines(node.children, notes) }];
    case 'paragraph': {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type === 'image') {
        return [{ type: 'image', src: decodeURI(only.url), alt: only.alt ?? '', ...(only.title ? { caption: only.title } : {}) }];
      }
      return [{ type: 'paragraph', children: inlines(node.children, notes), indent: true }];
    }
    case 'list':
      return [listBlock(node, notes)];
    case 'table':
      return [tableBlock(node, notes)];
    case 'code':
      return codeBlock(node, notes);
    case 'blockquote':
      return node.children.flatMap((c) => block(c, notes));
    case 'html':
      // Comments are notes for people editing the template or narrative; anything else is kept as text.
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return [];
      notes.push({ ...(line ? { line } : {}), message: `HTML 内容按原文输出：${node.value.slice(0, 40)}` });
      return [{ type: 'paragraph', children: [{ type: 'text', value: node.value }], indent: true }];
    case 'thematicBreak':
      notes.push({ ...(line ? { line } : {}), message: '分隔线（---）在公文中不输出' });
      return [];
    default:
      notes.push({ ...(line ? { line } : {}), message: `不支持的 Markdown 内容（${node.type}），已按文字输出` });
      return [{ type: 'paragraph', children: [{ type: 'text', value: textOf(node) }], indent: true }];
  }
}

function headingLevel(node: Heading): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, node.depth - 1)) as 1 | 2 | 3 | 4;
}

function listBlock(node: List, notes: ModelNote[]): Block {
  const items = node.children.map((item) => {
    const out: Inline[] = [];
    for (const child of item.children) {
      if (out.length) out.push({ type: 'break' });
      if (child.type === 'paragraph') out.push(...inlines(child.children, notes));
      else out.push({ type: 'text', value: textOf(child) });
    }
    return out;
  });
  return { type: 'list', ordered: Boolean(node.ordered), start: node.start ?? 1, items };
}

function tableBlock(node: Table, notes: ModelNote[]): Block {
  const [head, ...body] = node.children.map((row) => row.children.map((cell) => inlines(cell.children, notes)));
  const header = head ?? [];
  const columns = header.length;
  const rows = body.map((r) => Array.from({ length: columns }, (_, i) => r[i] ?? []));
  const align: Align[] = Array.from({ length: columns }, (_, i) => (node.align?.[i] === 'center' || node.align?.[i] === 'right' ? node.align[i] : 'left') as Align);
  // Relative widths from the content: the longest cell of a column, within sensible bounds.
  const widths = Array.from({ length: columns }, (_, i) => {
    const longest = Math.max(displayWidth(plain(header[i] ?? [])), ...rows.map((r) => displayWidth(plain(r[i] ?? []))));
    return Math.min(48, Math.max(4, longest));
  });
  return { type: 'table', header, rows, align, widths };
}

function codeBlock(node: Code, notes: ModelNote[]): Block[] {
  const lang = node.lang ?? '';
  const lines = node.value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (!DIRECTIVES.has(lang)) {
    return [{ type: 'paragraph', children: node.value.split('\n').flatMap((l, i): Inline[] => (i ? [{ type: 'break' }, { type: 'text', value: l }] : [{ type: 'text', value: l }])), indent: false }];
  }
  switch (lang) {
    case 'header':
      return [{ type: 'docHeader', organ: lines[0] ?? '', number: lines[1] ?? '', ...(lines[2] ? { signer: lines[2] } : {}) }];
    case 'note':
      return [{ type: 'note', text: lines.join('') }];
    case 'recipient':
      return [{ type: 'recipient', text: lines.join('') }];
    case 'signature':
      return [{ type: 'signature', lines }];
    case 'attachments':
      return [{ type: 'attachmentList', items: lines }];
    case 'imprint': {
      // Lines: 抄送：…, then 印发机关, then 印发日期; 抄送 may be left out.
      const cc = lines[0]?.startsWith('抄送') ? lines.shift()!.replace(/^抄送[:：]?/, '') : '';
      return [{ type: 'imprint', cc, printer: lines[0] ?? '', date: lines[1] ?? '' }];
    }
    case 'attachment': {
      const m = /^(\d+)\s+(.+)$/.exec(lines[0] ?? '');
      if (!m) {
        notes.push({ ...(node.position ? { line: node.position.start.line } : {}), message: 'attachment 块的第一行应写作“序号 标题”' });
        return [];
      }
      return [{ type: 'attachment', no: Number(m[1]), title: m[2]! }];
    }
    case 'toc':
      return [{ type: 'toc', title: lines[0] ?? '附件目录' }];
    case 'chart': {
      try {
        const c = JSON.parse(node.value) as { title: string; series: string[]; bars: { label: string; values: number[] }[] };
        return [{ type: 'chart', title: String(c.title), series: c.series.map(String), bars: c.bars.map((b) => ({ label: String(b.label), values: b.values.map(Number) })) }];
      } catch (err) {
        notes.push({ ...(node.position ? { line: node.position.start.line } : {}), message: `chart 块不是有效的 JSON：${(err as Error).message}` });
        return [];
      }
    }
    default:
      return [{ type: 'pageBreak' }];
  }
}

function inlines(nodes: readonly PhrasingContent[], notes: ModelNote[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out.push({ type: 'text', value: closeSpacing(n.value.replace(/\n/g, '')) });
        break;
      case 'strong':
        out.push({ type: 'strong', children: inlines(n.children, notes) });
        break;
      case 'emphasis':
        out.push({ type: 'emphasis', children: inlines(n.children, notes) });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'inlineCode':
        out.push({ type: 'text', value: n.value });
        break;
      case 'delete':
      case 'link':
        out.push(...inlines(n.children, notes));
        break;
      case 'image':
        notes.push({ ...(n.position ? { line: n.position.start.line } : {}), message: `行内图片 ${n.url} 只输出说明文字；图片请单独成段` });
        out.push({ type: 'text', value: n.alt ?? '' });
        break;
      default:
        notes.push({ ...(n.position ? { line: n.position.start.line } : {}), message: `不支持的行内内容（${n.type}），已按文字输出` });
        out.push({ type: 'text', value: textOf(n) });
    }
  }
  return merge(out);
}

/** Joins neighbouring text runs, so the tree stays small and stable. */
function merge(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of list) {
    const last = out.at(-1);
    if (i.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + i.value };
    else if (i.type !== 'text' || i.value !== '') out.push(i);
  }
  return out;
}

function textOf(node: unknown): string {
  const n = node as { value?: string; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return (n.children ?? []).map(textOf).join('');
}
