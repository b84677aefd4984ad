import { zipEntryTexts } from '../util/zip-entry-text.js';
import { isEncryptedOffice, PASSWORD_HINT } from './is-encrypted-office.js';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { NOT_A_ZIP, zipProblem } from '../util/zip-limits.js';
import { toString } from 'mdast-util-to-string';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { mammothNotes } from './mammoth-notes.js';
import { pictureExtension, REPORT_PICTURE } from './picture-types.js';
import { stringifyMarkdown } from './stringify-markdown.js';

/** A picture taken out of a Word file, to be saved as an attachment. */
export interface DocxPicture {
  /** File name of the attachment: 图1.png, 图2.jpg … */
  readonly name: string;
  readonly data: Buffer;
  readonly contentType: string;
  /** True for PNG and JPEG, the formats the report can print. */
  readonly printable: boolean;
}

/** A Word file's body as markdown, with its pictures and what could not be converted. */
export interface DocxMarkdown {
  /** The body: headings, paragraphs, lists, GFM tables, bold; each picture replaced by a mention such as （见图1）. */
  readonly markdown: string;
  /** The body without its first block when that is a heading (used when the heading becomes the title). */
  readonly rest: string;
  /** The text of the first heading, when the file has one. */
  readonly heading?: string;
  readonly pictures: readonly DocxPicture[];
  /** Chinese notes on content that was dropped or may be converted imperfectly. */
  readonly notes: readonly string[];
}

/** A Word file refused before conversion (damaged, with a password, or past the limits of src/util/zip-limits.ts); the message says why, the hint (when given) what to do. */
export class OfficeFileError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Word styles that mammoth does not map by default but that clerks' files often use. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];
const PICTURE_URL = /^dossier-picture:(\d+)$/;

/**
 * Converts a Word file (.docx) to markdown with mammoth: its pictures are taken out (the report
 * prints them from the attachments, so the body only mentions them) and mammoth's warnings become
 * Chinese notes.
 */
export async function docxToMarkdown(data: Buffer): Promise<DocxMarkdown> {
  if (isEncryptedOffice(data)) throw new OfficeFileError('设置了打开密码', PASSWORD_HINT);
  const problem = await zipProblem(data);
  // A file that is no zip at all fails in mammoth as it always did; one past the limits is refused here.
  if (problem && !problem.startsWith(NOT_A_ZIP)) throw new OfficeFileError(problem);
  const pictures: DocxPicture[] = [];
  // Pictures whose data the file names but does not hold (or holds damaged), by their place among the file's pictures.
  const unreadable: number[] = [];
  let met = 0;
  const convertImage = mammoth.images.imgElement(async (image) => {
    met++;
    let bytes: Buffer;
    try {
      bytes = await image.readAsBuffer();
    } catch {
      unreadable.push(met);
      return { src: '' };
    }
    const same = pictures.findIndex((p) => p.data.equals(bytes));
    if (same >= 0) return { src: `dossier-picture:${same + 1}` };
    const ext = pictureExtension(image.contentType);
    pictures.push({ name: `图${pictures.length + 1}.${ext}`, data: bytes, contentType: image.contentType, printable: REPORT_PICTURE.has(ext) });
    return { src: `dossier-picture:${pictures.length}` };
  });
  const result = await mammoth.convertToHtml({ buffer: data }, { convertImage, styleMap: STYLE_MAP });
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);
  const html = processor.parse(result.value);
  headerRows(html as HtmlNode);
  const tree = (await processor.run(html)) as Root;
  tidy(tree);
  const parts = await zipEntryTexts(data, ['word/document.xml', 'word/comments.xml']);
  const first = tree.children[0];
  // A 公文 sets its title as a centred paragraph in a large font, not in a heading style: the first paragraph, when Word centres it, is the title.
  const titled = first?.type === 'heading' || (first?.type === 'paragraph' && centredTitle(parts.get('word/document.xml')) === toString(first).replace(/\s+/g, ' ').trim());
  const heading = titled ? first : tree.children.find((c) => c.type === 'heading');
  const headingText = heading ? toString(heading).replace(/\s+/g, ' ').trim() : '';
  const notes = mammothNotes(result.messages.map((m) => m.message));
  notes.push(...revisionNotes(parts));
  if (unreadable.length > 0) {
    notes.push(`Word 文件中第 ${unreadable.join('、')} 张图片的数据缺失或已损坏，没有导入；请找到原图片（PNG 或 JPG）作为附件提供`);
  }
  for (const p of pictures) {
    if (!p.printable) notes.push(`${p.name} 是 ${p.contentType} 格式，自评报告中无法显示，已作为附件保存；如需印入报告，请把它另存为 PNG 或 JPG 并替换附件`);
  }
  return {
    markdown: stringifyMarkdown(tree),
    rest: titled ? stringifyMarkdown({ type: 'root', children: tree.children.slice(1) }) : stringifyMarkdown(tree),
    ...(headingText ? { heading: headingText } : {}),
    pictures,
    notes,
  };
}

