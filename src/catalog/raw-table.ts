/** One row of a plan table as read from the file: cells with merged cells already spread out. */
export interface RawRow {
  readonly cells: readonly string[];
  /** Line in a text plan (1-based); 0 for Word and Excel. */
  readonly line: number;
  /** The row's place in the user's terms (`第 203 行`, `表 2 第 12 行`, `Sheet1!A12`); `col` names a cell. */
  place(col?: number): string;
  /** True for a text line without cells of its own (a section row that lost its tabs). */
  readonly loose?: boolean;
  /** True for a numbered text line without tabs: a task row that lost them, or a numbered note under the table. */
  readonly numberedLine?: boolean;
}

/** A table of a plan file: a Word table, an Excel sheet, a CSV file, or the tab rows of a text plan. */
export interface RawTable {
  /** How the user would name it: `表 2`, `工作表“任务分解”`, `第 196 行起的表格`. */
  readonly name: string;
  readonly rows: readonly RawRow[];
  /** The worksheet's name, for Excel tables: in a workbook of one sheet per section, the section's title. */
  readonly sheet?: string;
}

/** What a plan reader hands on: its tables in order, and the plan's text for everything else. */
export interface PlanSource {
  readonly tables: readonly RawTable[];
  /** The plan's text lines (body paragraphs; for text plans, the whole file). */
  readonly lines: readonly string[];
  /** True when the text lines are the file's own, so that their numbers are line numbers. */
  readonly textLines: boolean;
  /** Problems the reader itself found (unreadable file, tables skipped). */
  readonly issues: readonly import('./types.js').PlanIssue[];
}

/** Excel-style column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
