import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import * as z from 'zod';
import { fontCandidate, type FontRole } from '../render/fonts/roles.js';
import { calendarDateProblem, describeValue } from './config.js';

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
    const { path, face } = fontCandidate(v);
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
    // A stage's number as the schedule has it: '01' (quoted in YAML) is stage 1, and stage 1 written twice is refused.
    stages: section(
      z
        .record(z.string().regex(/^\d+$/, { message: '应是日程安排表的序号（数字）' }), text)
        .superRefine((r, ctx) => {
          const seen = new Map<number, string>();
          for (const key of Object.keys(r)) {
            const no = Number(key);
            const first = seen.get(no);
            if (first === undefined) seen.set(no, key);
            else ctx.addIssue({ code: 'custom', path: [key], message: `第 ${no} 阶段写了两次（${first} 和 ${key}），请只留一个` });
          }
        })
        .transform((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [String(Number(k)), v]))),
    ),
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