/**
 * Rewrites the converted tree in place: each picture becomes a mention （见图N）, links inside the
 * document (footnote marks, bookmarks) become plain text, footnotes' back-arrows go, and paragraphs
 * left empty are removed.
 */
function tidy(node: Parent): void {
  const out: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    if (child.type === 'image') {
      const m = PICTURE_URL.exec(child.url);
      if (m) out.push({ type: 'text', value: `（见图${m[1]}）` });
      // Any other picture (a link to a file outside the document) has nothing to keep.
      continue;
    }
    if (child.type === 'link' && (child.url.startsWith('#') || child.url === '')) {
      if (toString(child).trim() === '↑') continue;
      tidy(child);
      out.push(...(child.children as PhrasingContent[]));
      continue;
    }
    if ('children' in child) tidy(child);
    if (child.type === 'paragraph' && toString(child).trim() === '' && !child.children.some((c) => c.type === 'break')) continue;
    out.push(child);
  }
  const children = mergeText(out);
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') trimEnds(children);
  (node as { children: RootContent[] }).children = children as RootContent[];
}

/** Removes spaces at the start and end of a paragraph's text (left behind by removed marks). */
function trimEnds(list: Nodes[]): void {
  const first = list[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = list.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
}

/** Joins neighbouring text nodes, so that a mention sits in its sentence. */
function mergeText(list: Nodes[]): Nodes[] {
  const out: Nodes[] = [];
  for (const n of list) {
    const last = out.at(-1);
    if (n.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + n.value };
    else out.push(n);
  }
  return out;
}

/** The part of an HTML tree this module looks at. */
interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HtmlNode[];
}

/**
 * Prepares Word tables for markdown. Word tables rarely mark a header row, and a table without one
 * would get an empty header: the first row of such a table becomes its header (Word tables start
 * with their column titles). The paragraphs of a cell are kept apart by a full-width space (an ordinary one would be collapsed).
 */
function headerRows(node: HtmlNode): void {
  for (const child of node.children ?? []) {
    if ((child.tagName === 'td' || child.tagName === 'th') && child.children) {
      child.children = child.children.flatMap((c, i) => (i > 0 && c.tagName === 'p' ? [{ type: 'text', value: '\u3000' }, c] : [c]));
    }
    if (child.tagName === 'table') {
      const rows = tableRows(child);
      const first = rows[0];
      if (first && !rows.some((r) => (r.children ?? []).some((c) => c.tagName === 'th'))) {
        for (const cell of first.children ?? []) if (cell.tagName === 'td') cell.tagName = 'th';
      }
    }
    headerRows(child);
  }
}

function tableRows(table: HtmlNode): HtmlNode[] {
  return (table.children ?? []).flatMap((c) => (c.tagName === 'tr' ? [c] : c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot' ? tableRows(c) : []));
}

/**
 * What mammoth reads without a word: tracked changes (it takes the inserted text and drops the
 * deleted, as accepting them all would) and comments (left out). Told so the clerk compares.
 */
function revisionNotes(parts: ReadonlyMap<string, string>): string[] {
  const count = (text: string | undefined, re: RegExp) => text?.match(re)?.length ?? 0;
  const body = parts.get('word/document.xml');
  const changes = count(body, /<w:(?:ins|del|moveFrom|moveTo)\b[^>]*>/g);
  const comments = count(parts.get('word/comments.xml'), /<w:comment\b[^>]*>/g);
  const notes: string[] = [];
  if (changes > 0) notes.push(`Word 文件中有 ${changes} 处没有接受或拒绝的修订，已按“接受全部修订”导入（删除的文字不导入）；请对照原文核对，必要时让报送单位处理修订后重发`);
  if (comments > 0) notes.push(`Word 文件中有 ${comments} 条批注，批注没有导入；批注中如有需要写进材料的内容，请补充到正文`);
  return notes;
}

/**
 * The text of the document's first paragraph with text, when Word centres it (w:jc center) and it
 * is short and ends as no sentence does: a title set by hand; undefined otherwise.
 */
export function centredTitle(documentXml: string | undefined): string | undefined {
  if (!documentXml) return undefined;
  const body = documentXml.slice(documentXml.indexOf('<w:body'));
  for (const [, attrs = '', inner = ''] of body.matchAll(/<w:p(\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    if (attrs.endsWith('/')) continue;
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => xmlText(m[1]!))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text === '') continue;
    const centred = /<w:pPr>[\s\S]*?<w:jc\s+w:val="center"\s*\/>[\s\S]*?<\/w:pPr>/.test(inner);
    return centred && [...text].length <= 60 && !/[。；;！!？?：:]$/.test(text) ? text : undefined;
  }
  return undefined;
}

/** XML text with its five predefined entities and character references read. */
function xmlText(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}
