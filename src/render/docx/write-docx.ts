import { plain } from '../../model/plain.js';
import type { Align, Block, Doc, Inline } from '../../model/types.js';
import { zipParts, type ZipPart } from '../../util/zip-parts.js';
import { columnWidths } from '../column-widths.js';
import type { FontRole } from '../fonts/roles.js';
import { imageSize } from '../image-size.js';
import {
  ATTACHMENT_LIST,
  balancedLines,
  DATE_RIGHT_CHARS,
  emWidth,
  IMPRINT,
  masthead,
  MASTHEAD_LEADING,
  MM,
  PAGE,
  signatureLines,
  SIZE,
  TABLE,
  titleLines,
  type KeptStore,
  type PictureSize,
} from '../layout.js';
import { BREAK, esc, paragraph, run, type ParaProps, type RunStyle } from './ooxml.js';
import { packageParts } from '../../util/office-package.js';
import { CONDENSE, DOCUMENT_NS, documentRels, footerXml, GRID_LINE, headingStyle, sectionXml, SETTINGS, stylesXml, WORD_PARTS } from './parts.js';
import { CHAR_TW, SECTION, TW } from './styles.js';

/** Options of the DOCX writer. */
export interface DocxOptions {
  readonly readImage: (src: string) => Uint8Array | undefined;
  /** Stamped into the document properties and the zip entries: equal inputs, equal bytes. */
  readonly date: Date;
  /** The sizes the PDF set the pictures at, in the order of the image blocks (absent: the default size). */
  readonly pictures?: readonly (PictureSize | undefined)[];
  /** Results of earlier runs (lines broken between words: balancedLines); absent: made afresh. */
  readonly cache?: KeptStore;
}

/** What the handlers share while one document is written: options, notes and the pictures so far. */
interface Ctx {
  readonly o: DocxOptions;
  /** Image blocks met so far (the index into o.pictures). */
  images: number;
  readonly notes: string[];
  readonly media: { id: string; target: string; data: Uint8Array; ext: string }[];
}
type Handler<K extends Block['type']> = (b: Extract<Block, { type: K }>, ctx: Ctx) => string[];

const ALIGN: Record<Align, 'both' | 'center' | 'right'> = { left: 'both', center: 'center', right: 'right' };
const BODY: RunStyle = { role: 'fangsong', size: SIZE.san, spacing: CONDENSE };
/** Pictures: English Metric Units per pixel at 96 dpi. */
const EMU_PER_PX = 9525;

function styleOf(role: FontRole, opts: { bold?: boolean; size?: number; free?: boolean } = {}): RunStyle {
  const size = opts.size ?? SIZE.san;
  // Body-size text is condensed by a quarter point so that 28 characters of 3号 fill the 156 mm line.
  return { role, size, ...(opts.bold ? { bold: true } : {}), ...(opts.free ? { free: true } : {}), ...(size === SIZE.san ? { spacing: CONDENSE } : {}) };
}

function runs(children: readonly Inline[], style: RunStyle = BODY): string[] {
  const out: string[] = [];
  for (const c of children) {
    if (c.type === 'text') out.push(run(c.value, style));
    else if (c.type === 'break') out.push(BREAK);
    else if (c.type === 'strong') out.push(...runs(c.children, { ...style, bold: true }));
    else out.push(...runs(c.children, styleOf('kai', { bold: style.bold, size: style.size, free: style.free })));
  }
  return out;
}

const text = (value: string): Inline[] => [{ type: 'text', value }];

function para(content: string[], opts: { indent?: boolean; align?: Align; keepNext?: boolean } = {}): string {
  return paragraph({ keepNext: opts.keepNext, line: GRID_LINE, ...(opts.indent ? { indent: { firstLine: 2 * CHAR_TW } } : {}), align: ALIGN[opts.align ?? 'left'] }, content);
}

function titleParagraphs(title: string, ctx: Ctx, props: ParaProps = {}): string[] {
  // The 2号 title is taller than a grid line; snapping would give each of its lines two. Its lines
  // break where the layout says (between words), not where Word would.
  const lines = titleLines(title, ctx.o.cache);
  const style = styleOf('title', { size: SIZE.er, free: true });
  return [
    paragraph(
      { ...props, free: true, line: GRID_LINE, align: 'center' },
      lines.flatMap((l, i) => (i ? [BREAK, run(l, style)] : [run(l, style)])),
    ),
    para([]),
  ];
}

