import { MM, PAGE, PAGE_NUMBER_GAP } from '../layout.js';
import type { PageFrame } from './ops.js';

/** The GB/T 9704 portrait page: number 7 mm under the text block. */
export const PORTRAIT: PageFrame = { width: PAGE.width, height: PAGE.height, left: PAGE.left, textWidth: PAGE.textWidth, numberY: PAGE.top + PAGE.textHeight + PAGE_NUMBER_GAP };

/** A4 landscape with 15 mm margins: the page score sheets are printed on, numbered under the table. */
export const LANDSCAPE: PageFrame = { width: 297 * MM, height: 210 * MM, left: 15 * MM, textWidth: 267 * MM, numberY: 210 * MM - 10 * MM };

/** Where the sheets' text starts from the page's top. */
export const LANDSCAPE_TOP = 15 * MM;
