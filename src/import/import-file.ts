import { readFile, realpath, rm, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import type { Catalog } from '../catalog/types.js';
import { isInside } from '../util/is-inside.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { copyFileAtomic } from '../util/atomic-write.js';
import { docxToMarkdown, OfficeFileError, type DocxMarkdown } from './docx-to-markdown.js';
import { importedEvidence } from './evidence-text.js';
import { isEncryptedOffice, PASSWORD_HINT } from './is-encrypted-office.js';
import { TYPE_NAMES, type ImportType } from './file-type.js';
import { readImportName } from './import-name.js';
import { lastDateIn } from './last-date.js';
import { planImport, type EvidenceMeta, type ImportChoices, type Refusal } from './plan-import.js';
import { freeEvidenceStem } from './safe-name.js';
import { SHEET_LIMIT, sheetToMarkdown } from './sheet-to-markdown.js';
import { sniffFile } from './sniff-file.js';
import { stringifyMarkdown } from './stringify-markdown.js';

/** What every file of one `dossier import` shares. */
export interface ImportContext {
  readonly catalog: Catalog;
  /** The dossier folder (absolute). */
  readonly dossiers: string;
  /** Every department name the workspace knows. */
  readonly known: readonly string[];
  /** The canonical name of a known department, or undefined. */
  readonly unitOf: (name: string) => string | undefined;
  readonly choices: ImportChoices;
}

/** The result of importing one file: the evidence file written, or why not; notes either way. */
export type ImportOutcome =
  | { readonly ok: true; readonly file: string; readonly meta: EvidenceMeta; readonly attachments: readonly string[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly refusal: Refusal; readonly notes: readonly string[] };

/**
 * Turns one file a department sent into an evidence file `<dossiers>/<unit>/T<id>-<title>.md`;
 * its attachments (the original and, for Word, its pictures) go to `<unit>/附件/T<id>-<title>/`.
 * A file already inside the dossier folder is listed where it is, not copied. Nothing is ever
 * overwritten: a taken name gets -2, -3 …; the evidence file is written last, after its attachments.
 */
export async function importFile(path: string, type: ImportType, ctx: ImportContext): Promise<ImportOutcome> {
  const fileName = basename(path);
  // An empty file has nothing to import, and listed as an attachment it would count as evidence given.
  if ((await stat(path)).size === 0) {
    return { ok: false, notes: [], refusal: { message: '这个文件是空的（0 字节），没有内容', hint: '文件可能没有下载或拷贝完整：请向报送单位重新要一份原文件后再导入' } };
  }
  const name = readImportName(fileName, ctx.unitOf);
  let docx: DocxMarkdown | undefined;
  if (type === 'docx') {
    try {
      docx = await docxToMarkdown(await readFile(path));
    } catch (err) {
      const why = err instanceof OfficeFileError ? err.message : (err as NodeJS.ErrnoException).code ? reason(err) : '不是有效的 .docx 文件';
      return {
        ok: false,
        notes: [],
        refusal: {
          message: `无法读取这个 Word 文件（${why}）`,
          hint: (err instanceof OfficeFileError && err.hint) || '文件可能已损坏，或是改了扩展名的旧版 .doc 文件：请用 Word 或 WPS 打开，“另存为”Word 文档（.docx）后再导入',
        },
      };
    }
  }
  const planned = planImport({
    fileName,
    type,
    name,
    choices: ctx.choices,
    catalog: ctx.catalog,
    known: ctx.known,
    ...(docx?.heading === undefined ? {} : { heading: docx.heading }),
    ...(docx ? withDate(lastDateIn(docx.markdown)) : {}),
  });
  if ('refusal' in planned) return { ok: false, refusal: planned.refusal, notes: docx ? [...docx.notes] : [] };
  const { meta } = planned;
  const notes = [...planned.notes, ...(docx?.notes ?? [])];

  const sniffed = await sniffFile(path, type);
  if (sniffed) notes.push(sniffed);
  const body = await bodyOf(path, type, meta.title, docx, notes);
  const unitDir = join(ctx.dossiers, meta.unit);
  const stem = freeEvidenceStem(unitDir, meta.task.id, meta.title);
  const file = join(unitDir, `${stem}.md`);
  const attDir = join(unitDir, '附件', stem);
  const rel = (p: string) => relative(unitDir, p).split(sep).join('/');

  const attachments: string[] = [];
  try {
    for (const picture of docx?.pictures ?? []) {
      await writeFileAtomic(join(attDir, picture.name), picture.data);
      attachments.push(rel(join(attDir, picture.name)));
    }
    const inside = await insideDossier(ctx.dossiers, path);
    if (inside) {
      attachments.push(rel(inside));
      notes.push(`原文件已在佐证资料文件夹中，直接列为附件（${rel(inside)}），没有复制`);
    } else {
      await copyFileAtomic(path, join(attDir, fileName));
      attachments.push(rel(join(attDir, fileName)));
    }
    await writeFileAtomic(file, importedEvidence(meta, fileName, attachments, body));
  } catch (err) {
    await rm(attDir, { recursive: true, force: true });
    return { ok: false, notes, refusal: { message: `写入佐证文件时出错（${reason(err)}），未导入`, hint: '请检查佐证资料文件夹是否可写、磁盘是否已满，然后重新导入' } };
  }
  return { ok: true, file, meta, attachments, notes };
}

/** The body of the evidence file: the Word text, or a sentence naming the attachment (with a small sheet's table). */
async function bodyOf(path: string, type: ImportType, title: string, docx: DocxMarkdown | undefined, notes: string[]): Promise<string> {
  const typeName = TYPE_NAMES[extname(path).toLowerCase()] ?? '文件';
  const named = (extra = '') => paragraph(`本材料为附件《${title}》（${typeName}${extra}）。`);
  if (docx) {
    const text = docx.heading === title ? docx.rest : docx.markdown;
    if (text.replace(/（见图\d+）/g, '').trim() !== '') return text;
    notes.push('Word 文件中没有正文文字，佐证文件的正文只写了一句说明；请补充工作开展情况');
    return paragraph(`本材料为附件《${title}》（Word 文件${docx.pictures.length ? `，含图片 ${docx.pictures.length} 张` : ''}）。`);
  }
  if (type !== 'sheet') return named();
  const data = await readFile(path);
  const sheet = await sheetToMarkdown(data, extname(path).toLowerCase());
  if (!sheet) {
    if (isEncryptedOffice(data)) notes.push(`表格文件设置了打开密码，内容没有读入正文，只列为附件（复核专家也打不开）；${PASSWORD_HINT}`);
    else if (extname(path).toLowerCase() !== '.csv') notes.push('表格内容没有读入正文（旧版 .xls、文件较大或无法读取），只列为附件');
    return named();
  }
  if (sheet.rows === 0) {
    notes.push('表格中没有找到内容（工作表都是空的或隐藏的），只列为附件；请打开原文件核对');
    return named();
  }
  if (sheet.otherSheets?.length)
    notes.push(`工作簿中另有 ${sheet.otherSheets.length} 张有内容的工作表（${sheet.otherSheets.map((n) => `“${n}”`).join('、')}）没有录入正文，只在附件中；需要时请另行摘录`);
  const size = `，${sheet.rows} 行、${sheet.columns} 列`;
  if (!sheet.table) {
    notes.push(`表格有 ${sheet.rows} 行、${sheet.columns} 列，超过可录入正文的大小（${SHEET_LIMIT.rows} 行、${SHEET_LIMIT.columns} 列），只列为附件`);
    return named(size);
  }
  const which = sheet.sheetCount > 1 ? `，共 ${sheet.sheetCount} 张工作表，以下为${sheet.notFirst ? '' : '第一张'}“${sheet.sheetName}”` : '';
  const lead = paragraph(`本材料为附件《${title}》（${typeName}${which}）。${sheet.caption ? `表格“${sheet.caption}”` : '表格'}内容如下：`);
  return `${lead}\n\n${sheet.subtitle ? `${paragraph(sheet.subtitle)}\n\n` : ''}${sheet.table}`;
}

/** A one-paragraph markdown text, with any markdown characters in it escaped. */
function paragraph(text: string): string {
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  return stringifyMarkdown(root);
}

/** The real path of `path` when it lies inside the dossier folder. */
async function insideDossier(dossiers: string, path: string): Promise<string | undefined> {
  try {
    const [root, real] = await Promise.all([realpath(dossiers), realpath(path)]);
    if (!isInside(root, real)) return undefined;
    // Keep the path as the clerk sees it (under the dossier folder as configured).
    return join(dossiers, relative(root, real));
  } catch {
    return undefined;
  }
}

function withDate(found: { written: string; iso: string } | undefined) {
  return found ? { dateInText: found } : {};
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有权限';
  if (code === 'ENOSPC') return '磁盘已满';
  return (err as Error).message ?? String(err);
}
