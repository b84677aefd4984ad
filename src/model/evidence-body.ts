import type { BlockContent, Definition, Heading, Html, Image, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, Text } from 'mdast';
import { fromMarkdown, type CompileContext, type Extension, type Token } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown, gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkStringify from 'remark-stringify';
import { unified, type Processor } from 'unified';

/**
 * The markdown policy of evidence bodies (the text a department writes under its front matter).
 *
 * A body is read on its own, never as part of the report around it, and written back as markdown
 * that the report's parser reads as exactly what the department wrote:
 *
 * - every character the department typed reaches the report, except markup that takes effect
 *   (`**bold**`, list markers, table rules, `#` of headings, link brackets) and closed HTML
 *   comments `<!-- … -->`, which are notes to the editor;
 * - headings (`#`, and a line underlined with `===` or `---`) become bold paragraphs: a body never
 *   outranks the report's own structure;
 * - links keep their address: `[通知](http://…)` prints `通知（http://…）`, `<http://…>` stays as typed;
 * - `*`/`_` inside a word (`2*3*4米`, `长*宽*高`) is never emphasis, `~` is never strikethrough
 *   unless doubled, and `~~…~~` keeps its tildes (official documents have no strikethrough);
 * - a backslash is hidden only where it stops markup (`\*`, `\_`, `\[`, `\#`, `\\` before a mark,
 *   `\-` at a line's start, …); elsewhere (`\\server\share`, `1\.5`, `\(`) it stays;
 * - named character references (`&nbsp;`) stay as typed; numeric ones (`&#x20;`) are read;
 * - HTML is shown as text; a comment that is never closed comments out nothing;
 * - lists nest at most MAX_LIST_DEPTH deep (deeper items are set at that depth), and a line's
 *   container prefix is bounded (MAX_PREFIX_MARKERS markers, MAX_PREFIX_COLUMNS columns of
 *   indentation), so that no body can make the parser slow.
 *
 * Whatever is changed or left out is reported in `notes` (lines counted from the body's first line).
 */
export interface BodyNote {
  /** The first line it happened on, in the body (1 = the first line after the front matter). */
  readonly line: number;
  /** Every line it happened on (the first few), when more than one. */
  readonly lines?: readonly number[];
  /** How many places, when more than the lines listed. */
  readonly count?: number;
  readonly message: string;
}

/** Where in the body a note applies and what it says: 正文第 3、7 行：… */
export function bodyNoteText(note: BodyNote): string {
  const lines = note.lines ?? [note.line];
  return `正文第 ${lines.join('、')} 行${note.count ? `等 ${note.count} 处` : ''}：${note.message}`;
}

/** Lists nest at most this deep in a body; deeper items are set at this depth. */
export const MAX_LIST_DEPTH = 8;
/** Block-quote and list markers read at the start of one line; a further marker is text. */
export const MAX_PREFIX_MARKERS = 8;
/** Columns of indentation read at the start of one line; more is taken as this many. */
export const MAX_PREFIX_COLUMNS = 64;
/** HTML read as text inside HTML read as text: beyond this depth, HTML blocks are not looked for. */
const MAX_HTML_DEPTH = 2;
/** Emphasis, bold and links nest at most this deep; deeper ones are their text as typed. */
export const MAX_INLINE_DEPTH = 8;
/** Notes of one kind listed by line before the rest are counted. */
const LINES_LISTED = 5;

/** Options of the body policy. */
export interface BodyOptions {
  /** The evidence file's folder, relative to the dossier folder: relative picture paths are rebased onto it. */
  readonly folder?: string;
}

/** An evidence body as markdown that the report's parser reads as the department wrote it, with what was changed. */
export function evidenceMarkdown(body: string, options: BodyOptions = {}): { markdown: string; notes: BodyNote[] } {
  const notes = new Notes();
  const text = limitNesting(body.replace(/\r\n?/g, '\n'), notes);
  const blocks = readBlocks(text, { folder: options.folder ?? '', notes, lineOffset: 0, htmlDepth: 0 });
  const root: Root = { type: 'root', children: blocks };
  const markdown = blocks.length ? stringify(root) : '';
  return { markdown, notes: notes.list() };
}

