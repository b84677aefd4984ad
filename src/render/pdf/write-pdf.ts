import { hash } from 'node:crypto';
import { join } from 'node:path';
import type { Doc } from '../../model/types.js';
import { fontSetKey } from '../fonts/font-files-key.js';
import { TypesetMemo } from './typeset-memo.js';
import { toolFingerprint, type ContentCache } from '../../util/content-cache.js';
import type { FontSet } from '../fonts/find-fonts.js';
import { PdfDrawer } from './draw.js';
import { typeset } from './typeset.js';
import type { PictureSize } from '../layout.js';
import type { OutlineNode } from './pdf-file.js';

/** Options of the PDF writer. */
export interface PdfOptions {
  readonly fonts: FontSet;
  readonly readImage: (src: string) => Uint8Array | undefined;
  /** Stamped as creation and modification date (and so into the file ID): equal inputs, equal bytes. */
  readonly date: Date;
  readonly onPage?: (pages: number) => void;
  /** False for pages that go into another document with its own numbering (default true). */
  readonly pageNumbers?: boolean;
  /** Where font subsets made before are kept (output/.cache). */
  readonly cache?: ContentCache;
  /** Whether the document's typesetting is kept in a memo of its own in the cache's folder (default true; false for one-off documents, which would replace each other's). */
  readonly memo?: boolean;
}

/**
 * The PDF writer: typesets the document tree itself (grid, line breaking, fallback fonts) and
 * draws each page as soon as it is set, so memory does not grow with the document's length.
 */
export async function writePdf(
  doc: Doc,
  options: PdfOptions,
): Promise<{ data: Uint8Array; pages: number; missing: number[]; notes: string[]; pictures: (PictureSize | undefined)[]; outline: OutlineNode[] }> {
  const missing = new Set<number>();
  const notes: string[] = [];
  const pictures: (PictureSize | undefined)[] = [];
  const memo = options.cache && options.memo !== false ? openMemo(options.cache, doc, options) : undefined;
  // The document's pages are kept in its memo with its blocks: only what this run used stays.
  const drawer = new PdfDrawer(options.fonts, options.readImage, options.pageNumbers ?? true, (m) => notes.push(m), options.cache, memo ?? options.cache);
  const typesetOptions = {
    fonts: options.fonts,
    readImage: options.readImage,
    missing: (cp: number) => missing.add(cp),
    note: (m: string) => notes.push(m),
    picture: (p: PictureSize | undefined) => pictures.push(p),
    ...(memo ? { memo } : {}),
  };
  let pages: number;
  try {
    pages = typeset(doc, typesetOptions, (page, index) => {
      drawer.page(page, index);
      if (index % 10 === 9) options.onPage?.(index + 1);
    });
  } finally {
    memo?.close();
  }
  options.onPage?.(pages);
  const data = drawer.finish(doc.meta, options.date);
  return { data, pages, missing: [...missing].sort((a, b) => a - b), notes, pictures, outline: drawer.outline() };
}

/**
 * The typesetting memo of this document (by its title and numbering) in the content cache's
 * folder, for this code and these font files; undefined while a font file has just changed.
 */
function openMemo(cache: ContentCache, doc: Doc, options: PdfOptions): TypesetMemo | undefined {
  const fonts = fontSetKey(options.fonts);
  if (fonts === undefined) return undefined;
  const name = hash('sha1', `${doc.meta.title}\0${options.pageNumbers ?? true}`, 'hex').slice(0, 16);
  return TypesetMemo.open(join(cache.dir, `typeset-${name}.memo`), `${toolFingerprint()}\n${fonts}`);
}

/**
 * The sizes the PDF sets the document's pictures at, from typesetting alone (nothing drawn or
 * embedded): for a DOCX made without its PDF, so that it still paginates as the PDF would.
 */
export function pictureSizes(doc: Doc, options: Pick<PdfOptions, 'fonts' | 'readImage'>): (PictureSize | undefined)[] {
  const pictures: (PictureSize | undefined)[] = [];
  typeset(doc, { fonts: options.fonts, readImage: options.readImage, missing: () => {}, note: () => {}, picture: (p) => pictures.push(p) }, () => {});
  return pictures;
}
