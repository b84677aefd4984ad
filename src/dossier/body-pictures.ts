import type { EvidenceFile } from './types.js';

/**
 * A picture an evidence body shows: its path as written (URL-decoded) and the line of the body it
 * is on (1 = the body's first). `inline` when it shares its paragraph with other text, so that the
 * report prints only its caption; `spaced` when the path has a space outside <…>, so that markdown
 * does not read it as a picture at all (the clerk meant one).
 */
export interface BodyPicture {
  readonly path: string;
  readonly line: number;
  readonly inline?: true;
  readonly spaced?: true;
  /** With `inline`: the other text on its line is only full-width or other non-ASCII spaces (an indent as in Chinese documents). */
  readonly padded?: true;
  /** Written as an HTML tag (`<img src="附件/现场.png">`, pasted from a web page), which the report prints as text. */
  readonly html?: true;
}

/** Link text: anything but brackets, escapes, and one level of balanced brackets (`图[1]`). */
const TEXT = String.raw`\[((?:[^[\]\\\n]|\\.|\[(?:[^[\]\\\n]|\\.)*\])*)\]`;
/** A destination: in <…>, or bare with balanced parentheses (`附件/照片(1).jpg`) and escapes; only ASCII spaces end it. */
const DESTINATION = String.raw`<[^<>\n]*>|(?:[^ \t\n()<>\\]|\\.|\((?:[^ \t\n()<>\\]|\\.)*\))+`;
/** `![说明](附件/照片.jpg "标题")`, read at a `![`. */
const IMAGE = new RegExp(String.raw`!${TEXT}\([ \t]*(${DESTINATION})(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)`, 'y');
/** `![说明][标签]`, `![标签][]`, `![标签]`, read at a `![` (a picture when the label is defined). */
const REFERENCE = new RegExp(String.raw`!${TEXT}(?:\[((?:[^\[\]\\\n]|\\.)*)\])?`, 'y');
/** What a clerk writes for a picture with a space in its path (`![说明](附件/现场 照片.jpg)`), read at a `![`. */
const SPACED = /!\[(?:[^\]\\\n]|\\.)*\]\([ \t]*([^()<>"'\n]*?[ \t][^()<>"'\n]*?\.(?:jpe?g|png|gif|bmp|tiff?|webp|heic))[ \t]*\)/iy;
/** An HTML picture tag and its src (quoted either way, or bare). */
const HTML_IMAGE = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
/** A link reference definition: `[标签]: 附件/照片.jpg`. */
const DEFINITION = /^ {0,3}\[((?:[^[\]\\\n]|\\.)+)\]:[ \t]*(<[^<>\n]*>|\S+)/;
/** A fence that opens or closes a code block (``` or ~~~, up to three spaces in). */
const FENCE = /^ {0,3}(`{3,}(?![^`\n]*`)|~{3,})/;
/** The marks of the blocks a line may sit in: block quotes and list items (`> `, `- `, `1. `). */
const CONTAINER = /^ {0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;
/** A list item's mark (`- `, `1. `). */
const LIST = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
/** Lines that end a paragraph before them: headings, fences, thematic breaks. */
const BREAKS_PARAGRAPH = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|(?:[-*_][ \t]*){3,}$)/;

/**
 * The local pictures a markdown body shows with `![…](path)` (or a reference to a definition),
 * outside code blocks, inline code and HTML comments, with whether each stands alone in its
 * paragraph: what check looks for on disk without parsing the body as the report does (a scan of
 * the text, cached with the file; test/dossier/body-pictures.test.ts compares it with what the
 * report's body reader shows). Web addresses and in-page links are not local pictures; absolute
 * paths (`/…`, `C:\…`, `file:///…`) are, for check to say they point outside the folder.
 */
export function bodyPictures(body: string): BodyPicture[] {
  if (!body.includes('![') && !/<img\b/i.test(body)) return [];
  const definitions = new Map<string, string>();
  const { lines, fresh } = visibleLines(body, definitions);
  const out: BodyPicture[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || (!line.includes('![') && !/<img\b/i.test(line))) continue;
    const { inner } = content(line);
    const found: { path: string; whole: boolean; padded?: boolean; spaced?: true; html?: true }[] = [];
    for (const m of inner.matchAll(HTML_IMAGE)) {
      // A web address or inline data (pasted from a web page or WeChat) is told too, shortened.
      const src = (m[1] ?? m[2] ?? m[3] ?? '').trim();
      found.push({ path: isLocal(src) || src.length <= 60 ? src : `${src.slice(0, 40)}…`, whole: false, html: true });
    }
    for (let at = inner.indexOf('!['); at >= 0; at = inner.indexOf('![', at + 2)) {
      IMAGE.lastIndex = at;
      const m = IMAGE.exec(inner);
      if (m) {
        found.push({ path: destination(m[2]!), whole: asciiTrim(inner) === m[0], padded: asciiTrim(inner) !== m[0] && inner.trim() === m[0] });
        at = m.index + m[0].length - 2;
        continue;
      }
      SPACED.lastIndex = at;
      const spaced = SPACED.exec(inner);
      if (spaced) {
        found.push({ path: spaced[1]!.trim(), whole: false, spaced: true });
        continue;
      }
      REFERENCE.lastIndex = at;
      const r = REFERENCE.exec(inner);
      const target = r ? definitions.get(label(r[2] || r[1]!)) : undefined;
      if (r && target !== undefined) {
        found.push({ path: target, whole: asciiTrim(inner) === r[0], padded: asciiTrim(inner) !== r[0] && inner.trim() === r[0] });
        at = r.index + r[0].length - 2;
      }
    }
    // Alone in its paragraph: nothing else on the line, and no paragraph text on the line before or after it.
    // Not alone in its paragraph, surely: other text on its line, or a line of plain text just above or
    // below it (two pictures on consecutive lines are one paragraph). Within quotes, lists and tables,
    // where markdown's rules reach further, a picture alone on its line is taken as shown.
    const plain = (k: number) => k >= 0 && k < lines.length && !fresh[k] && isPlainText(lines[k]);
    const bare = isPlainText(line) && !fresh[i];
    const alone = (f: { whole: boolean }) => f.whole && !(bare && (plain(i - 1) || (plain(i + 1) && !/^ {0,3}(?:=+|-+)[ \t]*$/.test(lines[i + 1]!))));
    for (const f of found) {
      if (f.path === '' || (!isLocal(f.path) && !f.html)) continue;
      out.push({
        path: f.path,
        line: i + 1,
        ...(f.html ? { html: true as const } : f.spaced ? { spaced: true as const } : alone(f) ? {} : f.padded ? { inline: true as const, padded: true as const } : { inline: true as const }),
      });
    }
  }
  return out;
}

/**
 * The body's lines as the report's body reader sees them: what it shows no text of made undefined
 * (code blocks, fenced or indented outside lists; closed comment blocks; definitions, collected in
 * `definitions`), inline code and comments hidden (made \u0001, which is not blank); `fresh` marks
 * the lines that start a block whatever comes before them (after a comment block, and what follows
 * its --> on its line). An unclosed <!-- is text, as the reader prints it.
 */
function visibleLines(body: string, definitions: Map<string, string>): { lines: (string | undefined)[]; fresh: boolean[] } {
  const raw = body.split('\n');
  const lines: (string | undefined)[] = [];
  const fresh: boolean[] = [];
  let fence: string | undefined;
  let paragraph = false;
  let list = false;
  let afterComment = false;
  // Whether the line before was a definition (another may follow it, as a paragraph may not be interrupted by one).
  let afterDefinition = false;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    const f = FENCE.exec(line);
    if (fence !== undefined) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = undefined;
      lines.push(undefined);
      fresh.push(false);
      continue;
    }
    const blank = line.trim() === '';
    const definitionGoesOn = afterDefinition;
    afterDefinition = false;
    const comment = /^ {0,3}<!--/.exec(line);
    const close = comment ? closing(raw, i, comment[0].length) : undefined;
    if (f) {
      fence = f[1]!;
      lines.push(undefined);
    } else if (close) {
      // A closed comment block: hidden up to its -->; the rest of that line is read on its own.
      for (; i < close.line; i++) {
        lines.push(undefined);
        fresh.push(false);
      }
      const rest = raw[i]!.slice(close.at);
      lines.push(rest.trim() === '' ? undefined : hide(rest));
      fresh.push(true);
      afterComment = true;
      paragraph = false;
      list = false;
      continue;
    } else if (/^(?: {4}|\t)/.test(line) && !paragraph && !list) {
      // Indented code: four spaces after a blank line, outside a list.
      lines.push(undefined);
    } else if ((!paragraph || definitionGoesOn) && DEFINITION.test(line)) {
      const d = DEFINITION.exec(line)!;
      if (!definitions.has(label(d[1]!))) definitions.set(label(d[1]!), destination(d[2]!));
      lines.push(undefined);
      // What follows a definition is read as paragraph text (an indented line too), or as another definition.
      fresh.push(afterComment);
      afterComment = false;
      paragraph = true;
      afterDefinition = true;
      continue;
    } else {
      lines.push(blank ? '' : hide(line));
    }
    fresh.push(afterComment);
    afterComment = false;
    // A list goes on over indented lines and over text that goes on its paragraph (lazily).
    if (!blank) list = LIST.test(line) || (list && (/^[ \t]/.test(line) || paragraph));
    paragraph = !blank && lines.at(-1) !== undefined && !BREAKS_PARAGRAPH.test(line);
  }
  return { lines, fresh };
}

