import type { Element, ElementContent, Root } from 'hast';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { PlanSource, RawRow, RawTable } from './raw-table.js';
import type { PlanIssue } from './types.js';

/**
 * Reads a Word plan (`.docx`) with mammoth: every top-level table with its merged cells spread to
 * each row and column they cover (rowspan/colspan from vMerge/gridSpan), rows named `表 N 第 M 行`,
 * and the paragraphs outside tables as the plan's text lines.
 */
export async function readDocxPlan(bytes: Buffer): Promise<PlanSource> {
  const result = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: false });
  const tree = unified().use(rehypeParse, { fragment: true }).parse(result.value) as Root;
  const tables: RawTable[] = [];
  const lines: string[] = [];
  const issues: PlanIssue[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'table') {
      for (const table of unframed(node)) {
        const n = tables.length + 1;
        tables.push({ name: `表 ${n}`, rows: tableGrid(table).map((cells, i) => ({ cells, line: 0, place: () => `表 ${n} 第 ${i + 1} 行` }) satisfies RawRow) });
      }
    } else {
      const t = textOf(node).trim();
      if (t !== '') lines.push(t);
    }
  }
  return { tables, lines, textLines: false, issues };
}

/** The tables inside a one-cell frame table (a border drawn around the real table), else the table itself. */
function unframed(table: Element): Element[] {
  const grid = rowsOf(table);
  const only = grid.length === 1 ? grid[0]!.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')) : [];
  const inner = only.length === 1 ? only[0]!.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'table') : [];
  return inner.length > 0 ? inner.flatMap(unframed) : [table];
}

function rowsOf(table: Element): Element[] {
  const trs: Element[] = [];
  const collect = (el: Element) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') trs.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') collect(c);
    }
  };
  collect(table);
  return trs;
}

/** The cells of an HTML table as a grid: a cell spanning rows or columns fills every slot it covers. */
export function tableGrid(table: Element): string[][] {
  const trs = rowsOf(table);
  const grid: string[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let col = 0;
    for (const td of tr.children) {
      if (td.type !== 'element' || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      while (grid[r]![col] !== undefined) col++;
      const rows = Math.max(1, Number(td.properties['rowSpan'] ?? 1) || 1);
      const cols = Math.max(1, Number(td.properties['colSpan'] ?? 1) || 1);
      const text = cellText(td);
      for (let dr = 0; dr < rows && r + dr < grid.length; dr++) for (let dc = 0; dc < cols; dc++) grid[r + dr]![col + dc] = text;
      col += cols;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

/** A cell's text: paragraphs on lines of their own, a cell that is bold throughout marked `<b>`. */
function cellText(td: Element): string {
  const paragraphs = td.children.filter((c): c is Element => c.type === 'element');
  const text = (paragraphs.length > 0 ? paragraphs.map(textOf) : [textOf(td)])
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .join('\n');
  const bold = paragraphs.length > 0 && paragraphs.every((p) => p.children.every((c) => (c.type === 'element' && c.tagName === 'strong') || (c.type === 'text' && c.value.trim() === '')));
  return bold && text !== '' ? `<b>${text}</b>` : text;
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return '\n';
  return node.children.map(textOf).join('');
}
