import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { num } from '../../src/render/pdf/pdf-file.js';

/** How numbers were written before num() wrote them digit by digit: rounded to thousandths, then String(). */
const reference = (n: number) => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

describe('numbers in PDF content', () => {
  it('are written exactly as String() writes them rounded to thousandths, for any finite number', () => {
    const thousandths = fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((k) => k / 1000);
    const halves = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((k) => (k + 0.5) / 1000);
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.oneof(thousandths, halves, finite, fc.double({ min: -1e4, max: 1e4, noNaN: true })), (n) => {
        expect(num(n)).toBe(reference(n));
      }),
      { numRuns: 200_000 },
    );
    for (const n of [0, -0, 0.0004, -0.0004, 0.0005, -0.0005, 1, -1, 0.001, -0.001, 0.01, 0.1, 0.12, 0.105, 999.999, 1e9, -1e9, 123456789.125, 1e21, 595.276, 841.89])
      expect(num(n)).toBe(reference(n));
  });
});
