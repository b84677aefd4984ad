import { halfWidth } from '../util/half-width.js';

/** A date read from what a clerk typed: the ISO form, and whether it was already written that way. */
export interface ReadDate {
  /** YYYY-MM-DD. */
  readonly iso: string;
  /** True when the text was exactly YYYY-MM-DD. */
  readonly canonical: boolean;
}

const FORMS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/];

/**
 * Reads a calendar date as clerks type it: `2020-12-20`, `2020-1-5`, `2020.12.20`, `2020/12/20`,
 * `2020年12月20日`/`号` (full-width digits and spaces tolerated); undefined when it is none of these or
 * names a day that does not exist.
 */
export function readDate(text: string): ReadDate | undefined {
  const s = halfWidth(text).replace(/\s+/g, '');
  for (const form of FORMS) {
    const m = form.exec(s);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { iso, canonical: iso === text };
  }
  return undefined;
}

/** Whether the text is written as a date readDate reads (`2021-02-30`, `2021年2月30日`), whether or not that day exists. */
export function dateShaped(text: string): boolean {
  const s = halfWidth(text).replace(/\s+/g, '');
  return FORMS.some((form) => form.test(s));
}
