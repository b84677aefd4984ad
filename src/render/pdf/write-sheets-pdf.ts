import type { DocMeta } from '../../model/types.js';
import type { Sheet } from '../../sheet/types.js';
import { contentHash, type ContentCache } from '../../util/content-cache.js';
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
  if (key) {
    const head = Buffer.from(JSON.stringify({ pages: out.pages, missing: out.missing }), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(head.length);
    options.cache!.put(key, Buffer.concat([length, head, data]));
  }
  return out;
}

/** A PDF kept by writeSheetsPdf, read back; undefined for none or what is not one. */
function keptPdf(stored: Buffer | undefined): { data: Uint8Array; pages: number; missing: number[] } | undefined {
  if (!stored || stored.length < 4) return undefined;
  const n = stored.readUInt32BE(0);
  try {
    const head = JSON.parse(stored.subarray(4, 4 + n).toString('utf8')) as { pages?: unknown; missing?: unknown };
    if (!Number.isInteger(head.pages) || !Array.isArray(head.missing) || !head.missing.every(Number.isInteger)) return undefined;
    return { data: stored.subarray(4 + n), pages: head.pages as number, missing: head.missing as number[] };
  } catch {
    return undefined;
  }
}