/** What the reading of one piece of a body shares. */
interface Ctx {
  readonly folder: string;
  readonly notes: Notes;
  /** Lines of the body before the text being read (HTML read again as text starts inside the body). */
  readonly lineOffset: number;
  readonly htmlDepth: number;
}

/** The reading of one text: its source, for the marks around emphasis, and its link definitions. */
interface Read extends Ctx {
  readonly src: string;
  readonly definitions: ReadonlyMap<string, Definition>;
  readonly used: Set<string>;
}

/** Notes collected by kind, each kind one note with the lines it happened on. */
class Notes {
  private readonly kinds = new Map<string, { lines: number[]; message: string }>();

  add(kind: string, line: number, message: string): void {
    let k = this.kinds.get(kind);
    if (!k) this.kinds.set(kind, (k = { lines: [], message }));
    k.lines.push(line);
  }

  list(): BodyNote[] {
    return [...this.kinds.values()]
      .map((k): BodyNote => {
        const lines = [...new Set(k.lines)].sort((a, b) => a - b);
        return {
          line: lines[0] ?? 1,
          ...(lines.length > 1 ? { lines: lines.slice(0, LINES_LISTED) } : {}),
          ...(lines.length > LINES_LISTED ? { count: lines.length } : {}),
          message: k.message,
        };
      })
      .sort((a, b) => a.line - b.line);
  }
}

// ---------------------------------------------------------------------------------------------
// Bounding the nesting before the parser sees it.

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Bounds what the start of each line can open, before the markdown parser sees it (deep nesting
 * makes it slow, about cubic in the depth):
 *
 * - a list item more than MAX_LIST_DEPTH lists deep (by its indentation) is moved out to the
 *   deepest allowed level, and the lines inside it with it;
 * - at most MAX_PREFIX_MARKERS block-quote or list markers at the start of one line (a further one
 *   gets a backslash and is text) and MAX_PREFIX_COLUMNS columns of indentation (more is made that many).
 *
 * Only whitespace changes, and a backslash is added; lines that nest less are left exactly as they are.
 */
