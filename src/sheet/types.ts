/** A cell value in a generated spreadsheet. */
export type CellValue = string | number | null;

/** One column of a generated sheet. */
export interface Column {
  readonly header: string;
  /** Width in Excel character units (a Chinese character counts about two). */
  readonly width: number;
  readonly wrap?: boolean;
  /** Equal values in consecutive rows are one cell, within the merged cells of the columns to its left (一级项 → 二级项 → 三级项). */
  readonly merge?: boolean;
}

/** A sheet: a header row and data rows, written the same way to XLSX and CSV. */
export interface Sheet {
  readonly name: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Optional title line above the header (merged across the columns). */
  readonly title?: string;
  /** Optional line under the rows (merged across the columns), such as 填报单位（盖章）：. */
  readonly footer?: string;
}
