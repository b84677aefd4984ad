import type { DocMeta } from '../../model/types.js';
import type { Sheet } from '../../sheet/types.js';
import type { ContentCache } from '../../util/content-cache.js';
import type { FontSet } from '../fonts/find-fonts.js';
import { drawPdf } from './draw.js';
import { sheetPages } from './sheet-pages.js';

/** Writes sheets as a printed table: ruled, A4 landscape, header repeated, numbered pages (the 自评打分表 PDF). */
export async function writeSheetsPdf(
  sheets: readonly Sheet[],
  options: { readonly fonts: FontSet; readonly meta: DocMeta; readonly date: Date; readonly cache?: ContentCache },
): Promise<{ data: Uint8Array; pages: number; missing: number[] }> {
  const missing = new Set<number>();
  const pages = sheetPages(sheets, options.fonts, (cp) => missing.add(cp));
  const data = await drawPdf(pages, options.meta, options.fonts, options.date, true, undefined, undefined, options.cache);
  return { data, pages: pages.length, missing: [...missing].sort((a, b) => a - b) };
}