function limitNesting(text: string, notes: Notes): string {
  const lines = text.split('\n');
  let changed = false;
  const note = (n: number) => {
    changed = true;
    notes.add('nesting', n + 1, `列表或引用嵌套超过 ${MAX_LIST_DEPTH} 层，更深的部分已按第 ${MAX_LIST_DEPTH} 层排列（文字不变）`);
  };
  // Open list items by their columns in the text as written; `shift` is how far a moved item went left.
  const stack: { marker: number; content: number; shift: number }[] = [];
  // The fenced code block the line is in (its runs of marks are code).
  let fence: { ch: string; length: number } | undefined;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    let i = 0;
    let ind = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) ind += line[i++] === '\t' ? 4 - (ind % 4) : 1;
    if (i === line.length) continue;
    const rest = line.slice(i);
    const fenceMark = ind < 4 ? /^(`{3,}|~{3,})/.exec(rest)?.[1] : undefined;
    if (fence) {
      if (fenceMark && fenceMark[0] === fence.ch && fenceMark.length >= fence.length && !rest.slice(fenceMark.length).trim()) fence = undefined;
      continue;
    }
    if (fenceMark && !(fenceMark[0] === '`' && rest.slice(fenceMark.length).includes('`'))) {
      fence = { ch: fenceMark[0]!, length: fenceMark.length };
      continue;
    }
    let out = ind;
    const marker = rest[0] === '>' ? undefined : LIST_MARKER.exec(rest.slice(0, 11))?.[0];
    if (rest[0] === '>') stack.length = 0;
    else if (marker && !THEMATIC_BREAK.test(rest)) {
      while (stack.length && stack.at(-1)!.content > ind) stack.pop();
      const gap = /^[ \t]*/.exec(rest.slice(marker.length))![0].length;
      const width = marker.length + (gap >= 1 && gap <= 4 && rest.length > marker.length + gap ? gap : 1);
      if (stack.length >= MAX_LIST_DEPTH) {
        // Deeper than allowed: a sibling of the deepest allowed item.
        stack.length = MAX_LIST_DEPTH;
        const sibling = stack.pop()!;
        out = sibling.marker - sibling.shift;
      } else out = ind - (stack.at(-1)?.shift ?? 0);
      stack.push({ marker: ind, content: ind + width, shift: ind - out });
    } else {
      // A line inside an item goes where the item went.
      for (let k = stack.length - 1; k >= 0; k--) {
        if (ind >= stack[k]!.content) {
          out = ind - stack[k]!.shift;
          break;
        }
      }
    }
    const moved = out !== ind ? ' '.repeat(out) + rest : line;
    const fixed = limitLine(moved);
    if (fixed !== line) {
      lines[n] = fixed;
      note(n);
    }
    // A long run of one mark (**********…) is text: as markup it only nests, and the parser pairs
    // such runs in quadratic time. Each mark gets a backslash, which the body hides.
    if (LONG_RUN.test(lines[n]!) && !THEMATIC_BREAK.test(rest)) {
      lines[n] = lines[n]!.replace(LONG_RUN_ALL, (run) => run.replace(/[\s\S]/g, '\\$&'));
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

const LONG_RUN = /([*_~`[\]])\1{16}/;
const LONG_RUN_ALL = /([*_~`[\]])\1{16,}/g;

function limitLine(line: string): string {
  // Whitespace runs of the prefix: [start, end, columns, after a list marker].
  const runs: [number, number, number, boolean][] = [];
  let i = 0;
  let cols = 0;
  let markers = 0;
  let escapeAt = -1;
  let afterItem = false;
  for (;;) {
    const s = i;
    let w = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
      w += line[i] === '\t' ? 4 - ((cols + w) % 4) : 1;
      i++;
    }
    if (i > s) runs.push([s, i, w, afterItem]);
    cols += w;
    if (i >= line.length) break;
    const marker = line[i] === '>' ? '>' : LIST_MARKER.exec(line.slice(i, i + 11))?.[0];
    if (!marker) break;
    if (markers === MAX_PREFIX_MARKERS) {
      // A thematic break (- - - …) is no container: it stays as it is.
      if (!THEMATIC_BREAK.test(line.slice(i))) escapeAt = marker.length > 1 ? i + marker.length - 1 : i;
      break;
    }
    markers++;
    afterItem = marker !== '>';
    i += marker.length;
  }
  if (escapeAt < 0 && cols <= MAX_PREFIX_COLUMNS) return line;
  let out = escapeAt >= 0 ? `${line.slice(0, escapeAt)}\\${line.slice(escapeAt)}` : line;
  // Take the excess indentation off the runs from the first, keeping a space after a list marker.
  let excess = cols - MAX_PREFIX_COLUMNS;
  const widths = runs.map(([, , w, item]) => {
    if (excess <= 0) return w;
    const take = Math.min(excess, w - (item ? 1 : 0));
    excess -= take;
    return w - take;
  });
  for (let r = runs.length - 1; r >= 0; r--) {
    const [s, e, w] = runs[r]!;
    if (widths[r] !== w) out = out.slice(0, s) + ' '.repeat(widths[r]!) + out.slice(e);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading: micromark with the body's rules for backslashes and character references.

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
/** Marks a backslash always hides (they may make markup anywhere in a line). */
const ALWAYS = new Set([...'*_`~[]<>&#|!@']);
/** The line's text before `at` is only indentation and container markers (block quote, list). */
const LINE_START_PREFIX = /^[ \t]*(?:(?:>[ \t]*)|(?:(?:[-+*]|\d{1,9}[.)])[ \t]+))*$/;

function atLineStart(src: string, at: number): boolean {
  const from = src.lastIndexOf('\n', at - 1) + 1;
  // A real line start is short (the prefix is bounded by limitNesting).
  return at - from <= 200 && LINE_START_PREFIX.test(src.slice(from, at));
}

/** Whether the backslash at `at` hides itself: it stops markup there (else the department meant a backslash). */
function escapes(src: string, at: number): boolean {
  const ch = src[at + 1] ?? '';
  if (ALWAYS.has(ch)) return true;
  switch (ch) {
    case '\\':
      return ASCII_PUNCT.test(src[at + 2] ?? '');
    case '-':
    case '+':
    case '=':
      return atLineStart(src, at);
    case '.':
    case ')': {
      let k = at;
      while (k > 0 && /\d/.test(src[k - 1]!)) k--;
      if (k < at && at - k <= 9 && atLineStart(src, k)) return true;
      return ch === '.' && /[wW]/.test(src[at - 1] ?? '');
    }
    case ':':
      return /[psPS]/.test(src[at - 1] ?? '') && src[at + 2] === '/';
    case '(':
      return src[at - 1] === ']';
    default:
      return false;
  }
}

const point = (p: Token['end']) => ({ line: p.line, column: p.column, offset: p.offset });

/** A numeric character reference as CommonMark reads it (invalid code points become U+FFFD). */
function numericReference(value: string, base: number): string {
  const code = Number.parseInt(value, base);
  if (
    !Number.isFinite(code) ||
    code === 0 ||
    code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code > 0x7e && code < 0xa0) ||
    (code >= 0xfdd0 && code <= 0xfdef) ||
    (code & 0xfffe) === 0xfffe ||
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32)
  )
    return '\ufffd';
  return String.fromCodePoint(code);
}

