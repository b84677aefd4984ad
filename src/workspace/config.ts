import type { FontRole } from '../render/fonts/roles.js';

/** How a value written in the config is named in a message: 数字 3、列表 [1, 2]、文字“…”… */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return '空的（冒号后面没有写内容）';
  if (typeof v === 'string') return v === '' ? '空的文字 ""' : `文字“${clip(v)}”`;
  if (typeof v === 'number') return `数字 ${v}`;
  if (typeof v === 'boolean') return `${v}（是/否）`;
  if (v instanceof Date) return `日期 ${Number.isNaN(v.getTime()) ? '(无效)' : v.toISOString().slice(0, 10)}`;
  if (Array.isArray(v)) return `列表 ${clip(JSON.stringify(v))}`;
  return `一组“键: 值” ${clip(JSON.stringify(v))}`;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Is `s` (YYYY-MM-DD) a day of the calendar? Returns what is wrong with it, or undefined. */
export function calendarDateProblem(s: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return `日期“${clip(s)}”的写法不对，应写作 YYYY-MM-DD（月和日都写两位数）`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `日期“${s}”不存在：月份应在 01–12 之间`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return `日期“${s}”不存在：${y} 年 ${mo} 月只有 ${days} 天`;
  return undefined;
}

/** The report settings under `report:`; an unset or empty text takes the default built from the district. */
export interface ReportConfig {
  /** 标题 */
  readonly title?: string | undefined;
  /** 成文日期 (YYYY-MM-DD), default asOf. */
  readonly date?: string | undefined;
  /** Font file per role for the PDF: an absolute path, `#PostScriptName` for a face of a collection. */
  readonly fonts?: Readonly<Partial<Record<FontRole, string | undefined>>> | undefined;
  /** Pictures larger than this many MB are only named in the report, not shown (default 3). */
  readonly maxImageMB?: number | undefined;
}

/** The request-letter (请示) settings under `letter:`. */
export interface LetterConfig {
  /** 发文字号 */
  readonly number?: string | undefined;
  /** 签发人 */
  readonly signer?: string | undefined;
  readonly title?: string | undefined;
  /** 成文日期 (YYYY-MM-DD), default the report's date. */
  readonly date?: string | undefined;
  /** 联系人 */
  readonly contact?: string | undefined;
  /** 联系电话 */
  readonly phone?: string | undefined;
  /** 抄送机关 of the 版记 (none when unset). */
  readonly cc?: string | undefined;
  /** 印发机关 of the 版记 (default: the issuing organ). */
  readonly printedBy?: string | undefined;
  /** 印发日期 of the 版记 (YYYY-MM-DD, default: the letter's date). */
  readonly printedOn?: string | undefined;
}

/** A workspace with every path resolved to an absolute path and every default filled in. */
export interface Workspace {
  /** Folder of dossier.config.yaml (or the current folder when there is none). */
  readonly root: string;
  /** The config file, when one was found. */
  readonly configFile?: string;
  readonly district: string;
  readonly plan: string;
  readonly dossiers: string;
  readonly output: string;
  readonly templates: string;
  /** The scoring standard: `standard:` in the config, else the workspace's standard.yaml when there is one, else the bundled one. */
  readonly standard: string;
  /** The date of the check (YYYY-MM-DD): deadlines before it are past. */
  readonly asOf: string;
  /** Stamped into generated files when SOURCE_DATE_EPOCH is not set (YYYY-MM-DD). */
  readonly date: string;
  readonly unitAliases: Readonly<Record<string, string>>;
  /** Departments that belong to the district but are not named in the plan's tables. */
  readonly extraUnits: readonly string[];
  /** Task id → 三级项 numbers the office maps it to (`mapping:`), besides the plan's indicator column. */
  readonly mapping: Readonly<Record<string, readonly string[]>>;
  /** 发文机关 as configured (`organ:`): masthead, titles and signature of the 请示 and the report. */
  readonly organ?: string;
  /** 主送机关 as configured (`recipient:`): the one organ both the 请示 and the report go to. */
  readonly recipient?: string;
  /** 整改时限 of the rectification ledger (`rectifyBy:`, YYYY-MM-DD). */
  readonly rectifyBy?: string;
  /** 完成情况 of the schedule's stages as the office reports them (`stages:`), by stage number. */
  readonly stages: Readonly<Record<string, string>>;
  /** Settings of the self-evaluation report: title, date, fonts … */
  readonly report: ReportConfig;
  /** Settings of the request letter (请示): number, signer, contact … */
  readonly letter: LetterConfig;
}
