import { join } from 'node:path';
import type { Catalog } from '../catalog/types.js';
import { rectificationRows, rectificationSheet } from '../template/rectification.js';
import type { Sheet } from '../sheet/types.js';
import { scoreView } from '../score/score-report.js';
import type { CheckResult } from '../check/types.js';
import { markdownToDoc } from '../model/from-markdown.js';
import type { Doc } from '../model/types.js';
import { imageReader, type ImageReader } from '../render/image-reader.js';
import type { FontSet } from '../render/fonts/find-fonts.js';
import { fontFilesKey } from '../render/fonts/font-files-key.js';
import { imageSize } from '../render/image-size.js';
import type { PictureSize } from '../render/layout.js';
import { writeSheetsPdf } from '../render/pdf/write-sheets-pdf.js';
import { WRITERS, type Format, type Written } from '../render/writers.js';
import { sheetsToXlsx } from '../sheet/to-xlsx.js';
import type { BuiltReport } from '../template/build-report.js';
import { evidenceIndexSheet } from '../template/index-sheet.js';
import { letterData } from '../template/letter-data.js';
import { renderTemplate, type TemplateSources } from '../template/render-template.js';
import { CACHE_FOLDER, ContentCache, contentHash } from '../util/content-cache.js';
import type { Workspace } from '../workspace/config.js';

/** What the documents are made from. */
export interface DocumentsInput {
  readonly ws: Workspace;
  readonly catalog: Catalog;
  readonly result: CheckResult;
  readonly report: BuiltReport;
  readonly templates: TemplateSources;
  /** Loads the fonts (and the font library) on first use: a DOCX-only run needs them only to size its pictures as the PDF would, and not when those sizes are in the cache. */
  readonly fonts: () => Promise<FontSet>;
  readonly date: Date;
  readonly step?: (message: string) => void;
}

/** Which documents to make: the report's formats, the workbooks, and the letter and ledger only the package holds. */
export interface DocumentsWanted {
  readonly formats: readonly Format[];
  /** The score sheet and evidence index as Excel workbooks (a build of one format writes none: the Excel library is not even loaded). */
  readonly workbooks: boolean;
  readonly forPackage: boolean;
}

/** The submitted documents of one run, each made once; `build` writes some, the package takes them all. */
export interface Documents {
  readonly report: Partial<Record<Format, Written>>;
  /** The 自评打分表 as a workbook when workbooks are wanted, and as a printed PDF when PDF is. */
  readonly scoreSheet: { readonly xlsx?: Uint8Array; readonly pdf?: Written };
  /** The 佐证资料目录 workbook, when workbooks are wanted. */
  readonly evidenceIndex?: Uint8Array;
  /** The 请示 (package only). */
  readonly letter?: Record<Format, Written>;
  /** The 问题整改台账 (package only), as a workbook and as a printed PDF (A4 landscape). */
  readonly rectification?: Uint8Array;
  readonly rectificationPdf?: Written;
  /** Notes for people from templates and writers, each once (the PDF and the DOCX of one document note the same missing picture). */
  readonly notes: readonly string[];
  /** Characters no font has, over every PDF made. */
  readonly missing: readonly number[];
}

/**
 * Makes the submitted documents from one rendered report: the report in each wanted format, the
 * score sheet, the evidence index and, for the package, the 请示 and the 整改台账. Each is typeset
 * exactly once per run; the caller writes the bytes where they belong.
 */
