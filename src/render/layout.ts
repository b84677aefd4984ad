/** Points per millimetre. */
export const MM = 72 / 25.4;

/** GB/T 9704-2012 page geometry and type sizes, in points (shared by the DOCX and PDF writers). */
export const PAGE = {
  width: 210 * MM,
  height: 297 * MM,
  top: 37 * MM,
  left: 28 * MM,
  textWidth: 156 * MM,
  textHeight: 225 * MM,
  /** Characters per line and lines per page of the document grid. */
  charsPerLine: 28,
  linesPerPage: 22,
} as const;

/** Horizontal pitch of one character on the grid (156 mm / 28). */
export const CHAR_PITCH = PAGE.textWidth / PAGE.charsPerLine;
/** Vertical pitch of one line on the grid (225 mm / 22). */
export const LINE_PITCH = PAGE.textHeight / PAGE.linesPerPage;

/** Chinese type sizes (号) in points. */
export const SIZE = { er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5 } as const;

/** Right and bottom margins that follow from the text block. */
export const MARGIN = {
  top: PAGE.top,
  left: PAGE.left,
  right: PAGE.width - PAGE.left - PAGE.textWidth,
  bottom: PAGE.height - PAGE.top - PAGE.textHeight,
} as const;

/** The page number sits 7 mm below the text block (GB/T 9704-2012, 7.5). */
export const PAGE_NUMBER_GAP = 7 * MM;
