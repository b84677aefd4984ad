import type { Doc } from '../model/types.js';
import type { ContentCache } from '../util/content-cache.js';
import type { FontSet } from './fonts/find-fonts.js';
import type { PictureSize } from './layout.js';
import type { OutlineNode } from './pdf/pdf-file.js';

/** The formats a document tree is written to. */
export type Format = 'docx' | 'pdf';

/** What every writer is given. */
export interface WriterOptions {
  /** The fonts, loaded when a writer first needs them (the DOCX writer names fonts, it does not embed them). */
  readonly fonts: () => Promise<FontSet>;
  /** Reads a picture by its path relative to the dossier folder; undefined when missing or outside. */
  readonly readImage: (src: string) => Uint8Array | undefined;
  /** Stamped into the file so that equal inputs give equal bytes. */
  readonly date: Date;
  /** False for pages that go into another document with its own numbering (PDF; default true). */
  readonly pageNumbers?: boolean;
  readonly onPage?: (pages: number) => void;
  /** Results of earlier runs by content (output/.cache); absent: nothing is kept. */
  readonly cache?: ContentCache;
  /** Picture sizes the PDF of the same document was set with (DOCX: set them alike, so that both paginate alike). */
  readonly pictures?: readonly (PictureSize | undefined)[];
}

/** A written document: its bytes, pages (PDF), notes for people, and characters no font has (PDF). */
export interface Written {
  readonly data: Uint8Array;
  readonly pages?: number;
  readonly notes: readonly string[];
  readonly missing: readonly number[];
  /** The size each picture was set at (PDF), in the order of the image blocks. */
  readonly pictures?: readonly (PictureSize | undefined)[];
  /** The document's bookmarks (PDF), page indexes from 0. */
  readonly outline?: readonly OutlineNode[];
}

/** A writer of the document tree. */
export type Writer = (doc: Doc, options: WriterOptions) => Promise<Written>;

/** Every output format's writer: a new format is one entry here. */
export const WRITERS: Record<Format, Writer> = {
  docx: async (doc, o) => {
    // Loaded by the runs that make a DOCX only, as the PDF writer is.
    const { writeDocx } = await import('./docx/write-docx.js');
    const r = await writeDocx(doc, { readImage: o.readImage, date: o.date, ...(o.pictures ? { pictures: o.pictures } : {}), ...(o.cache ? { cache: o.cache } : {}) });
    return { data: r.data, notes: r.notes, missing: [] };
  },
  pdf: async (doc, o) => {
    // The PDF writer and the font library are loaded by the runs that make a PDF only.
    const { writePdf } = await import('./pdf/write-pdf.js');
    const r = await writePdf(doc, {
      fonts: await o.fonts(),
      readImage: o.readImage,
      date: o.date,
      ...(o.pageNumbers === undefined ? {} : { pageNumbers: o.pageNumbers }),
      ...(o.onPage ? { onPage: o.onPage } : {}),
      ...(o.cache ? { cache: o.cache } : {}),
    });
    return { data: r.data, pages: r.pages, notes: r.notes, missing: r.missing, pictures: r.pictures, outline: r.outline };
  },
};