export async function buildDocuments(input: DocumentsInput, wanted: DocumentsWanted): Promise<Documents> {
  const { ws, report, date } = input;
  const step = input.step ?? (() => {});
  const notes: string[] = [];
  const missing = new Set<number>();
  const readImage = imageReader(ws.dossiers);
  const cache = new ContentCache(join(ws.output, CACHE_FOLDER));
  const write = async (format: Format, doc: Doc, what: string, pictures?: Written['pictures']): Promise<Written> => {
    const w = await WRITERS[format](doc, { fonts: input.fonts, readImage, date, cache, onPage: (n) => step(`正在生成${what} PDF（${n} 页）…`), ...(pictures ? { pictures } : {}) });
    for (const n of w.notes) if (!notes.includes(n)) notes.push(n);
    w.missing.forEach((c) => missing.add(c));
    return w;
  };
  // The PDF first: the DOCX sets its pictures at the sizes the PDF's typesetting chose, so both paginate alike.
  const formats = (wanted.forPackage ? (['pdf', 'docx'] as const) : wanted.formats).slice().sort((a, b) => (a === 'pdf' ? -1 : b === 'pdf' ? 1 : 0));
  const out: { -readonly [K in keyof Documents]: Documents[K] } = { report: {}, scoreSheet: {}, notes, missing: [] };
  const workbooks = wanted.workbooks || wanted.forPackage;

  for (const format of formats) {
    step(`正在生成自评报告（${format === 'pdf' ? 'PDF' : 'Word'}）…`);
    // A DOCX made without the PDF still takes the PDF's picture sizes, from typesetting alone.
    const pictures = out.report.pdf?.pictures ?? (format === 'docx' ? await pdfPictureSizes(input, report.doc, readImage, cache) : undefined);
    out.report[format] = await write(format, report.doc, '自评报告', pictures);
  }
  const sheetMeta = { ...report.doc.meta, title: report.scoreSheets[0]?.title ?? '自评打分表' };
  out.scoreSheet = {
    ...(workbooks ? { xlsx: await sheetsToXlsx(report.scoreSheets, { date, creator: ws.district }) } : {}),
    ...(formats.includes('pdf') ? { pdf: await sheetPdf(input, report.scoreSheets, sheetMeta, missing, cache) } : {}),
  };
  if (workbooks) out.evidenceIndex = await sheetsToXlsx([evidenceIndexSheet(report.data, report.score)], { date, creator: ws.district });
  if (wanted.forPackage) {
    step('正在生成请示…');
    const md = await renderTemplate(input.templates, 'letter.md.hbs', letterData(ws, input.catalog, input.result, report.score));
    const { doc, notes: n } = markdownToDoc(md, { ...report.doc.meta, title: '请示' });
    notes.push(...n.map((x) => `letter.md.hbs 第 ${x.line ?? '?'} 行：${x.message}`));
    const pdf = await write('pdf', doc, '请示');
    out.letter = { docx: await write('docx', doc, '请示', pdf.pictures), pdf };
    const rows = rectificationRows(input.result, input.catalog, scoreView(report.score, input.catalog), ws.rectifyBy === undefined ? {} : { deadline: ws.rectifyBy });
    const ledger = rectificationSheet(rows, ws.district, input.result.asOf);
    out.rectification = await sheetsToXlsx([ledger], { date, creator: ws.district });
    out.rectificationPdf = await sheetPdf(input, [ledger], { ...report.doc.meta, title: ledger.title ?? '问题整改台账' }, missing, cache);
  }
  out.missing = [...missing].sort((a, b) => a - b);
  return out;
}

/**
 * The sizes the PDF sets the document's pictures at, for a DOCX made without its PDF: from
 * typesetting alone, kept in the content cache by the document, what each picture's header says,
 * and the font files (fontFilesKey), so that a DOCX rebuilt from the same text loads no fonts.
 */
async function pdfPictureSizes(input: DocumentsInput, doc: Doc, readImage: ImageReader, cache: ContentCache): Promise<(PictureSize | undefined)[]> {
  const headers = doc.blocks.flatMap((b) => {
    if (b.type !== 'image') return [];
    const data = readImage(b.src);
    return [(data && imageSize(data)) ?? null];
  });
  const fonts = fontFilesKey(input.ws.report.fonts ?? {});
  const make = async () => (await import('../render/pdf/write-pdf.js')).pictureSizes(doc, { fonts: await input.fonts(), readImage }).map((p) => p ?? null);
  const sizes = fonts === undefined ? await make() : await cache.json(`picture-sizes-1\0${contentHash(Buffer.from(JSON.stringify(doc.blocks)))}\0${JSON.stringify(headers)}\0${fonts}`, make);
  return sizes.map((p) => p ?? undefined);
}

async function sheetPdf(input: DocumentsInput, sheets: readonly Sheet[], meta: Doc['meta'], missing: Set<number>, cache: ContentCache): Promise<Written> {
  const r = await writeSheetsPdf(sheets, { fonts: await input.fonts(), meta, date: input.date, cache });
  r.missing.forEach((c) => missing.add(c));
  return { data: r.data, pages: r.pages, notes: [], missing: r.missing };
}
