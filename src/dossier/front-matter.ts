import matter from 'gray-matter';
import YAML, { isMap, isScalar, isSeq, LineCounter, type Document, type Scalar } from 'yaml';
import { unixNewlines } from '../util/newlines.js';
import { explainYamlError, faultLine } from '../util/yaml-error.js';

/** Front matter larger than this is refused rather than parsed. */
export const MAX_FRONT_MATTER = 1024 * 1024;
/** More alias expansions than this is treated as a YAML bomb. */
const MAX_ALIASES = 100;

/** Front matter read from a file, with the file line of each key and list item. */
export interface FrontMatter {
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** File line of each top-level key. */
  readonly keyLines: ReadonlyMap<string, number>;
  /** File lines of the items of each top-level list (`attachments`, `metrics`). */
  readonly itemLines: ReadonlyMap<string, readonly number[]>;
  /** Scalars of each top-level key as written (`3.10`, not 3.1), for ids that look like numbers. */
  readonly sources: ReadonlyMap<string, readonly string[]>;
  /** Slips that were read anyway (a full-width colon, a missing space, tab indentation), by line. */
  readonly lenient: readonly { readonly line: number; readonly message: string }[];
}

/** Why front matter could not be read: no front matter at all, or a syntax problem at a line. */
export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; kind: 'absent' | 'syntax'; line: number; message: string; hint: string };

class FrontMatterTooLarge extends Error {}

/**
 * Splits a markdown file into YAML front matter (gray-matter, parsed with the `yaml` package for
 * line positions) and body. Line numbers are those of the file, counting the opening `---` as 1.
 */
export function readFrontMatter(text: string): FrontMatterResult {
  const src = unixNewlines(text);
  if (!/^---[ \t]*\n/.test(src)) {
    // Blank lines above the opening ---: the front matter is there, one line too low.
    const above = /^(?:[ \t]*\n)+---[ \t]*\n/.exec(src);
    if (above) {
      const blank = above[0].split('\n').length - 2;
      return { ok: false, kind: 'absent', line: 1, message: `文件开头有 ${blank} 个空行，属性区开头的 --- 要写在第一行`, hint: '删掉 --- 上面的空行' };
    }
    return {
      ok: false,
      kind: 'absent',
      line: 1,
      message: '文件开头没有属性区（用 --- 包围的 task、unit、title 等字段）',
      hint: '在文件第一行写 ---，接着写 task、unit、title、date、status 各一行，再写一行 --- 结束；可用 dossier new 生成模板',
    };
  }
  const closed = closeFrontMatter(src);
  if (!closed.ok) return closed;
  const { text: fixed, lenient } = mendSlips(closed.text);
  lenient.unshift(...closed.lenient);
  let doc: Document | undefined;
  const counter = new LineCounter();
  let file: matter.GrayMatterFile<string>;
  try {
    // An options object is passed on purpose: without one gray-matter caches results by content.
    file = matter(fixed, {
      engines: {
        yaml: (s: string) => {
          if (Buffer.byteLength(s) > MAX_FRONT_MATTER) throw new FrontMatterTooLarge();
          doc = YAML.parseDocument(s, { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
          if (doc.errors.length > 0) return {};
          return (doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}) as object;
        },
      },
    });
  } catch (err) {
    if (err instanceof FrontMatterTooLarge) {
      return { ok: false, kind: 'syntax', line: 1, message: `属性区超过 ${MAX_FRONT_MATTER / 1024 / 1024} MB，不予读取`, hint: '属性区只放几个字段；长文字请写在第二个 --- 之后的正文里' };
    }
    const alias = err instanceof Error && /alias/i.test(err.message);
    return {
      ok: false,
      kind: 'syntax',
      line: 1,
      message: alias ? '属性区中的 YAML 别名（& 和 *）展开后过大，不予读取' : `属性区无法解析：${err instanceof Error ? err.message : String(err)}`,
      hint: alias ? '请去掉属性区中的 & 和 * 引用，直接写出内容' : '请检查属性区的格式',
    };
  }
  if (doc && doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return {
      ok: false,
      kind: 'syntax',
      line: faultLine(fixed, e.linePos?.[0]?.line ?? 1, e.message),
      message: `属性区 YAML 格式错误：${explainYamlError(e.code, e.message)}`,
      hint: '每行写作“字段: 值”，冒号后留一个空格；列表项以“- ”开头并对齐缩进；值中含冒号或 # 时用引号括起来',
    };
  }
  const data = file.data as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, kind: 'syntax', line: 2, message: '属性区应是“字段: 值”的形式', hint: '每行写作“字段: 值”，如 task: 24' };
  }
  const keyLines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  const sources = new Map<string, string[]>();
  const contents = doc?.contents;
  if (contents && isMap(contents)) {
    for (const pair of contents.items) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (!key || key.range === undefined) continue;
      const name = String(key.value);
      keyLines.set(name, counter.linePos(key.range[0]).line);
      if (isScalar(pair.value)) sources.set(name, [scalarSource(pair.value)]);
      if (isSeq(pair.value)) {
        sources.set(
          name,
          pair.value.items.map((item) => (isScalar(item) ? scalarSource(item) : '')),
        );
        itemLines.set(
          name,
          pair.value.items.map((item) => counter.linePos((item as { range?: [number, number, number] }).range?.[0] ?? key.range![0]).line),
        );
      }
    }
  }
  return { ok: true, value: { data: data as Record<string, unknown>, body: file.content, keyLines, itemLines, sources, lenient } };
}

