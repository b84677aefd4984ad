import { REL_NS as R, relationships, XML_DECL as XML } from '../../util/office-package.js';
import type { FontRole } from '../fonts/roles.js';
import { CONDENSE as LAYOUT_CONDENSE, SIZE } from '../layout.js';
import { paragraph, rPr, run } from './ooxml.js';
import { CHAR_TW, SECTION } from './styles.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Namespaces of the document part (drawings need wp, a, pic). */
export const DOCUMENT_NS =
  `xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

/** The document line: exact grid pitch, nothing before or after. */
export const GRID_LINE = { value: SECTION.grid.linePitch, rule: 'exact' } as const;

/** Body text of 3号 is condensed by a quarter point (in twentieths of a point) so that 28 characters fill the 156 mm line. */
export const CONDENSE = Math.round(LAYOUT_CONDENSE * 20);

/**
 * Word's own default, written out: punctuation may overflow the line (允许标点溢出边界). LibreOffice
 * reads this value the other way round (writerfilter: hanging = overflowPunct is 0) and then sets
 * no hanging punctuation, which it would otherwise drop from the end of justified lines; its lines
 * then break as the PDF's do.
 */
const NO_HANGING = '<w:overflowPunct w:val="1"/>';

/** The parts of a Word document besides the package's own, with their content types. */
export const WORD_PARTS: readonly (readonly [string, string])[] = [
  ['word/document.xml', 'wordprocessingml.document.main+xml'],
  ['word/styles.xml', 'wordprocessingml.styles+xml'],
  ['word/settings.xml', 'wordprocessingml.settings+xml'],
  ['word/footer1.xml', 'wordprocessingml.footer+xml'],
  ['word/footer2.xml', 'wordprocessingml.footer+xml'],
];

/** Relationship ids of the fixed parts; pictures follow from `rId5`. */
export const REL_ID = { styles: 'rId1', settings: 'rId2', footerOdd: 'rId3', footerEven: 'rId4' } as const;

/** `word/_rels/document.xml.rels`: styles, settings, the two footers and every picture. */
export function documentRels(media: readonly { id: string; target: string }[]): string {
  return relationships([
    [REL_ID.styles, 'styles', 'styles.xml'],
    [REL_ID.settings, 'settings', 'settings.xml'],
    [REL_ID.footerOdd, 'footer', 'footer1.xml'],
    [REL_ID.footerEven, 'footer', 'footer2.xml'],
    ...media.map((m) => [m.id, 'image', m.target] as const),
  ]);
}

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
    // No automatic space between Chinese and Latin or digits: official documents set them close, as
    // the PDF does (Word honours this; LibreOffice ignores it).
    `<w:docDefaults><w:rPrDefault>${body}</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>${NO_HANGING}<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>${spacing}</w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/>${NO_HANGING}<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/></w:pPr></w:style>` +
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
