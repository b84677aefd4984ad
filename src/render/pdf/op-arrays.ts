import type { LoadedFont } from '../fonts/find-fonts.js';
import type { Op } from './ops.js';

/**
 * Drawing operations as arrays of plain values (for JSON), each font given as `fontRef` names it
 * and each picture as `pictureRef` does; undefined when one cannot be (a picture without
 * `pictureRef`, which the drawing embeds; a font `fontRef` cannot name).
 */
export function opArrays(
  ops: readonly Op[],
  fontRef: (font: LoadedFont) => string | number | undefined,
  pictureRef?: (op: Extract<Op, { type: 'image' }>) => unknown[] | undefined,
): unknown[][] | undefined {
  const out: unknown[][] = [];
  for (const op of drawnOps(ops)) {
    // (drawnOps leaves none: for the type's sake)
    if (op.type === 'kept') return undefined;
    if (op.type === 'image') {
      const picture = pictureRef?.(op);
      if (!picture) return undefined;
      out.push(picture);
      continue;
    }
    if (op.type === 'line') out.push(['l', op.x1, op.y1, op.x2, op.y2, op.width, op.color ?? null]);
    else if (op.type === 'rect') out.push(['r', op.x, op.y, op.w, op.h, op.fill]);
    else {
      const f = fontRef(op.font);
      if (f === undefined) return undefined;
      out.push(['t', op.x, op.y, op.text, f, op.size, op.spacing, op.bold, op.color ?? null, op.scale ?? null, op.adjust ?? null]);
    }
  }
  return out;
}

/** The operations as drawn: those a memo kept (type 'kept') decoded in their place. */
export function drawnOps(ops: readonly Op[]): readonly Op[] {
  // Most lists hold none: given back as they are.
  if (!ops.some((op) => op.type === 'kept')) return ops;
  const out: Op[] = [];
  for (const op of ops) {
    if (op.type === 'kept') out.push(...drawnOps(op.ops()));
    else out.push(op);
  }
  return out;
}

/** Whether a value has the shape of one of opArrays' arrays. */
export function isOpArray(o: unknown): o is unknown[] {
  return Array.isArray(o) && (o[0] === 't' || o[0] === 'l' || o[0] === 'r');
}

/** The operations of opArrays' arrays again, fonts by index into `fonts`. */
export function opsFromArrays(arrays: readonly unknown[][], fonts: readonly LoadedFont[]): Op[] {
  return arrays.map((o): Op => {
    if (o[0] === 't') {
      const [, x, y, text, f, size, spacing, bold, color, scale, adjust] = o as [
        string,
        number,
        number,
        string,
        number,
        number,
        number,
        boolean,
        string | null,
        number | null,
        [number, number][] | null,
      ];
      return {
        type: 'text',
        x,
        y,
        text,
        font: fonts[f]!,
        size,
        spacing,
        bold,
        ...(color === null ? {} : { color }),
        ...(scale === null ? {} : { scale }),
        ...(adjust === null ? {} : { adjust }),
      };
    }
    if (o[0] === 'l') {
      const [, x1, y1, x2, y2, width, color] = o as [string, number, number, number, number, number, string | null];
      return { type: 'line', x1, y1, x2, y2, width, ...(color === null ? {} : { color }) };
    }
    const [, x, y, w, h, fill] = o as [string, number, number, number, number, string];
    return { type: 'rect', x, y, w, h, fill };
  });
}
