import { hash } from 'node:crypto';
import { plain } from '../../model/plain.js';
import type { Align, Block, Doc, Inline } from '../../model/types.js';
import type { FontSet, LoadedFont } from '../fonts/find-fonts.js';
import type { FontRole } from '../fonts/roles.js';
import { columnWidths } from '../column-widths.js';
import { displaySize, imageSize } from '../image-size.js';
import {
  ATTACHMENT_LIST,
  balancedLines,
  CHAR_PITCH,
  DATE_RIGHT_CHARS,
  IMPRINT,
  LINE_PITCH,
  masthead,
  MASTHEAD_LEADING,
  MM,
  PAGE,
  signatureLines,
  SIZE,
  TABLE,
  titleLines,
  type PictureSize,
} from '../layout.js';
import { drawChart } from './chart.js';
import { pictureId } from './pdf-images.js';
import { lineOps } from './line-ops.js';
import { breakLines, halfWidth, toBoxes, type Line, type Piece } from './line-break.js';
import { loadedFontId } from '../fonts/font-files-key.js';
import { isOpArray, opArrays, opsFromArrays } from './op-arrays.js';
import { splitHead, withHead } from '../../util/head-and-body.js';
import { opsText } from './page-cache.js';
import type { Op, OutlineEntry, PageOut } from './ops.js';

/** What the typesetter needs besides the document. */
export interface TypesetOptions {
  readonly fonts: FontSet;
  /** Reads a picture by its path relative to the dossier folder; undefined when it does not exist. */
  readonly readImage: (src: string) => Uint8Array | undefined;
  /** Told about each code point no font covers. */
  readonly missing?: (cp: number) => void;
  /** Told about content that could not be set (a picture that is missing, …). */
  readonly note?: (message: string) => void;
  /** Told the size each picture is set at, in the order of the document's image blocks (undefined: not set). */
  readonly picture?: (size: PictureSize | undefined) => void;
  /** Where blocks set in an earlier run are kept: a block met again after the same blocks, at the same place on its page, is not set again. */
  readonly memo?: MemoStore;
}

/** Blocks whose setting depends only on themselves, the few blocks after them and where on its page they start. */
const MEMOABLE = new Set<Block['type']>(['heading', 'paragraph', 'list', 'table', 'note', 'title', 'recipient', 'signature', 'attachmentList', 'imprint', 'docHeader', 'pageBreak']);
/** How many blocks after it a block's setting may look at (keptWith: four headings and what follows them). */
const LOOKAHEAD = 5;

const LEFT = PAGE.left;
const TOP = PAGE.top;
const W = PAGE.textWidth;
const ROWS = PAGE.linesPerPage;
const HEADING: Record<1 | 2 | 3 | 4, { role: FontRole; bold: boolean }> = {
  1: { role: 'hei', bold: false },
  2: { role: 'kai', bold: false },
  3: { role: 'fangsong', bold: true },
  4: { role: 'fangsong', bold: false },
};

/**
 * Lays a document out on GB/T 9704 pages (every body line on the 22 × 28 grid) and hands each page
 * to `emit` as soon as it is full, so that only the page being set is held; a contents page waits
 * until the pages it lists are known. Returns the number of pages.
 */
export function typeset(doc: Doc, options: TypesetOptions, emit: (page: PageOut, index: number) => void): number {
  return new Typesetter(options, emit).run(doc);
}

/** The smallest a picture is made (of its set size) to fit what is left of a page. */
const MIN_PICTURE_SCALE = 0.45;

class Typesetter {
  private current: PageOut = { ops: [], outline: [] };
  private count = 0;
  /** Pages held back because a contents line on them still waits for its page number. */
  private readonly held = new Map<number, PageOut>();
  private row = 0;
  /** The block after the one being set (a 附件说明 keeps the signature after it on its page). */
  private next: Block | undefined;
  private blockAfterNext: Block | undefined;
  /** The document's blocks and the index of the one being set. */
  private blocks: readonly Block[] = [];
  private at = 0;
  /** Lines of the blocks a heading looked ahead at (a few at most), until each is set, with the code points no font covered in them. */
  private readonly ahead = new Map<Block, { lines: Line[]; missed: number[] }>();
  /** A line of the next paragraph before which its page breaks (widow control), set by keepLines. */
  private breakAfter: number | undefined;
  private readonly attachmentPages = new Map<number, number>();
  private readonly tocSlots: { page: number; row: number; no: number; title: string }[] = [];
  /** The blocks' hashes (for memo keys), made when first needed. */
  private readonly hashes: string[] = [];
  /** The block being recorded for the memo: what it put on each page it touched. */
  private recording: { parts: PagePart[]; ops: number; outline: number } | undefined;
  /** Code points no font covers, as they were met (repeats included). */
  private readonly missedLog: number[] = [];
  /** Fonts by their identity in the memo. */
  private readonly fontsById = new Map<string, LoadedFont>();
  /** With a memo: for each page not yet given out, what its operations so far came from (PageOut.signature) and how many of them that covers. */
  private readonly signs = new Map<PageOut, { parts: string[]; covered: number; cacheable: boolean }>();
  /** The memo key of the block being set (live or replayed), and which of its pages is being set. */
  private blockKey: string | undefined;
  private blockPart = 0;

