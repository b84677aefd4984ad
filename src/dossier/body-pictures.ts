import type { EvidenceFile } from './types.js';

/** A picture an evidence body shows: its path as written (URL-decoded) and the line of the body it is on (1 = the body's first). */
export interface BodyPicture {
  readonly path: string;
  readonly line: number;
}

/** `![说明](附件/照片.jpg "标题")`, the path bare or in <…>, the title in quotes or brackets. */
const IMAGE = /!\[(?:[^\]\\\n]|\\.)*\]\(\s*(<[^<>\n]*>|[^\s()<>]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/g;
/** A fence that opens or closes a code block (``` or ~~~, up to three spaces in). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The local pictures a markdown body shows with `![…](path)`, outside code blocks and inline code:
 * what check looks for on disk without parsing the body as the report does (a scan of the text,
 * cached with the file). Web addresses, absolute paths and in-page links are not local pictures.
 */
export function bodyPictures(body: string): BodyPicture[] {
  if (!body.includes('![')) return [];
  const out: BodyPicture[] = [];
  let fence: string | undefined;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line);
    if (f) {
      if (fence === undefined) fence = f[1]!;
      else if (f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = undefined;
      continue;
    }
    // Inline `code` spans are cut out.
    if (fence !== undefined || !line.includes('![')) continue;
    for (const m of line.replace(/(`+)[^`]*?\1/g, (s) => ' '.repeat(s.length)).matchAll(IMAGE)) {
      const raw = m[1]!.startsWith('<') ? m[1]!.slice(1, -1) : m[1]!;
      const path = decode(raw.trim());
      if (path === '' || /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(path)) continue;
      out.push({ path, line: i + 1 });
    }
  }
  return out;
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
  return shown.length > 0 ? { ...evidence, pictures: shown.map((p) => ({ path: p.path, line: before + p.line })) } : evidence;
}
