import type { DocMeta } from '../../model/types.js';
import type { FontRole } from '../fonts/roles.js';
import { SIZE } from '../layout.js';
import { esc, paragraph, rPr, run } from './ooxml.js';
import { CHAR_TW, SECTION } from './styles.js';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Namespaces of the document part (drawings need wp, a, pic). */
export const DOCUMENT_NS =
  `xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

/** The document line: exact grid pitch, nothing before or after. */
export const GRID_LINE = { value: SECTION.grid.linePitch, rule: 'exact' } as const;

/** Body text of 3号 is condensed by a quarter point so that 28 characters fill the 156 mm line. */
export const CONDENSE = -5;

/** `[Content_Types].xml`: the parts and the picture formats present. */
export function contentTypes(imageExts: ReadonlySet<string>): string {
  const t = 'application/vnd.openxmlformats-officedocument';
  return (
    XML +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    [...imageExts].sort().map((e) => `<Default Extension="${e}" ContentType="image/${e === 'png' ? 'png' : 'jpeg'}"/>`).join('') +
    `<Override PartName="/word/document.xml" ContentType="${t}.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${t}.wordprocessingml.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${t}.wordprocessingml.settings+xml"/>` +
    `<Override PartName="/word/footer1.xml" ContentType="${t}.wordprocessingml.footer+xml"/>` +
    `<Override PartName="/word/footer2.xml" ContentType="${t}.wordprocessingml.footer+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${t}.extended-properties+xml"/>` +
    '</Types>'
  );
}

/** `_rels/.rels`: the main document and the two property parts. */
export const PACKAGE_RELS =
  XML +
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

/** Relationship ids of the fixed parts; pictures follow from `rId5`. */
export const REL_ID = { styles: 'rId1', settings: 'rId2', footerOdd: 'rId3', footerEven: 'rId4' } as const;

/** `word/_rels/document.xml.rels`: styles, settings, the two footers and every picture. */
export function documentRels(media: readonly { id: string; target: string }[]): string {
  return (
    XML +
    `<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="${REL_ID.styles}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="${REL_ID.settings}" Type="${REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="${REL_ID.footerOdd}" Type="${REL}/footer" Target="footer1.xml"/>` +
    `<Relationship Id="${REL_ID.footerEven}" Type="${REL}/footer" Target="footer2.xml"/>` +
    media.map((m) => `<Relationship Id="${m.id}" Type="${REL}/image" Target="${m.target}"/>`).join('') +
    '</Relationships>'
  );
}

/** `docProps/core.xml` with the fixed build date. */
export function coreProps(meta: DocMeta, date: Date): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    XML +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(meta.title)}</dc:title><dc:subject>${esc(meta.subject)}</dc:subject><dc:creator>${esc(meta.author)}</dc:creator>` +
    `<dc:description>${esc(meta.subject)}</dc:description><cp:lastModifiedBy>${esc(meta.author)}</cp:lastModifiedBy><cp:revision>1</cp:revision><dc:language>${esc(meta.lang)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** `docProps/app.xml`. */
export const APP_PROPS =
  XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>dossier</Application></Properties>';

/** `word/settings.xml`: different odd and even footers, Word 2013+ layout, Chinese as East-Asian language. */
export const SETTINGS =
  XML +
  `<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="${2 * CHAR_TW}"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val="compressPunctuation"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>';

const HEADINGS: { level: 1 | 2 | 3 | 4; role: FontRole; bold: boolean }[] = [
  { level: 1, role: 'hei', bold: false },
  { level: 2, role: 'kai', bold: false },
  { level: 3, role: 'fangsong', bold: true },
  { level: 4, role: 'fangsong', bold: false },
];

/** Heading font role and weight by level (一、黑体 / （一）楷体 / 1. 仿宋 bold / （1）仿宋). */
export function headingStyle(level: 1 | 2 | 3 | 4): { role: FontRole; bold: boolean } {
  return HEADINGS[level - 1]!;
}

/** `word/styles.xml`: 3号 仿宋 body on the grid line, heading styles with outline levels for the navigation pane. */
export function stylesXml(): string {
  const body = rPr({ role: 'fangsong', size: SIZE.san, spacing: CONDENSE }).replace('</w:rPr>', '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>');
  const spacing = `<w:spacing w:before="0" w:after="0" w:line="${GRID_LINE.value}" w:lineRule="exact"/>`;
  return (
    XML +
    `<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault>${body}</w:rPrDefault><w:pPrDefault><w:pPr>${spacing}</w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    HEADINGS.map(
      (h) =>
        `<w:style w:type="paragraph" w:styleId="Heading${h.level}"><w:name w:val="heading ${h.level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
        `<w:pPr><w:keepNext/>${spacing}<w:outlineLvl w:val="${h.level - 1}"/></w:pPr>${rPr({ role: h.role, bold: h.bold, size: SIZE.san, color: '000000' })}</w:style>`,
    ).join('') +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

/** A footer with `— N —` in 4号 宋体, one character in from the right (odd pages) or the left (even pages). */
export function footerXml(side: 'left' | 'right'): string {
  const style = { role: 'song' as const, size: SIZE.si };
  const field = (inner: string) => `<w:r>${rPr(style)}${inner}</w:r>`;
  const p = paragraph({ align: side, indent: side === 'right' ? { right: CHAR_TW } : { left: CHAR_TW } }, [
    run('— ', style),
    field('<w:fldChar w:fldCharType="begin"/>'),
    field('<w:instrText xml:space="preserve"> PAGE </w:instrText>'),
    field('<w:fldChar w:fldCharType="separate"/>'),
    run('1', style),
    field('<w:fldChar w:fldCharType="end"/>'),
    run(' —', style),
  ]);
  return XML + `<w:ftr xmlns:w="${W}" xmlns:r="${R}">${p}</w:ftr>`;
}

/** The section: A4, GB/T 9704 margins, odd/even footers, the 22-line document grid. */
export function sectionXml(): string {
  const { size, margin } = SECTION.page;
  return (
    `<w:sectPr><w:footerReference w:type="default" r:id="${REL_ID.footerOdd}"/><w:footerReference w:type="even" r:id="${REL_ID.footerEven}"/>` +
    `<w:pgSz w:w="${size.width}" w:h="${size.height}"/>` +
    `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="${margin.header}" w:footer="${margin.footer}" w:gutter="0"/>` +
    `<w:docGrid w:type="lines" w:linePitch="${SECTION.grid.linePitch}"/></w:sectPr>`
  );
}