function tableXml(t: Extract<Block, { type: 'table' }>): string {
  const total = Math.round(PAGE.textWidth * TW);
  // The PDF's widths, padding, leading and rules, so that a table takes the same height in both.
  const pad = TABLE.pad * TW;
  const widths = columnWidths(t, total, TABLE.size * TW, pad).map(Math.round);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="${Math.round(TABLE.rule * 8)}" w:space="0" w:color="000000"/>`;
  const cell = (content: readonly Inline[], i: number, header: boolean) => {
    const align = header ? 'center' : ALIGN[t.align[i] ?? 'left'] === 'both' ? 'left' : ALIGN[t.align[i]!];
    // Table text is smaller than the grid and does not snap to it.
    const p = paragraph(
      { free: true, line: { value: Math.round(TABLE.size * TABLE.leading * TW), rule: 'exact' }, align },
      runs(content, styleOf(header ? 'hei' : 'fangsong', { size: TABLE.size, free: true })),
    );
    const margins = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:w="${pad}" w:type="dxa"/>`).join('');
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/><w:tcMar>${margins}</w:tcMar></w:tcPr>${p}</w:tc>`;
  };
  // A row is kept on one page, unless it may be taller than a page below the header: that one
  // runs on over the pages (as the PDF sets it), where Word would cut it off at the page's foot.
  const room = PAGE.textHeight - rowHeight(t.header, widths, pad);
  const row = (cells: readonly (readonly Inline[])[], header: boolean) =>
    `<w:tr><w:trPr>${header || rowHeight(cells, widths, pad) <= room * 0.8 ? '<w:cantSplit/>' : ''}${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells.map((c, i) => cell(c, i, header)).join('')}</w:tr>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    row(t.header, true) +
    t.rows.map((r) => row(r, false)).join('') +
    '</w:tbl>'
  );
}

/**
 * About how tall a table row is set (points), from its cells' widths in ems: each line of a cell
 * holds its column's width less the padding; a break starts a line.
 */
function rowHeight(cells: readonly (readonly Inline[])[], widths: readonly number[], pad: number): number {
  const lines = cells.map((c, i) => {
    const perLine = Math.max(1, (widths[i]! - 2 * pad) / TW / TABLE.size);
    return plain(c)
      .split('\n')
      .reduce((n, seg) => n + Math.max(1, Math.ceil(emWidth(seg) / perLine)), 0);
  });
  return Math.max(1, ...lines) * TABLE.size * TABLE.leading + (2 * pad) / TW;
}