/** A line of dashes typed another way than `---` (an input method's ——, ———, －－－, ─), or YAML's `...`. */
const DASH_LINE = /^[ \t]*(?:[-－—―─━‐‑–]{2,}|\.\.\.)[ \t\u3000]*$/u;
/** A line front matter may hold: empty, a comment, a list item, an indented line, or `key: value` (a full-width colon, no space, too). */
const FRONT_MATTER_LINE = /^(?:[ \t]*(?:#.*)?|[ \t]*-(?:[ \t].*)?|[ \t]+\S.*|[^\s:：#][^:：]{0,40}[:：].*)$/u;

/**
 * Finds where front matter ends: the first line after the opening one that starts with `---`, as
 * gray-matter reads it. Without one, a line of dashes typed another way (`———` from an input
 * method, or YAML's `...`) where the front matter can still go on is read as `---`, with a warning;
 * with none of those either, the error names the line before which `---` should stand (the first
 * line that cannot be front matter), instead of a YAML error about the text below.
 */
function closeFrontMatter(src: string): { ok: true; text: string; lenient: { line: number; message: string }[] } | Extract<FrontMatterResult, { ok: false }> {
  const lines = src.split('\n');
  if (lines.some((l, i) => i > 0 && l.startsWith('---'))) return { ok: true, text: src, lenient: [] };
  const body = lines.findIndex((l, i) => i > 0 && !FRONT_MATTER_LINE.test(l));
  const dashes = lines.findIndex((l, i) => i > 0 && (body < 0 || i <= body) && DASH_LINE.test(l));
  if (dashes > 0) {
    const written = lines[dashes]!.trim();
    lines[dashes] = '---';
    return { ok: true, text: lines.join('\n'), lenient: [{ line: dashes + 1, message: `“${written}”已按属性区的结束标记 --- 读取（请写作三个英文减号 ---）` }] };
  }
  const hint = '在最后一个字段（如 status）下面单独写一行 ---（三个英文减号），正文写在它后面';
  if (body < 0) {
    let last = lines.length;
    while (last > 1 && lines[last - 1]!.trim() === '') last--;
    return { ok: false, kind: 'syntax', line: last, message: '属性区没有结束：缺少单独一行的 ---', hint };
  }
  return { ok: false, kind: 'syntax', line: body + 1, message: `属性区没有结束：第 ${body + 1} 行之前缺少单独一行的 ---`, hint };
}

function scalarSource(node: Scalar): string {
  return typeof node.source === 'string' && typeof node.value === 'number' ? node.source : String(node.value ?? '');
}

/** Keys whose missing space after `:` is mended (`task:24`); other text with a colon is left alone. */
const KNOWN_KEYS = [
  'task',
  'unit',
  'title',
  'date',
  'status',
  'kind',
  'metrics',
  'attachments',
  'name',
  'value',
  'target',
  'items',
  '任务',
  '责任单位',
  '标题',
  '日期',
  '状态',
  '类型',
  '指标',
  '附件',
  '名称',
  '数值',
  '值',
  '实际值',
  '目标',
  '目标值',
];
/** A key whose value starts with `>`, `|` or is a lone `-` (with what comes before the value, the key, the value). */
const SIGNED_VALUE = /^(\s*(?:-\s+)?([\p{L}\p{N}_]{1,20}):[ \t]+)([|>].*|-[ \t]*)$/u;
/** A real block scalar header (`|`, `>-`, `|2+`), with an optional comment. */
const BLOCK_HEADER = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?[ \t]*(?:#.*)?$/;
const FULL_WIDTH_KEY = /^(\s*(?:-\s+)?)([\p{L}\p{N}_]{1,20})[ \t]*：[ \t]*/u;
const TIGHT_KEY = new RegExp(`^(\\s*(?:-\\s+)?)(${KNOWN_KEYS.join('|')}):(?=[^\\s/])`, 'u');

/**
 * Mends the slips a Chinese keyboard makes in front matter and that can be read only one way: a
 * full-width colon after a key, no space after a known key's colon, tabs for indentation, a value
 * starting with `>` or `|` (`>=95%`) or a lone `-`. Lines
 * keep their numbers; each mend is reported.
 */
export function mendSlips(src: string): { text: string; lenient: { line: number; message: string }[] } {
  const lines = src.split('\n');
  // Where gray-matter ends the front matter: the first line after the opening one that starts with ---.
  const end = lines.findIndex((l, i) => i > 0 && l.startsWith('---'));
  const lenient: { line: number; message: string }[] = [];
  let blockIndent = -1;
  for (let i = 1; i < (end < 0 ? lines.length : end); i++) {
    let l = lines[i]!;
    if (/^[ ]*\t/.test(l)) {
      l = l.replace(/^[ \t]+/, (m) => m.replace(/\t/g, '  '));
      lenient.push({ line: i + 1, message: '这一行用制表符（Tab）缩进，已按空格读取' });
    }
    const indent = /^ */.exec(l)![0].length;
    // The text of a `key: |` block is the clerk's own words: colons in it are not slips.
    if (blockIndent >= 0 && (l.trim() === '' || indent > blockIndent)) {
      lines[i] = l;
      continue;
    }
    blockIndent = -1;
    // Any key at the top level; inside lists only dossier's own keys (a file name may hold a ：).
    const full = FULL_WIDTH_KEY.exec(l);
    if (full && !l.slice(0, full.index + full[0].length).includes(':') && (indent === 0 && !full[1]!.includes('-') ? true : KNOWN_KEYS.includes(full[2]!))) {
      l = `${full[1]}${full[2]}: ${l.slice(full[0].length)}`;
      lenient.push({ line: i + 1, message: `字段名“${full[2]}”后用了中文冒号“：”，已按英文冒号“:”读取` });
    }
    const tight = TIGHT_KEY.exec(l);
    if (tight) {
      l = `${tight[1]}${tight[2]}: ${l.slice(tight[0].length)}`;
      lenient.push({ line: i + 1, message: `字段“${tight[2]}”的冒号后缺少空格，已按“${tight[2]}: …”读取` });
    }
    // `target: >=95%`, `value: -`: a sign YAML reads as the start of a block or a list, where the clerk wrote a value.
    const signed = SIGNED_VALUE.exec(l);
    if (signed && !BLOCK_HEADER.test(signed[3]!)) {
      // A comment after the value (` # 省定目标`) stays a comment.
      const comment = /[ \t]+#.*$/.exec(signed[3]!);
      const value = (comment ? signed[3]!.slice(0, comment.index) : signed[3]!).trimEnd();
      l = `${signed[1]}${JSON.stringify(value)}${comment ? comment[0] : ''}`;
      lenient.push({
        line: i + 1,
        message: `字段“${signed[2]}”的值“${value}”以“${value[0]}”开头，YAML 会读错，已按文字读取（建议写作 ${value[0] === '>' ? value.replace(/^>=?/, (g) => (g === '>=' ? '≥' : '＞')) : `"${value}"`}）`,
      });
    }
    if (/:\s*[|>][+-]?\d*\s*(?:#.*)?$/.test(l)) blockIndent = indent;
    lines[i] = l;
  }
  return { text: lines.join('\n'), lenient };
}
