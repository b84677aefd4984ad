import type { Code, Heading, List, PhrasingContent, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { displayWidth, isWide } from '../util/text-width.js';
import type { Align, Block, Doc, DocMeta, Inline } from './types.js';
import { closeSpacing } from './close-spacing.js';
import { bodyNoteText, MAX_LIST_DEPTH, readNoteComment, safeDecodeUri } from './evidence-body.js';
import { plain } from './plain.js';
import { LONG_HTML, markdownChunks } from './markdown-chunks.js';
import { Memo } from '../util/memo.js';

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
 *
 * The text is read part by part (cut before its headings, see markdownChunks), each part on its own;
 * with a `memo`, a part met in an earlier run is taken from it instead of being parsed again, so that
 * a report with one changed evidence file parses only that file's part. A part that leaves a code
 * block or HTML block open (which would swallow the heading after it) is read together with the next.
 */
export function markdownToDoc(markdown: string, meta: DocMeta, memo: Memo = Memo.open()): { doc: Doc; notes: ModelNote[] } {
  const blocks: Block[] = [];
  const notes: ModelNote[] = [];
  let state: ChunkState = { titled: false, heading: '' };
  const chunks = markdownChunks(markdown);
  for (let i = 0; i < chunks.length; i++) {
    let { text } = chunks[i]!;
    const { line } = chunks[i]!;
    let part = readChunk(text, state, memo);
    // Read on with the next part while this one ends open: apart, they would not read as together.
    while (part.open && i + 1 < chunks.length) {
      text = `${text}\n${chunks[++i]!.text}`;
      part = readChunk(text, state, memo);
    }
    blocks.push(...part.blocks);
    for (const n of part.notes) notes.push(n.line === undefined ? n : { ...n, line: n.line + line - 1 });
    state = part.after;
  }
  return { doc: { meta, blocks }, notes };
}

/** The same reading with the text in one piece, no memo: what markdownToDoc must always equal (its tests compare them). */
export function markdownToDocWhole(markdown: string, meta: DocMeta): { doc: Doc; notes: ModelNote[] } {
  const { blocks, notes } = parseChunk(markdown, { titled: false, heading: '' });
  return { doc: { meta, blocks }, notes };
}

/** What reading a part depends on from the parts before it: whether the title was met, and the last heading. */
interface ChunkState {
  readonly titled: boolean;
  readonly heading: string;
}

/** One part read: its blocks, its notes (lines counted in the part), the state after it, and whether it ends open. */
interface ReadChunk {
  readonly blocks: Block[];
  readonly notes: ModelNote[];
  readonly after: ChunkState;
  readonly open: boolean;
}

function readChunk(text: string, state: ChunkState, memo: Memo): ReadChunk {
  return memo.remember('markdown-part-1', JSON.stringify([state.titled, state.heading, text]), () => parseChunk(text, state));
}

function parseChunk(text: string, state: ChunkState): ReadChunk {
  // CommonMark with the GFM tables and strikethrough, not the rest of GFM: a task-list box or a
  // footnote mark stays the text it is, and URLs in the text are not searched for (a tenth of the time).
  const root = fromMarkdown(text, { extensions: [gfmTable(), gfmStrikethrough()], mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()] });
  const ctx: Ctx = { notes: [], heading: state.heading };
  const blocks: Block[] = [];
  let titled = state.titled;
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 1 && !titled) {
      titled = true;
      blocks.push({ type: 'title', text: plain(phrasing(node.children, ctx)) });
      continue;
    }
    const made = block(node, ctx);
    for (const b of made) if (b.type === 'heading') ctx.heading = plain(b.children);
    blocks.push(...made);
  }
  return { blocks, notes: ctx.notes, after: { titled, heading: ctx.heading }, open: endsOpen(text, root.children.at(-1)) };
}

/**
 * Whether a part's last block could run on into a heading that follows it: a fenced code block
 * without its closing fence, or an HTML block not followed by a blank line or, for the kinds that
 * run past blank lines (comments, <pre> …), without its end mark.
 */