function pictureRun(ctx: Ctx, data: Uint8Array, format: 'png' | 'jpeg', cx: number, cy: number, name: string, description: string): string {
  const n = ctx.media.length + 1;
  const id = `rId${n + 4}`;
  ctx.media.push({ id, target: `media/image${n}.${format === 'png' ? 'png' : 'jpeg'}`, data, ext: format === 'png' ? 'png' : 'jpeg' });
  const nm = esc(name);
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${n}" name="${nm}" descr="${esc(description)}" title="${nm}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>' +
    `<pic:nvPicPr><pic:cNvPr id="${n}" name="${nm}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

/** The 印发机关's lines beside the 印发日期 (as the PDF sets them: the date's width at 4号 taken off the line). */
function imprintPrinter(printer: string, date: string, store?: KeptStore): string[] {
  return balancedLines(printer, Math.floor(PAGE.textWidth / IMPRINT.size - 3 - emWidth(date)), store);
}

/** One handler per block type; the mapped type makes the compiler prove every type is handled. */
const HANDLERS: { [K in Block['type']]: Handler<K> } = {
  docHeader: (b, ctx) => {
    const head = masthead(b.organ, ctx.o.cache);
    const red = 'C00000';
    const style: RunStyle = { role: 'title', size: head.size, color: red, free: true, ...(head.scale < 1 ? { scale: Math.floor(head.scale * 100) } : {}) };
    return [
      paragraph(
        { free: true, line: { value: Math.round(head.size * MASTHEAD_LEADING * TW), rule: 'exact', before: Math.round(35 * MM * TW - SECTION.grid.linePitch) }, align: 'center' },
        head.lines.flatMap((l, i) => (i ? [BREAK, run(l, style)] : [run(l, style)])),
      ),
      para([]),
      para([]),
      // The red rule spans the whole text block (a border runs between the indents: only the first line is indented).
      paragraph({ borderBottom: { size: 12, color: red, space: 11 }, rightTab: Math.round(PAGE.textWidth * TW) - CHAR_TW, line: GRID_LINE, indent: { firstLine: CHAR_TW } }, [
        run(b.number, BODY),
        ...(b.signer ? [run('\t签发人：', BODY), run(b.signer, styleOf('kai'))] : []),
      ]),
      para([]),
    ];
  },
  note: (b) => [para(runs(text(b.text)), { indent: true })],
  title: (b, ctx) => titleParagraphs(b.text, ctx),
  recipient: (b) => [para(runs(text(b.text)))],
  heading: (b) => {
    const h = headingStyle(b.level);
    return [paragraph({ style: `Heading${b.level}`, keepNext: true, line: GRID_LINE, indent: { firstLine: 2 * CHAR_TW }, align: 'both' }, runs(b.children, styleOf(h.role, { bold: h.bold })))];
  },
  paragraph: (b) => [para(runs(b.children), { indent: b.indent, align: b.align ?? 'left' })],
  list: (b) => {
    const content = (item: readonly Inline[], i: number) => runs([...text(b.ordered ? `${b.start + i}. ` : '· '), ...item]);
    // A nested list stands two characters further in for each level (as the PDF sets it).
    const left = (b.depth ?? 0) * 2 * CHAR_TW;
    if (!left) return b.items.map((item, i) => para(content(item, i), { indent: true }));
    return b.items.map((item, i) => paragraph({ line: GRID_LINE, indent: { left, firstLine: 2 * CHAR_TW }, align: 'both' }, content(item, i)));
  },
  table: (b) => [tableXml(b), para([])],
  image: (b, ctx) => {
    const decided = ctx.o.pictures?.[ctx.images++];
    const data = ctx.o.readImage(b.src);
    const size = data ? imageSize(data) : undefined;
    if (!data || !size) {
      ctx.notes.push(`图片 ${b.src} ${data ? '不是 PNG 或 JPEG' : '不存在'}，未输出`);
      return [para(runs(text(`〔图片未能输出：${b.caption ?? b.alt ?? (b.src.split(/[\\/]/).pop() || '图片')}〕`)), { align: 'center' })];
    }
    // Pixels at 96 dpi: at most three quarters of the text width and ten grid lines high.
    const maxW = (PAGE.textWidth * 0.75 * 96) / 72;
    const maxH = (SECTION.grid.linePitch / TW) * 10 * (96 / 72);
    const scale = Math.min(maxW / size.width, maxH / size.height);
    // The size the PDF set it at, when known (12,700 EMU per point).
    const cx = decided ? Math.round(decided.w * 12700) : Math.round(size.width * scale) * EMU_PER_PX;
    const cy = decided ? Math.round(decided.h * 12700) : Math.round(size.height * scale) * EMU_PER_PX;
    return [
      // Single line spacing: a picture in a paragraph of exact spacing would be cut to one line in Word.
      paragraph({ keepNext: true, align: 'center', line: { value: 240, rule: 'auto' } }, [pictureRun(ctx, data, size.format, cx, cy, b.alt, b.caption ?? b.alt)]),
      paragraph({ line: GRID_LINE, align: 'center' }, [run(b.caption ?? b.alt, styleOf('kai', { size: SIZE.si }))]),
    ];
  },
  chart: (b, ctx) => {
    // Word documents get the chart's figures as a table; the PDF draws the bars.
    ctx.notes.push(`DOCX 中“${b.title}”以数据表代替柱状图`);
    const table: Extract<Block, { type: 'table' }> = {
      type: 'table',
      header: [text('方面'), ...b.series.map((s) => text(s))],
      rows: b.bars.map((bar) => [text(bar.label), ...bar.values.map((v) => text(String(v)))]),
      align: ['center', ...b.series.map(() => 'center' as const)],
      widths: [6, ...b.series.map(() => 6)],
    };
    return [para(runs(text(b.title), styleOf('hei', { size: SIZE.si })), { align: 'center', keepNext: true }), tableXml(table), para([])];
  },
  signature: (b, ctx) => {
    // The 成文日期 four characters in from the right; each line of the organ centred over it.
    const date = b.lines.at(-1) ?? '';
    const organ = b.lines.slice(0, -1).flatMap((l) => signatureLines(l, date, ctx.o.cache));
    const rightOf = (line: string) => Math.max(0, DATE_RIGHT_CHARS * CHAR_TW + ((emWidth(date) - emWidth(line)) * CHAR_TW) / 2);
    return [
      para([]),
      ...organ.map((line) => paragraph({ keepNext: true, line: GRID_LINE, indent: { right: Math.round(rightOf(line)) }, align: 'right' }, runs(text(line)))),
      paragraph({ line: GRID_LINE, indent: { right: DATE_RIGHT_CHARS * CHAR_TW }, align: 'right' }, runs(text(date))),
    ];
  },
  attachmentList: (b) => {
    // Names start at one place; a name's second line aligns with its first character (hanging indent, tab to it).
    const many = b.items.length > 1;
    const name = (many ? ATTACHMENT_LIST.name : ATTACHMENT_LIST.number) * CHAR_TW;
    return [
      para([]),
      ...b.items.map((item, i) => {
        const start = (i === 0 ? ATTACHMENT_LIST.label : ATTACHMENT_LIST.number) * CHAR_TW;
        const lead = `${i === 0 ? '附件：' : ''}${many ? `${i + 1}．` : ''}`;
        return paragraph({ keepNext: true, line: GRID_LINE, indent: { left: name, hanging: name - start } }, runs(text(`${lead}\t${item}`)));
      }),
    ];
  },
  imprint: (b, ctx) => {
    // A table floating at the foot of the text block: rules 0.35 mm above and below, 0.25 mm between.
    const width = Math.round(PAGE.textWidth * TW);
    const style = styleOf('fangsong', { size: IMPRINT.size, free: true });
    const eighths = (mm: number) => Math.round((mm / MM) * 8);
    const cell = (content: string[], props: ParaProps = {}) =>
      `<w:tr><w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph({ free: true, line: GRID_LINE, indent: { left: IMPRINT.size * TW, right: IMPRINT.size * TW }, ...props }, content)}</w:tc></w:tr>`;
    const line = (side: string, mm: number) => `<w:${side} w:val="single" w:sz="${eighths(mm)}" w:space="0" w:color="000000"/>`;
    // Placed by its distance from the top of the text block, so that its last line is the block's last.
    const printer = imprintPrinter(b.printer, b.date, ctx.o.cache);
    const rows = (b.cc ? 1 : 0) + printer.length;
    const y = Math.floor(PAGE.textHeight * TW) - rows * SECTION.grid.linePitch;
    return [
      `<w:tbl><w:tblPr><w:tblpPr w:leftFromText="0" w:rightFromText="0" w:vertAnchor="margin" w:horzAnchor="margin" w:tblpY="${y}"/><w:tblW w:w="${width}" w:type="dxa"/>` +
        `<w:tblBorders>${line('top', IMPRINT.thick)}${line('bottom', IMPRINT.thick)}${line('insideH', IMPRINT.thin)}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
        `<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="${width}"/></w:tblGrid>` +
        (b.cc ? cell([run(`抄送：${b.cc}`, style)]) : '') +
        cell(
          printer.flatMap((l, i, all) => [...(i ? [BREAK] : []), run(i === all.length - 1 ? `${l}\t${b.date}` : l, style)]),
          { rightTab: width - 2 * IMPRINT.size * TW },
        ) +
        '</w:tbl>',
      para([]),
    ];
  },
  attachment: (b, ctx) => [paragraph({ pageBreakBefore: true, line: GRID_LINE }, [run(`附件${b.no}`, styleOf('hei'))]), para([]), ...titleParagraphs(b.title, ctx)],
  toc: (b, ctx) => {
    ctx.notes.push('DOCX 的附件目录不标页码（页码见 PDF）');
    return titleParagraphs(b.title, ctx, { pageBreakBefore: true });
  },
  pageBreak: () => [paragraph({ pageBreakBefore: true, line: GRID_LINE })],
};

