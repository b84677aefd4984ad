import JSZip from 'jszip';
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, HeadingLevel, ImageRun, LineRuleType, Packer, PageNumber,
  Paragraph, Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType, type IRunOptions, type ParagraphChild,
} from 'docx';
import type { Align, Block, Doc, Inline } from '../../model/types.js';
import { setZipTimestamps } from '../../util/zip-fixed-time.js';
import { columnWidths } from '../column-widths.js';
import type { FontRole } from '../fonts/roles.js';
import { imageSize } from '../image-size.js';
import { MM, PAGE, SIZE } from '../layout.js';
import { CHAR_TW, halfPoints, runFont, SECTION, TW } from './styles.js';

/** Options of the DOCX writer. */
export interface DocxOptions {
  readonly readImage: (src: string) => Uint8Array | undefined;
  /** Stamped into the document properties and the zip entries: equal inputs, equal bytes. */
  readonly date: Date;
}

type Out = Paragraph | Table;
type Ctx = { readonly o: DocxOptions; readonly notes: string[] };
type Handler<K extends Block['type']> = (b: Extract<Block, { type: K }>, ctx: Ctx) => Out[];

/** Character spacing of body text in twentieths of a point (see runOpts). */
const CONDENSE = -5;
const LINE = { line: Math.round(SECTION.grid.linePitch), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = { left: AlignmentType.BOTH, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };
const HEADING_ROLE: Record<1 | 2 | 3 | 4, { role: FontRole; bold: boolean; level: (typeof HeadingLevel)[keyof typeof HeadingLevel] }> = {
  1: { role: 'hei', bold: false, level: HeadingLevel.HEADING_1 },
  2: { role: 'kai', bold: false, level: HeadingLevel.HEADING_2 },
  3: { role: 'fangsong', bold: true, level: HeadingLevel.HEADING_3 },
  4: { role: 'fangsong', bold: false, level: HeadingLevel.HEADING_4 },
};

function runs(children: readonly Inline[], style: { role: FontRole; bold?: boolean; size?: number; free?: boolean } = { role: 'fangsong' }): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const c of children) {
    if (c.type === 'text') out.push(new TextRun({ ...runOpts(c.value, style), ...(style.free ? { snapToGrid: false } : {}) }));
    else if (c.type === 'break') out.push(new TextRun({ break: 1 }));
    else if (c.type === 'strong') out.push(...runs(c.children, { ...style, bold: true }));
    else out.push(...runs(c.children, { ...style, role: 'kai' }));
  }
  return out;
}

function runOpts(text: string, style: { role: FontRole; bold?: boolean; size?: number; free?: boolean }): IRunOptions {
  const size = style.size ?? SIZE.san;
  // Body text is condensed by a quarter point so that 28 characters of 3号 fill the 156 mm line.
  return { text, font: runFont(style.role), bold: style.bold ?? false, size: halfPoints(size), ...(size === SIZE.san ? { characterSpacing: CONDENSE } : {}) };
}

function para(children: ParagraphChild[], opts: { indent?: boolean; align?: Align; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: ALIGN[opts.align ?? 'left'],
    spacing: LINE,
    ...(opts.indent ? { indent: { firstLine: 2 * CHAR_TW } } : {}),
    ...(opts.keepNext ? { keepNext: true } : {}),
  });
}

function titleParagraphs(text: string): Paragraph[] {
  return [
    // The 2号 title is taller than a grid line; snapping would give each of its lines two.
    new Paragraph({ children: [new TextRun({ ...runOpts(text, { role: 'title', size: SIZE.er }), snapToGrid: false })], alignment: AlignmentType.CENTER, spacing: LINE }),
    para([]),
  ];
}