  constructor(
    private readonly o: TypesetOptions,
    private readonly emit: (page: PageOut, index: number) => void,
  ) {}

  run(doc: Doc): number {
    this.count = 1;
    const attachments = doc.blocks.filter((b): b is Extract<Block, { type: 'attachment' }> => b.type === 'attachment');
    this.blocks = doc.blocks;
    for (const f of Object.values(this.o.fonts.roles)) {
      const id = loadedFontId(f);
      if (id !== undefined) this.fontsById.set(id, f);
    }
    doc.blocks.forEach((block, i) => {
      this.at = i;
      this.next = doc.blocks[i + 1];
      this.blockAfterNext = doc.blocks[i + 2];
      const key = this.o.memo && MEMOABLE.has(block.type) ? this.memoKey(i) : undefined;
      if (key === undefined) this.block(block, attachments);
      else {
        // What the block puts on each page is told by its key (its setting depends on nothing else).
        this.cover();
        this.blockKey = key;
        this.blockPart = 0;
        if (!this.replay(this.o.memo!.get(key))) {
          const effect = this.record(() => this.block(block, attachments));
          if (effect) this.o.memo!.put(key, effect);
        }
        this.cover(`k ${key} ${this.blockPart}`);
        this.blockKey = undefined;
      }
      this.ahead.delete(block);
    });
    this.release(this.count - 1, this.current);
    for (const slot of this.tocSlots) this.tocLine(slot);
    for (const [index, page] of [...this.held].sort((a, b) => a[0] - b[0])) this.give(page, index);
    return this.count;
  }

  /**
   * Accounts for the operations of the page being set that are not yet: as the part `label` of a
   * memoized block, or else written out (opsText). Only with a memo.
   */
  private cover(label?: string, page: PageOut = this.current): void {
    if (!this.o.memo) return;
    let sign = this.signs.get(page);
    if (!sign) this.signs.set(page, (sign = { parts: [], covered: 0, cacheable: true }));
    if (sign.covered === page.ops.length) return;
    if (label !== undefined) sign.parts.push(label);
    else {
      const text = opsText(page.ops.slice(sign.covered));
      if (text === undefined) sign.cacheable = false;
      else sign.parts.push(`o ${text}`);
    }
    sign.covered = page.ops.length;
  }

  /** Gives a finished page out, with its signature when there is a memo. */
  private give(page: PageOut, index: number): void {
    if (this.o.memo) {
      this.cover(undefined, page);
      const sign = this.signs.get(page)!;
      this.signs.delete(page);
      if (sign.cacheable) page.signature = sign.parts.join('\n');
    }
    this.emit(page, index);
  }

  private get page(): PageOut {
    return this.current;
  }

  /** Index of the page being set. */
  private get index(): number {
    return this.count - 1;
  }

  private newPage(): void {
    if (this.blockKey !== undefined) this.cover(`k ${this.blockKey} ${this.blockPart++}`);
    const r = this.recording;
    if (r) {
      r.parts.push({ ops: this.current.ops.slice(r.ops), outline: this.current.outline.slice(r.outline) });
      r.ops = r.outline = 0;
    }
    this.release(this.index, this.current);
    this.current = { ops: [], outline: [] };
    this.count++;
    this.row = 0;
  }

  /** A finished page goes out at once, unless a contents line on it still needs a page number. */
  private release(index: number, page: PageOut): void {
    if (this.tocSlots.some((s) => s.page === index)) this.held.set(index, page);
    else this.give(page, index);
  }

  private pageEmpty(): boolean {
    return this.row === 0 && this.page.ops.length === 0;
  }

  /** Makes sure `n` rows are left on the page, starting a new one otherwise. */
  private need(n: number): void {
    if (this.row + n > ROWS) this.newPage();
  }

  private baseline(row: number, size: number): number {
    return TOP + row * LINE_PITCH + LINE_PITCH / 2 + size * 0.36;
  }

