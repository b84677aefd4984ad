import type { Line } from './line-break.js';
import type { Op } from './ops.js';

/**
 * Text operations for one line: consecutive wide characters of one font become one operation with
 * character spacing that puts each on its grid position (TJ moves where a step differs); words are
 * drawn at their own advances.
 */
export function lineOps(line: Line, x0: number, y: number, size: number, pitch: number, scale = 1): Op[] {
  const ops: Op[] = [];
  const { boxes, xs } = line;
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    if (b.kind === 'space' || b.kind === 'break') continue;
    if (b.kind === 'word') {
      ops.push({ type: 'text', x: x0 + xs[i]! * scale, y, text: b.text, font: b.font, size, spacing: b.tracking ?? 0, bold: b.bold, ...(scale === 1 ? {} : { scale }) });
      continue;
    }
    // One operation for the run of wide characters of one font: character spacing puts each on its
    // grid position; where a character's step differs (a closing mark set half wide, another
    // advance), a TJ move makes up the difference, so that text extraction still reads one run.
    let j = i;
    while (boxes[j + 1] && boxes[j + 1]!.kind === 'wide' && boxes[j + 1]!.font === b.font && boxes[j + 1]!.bold === b.bold) j++;
    // The run's usual step is its widest (a mark set half wide only makes one step shorter).
    let step = pitch;
    if (j > i) {
      step = 0;
      for (let k = i; k < j; k++) step = Math.max(step, xs[k + 1]! - xs[k]!);
    }
    const spacing = j > i ? step - b.advances[0]! : 0;
    let text = b.text;
    const adjust: [number, number][] = [];
    for (let k = i; k <= j; k++) {
      if (k > i) text += boxes[k]!.text;
      if (k === j) break;
      const actual = (xs[k + 1]! - xs[k]!) * scale;
      const expected = (boxes[k]!.advances[0]! + spacing) * scale;
      if (Math.abs(actual - expected) > 0.01) adjust.push([k - i, Math.round((-(actual - expected) * 1000 * 1000) / (size * scale)) / 1000]);
    }
    ops.push({ type: 'text', x: x0 + xs[i]! * scale, y, text, font: b.font, size, spacing, bold: b.bold, ...(scale === 1 ? {} : { scale }), ...(adjust.length ? { adjust } : {}) });
    i = j;
  }
  return ops;
}