/** The body's reading of escapes and references, as mdast handlers over the default ones. */
function bodyHandlers(src: string): Extension {
  return {
    exit: {
      characterEscapeValue(this: CompileContext, token: Token) {
        const tail = this.stack.pop() as Text;
        const at = token.start.offset - 1;
        tail.value += (escapes(src, at) ? '' : '\\') + this.sliceSerialize(token);
        tail.position!.end = point(token.end);
      },
      characterReferenceValue(this: CompileContext, token: Token) {
        const data = this.sliceSerialize(token);
        const type = this.data.characterReferenceType;
        this.data.characterReferenceType = undefined;
        const tail = this.stack[this.stack.length - 1] as Text;
        tail.value += type ? numericReference(data, type === 'characterReferenceMarkerNumeric' ? 10 : 16) : `&${data};`;
      },
    },
  };
}

function parse(src: string, htmlFlow: boolean): Root {
  return fromMarkdown(src, {
    extensions: [gfmTable(), gfmStrikethrough({ singleTilde: false }), ...(htmlFlow ? [] : [{ disable: { null: ['htmlFlow'] } }])],
    mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), bodyHandlers(src)],
  });
}

/** Reads a text of the body into blocks that follow the body policy. */
function readBlocks(src: string, ctx: Ctx): RootContent[] {
  const root = parse(src, ctx.htmlDepth < MAX_HTML_DEPTH);
  const read: Read = { ...ctx, src, definitions: new Map(), used: new Set() };
  collect(root, read);
  return root.children.flatMap((c) => block(c, read, 0));
}

/** The link definitions of a text (in block quotes and lists too; the first of a label counts) and the labels used. */
function collect(root: Nodes, r: Read): void {
  // Iterative: a tree may be deep (the depth of its inline content is bounded later).
  const todo: Nodes[] = [root];
  for (let node = todo.pop(); node; node = todo.pop()) {
    if (node.type === 'definition' && !r.definitions.has(node.identifier)) (r.definitions as Map<string, Definition>).set(node.identifier, node);
    if (node.type === 'linkReference' || node.type === 'imageReference') r.used.add(node.identifier);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i]!);
  }
}

const lineOf = (node: { position?: { start: { line: number } } }, r: Ctx) => (node.position?.start.line ?? 1) + r.lineOffset;

// ---------------------------------------------------------------------------------------------
// Blocks.

function block(node: RootContent, r: Read, listDepth: number): RootContent[] {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node, r);
    case 'heading':
      return heading(node, r);
    case 'list':
      return [list(node, r, listDepth + 1)];
    case 'table':
      return [table(node, r)];
    case 'code':
      // Never a layout directive of the report (```chart, ```signature …): the text, line by line.
      return [{ type: 'code', lang: null, meta: null, value: node.value }];
    case 'blockquote':
      return node.children.flatMap((c) => block(c, r, listDepth));
    case 'html':
      return html(node, r);
    case 'thematicBreak':
      r.notes.add('rule', lineOf(node, r), '分隔线（---、***）在公文中不输出');
      return [];
    case 'definition': {
      if (r.used.has(node.identifier)) return [];
      // A definition nothing refers to: the department's text as typed.
      return [{ type: 'paragraph', children: [{ type: 'text', value: source(node, r) }] }];
    }
    default: {
      const text = source(node, r);
      r.notes.add('other', lineOf(node, r), `不支持的 Markdown 内容（${node.type}），已按文字输出`);
      return text.trim() ? [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] : [];
    }
  }
}