  private block(b: Block, attachments: readonly Extract<Block, { type: 'attachment' }>[]): void {
    switch (b.type) {
      case 'docHeader':
        return this.docHeader(b);
      case 'note':
        return this.lines(this.pieces([{ type: 'text', value: b.text }], 'fangsong'), { indent: true, justify: false });
      case 'title':
        return this.title(b.text);
      case 'recipient':
        return this.lines(this.pieces([{ type: 'text', value: b.text }], 'fangsong'), { indent: false, justify: false });
      case 'heading': {
        const lines = this.headingLines(b);
        // A heading stays with what follows it, as Word keeps it (keep with next, widow control).
        this.need(Math.min(ROWS, lines.length + this.keptWith(this.at + 1)));
        if (b.level <= 3) this.page.outline.push({ level: b.level - 1, title: plain(b.children), y: TOP + this.row * LINE_PITCH });
        return this.placeLines(lines, SIZE.san, { indent: true, align: 'left' });
      }
      case 'paragraph': {
        // A paragraph introducing a table (扣分情况如下：) stays with the table's first rows.
        if (this.next?.type === 'table' && /[：:]$/.test(plain(b.children).trim())) this.need(Math.min(ROWS, 4));
        return this.setLines(this.paragraphLines(b), { indent: b.indent, align: b.align ?? 'left' });
      }
      case 'list': {
        // A nested list stands two characters further in for each level.
        const off = (b.depth ?? 0) * 2 * CHAR_PITCH;
        b.items.forEach((item, i) => {
          const marker: Inline = { type: 'text', value: b.ordered ? `${b.start + i}. ` : '· ' };
          this.lines(this.pieces([marker, ...item], 'fangsong'), { indent: true, justify: true, ...(off ? { x: LEFT + off, width: W - off } : {}) });
        });
        return;
      }
      case 'table':
        return this.table(b);
      case 'image':
        return this.image(b.src, b.caption ?? b.alt);
      case 'chart': {
        const rows = 11;
        this.need(rows);
        const y = TOP + this.row * LINE_PITCH;
        this.page.ops.push(...drawChart(b, { x: LEFT, y, w: W, h: rows * LINE_PITCH - 8 }, this.o.fonts));
        this.row += rows;
        return;
      }
      case 'signature':
        return this.signature(b.lines);
      case 'attachmentList':
        return this.attachmentList(b.items);
      case 'imprint':
        return this.imprint(b);
      case 'attachment': {
        if (!this.pageEmpty()) this.newPage();
        this.attachmentPages.set(b.no, this.index);
        this.page.outline.push({ level: 0, title: `附件${b.no}　${b.title}`, y: TOP });
        this.text(`附件${b.no}`, LEFT, this.baseline(0, SIZE.san), 'hei');
        this.row = 2;
        this.title(b.title);
        return;
      }
      case 'toc': {
        if (!this.pageEmpty()) this.newPage();
        this.title(b.title);
        for (const a of attachments) {
          this.need(1);
          this.tocSlots.push({ page: this.index, row: this.row, no: a.no, title: a.title });
          this.row++;
        }
        return;
      }
      case 'pageBreak':
        if (!this.pageEmpty()) this.newPage();
        return;
      default: {
        // Every block type must be handled above: a new one added to the model fails compilation here.
        const unhandled: never = b;
        return unhandled;
      }
    }
  }

  private pieces(children: readonly Inline[], role: FontRole, bold = false): Piece[] {
    const out: Piece[] = [];
    for (const c of children) {
      if (c.type === 'text') out.push({ text: c.value, role, bold });
      else if (c.type === 'break') out.push({ text: '\n', role, bold });
      else if (c.type === 'strong') out.push(...this.pieces(c.children, role === 'fangsong' ? 'fangsong' : role, true));
      else out.push(...this.pieces(c.children, 'kai', bold));
    }
    return out;
  }

  private break(pieces: Piece[], size: number, pitch: number, width: number, first: number, justify: boolean): Line[] {
    return breakLines(toBoxes(pieces, this.o.fonts, size, pitch, this.missing), width, first, justify);
  }

  private readonly missing = (cp: number): void => {
    this.missedLog.push(cp);
    this.o.missing?.(cp);
  };

  /** The memo key of block `i` set from here: it, the blocks it may look at, and where it starts. */
  private memoKey(i: number): string {
    const parts: (string | number)[] = [];
    for (let k = i; k <= i + LOOKAHEAD; k++) parts.push(this.hashOf(k));
    parts.push(this.row, this.pageEmpty() ? 1 : 0, this.index % 2, this.breakAfter ?? -1);
    return parts.join(' ');
  }

  private hashOf(i: number): string {
    const b = this.blocks[i];
    if (!b) return '-';
    return (this.hashes[i] ??= hash('sha1', JSON.stringify(b), 'base64'));
  }

  /**
   * Sets a block as `set` does, recording what it puts on each page as a memo entry (withHead: a
   * BlockEffect, then each page's operations as opArrays JSON): undefined when it cannot be kept.
   */
  private record(set: () => void): Buffer | undefined {
    const missedFrom = this.missedLog.length;
    const r: { parts: PagePart[]; ops: number; outline: number } = (this.recording = { parts: [], ops: this.current.ops.length, outline: this.current.outline.length });
    try {
      set();
    } finally {
      this.recording = undefined;
    }
    r.parts.push({ ops: this.current.ops.slice(r.ops), outline: this.current.outline.slice(r.outline) });
    const missing = [...new Set(this.missedLog.slice(missedFrom))];
    const fonts: string[] = [];
    const index = new Map<LoadedFont, number>();
    // Fonts by their place in the entry's list of identities (a font whose file changed while read cannot be kept).
    const fontRef = (font: LoadedFont): number | undefined => {
      let f = index.get(font);
      if (f !== undefined) return f;
      const id = loadedFontId(font);
      if (id === undefined) return undefined;
      this.fontsById.set(id, font);
      index.set(font, (f = fonts.length));
      fonts.push(id);
      return f;
    };
    const parts: BlockEffect['parts'] = [];
    const bodies: Buffer[] = [];
    for (const part of r.parts) {
      const arrays = opArrays(part.ops, fontRef);
      if (!arrays) return undefined;
      const used: number[] = [];
      for (const a of arrays) if (a[0] === 't' && !used.includes(a[4] as number)) used.push(a[4] as number);
      const body = Buffer.from(JSON.stringify(arrays), 'utf8');
      parts.push({ count: arrays.length, fonts: used, bytes: body.length, outline: part.outline });
      bodies.push(body);
    }
    const effect: BlockEffect = { fonts, parts, row: this.row, breakAfter: this.breakAfter ?? null, missing };
    return withHead(effect, Buffer.concat(bodies));
  }

