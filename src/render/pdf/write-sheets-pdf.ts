import type { DocMeta } from '../../model/types.js';
import type { Sheet } from '../../sheet/types.js';
import { contentHash, type ContentCache } from '../../util/content-cache.js';
import { splitHead, withHead } from '../../util/head-and-body.js';
import { fontSetKey } from '../fonts/font-files-key.js';
import type { FontSet } from '../fonts/find-fonts.js';
import { drawPdf } from './draw.js';
import { sheetPages } from './sheet-pages.js';

/**
 * Writes sheets as a printed table: ruled, A4 landscape, header repeated, numbered pages (the
 * 自评打分表 PDF). The whole file is kept in the content cache by the sheets, the document's
 * details, the date and the font files: the same sheets are not laid out again.
 */
export async function writeSheetsPdf(
  sheets: readonly Sheet[],
  options: { readonly fonts: FontSet; readonly meta: DocMeta; readonly date: Date; readonly cache?: ContentCache },
): Promise<{ data: Uint8Array; pages: number; missing: number[] }> {
  const fonts = options.cache && fontSetKey(options.fonts);
  const key = fonts && `sheets-pdf-1\0${contentHash(Buffer.from(JSON.stringify([sheets, options.meta, options.date.toISOString()])))}\0${fonts}`;
  const kept = key ? keptPdf(options.cache!.get(key)) : undefined;
  if (kept) return kept;
  const missing = new Set<number>();
  const pages = sheetPages(sheets, options.fonts, (cp) => missing.add(cp));
  const data = await drawPdf(pages, options.meta, options.fonts, options.date, true, undefined, undefined, options.cache);
  const out = { data, pages: pages.length, missing: [...missing].sort((a, b) => a - b) };
  if (key) options.cache!.put(key, withHead({ pages: out.pages, missing: out.missing }, data));
  return out;
}

/** A PDF kept by writeSheetsPdf, read back; undefined for none or what is not one. */
function keptPdf(stored: Buffer | undefined): { data: Uint8Array; pages: number; missing: number[] } | undefined {
  const split = stored && splitHead(stored);
  const head = split?.head as { pages?: unknown; missing?: unknown } | null | undefined;
  if (!split || !head || !Number.isInteger(head.pages) || !Array.isArray(head.missing) || !head.missing.every(Number.isInteger)) return undefined;
  return { data: split.body, pages: head.pages as number, missing: head.missing as number[] };
}
