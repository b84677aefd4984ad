import { xmlEscape as esc } from '../../util/xml-escape.js';
import type { FontRole } from '../fonts/roles.js';
import { halfPoints, runFont } from './styles.js';

/** XML escaping for the WordprocessingML parts (the one the spreadsheet writer uses too). */
export { esc };

/** How a run looks: font role, bold, size in points, colour, off the grid, character spacing. */
export interface RunStyle {
  readonly role: FontRole;
  readonly bold?: boolean;
  readonly size: number;
  readonly color?: string;
  /** Off the document grid (text smaller or larger than the grid line). */
  readonly free?: boolean;
  /** Character spacing in twentieths of a point. */
  readonly spacing?: number;
  /** Horizontal scale of the characters in percent (condensed type); absent = 100. */
  readonly scale?: number;
}

const rPrCache = new Map<string, string>();

/** `<w:rPr>` in the order the schema requires (the few distinct ones are made once). */
export function rPr(s: RunStyle): string {
  const key = `${s.role}|${s.bold ? 1 : 0}|${s.size}|${s.color ?? ''}|${s.free ? 1 : 0}|${s.spacing ?? 0}|${s.scale ?? 100}`;
  let out = rPrCache.get(key);
  if (out === undefined) rPrCache.set(key, (out = makeRPr(s)));
  return out;
}

function makeRPr(s: RunStyle): string {
  const f = runFont(s.role);
  const size = halfPoints(s.size);
  return (
    `<w:rPr><w:rFonts w:ascii="${esc(f.ascii)}" w:hAnsi="${esc(f.hAnsi)}" w:eastAsia="${esc(f.eastAsia)}" w:cs="${esc(f.cs)}"/>` +
    (s.bold ? '<w:b/><w:bCs/>' : '') +
    (s.free ? '<w:snapToGrid w:val="0"/>' : '') +
    (s.color ? `<w:color w:val="${s.color}"/>` : '') +
    (s.spacing ? `<w:spacing w:val="${s.spacing}"/>` : '') +
    (s.scale !== undefined && s.scale !== 100 ? `<w:w w:val="${s.scale}"/>` : '') +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`
  );
}

/** A run of text (tabs as `\t`). */
export function run(text: string, style: RunStyle): string {
  const parts = text.split('\t').map((t) => (t ? `<w:t xml:space="preserve">${esc(t)}</w:t>` : ''));
  return `<w:r>${rPr(style)}${parts.join('<w:tab/>')}</w:r>`;
}

/** A line break inside a paragraph. */
export const BREAK = '<w:r><w:br/></w:r>';

/** Paragraph properties; each given value becomes its element, in schema order. */
export interface ParaProps {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly pageBreakBefore?: boolean;
  /** Bottom border: width in eighths of a point, colour, space in points. */
  readonly borderBottom?: { readonly size: number; readonly color: string; readonly space: number };
  /** Right tab stop at this position (twips). */
  readonly rightTab?: number;
  /** Off the document grid. */
  readonly free?: boolean;
  /** Line spacing in twips: exact, or auto in 240ths of a line. */
  readonly line?: { readonly value: number; readonly rule: 'exact' | 'auto'; readonly before?: number };
  readonly indent?: { readonly left?: number; readonly right?: number; readonly firstLine?: number; readonly hanging?: number };
  readonly align?: 'both' | 'left' | 'center' | 'right';
  readonly outline?: number;
}

/** `<w:pPr>` in the order the schema requires. */
export function pPr(p: ParaProps): string {
  let out = '';
  if (p.style) out += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) out += '<w:keepNext/>';
  if (p.pageBreakBefore) out += '<w:pageBreakBefore/>';
  if (p.borderBottom) out += `<w:pBdr><w:bottom w:val="single" w:sz="${p.borderBottom.size}" w:space="${p.borderBottom.space}" w:color="${p.borderBottom.color}"/></w:pBdr>`;
  if (p.rightTab !== undefined) out += `<w:tabs><w:tab w:val="right" w:pos="${p.rightTab}"/></w:tabs>`;
  if (p.free) out += '<w:snapToGrid w:val="0"/>';
  if (p.line) out += `<w:spacing w:before="${p.line.before ?? 0}" w:after="0" w:line="${p.line.value}" w:lineRule="${p.line.rule}"/>`;
  if (p.indent) {
    const i = p.indent;
    out += `<w:ind${i.left !== undefined ? ` w:left="${i.left}"` : ''}${i.right !== undefined ? ` w:right="${i.right}"` : ''}${i.firstLine !== undefined ? ` w:firstLine="${i.firstLine}"` : ''}${i.hanging !== undefined ? ` w:hanging="${i.hanging}"` : ''}/>`;
  }
  if (p.align) out += `<w:jc w:val="${p.align}"/>`;
  if (p.outline !== undefined) out += `<w:outlineLvl w:val="${p.outline}"/>`;
  return out ? `<w:pPr>${out}</w:pPr>` : '';
}

/** A paragraph of runs. */
export function paragraph(props: ParaProps, runs: readonly string[] = []): string {
  return `<w:p>${pPr(props)}${runs.join('')}</w:p>`;
}