/** The source text of a node, as the department typed it. */
function source(node: Nodes, r: Read): string {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? '' : r.src.slice(s, e);
}

function paragraph(node: Paragraph, r: Read): RootContent[] {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  const picture = only?.type === 'image' ? only : only?.type === 'imageReference' ? referencedImage(only, r) : undefined;
  if (picture) return [{ type: 'paragraph', children: [rebase(picture, r)] }];
  const children = inlines(node.children, r);
  return children.some((c) => c.type !== 'text' || c.value.trim() !== '') ? [{ type: 'paragraph', children }] : [];
}

function heading(node: Heading, r: Read): RootContent[] {
  const children = unbold(inlines(node.children, r));
  const s = node.position?.start.offset;
  const atx = s === undefined || /^[ \t]*#/.test(r.src.slice(s, s + 4));
  if (!atx) r.notes.add('setext', lineOf(node, r), '文字下一行的“===”或“---”使它成了标题，已按加粗段落输出（佐证材料中的标题不能高于报告自身的标题）');
  if (!children.some((c) => c.type !== 'text' || c.value.trim() !== '')) return [];
  return [{ type: 'paragraph', children: [{ type: 'strong', children }] }];
}

/** Bold inside what is made bold anyway is plain (nested strong would not read back). */
function unbold(list: PhrasingContent[]): PhrasingContent[] {
  return list.flatMap((c): PhrasingContent[] => (c.type === 'strong' ? unbold(c.children) : c.type === 'emphasis' ? [{ type: 'emphasis', children: unbold(c.children) }] : [c]));
}

function list(node: List, r: Read, depth: number): List {
  const items: ListItem[] = [];
  let flattened = false;
  for (const item of node.children) {
    const kept: BlockContent[] = [];
    const lifted: ListItem[] = [];
    for (const child of item.children) {
      if (child.type === 'list' && depth >= MAX_LIST_DEPTH) {
        // Deeper than the limit: the items are set at this depth, after this one.
        lifted.push(...list(child, r, depth).children);
        flattened = true;
      } else kept.push(...(block(child, r, depth) as BlockContent[]));
    }
    items.push({ type: 'listItem', spread: item.spread ?? false, children: kept }, ...lifted);
  }
  if (flattened) r.notes.add('nesting', lineOf(node, r), `列表嵌套超过 ${MAX_LIST_DEPTH} 层，更深的各项已按第 ${MAX_LIST_DEPTH} 层排列（文字不变）`);
  return { type: 'list', ordered: node.ordered ?? false, start: node.start ?? null, spread: node.spread ?? false, children: items };
}

function table(node: Table, r: Read): Table {
  return {
    type: 'table',
    align: node.align ?? null,
    children: node.children.map((row) => ({ type: 'tableRow', children: row.children.map((cell): TableCell => ({ type: 'tableCell', children: inlines(cell.children, r) })) })),
  };
}

/**
 * HTML as text. Closed comments are the department's notes and are left out; an unclosed `<!--`
 * and any other HTML block are read again with their first `<` as text, so that they swallow
 * nothing and the markdown inside them still counts.
 */
function html(node: Html, r: Read): RootContent[] {
  const line = lineOf(node, r);
  const value = node.value;
  let at = leadingComments(value);
  const rest = value.slice(at);
  if (!rest.trim()) return [];
  const skipped = value.slice(0, at).split('\n').length - 1;
  at = rest.search(/\S/);
  let text: string;
  if (rest.startsWith('<!--', at)) {
    r.notes.add('comment', line + skipped, 'HTML 注释“<!--”没有结束（缺少“-->”），其后的文字照常输出；如要注释掉一段文字，请在其后写“-->”');
    // Nothing after it closes a comment (the block would have ended there): every <!-- is text.
    text = rest.replace(/<!--/g, '\\<!--');
  } else if (rest[at] === '<') {
    r.notes.add('html', line + skipped, `HTML 标签按原文文字输出：${rest.trim().split('\n')[0]!.slice(0, 40)}`);
    text = `${rest.slice(0, at)}\\${rest.slice(at)}`;
  } else text = rest; // what follows a comment on its line
  return readBlocks(text, { folder: r.folder, notes: r.notes, lineOffset: line + skipped - 1, htmlDepth: r.htmlDepth + 1 }) as RootContent[];
}