/**
 * The DOCX writer: WordprocessingML written directly (a few megabytes of text for a 200-page
 * report, where an object model of it took over 100 MB), official font names for Word, the GB/T
 * page and grid, odd/even page numbers, fixed dates and picture numbers: equal inputs, equal bytes.
 */
export async function writeDocx(doc: Doc, options: DocxOptions): Promise<{ data: Uint8Array; notes: string[] }> {
  const ctx: Ctx = { o: options, images: 0, notes: [], media: [] };
  const attachments = doc.blocks.filter((b): b is Extract<Block, { type: 'attachment' }> => b.type === 'attachment');
  // Each block's XML becomes bytes at once: the many small strings die young.
  const body: Buffer[] = [Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${DOCUMENT_NS}><w:body>`)];
  for (const block of doc.blocks) {
    const xml = (HANDLERS[block.type] as Handler<typeof block.type>)(block as never, ctx);
    if (block.type === 'toc') for (const a of attachments) xml.push(para(runs(text(`附件${a.no}　${a.title}`)), { indent: true }));
    body.push(Buffer.from(xml.join('')));
  }
  body.push(Buffer.from(`${sectionXml()}</w:body></w:document>`));
  const document = Buffer.concat(body);
  body.length = 0;
  const parts: ZipPart[] = [
    ...packageParts(
      'word/document.xml',
      WORD_PARTS,
      [...new Set(ctx.media.map((m) => m.ext))].sort().map((e) => [e, `image/${e}`] as const),
      { creator: doc.meta.author, title: doc.meta.title, subject: doc.meta.subject, language: doc.meta.lang },
      options.date,
    ),
    { name: 'word/document.xml', data: document, compress: true },
    { name: 'word/_rels/document.xml.rels', data: documentRels(ctx.media) },
    { name: 'word/styles.xml', data: stylesXml() },
    { name: 'word/settings.xml', data: SETTINGS },
    { name: 'word/footer1.xml', data: footerXml('right') },
    { name: 'word/footer2.xml', data: footerXml('left') },
    ...ctx.media.map((m) => ({ name: `word/${m.target}`, data: m.data })),
  ];
  return { data: await zipParts(parts, options.date), notes: ctx.notes };
}
