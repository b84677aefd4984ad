import { extname, relative, sep } from 'node:path';
import { builtinAliases, makeAliasTable } from './aliases.js';
import type { PlanResult } from './plan.js';
import type { PlanSource } from './raw-table.js';
import { contentHash, type ContentCache } from '../util/content-cache.js';
import { decodeText } from '../util/decode-text.js';
import { READ_LIMITS, readFailure, readRegularFileSync } from '../util/safe-file.js';

/** Options for reading a plan from disk. */
export interface LoadPlanOptions {
  /** Extra `variant → canonical` department aliases (the workspace's), applied over the built-in table. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Folder that the catalog's `plan` path is written relative to (default: the current folder). */
  readonly base?: string;
  /** Where a plan parsed before is kept (by its bytes, aliases and shown path): its parsers are then not even loaded. */
  readonly cache?: ContentCache;
}

/** The plan formats dossier reads, by file extension. */
export const PLAN_EXTENSIONS = ['.docx', '.xlsx', '.csv', '.md', '.txt'] as const;

const PLAN_TOO_LARGE_HINT = '方案文件通常只有几 MB；请确认指定的是方案本身，或把其中的图片删去、只留任务分解表后另存';

/**
 * A plan file's bytes: a regular file (a folder, pipe or device is refused without waiting on it) of
 * at most READ_LIMITS.planBytes. Throws FileRefused or the system's error.
 */
export function readPlanFile(file: string): Buffer {
  return readRegularFileSync(file, { maxBytes: READ_LIMITS.planBytes });
}

/**
 * Reads and parses a plan file (`.docx`, `.xlsx`, `.csv`, `.md`/`.txt`); a file that cannot be read
 * or is in another format is an error, never a crash.
 */
export async function loadPlan(file: string, options: LoadPlanOptions = {}): Promise<PlanResult> {
  let bytes: Buffer;
  try {
    bytes = readPlanFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : readFailure(err, '方案文件');
    return { issues: [{ severity: 'error', line: 0, message: `无法读取方案文件：${why}`, hint: code === 'EFBIG' ? PLAN_TOO_LARGE_HINT : '请用 --plan 指定方案文件的正确路径' }] };
  }
  const aliases = makeAliasTable(await builtinAliases(options.cache), options.aliases ?? {});
  const shown = (options.base === undefined ? file : relative(options.base, file)).split(sep).join('/');
  const parse = async (): Promise<PlanResult> => {
    const source = await readSource(file, bytes);
    if ('message' in source) return { issues: [{ severity: 'error', line: 0, ...source }] };
    return (await import('./plan.js')).buildCatalog(source, shown, aliases);
  };
  if (!options.cache) return parse();
  return options.cache.json(`plan\0${shown}\0${JSON.stringify([...aliases])}\0${contentHash(bytes)}`, parse);
}

/** Reads a plan-like file (Word, Excel, CSV, text) into its raw tables, or says why it cannot. */
export async function readSource(file: string, bytes: Buffer): Promise<PlanSource | { message: string; hint: string }> {
  const ext = extname(file).toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  try {
    // The Word, Excel and CSV readers (mammoth, exceljs, csv-parse) load only for plans in those formats.
    if (ext === '.docx' || (ext === '' && zip && bytes.includes('word/'))) return await (await import('./read-docx.js')).readDocxPlan(bytes);
    if (ext === '.xlsx') return await (await import('./read-xlsx.js')).readXlsxPlan(bytes);
    if (ext === '.csv') return (await import('./read-csv.js')).readCsvPlan(bytes);
  } catch (err) {
    return { message: `无法读取${ext === '.xlsx' ? ' Excel' : ' Word'} 文件：${(err as Error).message}`, hint: '请确认文件能用 Word/Excel/WPS 正常打开；可另存为 .docx 或 .xlsx 后重试' };
  }
  if (ext === '.doc' || ext === '.xls' || ext === '.wps' || ext === '.et') {
    return { message: `不能直接读取旧格式的 ${ext} 文件`, hint: '请用 Word/Excel/WPS 打开后“另存为” .docx 或 .xlsx 格式' };
  }
  if (ext === '.pdf') return { message: '不能从 PDF 读取任务分解表', hint: '请使用方案的 Word 原件（.docx），或把任务分解表复制到 Excel 另存为 .xlsx' };
  if (zip) return { message: `文件扩展名是“${ext || '（无）'}”，但内容是 Office 压缩文件`, hint: '请把文件改名为 .docx（Word）或 .xlsx（Excel）' };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { message: `方案文件不是文本文件：${decoded.reason}`, hint: `方案可以是 ${PLAN_EXTENSIONS.join('、')} 文件` };
  return (await import('./read-text.js')).readTextPlan(decoded.text);
}
