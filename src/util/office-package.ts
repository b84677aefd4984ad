import { xmlEscape as esc } from './xml-escape.js';
import type { ZipPart } from './zip-parts.js';

/** The XML declaration every part starts with. */
export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Namespace of relationship ids inside parts, and the prefix of relationship types. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const OFFICE = 'application/vnd.openxmlformats-officedocument';

/** A `.rels` part: one relationship per row of id, type (after the officeDocument prefix) and target. */
export function relationships(rows: readonly (readonly [id: string, type: string, target: string])[]): string {
  return (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rows.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.includes('/') ? type : `${REL_NS}/${type}`}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

/** What the core properties say: who made the file, and optionally its title and subject. */
export interface CoreProps {
  readonly creator: string;
  readonly title?: string;
  readonly subject?: string;
  readonly language?: string;
}

/**
 * The parts every Office package has around its main part: `[Content_Types].xml` (defaults for
 * rels, xml and the given extensions; an override per listed part), `_rels/.rels`, and the core
 * and app properties stamped with the fixed date. The caller's own parts follow.
 */
export function packageParts(
  main: string,
  overrides: readonly (readonly [part: string, type: string])[],
  defaults: readonly (readonly [ext: string, type: string])[],
  props: CoreProps,
  date: Date,
): ZipPart[] {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const opt = (tag: string, value: string | undefined) => (value === undefined ? '' : `<${tag}>${esc(value)}</${tag}>`);
  const types =
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    defaults.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('') +
    overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${OFFICE}.${type}"/>`).join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${OFFICE}.extended-properties+xml"/>` +
    '</Types>';
  const core =
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    opt('dc:title', props.title) +
    opt('dc:subject', props.subject) +
    opt('dc:creator', props.creator) +
    opt('dc:description', props.subject) +
    opt('cp:lastModifiedBy', props.creator) +
    opt('dc:language', props.language) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>';
  return [
    { name: '[Content_Types].xml', data: types },
    {
      name: '_rels/.rels',
      data: relationships([
        ['rId1', 'officeDocument', main],
        ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
        ['rId3', 'extended-properties', 'docProps/app.xml'],
      ]),
    },
    { name: 'docProps/core.xml', data: core },
    { name: 'docProps/app.xml', data: XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>dossier</Application></Properties>' },
  ];
}