/** Inline code and inline comments hidden behind a mark that is not blank. */
function hide(line: string): string {
  return line.replace(/(`+)[^`]*?\1|<!--.*?-->/g, (s) => '\u0001'.repeat(s.length));
}

/** Where the comment opened on line `from` (at column `at`) closes: the line and the column after its -->; undefined when it never does. */
function closing(lines: readonly string[], from: number, at: number): { line: number; at: number } | undefined {
  for (let i = from; i < lines.length; i++) {
    const end = lines[i]!.indexOf('-->', i === from ? at : 0);
    if (end >= 0) return { line: i, at: end + 3 };
  }
  return undefined;
}

/** A line of a paragraph outside any block: text, not blank, hidden, a heading, a break, a table row, a comment, a list item or a quote. */
function isPlainText(line: string | undefined): boolean {
  return line !== undefined && line.trim() !== '' && !BREAKS_PARAGRAPH.test(line) && !CONTAINER.test(line) && !line.includes('|') && !/^ {0,3}(?:<|=+[ \t]*$)/.test(line) && !/^(?: {4}|\t)/.test(line);
}

/** A line without the block quote and list marks it sits in; `item` when it starts a list item, `quote` when it is in a quote. */
function content(line: string): { inner: string; item: boolean; quote: boolean } {
  let inner = line;
  let item = false;
  let quote = false;
  for (let m = CONTAINER.exec(inner); m; m = CONTAINER.exec(inner)) {
    inner = inner.slice(m[0].length);
    if (m[0].trim().startsWith('>')) quote = true;
    else item = true;
  }
  return { inner: inner.replace(/^[ \t]+/, ''), item, quote };
}

/** A line without ASCII spaces and tabs at either end (a full-width space is text to markdown). */
function asciiTrim(line: string): string {
  return line.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** A destination as written: <…> taken off, escapes taken out, URL-decoded. */
function destination(raw: string): string {
  const path = raw.startsWith('<') ? raw.slice(1, -1) : raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  try {
    return decodeURI(path.trim());
  } catch {
    return path.trim();
  }
}

/** A reference label as markdown matches it: case and runs of spaces do not matter. */
function label(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A path on this computer or in the dossier folder: not a web address (http:, data: …) nor a link within the page. */
export function isLocal(path: string): boolean {
  return !path.startsWith('#') && (!/^[a-z][a-z0-9+.-]+:/i.test(path) || /^file:/i.test(path));
}

/**
 * The evidence with the pictures its body shows (`pictures`, with their file lines: `before` is the
 * number of lines above the body), when it shows any.
 */
export function withPictures(evidence: EvidenceFile, before: number): EvidenceFile {
  const shown = bodyPictures(evidence.body);
  return shown.length > 0 ? { ...evidence, pictures: shown.map((p) => ({ ...p, line: before + p.line })) } : evidence;
}