function tableOut(t: Extract<Block, { type: 'table' }>): Table {
  const total = Math.round(PAGE.textWidth * TW);
  const widths = columnWidths(t, total, SIZE.xiaosi * TW, 8 * TW).map(Math.round);
  const cell = (content: readonly Inline[], i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      children: [
        new Paragraph({
          // Table text is smaller than the grid and does not snap to it.
          children: runs(content, { role: header ? 'hei' : 'fangsong', size: SIZE.xiaosi, free: true }),
          alignment: header ? AlignmentType.CENTER : ALIGN[t.align[i] ?? 'left'] === AlignmentType.BOTH ? AlignmentType.LEFT : ALIGN[t.align[i]!],
          spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        }),
      ],
    });
  const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((c, i) => cell(c, i, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** One handler per block type; the mapped type makes the compiler prove every type is handled. */
const HANDLERS: { [K in Block['type']]: Handler<K> } = {
  docHeader: (b) => {
    const organSize = Math.min(30, Math.floor((PAGE.textWidth / Math.max(1, [...b.organ].length)) * 0.95));
    const red = 'C00000';
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: Math.round(35 * MM * TW - SECTION.grid.linePitch), after: 0, line: Math.round(organSize * 1.3 * TW), lineRule: LineRuleType.EXACT },
        children: [new TextRun({ text: b.organ, font: runFont('title'), size: halfPoints(organSize), color: red, snapToGrid: false })],
      }),
      para([]),
      para([]),
      new Paragraph({
        spacing: LINE,
        indent: { left: CHAR_TW, right: CHAR_TW },
        tabStops: [{ type: TabStopType.RIGHT, position: Math.round(PAGE.textWidth * TW) - 2 * CHAR_TW }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: red, space: 11 } },
        children: [
          new TextRun(runOpts(b.number, { role: 'fangsong' })),
          ...(b.signer
            ? [new TextRun({ ...runOpts('', { role: 'fangsong' }), children: [new Tab(), '签发人：'] }), new TextRun(runOpts(b.signer, { role: 'kai' }))]
            : []),
        ],
      }),
      para([]),
    ];
  },
  note: (b) => [para(runs([{ type: 'text', value: b.text }]), { indent: true })],
  title: (b) => titleParagraphs(b.text),
  recipient: (b) => [para(runs([{ type: 'text', value: b.text }]))],
  heading: (b) => {
    const h = HEADING_ROLE[b.level];
    return [new Paragraph({ heading: h.level, children: runs(b.children, { role: h.role, bold: h.bold }), alignment: AlignmentType.BOTH, spacing: LINE, indent: { firstLine: 2 * CHAR_TW }, keepNext: true })];
  },
  paragraph: (b) => [para(runs(b.children), { indent: b.indent, align: b.align ?? 'left' })],
  list: (b) => b.items.map((item, i) => para(runs([{ type: 'text', value: b.ordered ? `${b.start + i}. ` : '· ' }, ...item]), { indent: true })),
  table: (b) => [tableOut(b), para([])],
  image: (b, ctx) => {
    const data = ctx.o.readImage(b.src);
    const size = data ? imageSize(data) : undefined;
    if (!data || !size) {
      ctx.notes.push(`图片 ${b.src} ${data ? '不是 PNG 或 JPEG' : '不存在'}，未输出`);
      return [para(runs([{ type: 'text', value: `〔图片未能输出：${b.caption ?? b.alt ?? b.src}〕` }]), { align: 'center' })];
    }
    // Pixels at 96 dpi: at most three quarters of the text width and ten grid lines high.
    const maxW = (PAGE.textWidth * 0.75 * 96) / 72;
    const maxH = (SECTION.grid.linePitch / TW) * 10 * (96 / 72);
    const scale = Math.min(maxW / size.width, maxH / size.height);
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [new ImageRun({ type: size.format === 'png' ? 'png' : 'jpg', data: Buffer.from(data), transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) }, altText: { name: b.alt, description: b.caption ?? b.alt, title: b.alt } })],
      }),
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: LINE, children: [new TextRun(runOpts(b.caption ?? b.alt, { role: 'kai', size: SIZE.si }))] }),
    ];
  },
  chart: (b, ctx) => {
    // Word documents get the chart's figures as a table; the PDF draws the bars.
    ctx.notes.push(`DOCX 中“${b.title}”以数据表代替柱状图`);
    const table: Extract<Block, { type: 'table' }> = {
      type: 'table',
      header: [[{ type: 'text', value: '方面' }], ...b.series.map((s) => [{ type: 'text' as const, value: s }])],
      rows: b.bars.map((bar) => [[{ type: 'text' as const, value: bar.label }], ...bar.values.map((v) => [{ type: 'text' as const, value: String(v) }])]),
      align: ['center', ...b.series.map(() => 'center' as const)],
      widths: [6, ...b.series.map(() => 6)],
    };
    return [para(runs([{ type: 'text', value: b.title }], { role: 'hei', size: SIZE.si }), { align: 'center', keepNext: true }), tableOut(table), para([])];
  },
  signature: (b) => {
    const date = b.lines.at(-1) ?? '';
    const chars = (s: string) => [...s].length;
    return [
      para([]),
      ...b.lines.map((line, i) => {
        const last = i === b.lines.length - 1;
        // The date sits four characters from the right; the issuer is centred over the date.
        const right = last ? 4 * CHAR_TW : Math.max(0, 4 * CHAR_TW + ((chars(date) - chars(line)) * CHAR_TW) / 2);
        return new Paragraph({ children: runs([{ type: 'text', value: line }]), alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: Math.round(right) }, keepNext: !last });
      }),
    ];
  },
  attachmentList: (b) => [
    para([]),
    ...b.items.map((item, i) => {
      const label = b.items.length > 1 ? `${i + 1}．${item}` : item;
      return new Paragraph({
        children: runs([{ type: 'text', value: i === 0 ? `附件：${label}` : label }]),
        spacing: LINE,
        indent: i === 0 ? { left: 5 * CHAR_TW, hanging: 3 * CHAR_TW } : { left: 5 * CHAR_TW },
        keepNext: true,
      });
    }),
  ],
  attachment: (b) => [
    new Paragraph({ pageBreakBefore: true, spacing: LINE, children: [new TextRun(runOpts(`附件${b.no}`, { role: 'hei' }))] }),
    para([]),
    ...titleParagraphs(b.title),
  ],
  toc: (b, ctx) => {
    ctx.notes.push('DOCX 的附件目录不标页码（页码见 PDF）');
    return [new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, spacing: LINE, children: [new TextRun({ ...runOpts(b.title, { role: 'title', size: SIZE.er }), snapToGrid: false })] }), para([])];
  },
  pageBreak: () => [new Paragraph({ pageBreakBefore: true, spacing: LINE, children: [] })],
};

