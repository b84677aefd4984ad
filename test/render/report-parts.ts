import { plain } from '../../src/model/plain.js';
import type { Doc } from '../../src/model/types.js';

/**
 * One part of the report, as the document's own structure divides it: the title with the
 * addressee and the opening paragraph, each 一、… section, each （一）… subsection, the attachments'
 * table of contents, each attachment. The golden texts are kept a file per part, so that a change
 * in one part of the report touches one golden file (per format) and its diff shows that part only.
 */
export interface ReportPart {
  /** The golden file's name: the part's place in the document and its heading, e.g. `03-（一）城市安全状况显著改善.txt`. */
  readonly name: string;
  /** Index of the part's first block in the document tree. */
  readonly block: number;
  /**
   * What the part's first lines read in the PDF and DOCX text: each entry one line or several
   * (a long heading wraps), blank lines between entries ignored, whitespace not compared.
   */
  readonly opening: readonly string[];
  /** The part starts a page of its own (the writers start the table of contents and each attachment on a new page). */
  readonly newPage: boolean;
}

/** The parts of a report, in document order; the first starts at the first block. */
export function reportParts(doc: Doc): ReportPart[] {
  const parts: { label: string; block: number; opening: string[]; newPage: boolean }[] = [];
  doc.blocks.forEach((b, i) => {
    if (b.type === 'heading' && b.level <= 2) parts.push({ label: plain(b.children), block: i, opening: [plain(b.children)], newPage: false });
    else if (b.type === 'toc') parts.push({ label: b.title, block: i, opening: [b.title], newPage: true });
    else if (b.type === 'attachment') parts.push({ label: `附件${b.no} ${b.title}`, block: i, opening: [`附件${b.no}`, b.title], newPage: true });
  });
  if (parts[0]?.block !== 0) parts.unshift({ label: '标题和开头', block: 0, opening: [], newPage: false });
  const width = String(parts.length - 1).length < 2 ? 2 : String(parts.length - 1).length;
  return parts.map((p, i) => ({
    name: `${String(i).padStart(width, '0')}-${p.label.replace(/[\s\\/:*?"<>|]+/gu, '_').slice(0, 40)}.txt`,
    block: p.block,
    opening: p.opening,
    newPage: p.newPage,
  }));
}

/**
 * Cuts the JSON of the document tree (as `dossier build --to model` prints it, one space of indent)
 * before the first block of each part: the pieces are JSON fragments whose concatenation is the
 * whole text; the first piece holds `meta` too and the last the closing brackets.
 */
export function splitModelJson(json: string, parts: readonly ReportPart[]): string[] {
  const doc = JSON.parse(json) as Doc;
  const blockStarts = [...json.matchAll(/^ {2}\{$/gm)].map((m) => m.index);
  if (blockStarts.length !== doc.blocks.length) {
    throw new Error(`the model JSON has ${doc.blocks.length} blocks but ${blockStarts.length} lines "  {" that start one: its layout changed, update splitModelJson`);
  }
  return cut(
    json,
    parts.map((p, i) => (i === 0 ? 0 : blockStarts[p.block]!)),
  );
}

/**
 * Cuts a text extracted from the report (pdftotext, the DOCX's paragraphs) at the line where each
 * part starts: the first line at or after the previous part's start that reads the part's
 * `opening`. With `pages` (the text has form feeds between pages), a part that starts a new page
 * must start right after a form feed; this tells an attachment from its entry in the table of
 * contents, which reads the same. The pieces concatenate to the whole text.
 */
export function splitText(text: string, parts: readonly ReportPart[], opts: { pages: boolean; what: string }): string[] {
  const lines: { start: number; squeezed: string; newPage: boolean }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, squeezed: squeeze(line), newPage: at === 0 || line.startsWith('\f') });
    at += line.length + 1;
  }
  const reads = (i: number, part: ReportPart): boolean => {
    if (opts.pages && part.newPage && !lines[i]!.newPage) return false;
    let j = i;
    for (const [k, entry] of part.opening.entries()) {
      const want = squeeze(entry);
      if (k > 0) while (j < lines.length && lines[j]!.squeezed === '') j++;
      let got = '';
      while (got.length < want.length) {
        const line = lines[j++];
        if (!line || line.squeezed === '') return false;
        got += line.squeezed;
        if (!want.startsWith(got)) return false;
      }
      if (got !== want) return false;
    }
    return true;
  };
  const starts: number[] = [];
  let from = 0;
  for (const [n, part] of parts.entries()) {
    if (n === 0) {
      starts.push(0);
      continue;
    }
    let i = from;
    while (i < lines.length && !reads(i, part)) i++;
    if (i === lines.length) {
      throw new Error(
        `${opts.what}: no line after line ${from + 1} reads ${JSON.stringify(part.opening)}${part.newPage && opts.pages ? ' at the top of a page' : ''}, where part ${part.name} should start`,
      );
    }
    starts.push(lines[i]!.start);
    from = i + 1;
  }
  return cut(text, starts);
}

const squeeze = (s: string) => s.replace(/\s+/gu, '');

function cut(text: string, starts: readonly number[]): string[] {
  const pieces = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
  if (pieces.join('') !== text) throw new Error('the parts do not add up to the whole text');
  return pieces;
}
