import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { recognizeHeader } from './columns.js';
import type { PlanSource, RawRow, RawTable } from './raw-table.js';

/** A line that can only be a section row: bold as a whole, or `一、…`, `三 …`, `第二部分…`, `（一）…` alone. */
const SECTION_LINE =
  /^(?:<b>.+<\/b>|\*\*[^*]+\*\*|#*\s*(?:第[一二三四五六七八九十]+(?:部分|章|节|篇)|[一二三四五六七八九十]+\s*[、.．]|[一二三四五六七八九十]+\s+|[（(][一二三四五六七八九十]+[）)])\s*\S.*)$/;
/** A numbered line without tabs: a task row whose tabs became spaces, or a numbered note. */
const NUMBERED_LINE = /^\d+(?:\.\d+)*\s*[\s、.．]\s*\S/;

/**
 * Reads a text plan (`.md`/`.txt`): tab-separated tables and markdown pipe tables. Tab rows after a
 * header belong to the table even when text interrupts it (page breaks); a section line that lost
 * its tabs stays a row when a table row follows it.
 */
export function readTextPlan(text: string): PlanSource {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const tables: RawTable[] = [];
  const tabRows = tabTable(lines);
  if (tabRows.length > 0) tables.push({ name: `第 ${tabRows[0]!.line} 行起的表格`, rows: tabRows });
  tables.push(...pipeTables(lines.join('\n')));
  tables.sort((a, b) => (a.rows[0]?.line ?? 0) - (b.rows[0]?.line ?? 0));
  return { tables, lines, textLines: true, issues: [] };
}

function lineRow(line: number, cells: string[], loose = false, numberedLine = false): RawRow {
  return { cells, line, place: () => `第 ${line} 行`, ...(loose ? { loose } : {}), ...(numberedLine ? { numberedLine } : {}) };
}

function tabTable(lines: readonly string[]): RawRow[] {
  const rows: RawRow[] = [];
  let headed = false;
  let pending: RawRow[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    if (line.includes('\t')) {
      const cells = line.split('\t').map((c) => c.trim());
      const header = recognizeHeader(cells) !== undefined;
      // Before any header, only rows that look like a table (3 or more cells) are taken, to be reported.
      if (!header && !headed && cells.filter((c) => c !== '').length < 3) return;
      if (header) headed = true;
      else rows.push(...pending);
      pending = [];
      rows.push(lineRow(i + 1, cells));
      return;
    }
    const t = line.trim();
    if (!headed || t.startsWith('|')) return;
    if (SECTION_LINE.test(t)) pending.push(lineRow(i + 1, [t], true));
    // Kept even at the end of the table: the table decides whether it is a lost row or a note.
    else if (NUMBERED_LINE.test(t)) rows.push(...pending.splice(0), lineRow(i + 1, [t], true, true));
  });
  return rows;
}

function pipeTables(text: string): RawTable[] {
  if (!/^\s*\|.*\|/m.test(text)) return [];
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  const tables: RawTable[] = [];
  const covered = new Set<number>();
  for (const node of tree.children) {
    if (node.type !== 'table') continue;
    for (let l = node.position?.start.line ?? 0; l <= (node.position?.end.line ?? -1); l++) covered.add(l);
    const rows = (node as Table).children.map((row) =>
      lineRow(
        row.position?.start.line ?? 0,
        row.children.map((cell) => {
          const only = cell.children.length === 1 ? cell.children[0] : undefined;
          const t = toString(cell).trim();
          return only?.type === 'strong' && t !== '' ? `<b>${t}</b>` : t;
        }),
      ),
    );
    tables.push({ name: `第 ${rows[0]?.line ?? 0} 行的表格`, rows });
  }
  // Pipe rows a blank line cut off from their table are no table to markdown; they are rows here.
  let orphan: RawRow[] = [];
  const flush = () => {
    if (orphan.length > 0) tables.push({ name: `第 ${orphan[0]!.line} 行的表格`, rows: orphan });
    orphan = [];
  };
  text.split('\n').forEach((l, i) => {
    const t = l.trim();
    if (covered.has(i + 1) || !/^\|.*\|$/.test(t) || /^\|[\s:|-]+\|$/.test(t)) {
      if (t !== '') flush();
      return;
    }
    orphan.push(
      lineRow(
        i + 1,
        t
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((c) => c.replace(/\\\|/g, '|').trim()),
      ),
    );
  });
  flush();
  return tables;
}
