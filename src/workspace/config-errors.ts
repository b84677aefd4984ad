import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type * as z from 'zod';
import { ROLE_INFO, ROLES } from '../render/fonts/roles.js';
import { describeValue } from './config.js';

/** A key a section of dossier.config.yaml allows: what it is and how it is written. */
interface KeyInfo {
  readonly what: string;
  /** A line of YAML as the user would write it. */
  readonly example: string;
}

const FONT_EXAMPLE: Readonly<Record<string, string>> = {
  fangsong: 'C:/Windows/Fonts/simfang.ttf',
  hei: 'C:/Windows/Fonts/simhei.ttf',
  kai: 'C:/Windows/Fonts/simkai.ttf',
  song: 'C:/Windows/Fonts/simsun.ttc#SimSun',
  title: 'C:/Windows/Fonts/FZXBSJW.TTF',
};

/** Every section of the config and its keys, in the order they are listed to the user. */
export const CONFIG_KEYS: Readonly<Record<'' | 'report' | 'letter' | 'report.fonts', Readonly<Record<string, KeyInfo>>>> = {
  '': {
    district: { what: '地区名称', example: 'district: 西安曲江新区' },
    plan: { what: '实施方案文件', example: 'plan: seeds/方案.docx' },
    dossiers: { what: '佐证资料文件夹', example: 'dossiers: dossiers' },
    output: { what: '输出文件夹', example: 'output: output' },
    templates: { what: '模板文件夹', example: 'templates: templates' },
    standard: { what: '评分标准文件', example: 'standard: standard.yaml' },
    asOf: { what: '检查日期', example: 'asOf: 2021-06-30' },
    date: { what: '生成文件上的日期', example: 'date: 2021-06-30' },
    unitAliases: { what: '单位名称的其他写法', example: 'unitAliases: { 应急中心: 应急管理中心 }' },
    units: { what: '方案中没有、但会报送材料的单位', example: 'units: [区消防大队]' },
    mapping: { what: '任务对应的三级项', example: 'mapping: { 24: [4, 11] }' },
    organ: { what: '发文机关（请示和自评报告的版头、标题、落款）', example: 'organ: 西安曲江新区国家安全发展示范城市创建工作领导小组' },
    recipient: { what: '主送机关（请示和自评报告共用）', example: 'recipient: 西安市安全生产委员会' },
    rectifyBy: { what: '问题整改台账的整改时限', example: 'rectifyBy: 2021-08-31' },
    stages: { what: '日程安排各阶段的完成情况', example: 'stages: { 1: 已完成, 15: 推进中 }' },
    report: { what: '自评报告的设置', example: 'report: { title: 西安曲江新区国家安全发展示范城市创建工作自评报告 }' },
    letter: { what: '请示的设置', example: 'letter: { number: 西曲江安城创〔2021〕3号 }' },
  },
  report: {
    title: { what: '报告标题', example: 'title: 西安曲江新区国家安全发展示范城市创建工作领导小组关于国家安全发展示范城市创建工作自评情况的报告' },
    date: { what: '成文日期', example: 'date: 2021-06-30' },
    fonts: { what: 'PDF 用的字体文件', example: 'fonts: { fangsong: C:/Windows/Fonts/simfang.ttf }' },
    maxImageMB: { what: '报告中直接显示的图片的大小上限，单位 MB', example: 'maxImageMB: 3' },
  },
  letter: {
    number: { what: '发文字号', example: 'number: 西曲江安城创〔2021〕3号' },
    signer: { what: '签发人', example: 'signer: 张三' },
    title: { what: '请示标题', example: 'title: 西安曲江新区国家安全发展示范城市创建工作领导小组关于申请省、市级复核的请示' },
    date: { what: '成文日期', example: 'date: 2021-06-30' },
    contact: { what: '联系人', example: 'contact: 李四' },
    phone: { what: '联系电话', example: 'phone: "029-12345678"（电话号码请加引号，否则开头的 0 会丢掉）' },
    cc: { what: '版记的抄送机关', example: 'cc: 西安市应急管理局' },
    printedBy: { what: '版记的印发机关', example: 'printedBy: 西安曲江新区国家安全发展示范城市创建工作领导小组办公室' },
    printedOn: { what: '版记的印发日期', example: 'printedOn: 2021-06-30' },
  },
  'report.fonts': Object.fromEntries(ROLES.map((r) => [r, { what: `${ROLE_INFO[r].zh}字体文件，用于${ROLE_INFO[r].use}`, example: `${r}: ${FONT_EXAMPLE[r] ?? 'fonts/字体.ttf'}` }])),
};