/** Where the closed comments at the start of an HTML block end (0: it does not start with one). */
function leadingComments(value: string): number {
  let at = 0;
  for (;;) {
    const s = value.slice(at).search(/\S/);
    if (s < 0) return value.length;
    const start = at + s;
    if (!value.startsWith('<!--', start)) return at;
    // <!--> and <!---> are (empty) comments too.
    if (value.startsWith('<!-->', start)) at = start + 5;
    else if (value.startsWith('<!--->', start)) at = start + 6;
    else {
      const close = value.indexOf('-->', start + 4);
      if (close < 0) return at;
      at = close + 3;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Inline content.

const WORD = /^[\p{L}\p{N}]$/u;
const ASCII_WORD = /^[A-Za-z0-9]$/;

function charBefore(src: string, i: number): string {
  if (i <= 0) return '';
  const c = src.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? src.slice(i - 2, i) : src[i - 1]!;
}

function charAt(src: string, i: number): string {
  const cp = src.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The delimiter of `n` marks at `at` stands between two word characters (`2*3`, `长*宽`). */
function inWord(src: string, at: number, n: number, word: RegExp): boolean {
  return word.test(charBefore(src, at)) && word.test(charAt(src, at + n));
}

/** Whether emphasis (`n` = 1) or bold (`n` = 2) came from marks inside a word, which the body does not read as markup. */
function intraword(node: PhrasingContent, r: Read, n: number, word: RegExp): boolean {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return false;
  return inWord(r.src, s, n, word) || inWord(r.src, e - n, n, word);
}

function marks(node: PhrasingContent, r: Read, n: number): Text {
  const s = node.position?.start.offset ?? 0;
  return { type: 'text', value: r.src.slice(s, s + n) };
}

function closing(node: PhrasingContent, r: Read, n: number): Text {
  const e = node.position?.end.offset ?? 0;
  return { type: 'text', value: r.src.slice(e - n, e) };
}

function inlines(nodes: readonly PhrasingContent[], r: Read, depth = 0): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    if ('children' in n && depth >= MAX_INLINE_DEPTH) {
      // Emphasis in emphasis in emphasis …: deeper than any document needs, as typed.
      r.notes.add('inline-depth', lineOf(n, r), `加粗、强调或链接套叠超过 ${MAX_INLINE_DEPTH} 层，里层按原文文字输出`);
      out.push({ type: 'text', value: source(n, r) });
      continue;
    }
    const inner = (list: readonly PhrasingContent[]) => inlines(list, r, depth + 1);
    switch (n.type) {
      case 'text':
      case 'inlineCode':
      case 'break':
        out.push(n);
        break;
      case 'emphasis':
        // 2*3*4米, 长*宽*高: marks inside a word are the department's characters, not emphasis.
        if (intraword(n, r, 1, WORD)) out.push(marks(n, r, 1), ...inner(n.children), closing(n, r, 1));
        else out.push({ type: 'emphasis', children: inner(n.children) });
        break;
      case 'strong':
        // 2**3**4 between Latin letters or digits is not bold (共**120**家 is).
        if (intraword(n, r, 2, ASCII_WORD)) out.push(marks(n, r, 2), ...inner(n.children), closing(n, r, 2));
        else out.push({ type: 'strong', children: inner(n.children) });
        break;
      case 'delete':
        r.notes.add('delete', lineOf(n, r), '公文中没有删除线：“~~”之间的文字连同“~~”照原文输出');
        out.push(marks(n, r, 2), ...inner(n.children), closing(n, r, 2));
        break;
      case 'link':
        // <http://…> stays as typed; [text](address) prints the text and the address.
        if (r.src.startsWith('<', n.position?.start.offset ?? -1)) out.push({ type: 'text', value: source(n, r) });
        else out.push(...linked(inner(n.children), n.url));
        break;
      case 'linkReference': {
        const d = r.definitions.get(n.identifier);
        out.push(...(d ? linked(inner(n.children), d.url) : [{ type: 'text' as const, value: source(n, r) }]));
        break;
      }
      case 'image':
      case 'imageReference': {
        const picture = n.type === 'image' ? n : referencedImage(n, r);
        r.notes.add('inline-image', lineOf(n, r), `行内图片${picture ? ` ${picture.url}` : ''} 只输出说明文字；图片请单独成段`);
        out.push({ type: 'text', value: n.alt ?? '' });
        break;
      }
      case 'html':
        // A closed comment inside a line is a note too; any other tag is text.
        if (/^<!--[\s\S]*-->$/.test(n.value)) break;
        r.notes.add('html', lineOf(n, r), `HTML 标签按原文文字输出：${n.value.slice(0, 40)}`);
        out.push({ type: 'text', value: n.value });
        break;
      default:
        r.notes.add('other', lineOf(n, r), `不支持的行内内容（${n.type}），已按文字输出`);
        out.push({ type: 'text', value: source(n, r) });
    }
  }
  return mergeText(out);
}

/** A link's text followed by its address in parentheses (only the text when it is the address). */
function linked(children: PhrasingContent[], url: string): PhrasingContent[] {
  const text = children.map((c) => (c.type === 'text' || c.type === 'inlineCode' ? c.value : '')).join('');
  const shown = url.replace(/^mailto:/i, '');
  if (!url || text === url || text === shown) return children.length ? children : [{ type: 'text', value: url }];
  if (!children.length) return [{ type: 'text', value: url }];
  return [...children, { type: 'text', value: `（${url}）` }];
}

function referencedImage(n: Extract<PhrasingContent, { type: 'imageReference' }>, r: Read): Image | undefined {
  const d = r.definitions.get(n.identifier);
  return d ? { type: 'image', url: d.url, alt: n.alt ?? '', title: d.title ?? null } : undefined;
}

/** A picture's path made relative to the dossier folder (addresses and absolute paths stay as they are). */
function rebase(picture: Image, r: Read): Image {
  if (/^(\/|[a-z][a-z0-9+.-]*:)/i.test(picture.url)) return { type: 'image', url: picture.url, alt: picture.alt ?? '', title: picture.title ?? null };
  return { type: 'image', url: encodeURI(posixJoin(r.folder, safeDecodeUri(picture.url))), alt: picture.alt ?? '', title: picture.title ?? null };
}

/** decodeURI that leaves a malformed escape (a lone %) as it is. */
export function safeDecodeUri(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** Joins forward-slash paths, resolving `.` and `..` (for paths inside the dossier folder). */
export function posixJoin(a: string, b: string): string {
  const parts = (a ? `${a}/${b}` : b).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function mergeText(list: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const c of list) {
    const last = out.at(-1);
    if (c.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + c.value };
    else if (c.type !== 'text' || c.value !== '') out.push(c.type === 'text' ? { type: 'text', value: c.value } : c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing back.

/** Adds the GFM table and strikethrough writers (the report reads both; `~` and `|` get escaped). */
function gfmWriters(this: Processor): undefined {
  const data = this.data() as { toMarkdownExtensions?: unknown[] };
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown(), gfmStrikethroughToMarkdown());
  return undefined;
}

const makeWriter = () => unified().use(gfmWriters).use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-', fences: true }).freeze();
let writer: ReturnType<typeof makeWriter> | undefined;

function stringify(root: Root): string {
  writer ??= makeWriter();
  return String(writer.stringify(root)).trim();
}

// ---------------------------------------------------------------------------------------------
// Notes carried in the report markdown.

const NOTE_PREFIX = '<!-- dossier-note: ';

/** A body note as an HTML comment in the report markdown, which the report's model turns into a note. */
export function noteComment(note: BodyNote): string {
  return `${NOTE_PREFIX}${JSON.stringify(note).replace(/>/g, '\\u003e')} -->`;
}

/** The body note an HTML comment of the report markdown carries (undefined for any other HTML). */
export function readNoteComment(value: string): BodyNote | undefined {
  const v = value.trim();
  if (!v.startsWith(NOTE_PREFIX) || !v.endsWith(' -->')) return undefined;
  try {
    const n = JSON.parse(v.slice(NOTE_PREFIX.length, -4)) as BodyNote;
    return typeof n.line === 'number' && typeof n.message === 'string' ? n : undefined;
  } catch {
    return undefined;
  }
}
