import type { LoadedFont } from '../fonts/find-fonts.js';
import type { EmbeddedFont } from './embedded-font.js';
import type { Op } from './ops.js';
import { num } from './pdf-file.js';

/** The text state a content stream starts from when nothing is known of what came before. */
const UNKNOWN = { font: '', size: 0, spacing: Number.NaN, color: '', mode: -1, width: -1, stroke: '' };
/** The text state at the start of a page (ISO 32000-1, 8.4 and 9.3: no spacing, black, fill). */
const PAGE_START = { ...UNKNOWN, spacing: 0, color: '#000000', mode: 0 };

/**
 * The content of one page as PDF operators, drawn operation by operation: fonts and pictures get
 * names for the page's resources (`prefix` + a number), and operators that would repeat the
 * current text state are left out. `take` ends one content stream; the next starts from an
 * unknown state, so that it is right whether or not the stream before it is kept.
 */
export class PageContent {
  /** The page's fonts and their resource names. */
  readonly fonts = new Map<EmbeddedFont, string>();
  /** The page's pictures (XObject numbers) and their resource names. */
  readonly xobjects = new Map<number, string>();
  private parts: string[] = [];
  private state = { ...PAGE_START };

  constructor(
    /** The page's height in points (operations measure from the top, PDF from the bottom). */
    private readonly height: number,
    private readonly embed: (font: LoadedFont) => EmbeddedFont,
    /** The XObject number of a picture, undefined when it cannot be read. */
    private readonly picture: (op: Extract<Op, { type: 'image' }>) => number | undefined = () => undefined,
    private readonly prefix = 'F',
  ) {}

  /** Adds one drawing operation. */
  draw(op: Op): void {
    switch (op.type) {
      case 'text':
        return this.text(op);
      case 'line':
        this.parts.push(`q ${num(op.width)} w ${rgb(op.color ?? '#000000')} RG ${num(op.x1)} ${num(this.height - op.y1)} m ${num(op.x2)} ${num(this.height - op.y2)} l S Q`);
        return;
      case 'rect':
        this.parts.push(`q ${rgb(op.fill)} rg ${num(op.x)} ${num(this.height - op.y - op.h)} ${num(op.w)} ${num(op.h)} re f Q`);
        return;
      case 'kept':
        for (const o of op.ops()) this.draw(o);
        return;
      case 'image': {
        const name = this.usePicture(op);
        if (name !== undefined) this.parts.push(`q ${placement(op.info.orientation, op.x, this.height - op.y - op.h, op.w, op.h)} cm /${name} Do Q`);
        return;
      }
    }
  }

  /** Embeds a picture and names it among the page's resources, as drawing it does (also for a page whose stream was kept); undefined when it cannot be read. */
  usePicture(op: Extract<Op, { type: 'image' }>): string | undefined {
    const no = this.picture(op);
    if (no === undefined) return undefined;
    let name = this.xobjects.get(no);
    // Named by order on the page, not by object number: a page's content does not depend on where it stands.
    if (!name) this.xobjects.set(no, (name = `Im${this.xobjects.size + 1}`));
    return name;
  }

  /** Names the page's fonts in this order, as drawing text in them would (for a page whose stream was kept). */
  useFonts(fonts: readonly EmbeddedFont[]): void {
    for (const f of fonts) if (!this.fonts.has(f)) this.fonts.set(f, `${this.prefix}${this.fonts.size + 1}`);
  }

  /** The operators drawn since the last call; what follows is drawn as if from an unknown state. */
  take(): string {
    const out = this.parts.join('\n');
    this.parts = [];
    this.state = { ...UNKNOWN };
    return out;
  }

  /** The page's /Font resource entries (`/F1 12 0 R …`). */
  fontResources(): string {
    return [...this.fonts].map(([f, n]) => `/${n} ${f.ref} 0 R`).join(' ');
  }

  private text(op: Extract<Op, { type: 'text' }>): void {
    const f = this.embed(op.font);
    let name = this.fonts.get(f);
    if (!name) this.fonts.set(f, (name = `${this.prefix}${this.fonts.size + 1}`));
    const state = this.state;
    const parts: string[] = ['BT'];
    if (state.font !== name || state.size !== op.size) parts.push(`/${name} ${num(op.size)} Tf`);
    if (state.spacing !== op.spacing) parts.push(`${num(op.spacing)} Tc`);
    const color = op.color ?? '#000000';
    if (state.color !== color) parts.push(`${rgb(color)} rg`);
    const mode = op.bold ? 2 : 0;
    if (op.bold) {
      // Bold where the font has no bold face: the outline stroked as well, a little.
      const w = op.size * 0.035;
      if (state.width !== w) parts.push(`${num(w)} w`);
      if (state.stroke !== color) parts.push(`${rgb(color)} RG`);
      state.width = w;
      state.stroke = color;
    }
    if (state.mode !== mode) parts.push(`${mode} Tr`);
    parts.push(`${num(op.scale ?? 1)} 0 0 1 ${num(op.x)} ${num(this.height - op.y)} Tm`, op.adjust?.length ? `${tj(f, op.text, op.adjust)} TJ` : `${f.encode(op.text)} Tj`, 'ET');
    Object.assign(state, { font: name, size: op.size, spacing: op.spacing, color, mode });
    this.parts.push(parts.join('\n'));
  }
}

/** A TJ array: the text in pieces with the moves between them (one text object, so that extraction reads it as one run). */
function tj(font: EmbeddedFont, text: string, adjust: readonly (readonly [number, number])[]): string {
  const chars = [...text];
  const parts: string[] = [];
  let from = 0;
  for (const [at, amount] of adjust) {
    parts.push(font.encode(chars.slice(from, at + 1).join('')), num(amount));
    from = at + 1;
  }
  if (from < chars.length) parts.push(font.encode(chars.slice(from).join('')));
  return `[${parts.join(' ')}]`;
}

/** `#c00000` → `0.753 0 0` (each colour worked out once: a report sets one for every line drawn). */
function rgb(hex: string): string {
  let s = RGB.get(hex);
  if (s === undefined) {
    const v = parseInt(hex.slice(1), 16);
    RGB.set(hex, (s = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => num(c / 255)).join(' ')));
  }
  return s;
}
const RGB = new Map<string, string>();

/** The image matrix that shows a picture upright in the box (x, y, w, h) for its EXIF orientation. */
function placement(orientation: number, x: number, y: number, w: number, h: number): string {
  const m: Record<number, number[]> = {
    1: [w, 0, 0, h, x, y],
    2: [-w, 0, 0, h, x + w, y],
    3: [-w, 0, 0, -h, x + w, y + h],
    4: [w, 0, 0, -h, x, y + h],
    5: [0, -h, -w, 0, x + w, y + h],
    6: [0, -h, w, 0, x, y + h],
    7: [0, h, w, 0, x, y],
    8: [0, h, -w, 0, x + w, y],
  };
  return (m[orientation] ?? m[1]!).map(num).join(' ');
}