  /**
   * Puts a kept block's pages as setting it would; false (nothing done) for what is not one this
   * run can use. Its operations are decoded only if their page is drawn.
   */
  private replay(data: Buffer | undefined): boolean {
    const entry = data && splitHead(data);
    const kept = entry?.head;
    if (!entry || !isEffect(kept) || kept.parts.reduce((n, p) => n + p.bytes, 0) !== entry.body.length) return false;
    const fonts = kept.fonts.map((id) => this.fontWithId(id));
    if (fonts.some((f) => f === undefined)) return false;
    let at = 0;
    kept.parts.forEach((part, i) => {
      if (i > 0) this.newPage();
      const bytes = entry.body.subarray(at, (at += part.bytes));
      if (part.count > 0) this.current.ops.push({ type: 'kept', fonts: part.fonts.map((f) => fonts[f]!), ops: keptOps(bytes, part.count, fonts as LoadedFont[], part.fonts) });
      for (const mark of part.outline) this.current.outline.push(mark);
    });
    this.row = kept.row;
    this.breakAfter = kept.breakAfter ?? undefined;
    // Told again, as setting the block would tell them.
    for (const cp of kept.missing) this.missing(cp);
    return true;
  }

  /**
   * A font named in a memo entry by its loadedFontId: a role's font, a fallback font (loaded, if this
   * run has not needed it yet, as setting the block would load it) or the half-width view of either
   * (halfWidth: `F7h#…` of `F7#…`); undefined when the font set has none such.
   */
  private fontWithId(id: string): LoadedFont | undefined {
    let font = this.fontsById.get(id);
    if (font) return font;
    const half = /^([^#]*)h(#.*)$/.exec(id);
    if (half) {
      const base = this.fontWithId(`${half[1]}${half[2]}`);
      font = base && halfWidth(base);
    } else font = this.o.fonts.fallbackWithId(id);
    if (font) this.fontsById.set(id, font);
    return font;
  }

  private lines(pieces: Piece[], opts: { indent: boolean; justify: boolean; align?: Align; x?: number; width?: number }): void {
    const width = opts.width ?? W;
    this.setLines(this.break(pieces, SIZE.san, CHAR_PITCH, width, opts.indent ? width - 2 * CHAR_PITCH : width, opts.justify), opts);
  }

  /** Sets a paragraph's lines of body text, with widow and orphan control. */
  private setLines(lines: Line[], opts: { indent: boolean; align?: Align; x?: number; width?: number }): void {
    this.keepLines(lines.length);
    this.placeLines(lines, SIZE.san, { indent: opts.indent, align: opts.align ?? 'left', ...(opts.x !== undefined ? { x: opts.x } : {}), ...(opts.width !== undefined ? { width: opts.width } : {}) });
  }

  private headingLines(b: Extract<Block, { type: 'heading' }>): Line[] {
    return this.broken(b, () => {
      const style = HEADING[b.level];
      return this.break(this.pieces(b.children, style.role, style.bold), SIZE.san, CHAR_PITCH, W, W - 2 * CHAR_PITCH, true);
    });
  }

  private paragraphLines(b: Extract<Block, { type: 'paragraph' }>): Line[] {
    return this.broken(b, () => this.break(this.pieces(b.children, 'fangsong'), SIZE.san, CHAR_PITCH, W, b.indent ? W - 2 * CHAR_PITCH : W, (b.align ?? 'left') === 'left'));
  }

  /** A block's lines, broken once: looking ahead for a heading breaks them before they are set. */
  private broken(b: Block, make: () => Line[]): Line[] {
    const known = this.ahead.get(b);
    if (known) {
      // Told again for the block that uses the lines (a memo entry of it tells them when replayed).
      for (const cp of known.missed) this.missing(cp);
      return known.lines;
    }
    const from = this.missedLog.length;
    const lines = make();
    this.ahead.set(b, { lines, missed: this.missedLog.slice(from) });
    return lines;
  }

  /**
   * The lines from block `k` on that must stand on a heading's page, as Word's keep-with-next and
   * widow control decide: a heading after it whole, with what that one keeps; the first two lines
   * of a paragraph (all of one of three lines or fewer, which cannot be split); one line of
   * anything else.
   */
  private keptWith(k: number, depth = 0): number {
    const b = this.blocks[k];
    if (!b) return 0;
    if (b.type === 'heading') return depth < 4 ? this.headingLines(b).length + this.keptWith(k + 1, depth + 1) : 1;
    if (b.type === 'paragraph') {
      const n = this.paragraphLines(b).length;
      return n <= 3 ? n : 2;
    }
    return 1;
  }

  /**
   * Widow and orphan control for a paragraph of `n` lines about to be set: its first line never
   * stands alone at a page's foot, its last line never alone at the next page's head (a line is
   * moved over instead). The paragraph's page break is then made by placeLines.
   */
  private keepLines(n: number): void {
    const left = ROWS - this.row;
    if (n < 2 || this.pageEmpty()) return;
    // Two lines left and three to set: moving one over would leave the first alone, so all go over.
    if (left === 1 || (left === 2 && n === 3)) this.newPage();
    else if (n === left + 1) this.breakAfter = left - 1;
  }

  private placeLines(lines: Line[], size: number, opts: { indent: boolean; align: Align; width?: number; x?: number }): void {
    const breakAfter = this.breakAfter;
    this.breakAfter = undefined;
    lines.forEach((line, i) => {
      if (i === breakAfter) this.newPage();
      this.need(1);
      const width = opts.width ?? W;
      const start = (opts.x ?? LEFT) + (i === 0 && opts.indent ? 2 * CHAR_PITCH : 0);
      const x = opts.align === 'center' ? (opts.x ?? LEFT) + (width - line.width) / 2 : opts.align === 'right' ? (opts.x ?? LEFT) + width - line.width : start;
      this.page.ops.push(...lineOps(line, x, this.baseline(this.row, size), size, size === SIZE.san ? CHAR_PITCH : size));
      this.row++;
    });
  }

  /** 发文机关标志 35 mm under the top of the text block, red; 发文字号 and 签发人 two lines lower; red rule 4 mm under them. */
  private docHeader(b: Extract<Block, { type: 'docHeader' }>): void {
    if (!this.pageEmpty()) this.newPage();
    const red = '#c00000';
    const head = masthead(b.organ, this.o.memo);
    const leading = head.size * MASTHEAD_LEADING;
    const organTop = TOP + 35 * MM;
    head.lines.forEach((text, i) => {
      const [line] = this.break([{ text, role: 'title', bold: false }], head.size, head.size, 10_000, 10_000, false);
      if (!line) return;
      const width = line.width * head.scale;
      const ops = lineOps(line, LEFT + (W - width) / 2, organTop + i * leading + head.size * 0.88, head.size, head.size, head.scale);
      this.page.ops.push(...ops.map((op) => (op.type === 'text' ? { ...op, color: red } : op)));
    });
    // 发文字号 two lines below the masthead (GB/T 9704-2012, 7.2.3: 下空二行): the grid line whose
    // text top is nearest to two line pitches under the masthead's last line.
    const organBottom = organTop + (head.lines.length - 1) * leading + head.size;
    this.row = Math.round((organBottom + 2 * LINE_PITCH - TOP - (LINE_PITCH - SIZE.san) / 2) / LINE_PITCH);
    const y = this.baseline(this.row, SIZE.san);
    this.text(b.number, LEFT + CHAR_PITCH, y, 'fangsong');
    if (b.signer) {
      const nameW = this.measure(b.signer, 'kai');
      const labelW = this.measure('签发人：', 'fangsong');
      const right = LEFT + W - CHAR_PITCH;
      this.text('签发人：', right - nameW - labelW, y, 'fangsong');
      this.text(b.signer, right - nameW, y, 'kai');
    }
    const ruleY = y + SIZE.san * 0.15 + 4 * MM;
    this.page.ops.push({ type: 'line', x1: LEFT, y1: ruleY, x2: LEFT + W, y2: ruleY, width: 1.2, color: red });
    this.row += 3;
  }

  private measure(s: string, role: FontRole): number {
    return this.break([{ text: s, role, bold: false }], SIZE.san, CHAR_PITCH, 10_000, 10_000, false)[0]?.width ?? 0;
  }

  private title(text: string): void {
    // Broken between words where the layout says, like the DOCX.
    const lines = titleLines(text, this.o.memo).flatMap((t) => this.break([{ text: t, role: 'title', bold: false }], SIZE.er, SIZE.er, W - 2 * SIZE.er, W - 2 * SIZE.er, false));
    this.need(lines.length + 1);
    for (const line of lines) {
      this.page.ops.push(...lineOps(line, LEFT + (W - line.width) / 2, this.baseline(this.row, SIZE.er), SIZE.er, SIZE.er));
      this.row++;
    }
    this.row++;
  }

  /** One line of 3号 text at `x`, set on the grid's character pitch (as `measure` measures it). */
  private text(s: string, x: number, y: number, role: FontRole): number {
    const [line] = this.break([{ text: s, role, bold: false }], SIZE.san, CHAR_PITCH, 10_000, 10_000, false);
    if (!line) return 0;
    this.page.ops.push(...lineOps(line, x, y, SIZE.san, CHAR_PITCH));
    return line.width;
  }

  /** 发文机关署名 centred over the 成文日期, which sits four characters in from the right (GB/T 9704-2012, 7.3.5.1). */
  private signature(lines: readonly string[]): void {
    const date = lines.at(-1) ?? '';
    const organ = this.signatureOrgan(lines);
    // A 附注 that follows (联系人、电话) stays on the page with the signature.
    this.need(organ.length + 2 + this.noteLines(this.next));
    this.row++;
    const dateRight = LEFT + W - DATE_RIGHT_CHARS * CHAR_PITCH;
    const dateCenter = dateRight - this.measure(date, 'fangsong') / 2;
    for (const s of organ) {
      const w = this.measure(s, 'fangsong');
      this.text(s, Math.max(LEFT, Math.min(LEFT + W - w, dateCenter - w / 2)), this.baseline(this.row, SIZE.san), 'fangsong');
      this.row++;
    }
    this.text(date, dateRight - this.measure(date, 'fangsong'), this.baseline(this.row, SIZE.san), 'fangsong');
    this.row++;
  }

  /** How many lines a 附注 block takes (0 for any other block). */
  private noteLines(b: Block | undefined): number {
    return b?.type === 'note' ? this.break(this.pieces([{ type: 'text', value: b.text }], 'fangsong'), SIZE.san, CHAR_PITCH, W, W - 2 * CHAR_PITCH, false).length : 0;
  }

  /** The signature's organ lines, each to be centred over the date. */
  private signatureOrgan(lines: readonly string[]): string[] {
    const date = lines.at(-1) ?? '';
    return lines.slice(0, -1).flatMap((l) => signatureLines(l, date, this.o.memo));
  }

  /**
   * 附件说明: 附件： two characters in, numbers after it, each name's lines aligned on its first
   * character (7.3.4). A signature that follows stays on the page with it: the 署名 never stands on
   * a page without text (7.3.5).
   */
  private attachmentList(items: readonly string[]): void {
    const x = (chars: number) => LEFT + chars * CHAR_PITCH;
    const nameX = items.length > 1 ? x(ATTACHMENT_LIST.name) : x(ATTACHMENT_LIST.number);
    const names = items.map((item) => this.break([{ text: item, role: 'fangsong', bold: false }], SIZE.san, CHAR_PITCH, LEFT + W - nameX, LEFT + W - nameX, true));
    const after = this.next?.type === 'signature' ? this.signatureOrgan(this.next.lines).length + 2 + this.noteLines(this.blockAfterNext) : 0;
    this.need(Math.min(ROWS, 1 + names.reduce((a, l) => a + l.length, 0) + after));
    this.row++;
    names.forEach((lines, i) => {
      this.need(1);
      if (i === 0) this.text('附件：', x(ATTACHMENT_LIST.label), this.baseline(this.row, SIZE.san), 'fangsong');
      if (items.length > 1) this.text(`${i + 1}．`, x(ATTACHMENT_LIST.number), this.baseline(this.row, SIZE.san), 'fangsong');
      this.placeLines(lines, SIZE.san, { indent: false, align: 'left', x: nameX, width: LEFT + W - nameX });
    });
  }

  /**
   * 版记 (GB/T 9704-2012, 7.4) at the foot of the last page, which is an even page (封四): 抄送机关
   * and 印发机关 one character in, 印发日期 one character from the right, between a 0.35 mm rule
   * above and below and 0.25 mm rules between the elements.
   */
  private imprint(b: Extract<Block, { type: 'imprint' }>): void {
    const size = IMPRINT.size;
    const measure = (s: string) => this.break([{ text: s, role: 'fangsong', bold: false }], size, size, 10_000, 10_000, false)[0]?.width ?? 0;
    // 印发机关 and 印发日期 share the last line; a long 印发机关 takes more lines, broken between words.
    const printer = balancedLines(b.printer, Math.floor((W - 3 * size - measure(b.date)) / size), this.o.memo);
    // 抄送 wraps within the block, a continuation under the first organ after 抄送：.
    const label = measure('抄送：');
    const cc = b.cc ? this.break([{ text: b.cc, role: 'fangsong', bold: false }], size, size, W - 2 * size - label, W - 2 * size - label, false) : [];
    const rows = cc.length + Math.max(1, printer.length);
    if (this.row > ROWS - rows - 1) this.newPage();
    if (this.index % 2 === 0) this.newPage();
    const first = ROWS - rows;
    const rule = (row: number, width: number) => this.page.ops.push({ type: 'line', x1: LEFT, y1: TOP + row * LINE_PITCH, x2: LEFT + W, y2: TOP + row * LINE_PITCH, width });
    const put = (s: string, row: number, right: boolean) => {
      const [line] = this.break([{ text: s, role: 'fangsong', bold: false }], size, size, 10_000, 10_000, false);
      if (!line) return;
      const at = right ? LEFT + W - size - line.width : LEFT + size;
      this.page.ops.push(...lineOps(line, at, this.baseline(row, size), size, size));
    };
    rule(first, IMPRINT.thick);
    if (cc.length) {
      put('抄送：', first, false);
      cc.forEach((line, i) => this.page.ops.push(...lineOps(line, LEFT + size + label, this.baseline(first + i, size), size, size)));
      rule(first + cc.length, IMPRINT.thin);
    }
    printer.forEach((l, i) => put(l, ROWS - printer.length + i, false));
    put(b.date, ROWS - 1, true);
    rule(ROWS, IMPRINT.thick);
    this.row = ROWS;
  }

  private image(src: string, caption: string): void {
    const data = this.o.readImage(src);
    const info = data ? imageSize(data) : undefined;
    if (!data || !info) {
      this.o.note?.(`图片 ${src} ${data ? '不是 PNG 或 JPEG' : '不存在'}，未输出`);
      this.o.picture?.(undefined);
      this.lines([{ text: `〔图片未能输出：${caption || pictureName(src)}〕`, role: 'fangsong', bold: false }], { indent: false, justify: false, align: 'center' });
      return;
    }
    // Only the header is kept: the picture is read again when its page is drawn.
    const size = displaySize(info);
    const lines = this.break([{ text: caption, role: 'kai', bold: false }], SIZE.si, SIZE.si, W, W, false);
    const rowsFor = (h: number) => Math.ceil((h + 6) / LINE_PITCH) + lines.length;
    let scale = Math.min((W * 0.75) / size.width, (LINE_PITCH * 10) / size.height);
    // A picture that does not fit in what is left of the page is made smaller, down to 45 % of its
    // size, rather than leaving the rest of the page blank.
    const left = ROWS - this.row;
    const room = (left - lines.length) * LINE_PITCH - 6 - 0.01;
    if (rowsFor(size.height * scale) > left && room >= size.height * scale * MIN_PICTURE_SCALE) scale = Math.min(scale, room / size.height);
    const w = size.width * scale;
    const h = size.height * scale;
    const rows = rowsFor(h);
    this.need(rows);
    this.page.ops.push({ type: 'image', x: LEFT + (W - w) / 2, y: TOP + this.row * LINE_PITCH + 3, w, h, src, info, id: pictureId(data) });
    this.o.picture?.({ w, h });
    this.row += rows - lines.length;
    this.placeLines(lines, SIZE.si, { indent: false, align: 'center' });
  }

  private table(t: Extract<Block, { type: 'table' }>): void {
    const { size, pad } = TABLE;
    const lineH = size * TABLE.leading;
    const colW = columnWidths(t, W, size, pad);
    const cellLines = (cells: readonly (readonly Inline[])[], header: boolean) =>
      cells.map((c, i) => this.break(this.pieces(c, header ? 'hei' : 'fangsong'), size, size, colW[i]! - 2 * pad, colW[i]! - 2 * pad, false));
    const rowHeight = (lines: Line[][]) => Math.max(1, ...lines.map((l) => l.length)) * lineH + 2 * pad;
    const header = cellLines(t.header, true);
    const headerH = rowHeight(header);
    const bottom = TOP + PAGE.textHeight;
    let y = TOP + this.row * LINE_PITCH;
    const drawRow = (lines: Line[][], h: number, header: boolean) => {
      let x = LEFT;
      lines.forEach((cell, i) => {
        const w = colW[i]!;
        const align = header ? 'center' : (t.align[i] ?? 'left');
        cell.forEach((line, k) => {
          const lx = align === 'center' ? x + (w - line.width) / 2 : align === 'right' ? x + w - pad - line.width : x + pad;
          this.page.ops.push(...lineOps(line, lx, y + pad + k * lineH + size * 1.05, size, size));
        });
        this.page.ops.push({ type: 'line', x1: x, y1: y, x2: x, y2: y + h, width: TABLE.rule });
        x += w;
      });
      this.page.ops.push({ type: 'line', x1: x, y1: y, x2: x, y2: y + h, width: TABLE.rule });
      this.page.ops.push({ type: 'line', x1: LEFT, y1: y, x2: LEFT + W, y2: y, width: TABLE.rule });
      this.page.ops.push({ type: 'line', x1: LEFT, y1: y + h, x2: LEFT + W, y2: y + h, width: TABLE.rule });
      y += h;
    };
    // A row taller than a page below the header is set in parts, page by page (the header
    // repeated): it starts where the table is, with at least this many lines.
    const room = bottom - TOP - headerH;
    const tall = (h: number) => h > room + 0.01;
    const partLines = (space: number) => Math.floor((space - 2 * pad + 0.01) / lineH);
    // Rows are broken into lines one at a time: a long table never holds all its cells' boxes at once.
    let lines = t.rows[0] ? cellLines(t.rows[0], false) : undefined;
    const firstH = lines ? rowHeight(lines) : 0;
    if (y + headerH + (tall(firstH) ? 2 * lineH + 2 * pad : firstH) > bottom) {
      this.newPage();
      y = TOP;
    }
    drawRow(header, headerH, true);
    for (let r = 0; r < t.rows.length; r++) {
      lines = r === 0 ? lines! : cellLines(t.rows[r]!, false);
      const h = rowHeight(lines);
      if (tall(h)) {
        const count = Math.max(...lines.map((l) => l.length));
        for (let from = 0; from < count;) {
          let n = Math.min(partLines(bottom - y), count - from);
          if (n < 1 || (from === 0 && n < 2 && count > 1)) {
            this.newPage();
            y = TOP;
            drawRow(header, headerH, true);
            n = Math.max(1, Math.min(partLines(bottom - y), count - from));
          }
          const at = from;
          drawRow(
            lines.map((cell) => cell.slice(at, at + n)),
            n * lineH + 2 * pad,
            false,
          );
          from += n;
          if (from < count) {
            this.newPage();
            y = TOP;
            drawRow(header, headerH, true);
          }
        }
        continue;
      }
      if (y + h > bottom) {
        this.newPage();
        y = TOP;
        drawRow(header, headerH, true);
      }
      drawRow(lines, h, false);
    }
    this.row = Math.ceil((y - TOP) / LINE_PITCH - 0.01);
    if (this.row >= ROWS) this.newPage();
  }

  private tocLine(slot: { page: number; row: number; no: number; title: string }): void {
    const page = this.held.get(slot.page)!;
    const target = this.attachmentPages.get(slot.no);
    const number = target === undefined ? '' : String(target + 1);
    const y = this.baseline(slot.row, SIZE.san);
    const label = `附件${slot.no}　${slot.title}`;
    const [line] = this.break([{ text: label, role: 'fangsong', bold: false }], SIZE.san, CHAR_PITCH, W, W, false);
    const [num] = this.break([{ text: number, role: 'fangsong', bold: false }], SIZE.san, CHAR_PITCH, W, W, false);
    if (!line || !num) return;
    const x = LEFT + 2 * CHAR_PITCH;
    page.ops.push(...lineOps(line, x, y, SIZE.san, CHAR_PITCH));
    page.ops.push(...lineOps(num, LEFT + W - num.width, y, SIZE.san, CHAR_PITCH));
    // Dot leaders between the title and the page number.
    for (let dx = x + line.width + 8; dx < LEFT + W - num.width - 8; dx += 8) {
      page.ops.push({ type: 'rect', x: dx, y: y - 2, w: 1.2, h: 1.2, fill: '#000000' });
    }
  }
}

/** Bytes kept by key between runs (TypesetMemo, ContentCache). */
export interface MemoStore {
  get(key: string): Buffer | undefined;
  put(key: string, data: Uint8Array): void;
}

/** JSON bytes parsed; undefined for none or what is not JSON. */
function parseJson(data: Buffer | undefined): unknown {
  if (!data) return undefined;
  try {
    return JSON.parse(data.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The operations of a memo entry's page (opArrays JSON, `count` of them in the fonts `used`), decoded when first asked for. */
function keptOps(bytes: Buffer, count: number, fonts: readonly LoadedFont[], used: readonly number[]): () => readonly Op[] {
  let ops: readonly Op[] | undefined;
  return () => {
    if (!ops) {
      const arrays = parseJson(bytes);
      // Checked by its checksum and made by this code (the memo's context): anything else is a fault of the program.
      const fits = (a: unknown[]) => isOpArray(a) && (a[0] !== 't' || used.includes(a[4] as number));
      if (!Array.isArray(arrays) || arrays.length !== count || !arrays.every(fits)) throw new Error('排版记录中的一页内容无法读取');
      ops = opsFromArrays(arrays, fonts);
    }
    return ops;
  };
}

/** What a block put on one page. */
interface PagePart {
  ops: Op[];
  outline: OutlineEntry[];
}

/**
 * A block's setting as the memo keeps it: its fonts by identity; for each page it touched, how many
 * operations it put there, their fonts (by place in `fonts`, in order of first use), the byte
 * length of their JSON in the entry's body, and its bookmarks; and where it left off.
 */
interface BlockEffect {
  readonly fonts: string[];
  readonly parts: { count: number; fonts: number[]; bytes: number; outline: OutlineEntry[] }[];
  readonly row: number;
  readonly breakAfter: number | null;
  /** Code points no font covered in what the block set (told again when it is replayed). */
  readonly missing: number[];
}

function isEffect(v: unknown): v is BlockEffect {
  const e = v as BlockEffect | undefined;
  return (
    typeof e === 'object' &&
    e !== null &&
    Array.isArray(e.fonts) &&
    Array.isArray(e.parts) &&
    e.parts.length > 0 &&
    e.parts.every(
      (p) =>
        typeof p === 'object' &&
        p !== null &&
        Number.isInteger(p.count) &&
        p.count >= 0 &&
        Number.isInteger(p.bytes) &&
        p.bytes >= 0 &&
        Array.isArray(p.fonts) &&
        p.fonts.every((f) => Number.isInteger(f) && f >= 0 && f < e.fonts.length) &&
        Array.isArray(p.outline),
    ) &&
    Number.isInteger(e.row) &&
    (e.breakAfter === null || Number.isInteger(e.breakAfter)) &&
    Array.isArray(e.missing) &&
    e.missing.every(Number.isInteger)
  );
}

/** A picture's file name without its folders: a path of the office's machine never reaches a submitted document. */
function pictureName(src: string): string {
  return src.split(/[\\/]/).pop() || '图片';
}
