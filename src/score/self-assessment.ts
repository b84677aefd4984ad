/** The file in a workspace where the office records its assessment, keyed by 三级项 number. */
export const SELF_ASSESSMENT_FILE = '自评.yaml';

/** One 三级项's assessment: findings per clause, measured values, not-applicable reason, remark. */
export interface ItemAssessment {
  /** Clause number → findings counted (for a manual clause: the points the office deducts). */
  readonly findings: ReadonlyMap<number, number>;
  /** Clause number → the measured value as written (`85%`), for threshold clauses. */
  readonly values: ReadonlyMap<number, string>;
  readonly remark?: string;
  readonly applicable: boolean;
  readonly reason?: string;
}

/** A self-assessment file that cannot be used; the message names the key and what is wrong. */
export class SelfAssessmentError extends Error {}