/** How each section is named to the user. */
const SECTION_NAME: Readonly<Record<keyof typeof CONFIG_KEYS, string>> = {
  '': '配置文件的第一层（不缩进）',
  report: 'report:（自评报告）',
  letter: 'letter:（请示）',
  'report.fonts': 'report: 的 fonts: ',
};

/** Entries of the free-form sections (`unitAliases`, `units`, `mapping`) and how they are written. */
const ENTRY_EXAMPLE: Readonly<Record<string, string>> = {
  unitAliases: '应急中心: 应急管理中心（左边是其他写法，右边是方案中的单位名称）',
  units: 'units: [区消防大队, 区气象局]',
  mapping: '24: [4, 11]（任务序号: [三级项编号, …]）',
  stages: '4: 已完成（日程安排表的序号: 完成情况）',
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  array: '列表（如 [a, b]）',
  object: '一组“键: 值”（写在下面几行，每行缩进两格）',
  record: '一组“键: 值”（写在下面几行，每行缩进两格）',
  date: '日期',
};

/** One problem of the config: where, what is wrong, and what to write instead. */
export interface ConfigProblem {
  readonly line?: number;
  /** The key as the user sees it: `report.fonts.fangsong`, `units 第 2 项`; '' for the whole file. */
  readonly key: string;
  readonly problem: string;
  readonly fix: string;
}

