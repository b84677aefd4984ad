import type { EvidenceFile } from './types.js';

/**
 * A picture an evidence body shows: its path as written (URL-decoded) and the line of the body it
 * is on (1 = the body's first); `spaced` when the path has a space outside <…>, so that markdown
 * does not read it as a picture at all (the clerk meant one).
 */
export interface BodyPicture {
  readonly path: string;
  readonly line: number;
  readonly spaced?: true;
}

/** A destination: in <…>, or bare with balanced parentheses (`附件/照片(1).jpg`) and backslash escapes. */
const DESTINATION = String.raw`<[^<>\n]*>|(?:[^\s()<>\\]|\\.|\((?:[^\s()<>\\]|\\.)*\))+`;
/** `![说明](附件/照片.jpg "标题")`, read at a `![`. */
const IMAGE = new RegExp(String.raw`!\[(?:[^\]\\\n]|\\.)*\]\(\s*(${DESTINATION})(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)`, 'y');
/** What a clerk writes for a picture with a space in its path (`![说明](附件/现场 照片.jpg)`), read at a `![`. */
const SPACED = /!\[(?:[^\]\\\n]|\\.)*\]\(\s*([^()<>"'\n]*?\s[^()<>"'\n]*?\.(?:jpe?g|png|gif|bmp|tiff?|webp|heic))\s*\)/iy;
/** A fence that opens or closes a code block (``` or ~~~, up to three spaces in). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The local pictures a markdown body shows with `![…](path)`, outside code blocks, inline code and
 * HTML comments: what check looks for on disk without parsing the body as the report does (a scan
 * of the text, cached with the file). Web addresses and in-page links are not local pictures;
 * absolute paths (`/…`, `C:\…`, `file:///…`) are, for check to say they point outside the folder.
 */
export function bodyPictures(body: string): BodyPicture[] {
  if (!body.includes('![')) return [];
  const out: BodyPicture[] = [];
  let fence: string | undefined;
  let comment = false;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line);
    if (fence !== undefined) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = undefined;
      continue;
    }
    // A comment starting a line is a block of its own, up to the line that closes it (or the end).
    if (comment) {
      comment = !line.includes('-->');
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    const open = /^ {0,3}<!--/.exec(line);
    if (open) {
      comment = !line.slice(open[0].length).includes('-->');
      continue;
    }
    if (!line.includes('![')) continue;
    // Inline `code` spans and comments are blanked out.
    const text = line.replace(/(`+)[^`]*?\1|<!--.*?-->/g, (s) => ' '.repeat(s.length));
    for (let at = text.indexOf('!['); at >= 0; at = text.indexOf('![', at + 2)) {
      IMAGE.lastIndex = at;
      const m = IMAGE.exec(text);
      if (m) {
        const raw = m[1]!.startsWith('<') ? m[1]!.slice(1, -1) : unescape(m[1]!);
        const path = decode(raw.trim());
        if (path !== '' && isLocal(path)) out.push({ path, line: i + 1 });
        at = m.index + m[0].length - 2;
        continue;
      }
      SPACED.lastIndex = at;
      const spaced = SPACED.exec(text);
      if (spaced && isLocal(spaced[1]!)) out.push({ path: spaced[1]!.trim(), line: i + 1, spaced: true });
    }
  }
  return out;
}

/** A path on this computer or in the dossier folder: not a web address (http:, data: …) nor a link within the page. */
function isLocal(path: string): boolean {
  return !path.startsWith('#') && (!/^[a-z][a-z0-9+.-]+:/i.test(path) || /^file:/i.test(path));
}

/** Markdown's backslash escapes of ASCII punctuation taken out (`\(` → `(`); other backslashes (Windows paths) stay. */
function unescape(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function decode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/**
 * The evidence with the pictures its body shows (`pictures`, with their file lines: `before` is the
 * number of lines above the body), when it shows any.
 */
export function withPictures(evidence: EvidenceFile, before: number): EvidenceFile {
  const shown = bodyPictures(evidence.body);
  return shown.length > 0 ? { ...evidence, pictures: shown.map((p) => ({ ...p, line: before + p.line })) } : evidence;
}
