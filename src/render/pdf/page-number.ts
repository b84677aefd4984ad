import type { FontSet } from '../fonts/find-fonts.js';
import { fontFor } from '../fonts/font-for.js';
import { CHAR_PITCH, SIZE } from '../layout.js';
import { breakLines, toBoxes } from './line-break.js';
import { lineOps } from './line-ops.js';
import type { Op, PageFrame } from './ops.js';

/**
 * `— 7 —` in 4号 宋体 under the text block, the dashes' upper edge at `frame.numberY` (GB/T
 * 9704-2012, 7.5: 一字线上距版心下边缘7mm): odd pages at the right, even pages at the left, one
 * character in.
 */
export function pageNumberOps(n: number, fonts: FontSet, frame: PageFrame): Op[] {
  const size = SIZE.si;
  const [line] = breakLines(toBoxes([{ text: `— ${n} —`, role: 'song', bold: false }], fonts, size, size), 10_000, 10_000, false);
  if (!line) return [];
  const x = n % 2 === 1 ? frame.left + frame.textWidth - CHAR_PITCH - line.width : frame.left + CHAR_PITCH;
  return lineOps(line, x, frame.numberY + dashTop(fonts, size), size, size);
}

/** How far above the baseline the upper edge of the dash (—) of the page-number font is. */
function dashTop(fonts: FontSet, size: number): number {
  const font = fontFor(fonts, 'song', 0x2014);
  if (!font) return size * 0.4;
  return font.glyphTop(0x2014) * size;
}