/** The problems zod found in a config, in Chinese, in the order of the file. */
export function configProblems(issues: readonly z.core.$ZodIssue[], doc: Document, lines: LineCounter): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  for (const iss of issues) {
    const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (iss.code === 'unrecognized_keys') {
      for (const k of iss.keys) {
        const at = [...path, k];
        out.push({ ...lineAt(doc, lines, at), key: keyLabel(at), problem: '没有这个配置项', fix: unknownKeyFix(sectionOf(path), k) });
      }
      continue;
    }
    out.push({ ...lineAt(doc, lines, path), key: keyLabel(path), problem: problemOf(iss, path), fix: fixOf(iss, path) });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function problemOf(iss: z.core.$ZodIssue, path: readonly (string | number)[]): string {
  if (iss.code === 'invalid_type') {
    const expected = path.length === 0 ? '一组“配置项: 值”，每行一项' : (EXPECTED[iss.expected] ?? iss.expected);
    return `应是${expected}，现在是${describeValue(iss.input)}`;
  }
  if (iss.code === 'too_small') return '是空的';
  return iss.message;
}

function fixOf(iss: z.core.$ZodIssue, path: readonly (string | number)[]): string {
  if (path.length === 0) return '每行写一项“配置项: 值”，如 district: 西安曲江新区（也可以用 dossier init 生成一份配置文件）';
  const example = exampleOf(path);
  const last = path[path.length - 1];
  if (path.length === 3 && path[0] === 'report' && path[1] === 'fonts' && iss.code === 'custom') {
    return `请写字体文件的完整路径（或相对于配置文件所在文件夹的路径），如 ${example}；.ttc 字体集写作 路径#字体名；删掉这一行则使用电脑上找到的字体（用 dossier fonts 查看）`;
  }
  if (iss.input === null || iss.input === '') return `请在冒号后面写上内容，写法如：${example}；或者删掉这一行，使用默认值`;
  if (iss.code === 'invalid_type' && iss.expected === 'string' && (typeof iss.input === 'number' || typeof iss.input === 'boolean') && typeof last === 'string') {
    return last === 'phone' ? `写法如：${example}` : `如果就是“${iss.input}”，请加上引号写成文字：${last}: "${iss.input}"`;
  }
  return `写法如：${example}`;
}

/** The example of how the value at `path` is written. */
function exampleOf(path: readonly (string | number)[]): string {
  const [top, second, third] = path;
  if (typeof top !== 'string') return '';
  if (path.length > 1 && ENTRY_EXAMPLE[top] !== undefined) return ENTRY_EXAMPLE[top]!;
  if ((top === 'report' || top === 'letter') && typeof second === 'string') {
    if (second === 'fonts' && typeof third === 'string') return CONFIG_KEYS['report.fonts'][third]?.example ?? '';
    return CONFIG_KEYS[top][second]?.example ?? '';
  }
  return CONFIG_KEYS[''][top]?.example ?? '';
}

function sectionOf(path: readonly (string | number)[]): keyof typeof CONFIG_KEYS {
  const s = path.join('.');
  return s === 'report' || s === 'letter' || s === 'report.fonts' ? s : '';
}

/** What to write instead of an unknown key: where it belongs, the near spelling, and the keys the section allows. */
function unknownKeyFix(section: keyof typeof CONFIG_KEYS, key: string): string {
  const parts: string[] = [];
  // 落款 and 发文机关 are one setting now, shared by the 请示 and the report.
  if (key === 'issuer') parts.push('落款已改为配置文件第一层的 organ（发文机关）：写一次，请示和自评报告的版头、标题和落款都用它。');
  let elsewhere = (Object.keys(CONFIG_KEYS) as (keyof typeof CONFIG_KEYS)[]).filter((s) => s !== section && Object.hasOwn(CONFIG_KEYS[s], key));
  // `title:` belongs to report: or letter:; only a font role name (fangsong …) alone points to fonts:.
  if (elsewhere.length > 1) elsewhere = elsewhere.filter((s) => s !== 'report.fonts');
  if (key === 'issuer') {
    // Said above.
  } else if (elsewhere.length > 0) {
    parts.push(`“${key}”应写在${elsewhere.map((s) => (s === '' ? '配置文件的第一层（不缩进）' : ` ${SECTION_NAME[s].trim()} 下面`)).join('或')}。`);
  } else {
    const near = nearest(key, Object.keys(CONFIG_KEYS[section]));
    if (near !== undefined) parts.push(`是不是 ${near}？`);
  }
  const allowed = Object.entries(CONFIG_KEYS[section]).map(([k, info]) => `${k}（${info.what}）`);
  parts.push(`${SECTION_NAME[section]}可以写的配置项：${allowed.join('、')}`);
  return parts.join('');
}

/** The allowed key closest to `key`: the same but for case, or at most two letters different. */
function nearest(key: string, allowed: readonly string[]): string | undefined {
  const same = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
  if (same) return same;
  let best: string | undefined;
  let bestDistance = key.length >= 5 ? 3 : 2;
  for (const a of allowed) {
    const d = distance(key.toLowerCase(), a.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [a, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** `report.fonts.fangsong`, `units 第 2 项`, `mapping.24 第 1 项`. */
function keyLabel(path: readonly (string | number)[]): string {
  if (path.length === 0) return '';
  let label = '';
  for (const p of path) label += typeof p === 'number' ? ` 第 ${p + 1} 项` : label === '' ? p : `.${p}`;
  return label;
}

/** The line (1-based) of the key or list item at `path`, as deep as the file has it. */
function lineAt(doc: Document, lines: LineCounter, path: readonly (string | number)[]): { line?: number } {
  let node: unknown = doc.contents;
  let offset: number | undefined = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0];
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair) break;
      offset = (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? {} : { line: lines.linePos(offset).line };
}
