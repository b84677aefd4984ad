/** How a 评分标准 clause deducts: per finding counted, when a measured value falls on the wrong side, or by hand. */
export type ClauseKind = 'per-finding' | 'threshold' | 'manual';

/** The bound a threshold clause tests: `改造率≤80%的，扣1分` → deduct when value <= 80 %. */
export interface ClauseLimit {
  /** What is measured (改造率), as the clause names it. */
  readonly name: string;
  /** The comparison that triggers the deduction. */
  readonly op: '<=' | '<' | '>=' | '>';
  readonly value: number;
  readonly unit: string;
}

/** One deduction clause of a 三级项's 评分标准. */
export interface Clause {
  /** 1-based within its item. */
  readonly no: number;
  readonly text: string;
  readonly kind: ClauseKind;
  /** Points deducted per finding, or once for a threshold clause; absent for manual clauses. */
  readonly amount?: number;
  /** The most this clause may deduct (`2分扣完为止`); absent when the clause names none (the item's points bound it). */
  readonly cap?: number;
  readonly limit?: ClauseLimit;
}

/** One item of the standard: 一级项, 二级项 or 三级项. */
export interface StandardItem {
  /** 一级项: the Chinese numeral as printed (`"一"`); 二级/三级项: the number as printed (`"1"`, `"4"`). */
  readonly id: string;
  readonly level: 1 | 2 | 3;
  /** The id of the item above (a 二级项's 一级项, a 三级项's 二级项). */
  readonly parent?: string;
  /** Null for a gap: an item the standard has but dossier does not know. */
  readonly title: string | null;
  readonly points: number | null;
  /** 评价内容 (三级项). */
  readonly content?: string;
  readonly clauses: readonly Clause[];
  /** Where the item's figures come from. */
  readonly source?: string;
  /** True only when the points and clauses were checked against the official text. */
  readonly confirmed: boolean;
}

/** A scoring standard: its name, where it comes from, and its items in table order. */
export interface Standard {
  readonly name: string;
  readonly source: string;
  readonly items: readonly StandardItem[];
}