/** The DOCX writer: official font names for Word, the GB/T page and grid, odd/even page numbers. */
export async function writeDocx(doc: Doc, options: DocxOptions): Promise<{ data: Uint8Array; notes: string[] }> {
  const ctx: Ctx = { o: options, notes: [] };
  const attachments = doc.blocks.filter((b): b is Extract<Block, { type: 'attachment' }> => b.type === 'attachment');
  const children: Out[] = [];
  for (const block of doc.blocks) {
    children.push(...(HANDLERS[block.type] as Handler<typeof block.type>)(block as never, ctx));
    if (block.type === 'toc') {
      for (const a of attachments) children.push(para(runs([{ type: 'text', value: `附件${a.no}　${a.title}` }]), { indent: true }));
    }
  }
  const footer = (align: 'left' | 'right') =>
    new Footer({
      children: [
        new Paragraph({
          alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: align === 'right' ? { right: CHAR_TW } : { left: CHAR_TW },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFont('song'), size: halfPoints(SIZE.si) })],
        }),
      ],
    });
  const heading = (id: string, name: string, level: 1 | 2 | 3 | 4) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: runFont(HEADING_ROLE[level].role), bold: HEADING_ROLE[level].bold, size: halfPoints(SIZE.san), color: '000000' },
    paragraph: { outlineLevel: level - 1, spacing: LINE },
  });
  const document = new Document({
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    title: doc.meta.title,
    subject: doc.meta.subject,
    description: doc.meta.subject,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont('fangsong'), size: halfPoints(SIZE.san), characterSpacing: CONDENSE, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: LINE },
        },
      },
      paragraphStyles: [heading('Heading1', 'heading 1', 1), heading('Heading2', 'heading 2', 2), heading('Heading3', 'heading 3', 3), heading('Heading4', 'heading 4', 4)],
    },
    sections: [
      {
        properties: { page: SECTION.page, grid: { linePitch: SECTION.grid.linePitch, type: DocumentGridType.LINES } },
        footers: { default: footer('right'), even: footer('left') },
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(document);
  return { data: await finish(packed, options.date), notes: ctx.notes };
}

/**
 * Finishes the package: table-cell paragraphs leave the document grid (the library cannot say so),
 * and the dates the library stamps (core properties, zip entries) become `date`.
 */
async function finish(docx: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const body = zip.file('word/document.xml');
  if (body) {
    let drawing = 0;
    const xml = (await body.async('string'))
      .replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (cell) => cell.replace(/<w:spacing /g, '<w:snapToGrid w:val="0"/><w:spacing '))
      // Paragraphs whose runs are off the grid (2号 titles, the masthead) leave it as a whole too.
      .split('</w:p>')
      .map((p) => (/<w:snapToGrid w:val="0"\/><\/w:rPr>|<w:snapToGrid w:val="false"\/>/.test(p) || (p.includes('<w:snapToGrid') && !p.includes('<w:tc>')) ? p.replace(/<w:pPr>((?:(?!<w:spacing)[\s\S])*?)<w:spacing /, '<w:pPr>$1<w:snapToGrid w:val="0"/><w:spacing ') : p))
      .join('</w:p>')
      // The library numbers pictures from a counter that lives as long as the process: renumber per document.
      .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`);
    zip.file('word/document.xml', xml, { date });
  }
  const core = zip.file('docProps/core.xml');
  if (core) {
    const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const xml = (await core.async('string')).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`);
    zip.file('docProps/core.xml', xml, { date });
  }
  for (const f of Object.values(zip.files)) f.date = date;
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return setZipTimestamps(out, date);
}
