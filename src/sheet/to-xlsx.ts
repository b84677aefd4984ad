import { displayWidth } from '../util/text-width.js';
import { packageParts, REL_NS as REL, relationships, XML_DECL as XML } from '../util/office-package.js';
import { xmlEscape as esc } from '../util/xml-escape.js';
import { zipParts, type ZipPart } from '../util/zip-parts.js';
import { continuesAbove, mergedRuns } from './merged-runs.js';
import type { CellValue, Sheet } from './types.js';

/** Options for a reproducible workbook. */
export interface XlsxOptions {
  /** Stamped as created/modified time and into every zip entry, so equal inputs give equal bytes. */
  readonly date: Date;
  readonly creator?: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Cell formats in styles.xml: plain, bold ruled header, title, ruled top-aligned, ruled wrapped and top-aligned. */
const XF = { plain: 0, header: 1, title: 2, top: 3, wrap: 4 } as const;

const STYLES =
  XML +
  `<styleSheet xmlns="${MAIN}">` +
  '<fonts count="3"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font>' +
  '<font><b/><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font>' +
  '<font><b/><sz val="14"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * Writes sheets into an XLSX workbook (SpreadsheetML written directly): bold frozen header, ruled
 * cells, merged columns merged, wrapped long columns with row heights set, filters on, printed on A4 landscape one page wide with the
 * header repeated. Equal inputs give equal bytes.
 */
export async function sheetsToXlsx(sheets: readonly Sheet[], options: XlsxOptions): Promise<Uint8Array> {
  const names = uniqueNames(sheets.map((s) => s.name));
  const defined: string[] = [];
  const parts: ZipPart[] = [];
  sheets.forEach((sheet, i) => {
    const headerRow = sheet.title === undefined ? 1 : 2;
    const lastRow = headerRow + sheet.rows.length;
    const lastCol = column(Math.max(1, sheet.columns.length));
    const ref = `'${names[i]!.replace(/'/g, "''")}'`;
    if (sheet.columns.length) defined.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${esc(`${ref}!$A$${headerRow}:$${lastCol}$${lastRow}`)}</definedName>`);
    defined.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${ref}!$${headerRow}:$${headerRow}`)}</definedName>`);
    parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(sheet, i === 0, headerRow, lastRow, lastCol) });
  });
  const workbook =
    XML +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
    names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${defined.length ? `<definedNames>${defined.join('')}</definedNames>` : ''}</workbook>`;
  return zipParts(
    [
      ...packageParts(
        'xl/workbook.xml',
        [
          ['xl/workbook.xml', 'spreadsheetml.sheet.main+xml'],
          ['xl/styles.xml', 'spreadsheetml.styles+xml'],
          ...sheets.map((_, i) => [`xl/worksheets/sheet${i + 1}.xml`, 'spreadsheetml.worksheet+xml'] as const),
        ],
        [],
        { creator: options.creator ?? 'dossier' },
        options.date,
      ),
      { name: 'xl/workbook.xml', data: workbook },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: relationships([...sheets.map((_, i) => [`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`] as const), [`rId${sheets.length + 1}`, 'styles', 'styles.xml']]),
      },
      { name: 'xl/styles.xml', data: STYLES },
      ...parts,
    ],
    options.date,
  );
}

function sheetXml(sheet: Sheet, first: boolean, headerRow: number, lastRow: number, lastCol: string): string {
  const rows: string[] = [];
  if (sheet.title !== undefined) rows.push(`<row r="1" ht="27" customHeight="1">${cell(`A1`, sheet.title, XF.title)}</row>`);
  rows.push(`<row r="${headerRow}">${sheet.columns.map((c, i) => cell(`${column(i + 1)}${headerRow}`, c.header, XF.header)).join('')}</row>`);
  const cont = continuesAbove(sheet);
  // Rows a merged cell covers below its first: its text's lines are shared among them.
  const span = (k: number, i: number) => {
    let n = 1;
    while (k + n < sheet.rows.length && cont[k + n]![i]) n++;
    return n;
  };
  sheet.rows.forEach((values, k) => {
    const r = headerRow + 1 + k;
    let lines = 1;
    const cells = sheet.columns.map((c, i) => {
      // A cell inside a merged run keeps its frame but not the value, which the run's first cell shows.
      if (cont[k]![i]) return cell(`${column(i + 1)}${r}`, null, c.wrap ? XF.wrap : XF.top);
      // Spreadsheet programs do not all grow wrapped rows on opening, so the height is set here.
      if (c.wrap) lines = Math.max(lines, Math.ceil(Math.ceil(displayWidth(String(values[i] ?? '')) / Math.max(1, c.width - 2)) / (c.merge ? span(k, i) : 1)));
      return cell(`${column(i + 1)}${r}`, values[i] ?? null, c.wrap ? XF.wrap : XF.top);
    });
    rows.push(`<row r="${r}"${lines > 1 ? ` ht="${Math.min(409, lines * 15)}" customHeight="1"` : ''}>${cells.join('')}</row>`);
  });
  const footerRow = lastRow + 2;
  if (sheet.footer !== undefined) rows.push(`<row r="${footerRow}" ht="30" customHeight="1">${cell(`A${footerRow}`, sheet.footer, XF.plain)}</row>`);
  const merges = [
    ...(sheet.title !== undefined ? [`A1:${lastCol}1`] : []),
    ...mergedRuns(sheet).map((m) => `${column(m.column + 1)}${headerRow + 1 + m.from}:${column(m.column + 1)}${headerRow + 1 + m.to}`),
    ...(sheet.footer !== undefined ? [`A${footerRow}:${lastCol}${footerRow}`] : []),
  ];
  const cols = sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  return (
    XML +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${lastCol}${lastRow}"/>` +
    `<sheetViews><sheetView${first ? ' tabSelected="1"' : ''} workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (sheet.columns.length ? `<autoFilter ref="A${headerRow}:${lastCol}${lastRow}"/>` : '') +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    // Printed pages carry their number: — 1 — as in the documents.
    '<headerFooter><oddFooter>&amp;C— &amp;P —</oddFooter></headerFooter>' +
    '</worksheet>'
  );
}

function cell(ref: string, value: CellValue, style: number): string {
  if (value === null || value === '') return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : `<c r="${ref}" s="${style}" t="inlineStr"><is><t>${value}</t></is></c>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function column(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel limits sheet names to 31 characters without []:*?/\ and requires them unique (ignoring case). */
function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
    let candidate = base;
    for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)}(${i})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
