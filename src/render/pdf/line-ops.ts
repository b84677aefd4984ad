import type { Line } from './line-break.js';
import type { Op } from './ops.js';

/**
 * Text operations for one line: consecutive wide characters of one font become one operation with
 * character spacing that puts each on its grid position; words are drawn at their own advances.
 */
export function lineOps(line: Line, x0: number, y: number, size: number, pitch: number, scale = 1): Op[] {
  const ops: Op[] = [];
  const { boxes, xs } = line;
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    if (b.kind === 'space' || b.kind === 'break') continue;
    if (b.kind === 'word') {
      ops.push({ type: 'text', x: x0 + xs[i]! * scale, y, text: b.text, font: b.font, size, spacing: 0, bold: b.bold, ...(scale === 1 ? {} : { scale }) });
      continue;
    }
    // Extend the run while the next box is a wide character of the same font and the same step.
    let j = i;
    const step = boxes[i + 1] ? xs[i + 1]! - xs[i]! : pitch;
    while (
      boxes[j + 1] &&
      boxes[j + 1]!.kind === 'wide' &&
      boxes[j + 1]!.font === b.font &&
      boxes[j + 1]!.bold === b.bold &&
      Math.abs(xs[j + 1]! - xs[j]! - step) < 0.01 &&
      Math.abs(boxes[j + 1]!.advances[0]! - b.advances[0]!) < 0.01
    )
      j++;
    let text = b.text;
    for (let k = i + 1; k <= j; k++) text += boxes[k]!.text;
    ops.push({ type: 'text', x: x0 + xs[i]! * scale, y, text, font: b.font, size, spacing: j > i ? step - b.advances[0]! : 0, bold: b.bold, ...(scale === 1 ? {} : { scale }) });
    i = j;
  }
  return ops;
}
