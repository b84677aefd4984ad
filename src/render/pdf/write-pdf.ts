import type { Doc } from '../../model/types.js';
import type { FontSet } from '../fonts/find-fonts.js';
import { drawPdf } from './draw.js';
import { typeset } from './typeset.js';

/** Options of the PDF writer. */
export interface PdfOptions {
  readonly fonts: FontSet;
  readonly readImage: (src: string) => Uint8Array | undefined;
  /** Stamped as creation and modification date (and so into the file ID): equal inputs, equal bytes. */
  readonly date: Date;
  readonly onPage?: (pages: number) => void;
  /** False for pages that go into another document with its own numbering (default true). */
  readonly pageNumbers?: boolean;
}

/** The PDF writer: typesets the document tree itself (grid, line breaking, fallback fonts) and draws it. */
export async function writePdf(doc: Doc, options: PdfOptions): Promise<{ data: Uint8Array; pages: number; missing: number[]; notes: string[] }> {
  const missing = new Set<number>();
  const notes: string[] = [];
  const pages = typeset(doc, { fonts: options.fonts, readImage: options.readImage, missing: (cp) => missing.add(cp), note: (m) => notes.push(m) });
  options.onPage?.(pages.length);
  const data = await drawPdf(pages, doc.meta, options.fonts, options.date, options.pageNumbers ?? true, options.readImage, (m) => notes.push(m));
  return { data, pages: pages.length, missing: [...missing].sort((a, b) => a - b), notes };
}
