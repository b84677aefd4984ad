import type { Block } from '../../model/types.js';
import type { FontSet } from '../fonts/find-fonts.js';
import { breakLines, toBoxes } from './line-break.js';
import type { Op } from './ops.js';
import { lineOps } from './line-ops.js';

/** Fill colours of the chart's series, in order. */
export const SERIES_COLORS = ['#2f6db5', '#e39b2d', '#c0392b', '#7f8c8d'];

/** Draws a grouped bar chart (title, legend, axis, bars with their values, group labels) into `box`. */
export function drawChart(chart: Extract<Block, { type: 'chart' }>, box: { x: number; y: number; w: number; h: number }, fonts: FontSet): Op[] {
  const ops: Op[] = [];
  const label = (text: string, x: number, y: number, size: number, align: 'left' | 'center' | 'right' = 'left', role: 'hei' | 'fangsong' = 'fangsong') => {
    const [line] = breakLines(toBoxes([{ text, role, bold: false }], fonts, size, size), 10_000, 10_000, false);
    if (!line) return;
    const dx = align === 'center' ? -line.width / 2 : align === 'right' ? -line.width : 0;
    ops.push(...lineOps(line, x + dx, y, size, size));
  };
  label(chart.title, box.x + box.w / 2, box.y + 16, 14, 'center', 'hei');
  // Legend, centered under the title.
  const legendY = box.y + 36;
  let lx = box.x + box.w / 2 - chart.series.length * 45;
  chart.series.forEach((s, i) => {
    ops.push({ type: 'rect', x: lx, y: legendY - 9, w: 10, h: 10, fill: SERIES_COLORS[i % SERIES_COLORS.length]! });
    label(s, lx + 14, legendY, 10.5);
    lx += 90;
  });
  const plot = { x: box.x + 34, y: box.y + 52, w: box.w - 44, h: box.h - 80 };
  const max = Math.max(1, ...chart.bars.flatMap((b) => b.values));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  for (let v = 0; v <= top; v += step) {
    const y = plot.y + plot.h - (v / top) * plot.h;
    ops.push({ type: 'line', x1: plot.x, y1: y, x2: plot.x + plot.w, y2: y, width: v === 0 ? 0.8 : 0.3, color: v === 0 ? '#000000' : '#bbbbbb' });
    label(String(v), plot.x - 6, y + 3.5, 9, 'right');
  }
  const groupW = plot.w / Math.max(1, chart.bars.length);
  const barW = Math.min(18, (groupW * 0.7) / Math.max(1, chart.series.length));
  chart.bars.forEach((bar, g) => {
    const gx = plot.x + g * groupW + (groupW - barW * chart.series.length) / 2;
    bar.values.forEach((v, i) => {
      const h = (v / top) * plot.h;
      const x = gx + i * barW;
      if (h > 0) ops.push({ type: 'rect', x, y: plot.y + plot.h - h, w: barW - 1, h, fill: SERIES_COLORS[i % SERIES_COLORS.length]! });
      label(String(v), x + barW / 2, plot.y + plot.h - h - 3, 8, 'center');
    });
    label(bar.label, plot.x + g * groupW + groupW / 2, plot.y + plot.h + 15, 10.5, 'center');
  });
  return ops;
}

function niceStep(max: number): number {
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (raw <= m * p) return m * p;
  return 10 * p;
}