function endsOpen(text: string, last: RootContent | undefined): boolean {
  if (!last?.position) return false;
  const source = text.slice(last.position.start.offset, last.position.end.offset);
  if (last.type === 'code') {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(source);
    if (!open) return false;
    const closing = /(?:^|\n) {0,3}(`{3,}|~{3,})[ \t]*$/.exec(source.slice(open[0].length));
    return !(closing && closing[1]![0] === open[1]![0] && closing[1]!.length >= open[1]!.length);
  }
  if (last.type === 'html') {
    // Kinds 6 and 7 end at a blank line; kinds 1–5 only at their end mark, blank lines or not.
    const blankAfter = /^[ \t]*\n[ \t]*(?:\n|$)/.test(text.slice(last.position.end.offset));
    const long = LONG_HTML.find(([begin]) => begin.test(source));
    return !blankAfter || (long !== undefined && !long[1].test(source.replace(long[0], '')));
  }
  return false;
}

/** What the conversion shares: the notes so far and the last heading (the evidence a body note is about). */
interface Ctx {
  readonly notes: ModelNote[];
  heading: string;
}

function block(node: RootContent, ctx: Ctx): Block[] {
  const notes = ctx.notes;
  const line = node.position?.start.line;
  switch (node.type) {
    case 'heading':
      return [{ type: 'heading', level: headingLevel(node), children: phrasing(node.children, ctx) }];
    case 'paragraph': {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type === 'image') {
        return [{ type: 'image', src: safeDecodeUri(only.url), alt: only.alt ?? '', ...(only.title ? { caption: only.title } : {}) }];
      }
      return [{ type: 'paragraph', children: phrasing(node.children, ctx), indent: true }];
    }
    case 'list':
      return listBlocks(node, ctx, 0);
    case 'table':
      return [tableBlock(node, ctx)];
    case 'code':
      return codeBlock(node, notes);
    case 'blockquote':
      return node.children.flatMap((c) => block(c, ctx));
    case 'html': {
      // What an evidence body's policy changed, carried here by the body helper (src/template/helpers.ts).
      const bodyNote = readNoteComment(node.value);
      if (bodyNote) {
        notes.push({ ...(line ? { line } : {}), message: `${ctx.heading ? `材料“${ctx.heading}”` : '佐证材料'}${bodyNoteText(bodyNote)}` });
        return [];
      }
      // Comments are notes for people editing the template or narrative; anything else is kept as text.
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return [];
      notes.push({ ...(line ? { line } : {}), message: `HTML 内容按原文输出：${node.value.slice(0, 40)}` });
      return [{ type: 'paragraph', children: textLines(node.value), indent: true }];
    }
    case 'thematicBreak':
      notes.push({ ...(line ? { line } : {}), message: '分隔线（---）在公文中不输出' });
      return [];
    default:
      notes.push({ ...(line ? { line } : {}), message: `不支持的 Markdown 内容（${node.type}），已按文字输出` });
      return [{ type: 'paragraph', children: textLines(textOf(node)), indent: true }];
  }
}

/** Text whose line ends are line breaks (the same in every writer). */
function textLines(value: string): Inline[] {
  return value.split('\n').flatMap((l, i): Inline[] => (i ? [{ type: 'break' }, { type: 'text', value: l }] : [{ type: 'text', value: l }]));
}

function headingLevel(node: Heading): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, node.depth - 1)) as 1 | 2 | 3 | 4;
}

/**
 * A list as list blocks: each item's paragraphs are its text; what else an item holds follows it
 * as blocks of its own (a nested list one level deeper, at most MAX_LIST_DEPTH levels in all),
 * and the list goes on after them, numbered on.
 */
function listBlocks(node: List, ctx: Ctx, depth: number): Block[] {
  const out: Block[] = [];
  const ordered = Boolean(node.ordered);
  let first = node.start ?? 1;
  let items: Inline[][] = [];
  const flush = () => {
    if (!items.length) return;
    out.push({ type: 'list', ordered, start: first, items, ...(depth ? { depth } : {}) });
    first += items.length;
    items = [];
  };
  for (const item of node.children) {
    const text: Inline[] = [];
    const after: Block[] = [];
    for (const child of item.children) {
      if (child.type === 'paragraph' && !after.length) {
        if (text.length) text.push({ type: 'break' });
        text.push(...phrasing(child.children, ctx));
      } else if (child.type === 'list') after.push(...listBlocks(child, ctx, Math.min(MAX_LIST_DEPTH - 1, depth + 1)));
      else after.push(...block(child, ctx));
    }
    items.push(text);
    if (after.length) {
      flush();
      out.push(...after);
    }
  }
  flush();
  return out;
}

function tableBlock(node: Table, ctx: Ctx): Block {
  const [head, ...body] = node.children.map((row) => row.children.map((cell) => phrasing(cell.children, ctx)));
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

/** Inline content with its soft line breaks settled. */
function phrasing(nodes: readonly PhrasingContent[], ctx: Ctx): Inline[] {
  return softBreaks(inlines(nodes, ctx.notes));
}

function inlines(nodes: readonly PhrasingContent[], notes: ModelNote[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        // Soft line breaks stay as \n until softBreaks sees the characters on both sides.
        out.push({ type: 'text', value: closeSpacing(n.value) });
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
        out.push({ type: 'text', value: textOf(n).replace(/\n/g, ' ') });
    }
  }
  return merge(out);
}

/** Characters set on the square grid: between two of them a line end is nothing, as Chinese text is written. */
function wide(ch: string | undefined): boolean {
  if (!ch) return false;
  const cp = ch.codePointAt(0)!;
  return isWide(cp) || cp === 0x2014 || cp === 0x2026 || cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019 || cp === 0x00b7;
}

/**
 * A soft line break (a line end inside a paragraph) is nothing next to a Chinese character or mark
 * (统计\n数据 → 统计数据) and a space between two narrow ones (120\n2021年 → 120 2021年,
 * Safety\nPlan → Safety Plan), as CommonMark reads it: every writer then sets the same text.
 */
function softBreaks(list: Inline[]): Inline[] {
  if (!hasNewline(list)) return list;
  const leaves: { value: string }[] = [];
  const copy = (items: readonly Inline[]): Inline[] =>
    items.map((i) => {
      if (i.type === 'text') {
        const leaf = { type: 'text' as const, value: i.value };
        leaves.push(leaf);
        return leaf;
      }
      if (i.type === 'break') {
        leaves.push({ value: '\n\u0000' });
        return i;
      }
      return { type: i.type, children: copy(i.children) };
    });
  const out = copy(list);
  // The characters around each line end, looked up across runs (a break's marker counts as a line end).
  const text = leaves.map((l) => l.value).join('');
  let at = 0;
  for (const leaf of leaves) {
    const start = at;
    at += leaf.value.length;
    if (leaf.value.startsWith('\n\u0000') || !leaf.value.includes('\n')) continue;
    let v = '';
    for (let k = 0; k < leaf.value.length; k++) {
      const ch = leaf.value[k]!;
      if (ch !== '\n') {
        v += ch;
        continue;
      }
      const before = charBefore(text, start + k);
      const after = charAfter(text, start + k + 1);
      v += wide(before) || wide(after) || !before || !after || before === '\u0000' || /\s/.test(before) || /\s/.test(after) ? '' : ' ';
    }
    (leaf as { value: string }).value = closeSpacing(v);
  }
  return merge(out);
}

function hasNewline(list: readonly Inline[]): boolean {
  return list.some((i) => (i.type === 'text' ? i.value.includes('\n') : i.type !== 'break' && hasNewline(i.children)));
}

function charBefore(s: string, i: number): string | undefined {
  const c = s.charCodeAt(i - 1);
  if (Number.isNaN(c)) return undefined;
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s[i - 1];
}

function charAfter(s: string, i: number): string | undefined {
  const cp = s.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/** Joins neighbouring text runs, so the tree stays small and stable. */
function merge(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of list) {
    const last = out.at(-1);
    if (i.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + i.value };
    else if (i.type !== 'text' || i.value !== '') out.push(i.type === 'strong' || i.type === 'emphasis' ? { type: i.type, children: merge([...i.children]) } : i);
  }
  return out;
}

function textOf(node: unknown): string {
  const n = node as { value?: string; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return (n.children ?? []).map(textOf).join('');
}
