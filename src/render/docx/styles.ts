import { CHAR_PITCH, LINE_PITCH, MARGIN, PAGE, PAGE_NUMBER_GAP, SIZE } from '../layout.js';
import { ROLE_INFO, type FontRole } from '../fonts/roles.js';

/** Twips per point. */
export const TW = 20;
/** One grid character in twips. */
export const CHAR_TW = Math.round(CHAR_PITCH * TW);

/** The run font of a role: the official East-Asian font, Times New Roman for Latin text. */
export function runFont(role: FontRole): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: ROLE_INFO[role].official, cs: 'Times New Roman' };
}

/** Half-points, as Word measures font sizes. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Section geometry: A4, GB/T 9704 margins, the 22 × 28 document grid, footer 7 mm under the text block. */
export const SECTION = {
  page: {
    size: { width: Math.round(PAGE.width * TW), height: Math.round(PAGE.height * TW) },
    margin: {
      top: Math.round(MARGIN.top * TW),
      bottom: Math.round(MARGIN.bottom * TW),
      left: Math.round(MARGIN.left * TW),
      right: Math.round(MARGIN.right * TW),
      header: Math.round(((15 * 72) / 25.4) * TW),
      // The footer's bottom edge lies this far under the dashes' upper edge (0.71 of the 4号 size,
      // measured on the rendered page), so that the dashes are 7 mm under the text block.
      footer: Math.round((MARGIN.bottom - PAGE_NUMBER_GAP - 0.71 * SIZE.si) * TW),
    },
  },
  // A line grid of 22 lines; the 28 characters per line come from condensed body text, which Word
  // and LibreOffice both honour (LibreOffice reads a character grid against a different base size).
  // Rounded down: 22 lines of 580 twips would be 4 twips taller than the 225 mm block, and Word would fit 21.
  grid: { linePitch: Math.floor(LINE_PITCH * TW) },
} as const;
