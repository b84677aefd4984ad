import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import * as z from 'zod';
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

/** A date: `2021-06-30` as YAML gives it (a string, or a Date under YAML 1.1), checked against the calendar → `YYYY-MM-DD`. */
const calendarDate = z.union([z.string(), z.date()], { error: (iss) => `应是日期（写作 YYYY-MM-DD），现在是${describeValue(iss.input)}` }).transform((v, ctx) => {
  if (v instanceof Date) {
    if (!Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    ctx.addIssue({ code: 'custom', message: '日期无效', input: v });
    return z.NEVER;
  }
  const problem = calendarDateProblem(v.trim());
  if (problem === undefined) return v.trim();
  ctx.addIssue({ code: 'custom', message: problem, input: v });
  return z.NEVER;
});

/** A path or a name: text that must not be empty. */
const text = z.string().min(1);

/** Text in a report or letter setting: an empty value means "use the default". */
const optionalText = z.preprocess((v) => (v === null ? undefined : v), z.string().optional()).transform((s) => (s === undefined || s.trim() === '' ? undefined : s));

/** A section (`report:`, `mapping:` …) or setting: written with nothing after the colon (YAML null) it is the same as left out. */
const section = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === null ? undefined : v), schema.optional());

/** The first bytes of the font files fontkit reads: TrueType, OpenType, collections, WOFF, WOFF2, Apple. */
const FONT_MAGIC = ['00010000', '4f54544f', '74727565', '74746366', '774f4646', '774f4632', '74797031', '00000100'];

/**
 * A font file setting (`path` or `path#PostScript名` for a face of a .ttc collection): the file must
 * exist and be a font. The path is resolved against the workspace folder; `#face` is kept.
 */
function fontFile(root: string) {
  return text.transform((v, ctx) => {
    const hash = v.lastIndexOf('#');
    const [path, face] = hash > 0 ? [v.slice(0, hash), v.slice(hash + 1)] : [v, undefined];
    const abs = resolve(root, path);
    const where = isAbsolute(path) ? '' : `（按配置文件所在的文件夹找的是 ${abs}）`;
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message, input: v });
      return z.NEVER;
    };
    if (face === '') return fail(`“${v}”的 # 后面没有写字体名`);
    let magic: string;
    try {
      const st = statSync(abs);
      if (st.isDirectory()) return fail(`“${path}”是文件夹，不是字体文件${where}`);
      // A pipe or device would block the open below for ever.
      if (!st.isFile()) return fail(`“${path}”不是普通文件，不是字体文件${where}`);
      const fd = openSync(abs, 'r');
      try {
        const head = Buffer.alloc(4);
        magic = head.subarray(0, readSync(fd, head, 0, 4, 0)).toString('hex');
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return fail(code === 'ENOENT' || code === 'ENOTDIR' ? `字体文件“${path}”不存在${where}` : `字体文件“${path}”无法读取（${code ?? String(err)}）${where}`);
    }
    if (!FONT_MAGIC.includes(magic)) return fail(`“${path}”不是字体文件（应是 .ttf、.otf 或 .ttc 字体文件）${where}`);
    return face === undefined ? abs : `${abs}#${face}`;
  });
}

/** One 三级项 number of the scoring standard: `4`, `"4"` or `（4）` → `"4"`. */
const itemNumber = z
  .union([z.number(), z.string()], { error: (iss) => `应是三级项编号（如 4），现在是${describeValue(iss.input)}` })
  .transform((v) => String(v).replace(/[（()）\s]/g, ''))
  .refine((s) => s !== '', { message: '三级项编号是空的' });

/**
 * The schema of `dossier.config.yaml` for a workspace folder (font files are looked up in it).
 * Every key is optional and has a default; a key not listed here is an error, in every section.
 */
export function configSchema(root: string) {
  const font = section(fontFile(root));
  const fonts = {
    fangsong: font,
    hei: font,
    kai: font,
    song: font,
    title: font,
  } satisfies Record<FontRole, unknown>;
  return z.strictObject({
    district: text.optional(),
    plan: text.optional(),
    dossiers: text.optional(),
    output: text.optional(),
    templates: text.optional(),
    standard: text.optional(),
    asOf: calendarDate.optional(),
    date: calendarDate.optional(),
    unitAliases: section(z.record(z.string(), text)),
    units: section(z.array(text)),
    mapping: section(z.record(z.string(), z.array(itemNumber))),
    organ: optionalText,
    recipient: optionalText,
    rectifyBy: section(calendarDate),
    stages: section(z.record(z.string().regex(/^\d+$/, { message: '应是日程安排表的序号（数字）' }), text)),
    report: section(
      z.strictObject({
        title: optionalText,
        date: section(calendarDate),
        fonts: section(z.strictObject(fonts)),
        maxImageMB: section(z.number().refine((n) => Number.isFinite(n) && n >= 0, { message: '应是不小于 0 的数字' })),
      }),
    ),
    letter: section(
      z.strictObject({
        number: optionalText,
        signer: optionalText,
        title: optionalText,
        date: section(calendarDate),
        contact: optionalText,
        phone: optionalText,
        cc: optionalText,
        printedBy: optionalText,
        printedOn: section(calendarDate),
      }),
    ),
  });
}

/** The parsed configuration as written in the file (dates as YYYY-MM-DD, font paths absolute). */
export type WorkspaceConfig = z.output<ReturnType<typeof configSchema>>;

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
