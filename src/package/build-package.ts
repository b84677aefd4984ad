import { constants, copyFileSync, mkdirSync, realpathSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import type { Catalog } from '../catalog/types.js';
import type { CheckResult } from '../check/types.js';
import { resolveAttachment } from '../dossier/attachment-path.js';
import { markdownToDoc } from '../model/from-markdown.js';
import type { Block, Doc, DocMeta } from '../model/types.js';
import type { FontSet } from '../render/fonts/find-fonts.js';
import { imageReader } from '../render/image-reader.js';
import type { Written } from '../render/writers.js';
import type { Documents } from '../documents/build-documents.js';
import { CACHE_FOLDER, ContentCache, contentHash } from '../util/content-cache.js';
import { pathSignature } from '../util/file-signature.js';
import { splitHead, withHead } from '../util/head-and-body.js';
import { fontFilesKey } from '../render/fonts/font-files-key.js';
import { Memo } from '../util/memo.js';
import { writePdf } from '../render/pdf/write-pdf.js';
import type { BuiltReport } from '../template/build-report.js';
import { chineseDate } from '../template/helpers.js';
import { renderTemplate, type TemplateSources } from '../template/render-template.js';
import type { Workspace } from '../workspace/config.js';
import { buildManifest, fingerprint, MANIFEST, manifestBytes, sha256sums, SUMS } from './manifest.js';
import { attachmentName, FINGERPRINT_FILE, MERGED_PDF, numberedName, PACKAGE_NAME, PACKAGE_ZIP, safeExtension, safeName, sectionFolder, taskFolder } from './names.js';
import { evidenceGroups } from '../template/evidence-groups.js';
import { PAGE } from '../render/layout.js';
import { PdfConcat, type OutlineNode } from './pdf-concat.js';
import { PdfEncryptedError, PdfLimitError, PDF_LIMITS } from './pdf-reader.js';
import { clearStale, makeFolder, replaceAside, temporaryName } from './replace.js';
import { writeZip } from './zip.js';
import { fileKind } from './file-kind.js';

/** What packaging needs: a checked workspace, its built report, fonts and the fixed date. */
export interface PackageInput {
  readonly ws: Workspace;
  readonly catalog: Catalog;
  readonly result: CheckResult;
  readonly report: BuiltReport;
  /** The run's documents, made with `forPackage` (letter, ledger, both formats). */
  readonly documents: Documents;
  readonly fonts: FontSet;
  readonly templates: TemplateSources;
  readonly date: Date;
  readonly step?: (message: string) => void;
}

/** What was packaged, for the summary printed to people. */
export interface PackageResult {
  readonly folder: string;
  readonly zip: string;
  readonly files: number;
  readonly attachments: number;
  readonly mergedPages: number;
  readonly zipBytes: number;
  /** The SHA-256 of the package's manifest.json (what `dossier verify` prints and `--fingerprint` takes). */
  readonly fingerprint: string;
  /** The text file with the fingerprint, beside the zip. */
  readonly fingerprintFile: string;
  readonly notes: readonly string[];
}

/** One evidence item's attachment, where it comes from and where it goes in the package. */
interface Item {
  /** The 三级项 group (`（4）市政安全设施`) or the label of the evidence no item draws on. */
  readonly group: string;
  readonly mapped: boolean;
  readonly section: number;
  readonly sectionTitle: string;
  readonly task: string;
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly date: string;
  /** Each attachment: where it is read, where it goes in the package, its extension (lower case), caption and number (`23-01`, or `23-01-1` when the evidence has several). */
  readonly files: { readonly source: string; readonly target: string; readonly ext: string; readonly caption: string; readonly no: string }[];
  /** The folders the files are in, inside EVIDENCE_FOLDER (`（4）市政安全设施`, or the group, section and task folders). */
  readonly folders: readonly string[];
}

/** The package's folder of attachments. */
const EVIDENCE_FOLDER = '05-佐证资料';

/**
 * Builds `output/复核申请材料/` (letter, report, score sheet, index, renamed attachments by section and
 * task, rectification ledger, the merged PDF, manifest.json, SHA256SUMS) and its zip, each under a
 * temporary name beside its place, then puts them in place by renaming (the old folder is moved
 * aside and deleted only after the new one is in; see replace.ts), and writes the fingerprint file.
 * What runs that were killed left behind is cleared first.
 */
export async function buildPackage(input: PackageInput): Promise<PackageResult> {
  const { ws, date } = input;
  const step = input.step ?? (() => {});
  const finalDir = join(ws.output, PACKAGE_NAME);
  const zipPath = join(ws.output, PACKAGE_ZIP);
  await makeFolder(ws.output);
  await clearStale(ws.output, [PACKAGE_NAME, PACKAGE_ZIP, FINGERPRINT_FILE]);
  const dir = temporaryName(finalDir, 'tmp');
  const zipTmp = temporaryName(zipPath, 'tmp');
  const fingerprintTmp = temporaryName(join(ws.output, FINGERPRINT_FILE), 'tmp');
  let replacing = false;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  const notes: string[] = [];
  // The package's own pages, in a folder of their own: what a whole run did not use is deleted at its end (picture pages hold the pictures' bytes).
  const pageCache = new ContentCache(join(ws.output, CACHE_FOLDER, 'package-pages'));
  try {
    const meta = (title: string): DocMeta => ({
      title,
      author: input.report.doc.meta.author,
      subject: `${ws.district}国家安全发展示范城市复核申请材料`,
      date: input.report.doc.meta.date,
      lang: 'zh-CN',
    });
    // The parts of the package's own pages (the index) met in an earlier run are not parsed again.
    const memo = Memo.open(join(ws.output, CACHE_FOLDER, 'package-memo.json'));
    const render = async (template: string, data: unknown, title: string) => {
      const md = await renderTemplate(input.templates, template, data, memo);
      const { doc, notes: n } = markdownToDoc(md, meta(title), memo);
      notes.push(...n.map((x) => `${template} 第 ${x.line ?? '?'} 行：${x.message}`));
      return doc;
    };
    const readImage = imageReader(ws.dossiers);
    const cache = new ContentCache(join(ws.output, CACHE_FOLDER));
    const fontsKey = fontFilesKey(ws.report.fonts ?? {});
    const pdfOf = async (doc: Doc, pageNumbers = true) => {
      const key = fontsKey === undefined ? undefined : typesetKey(doc, pageNumbers, date, fontsKey, ws.dossiers);
      const hit = key === undefined ? undefined : pageCache.get(key);
      const kept = hit && splitHead(hit);
      if (kept && Number.isInteger(kept.head)) return { data: kept.body, pages: kept.head as number };
      // Kept whole in pageCache: no typesetting memo (the package's many small documents would replace each other's).
      const { data, pages } = await writePdf(doc, { fonts: input.fonts, readImage, date, pageNumbers, cache, memo: false });
      if (key !== undefined) pageCache.put(key, withHead(pages, data));
      return { data, pages };
    };
    const save = (name: string, data: Uint8Array | string) => writeFile(join(dir, name), data);

    // The documents were made once for this run (the same bytes as output/ holds): here they are only written.
    const docs = input.documents;
    const part = (w: Written | undefined, what: string): Uint8Array => {
      if (!w) throw new Error(`复核申请材料缺少${what}`);
      return w.data;
    };
    const letterPdf = part(docs.letter?.pdf, '请示 PDF');
    const reportPdf = part(docs.report.pdf, '自评报告 PDF');
    const scorePdf = part(docs.scoreSheet.pdf, '自评打分表 PDF');
    await save('01-请示.docx', part(docs.letter?.docx, '请示 Word'));
    await save('01-请示.pdf', letterPdf);
    await save('02-自评报告.docx', part(docs.report.docx, '自评报告 Word'));
    await save('02-自评报告.pdf', reportPdf);
    await save('03-自评打分表.xlsx', docs.scoreSheet.xlsx ?? part(undefined, '自评打分表 Excel'));
    await save('03-自评打分表.pdf', scorePdf);
    await save('04-佐证资料目录.xlsx', docs.evidenceIndex ?? part(undefined, '佐证资料目录 Excel'));
    await save('06-问题整改台账.xlsx', docs.rectification ?? part(undefined, '问题整改台账'));

    step('正在复制佐证资料附件…');
    const items = await collectItems(input, notes);
    for (const item of items) {
      for (const f of item.files) {
        mkdirSync(dirname(join(dir, f.target)), { recursive: true });
        // A copy of its own (never a link: the dossier may change after packaging); on file systems that can (Btrfs, XFS, APFS), a clone that costs no time or space.
        // Synchronous: a thread-pool round trip per small file cost more than the copy.
        copyFileSync(f.source, join(dir, f.target), constants.COPYFILE_FICLONE);
      }
    }

    step('正在合并复核材料汇编 PDF…');
    const ledgerPdf = part(docs.rectificationPdf, '问题整改台账 PDF');
    await save('06-问题整改台账.pdf', ledgerPdf);
    const merged = await mergePdf(join(dir, MERGED_PDF), { letterPdf, reportPdf: docs.report.pdf!, scorePdf, ledgerPdf, items, input, render, pdfOf, notes, cache });
    await memo.save();

    step('正在计算校验值…');
    // The merged PDF was hashed as it was written (1 GB of attachments: one read of 1 GB fewer).
    const manifest = await buildManifest(dir, PACKAGE_NAME, date, new Map([[MERGED_PDF, merged]]));
    const manifestData = manifestBytes(manifest);
    await save(MANIFEST, manifestData);
    await save(SUMS, sha256sums(manifest));

    step('正在压缩…');
    const zip = await writeZip(dir, zipTmp, PACKAGE_NAME, date);
    const print = fingerprint(manifestData);
    const fingerprintFile = join(ws.output, FINGERPRINT_FILE);
    await writeFile(fingerprintTmp, fingerprintText(print, manifest.files.length, date));
    // Everything is written: now only renames. The folder, then the zip and the fingerprint file.
    replacing = true;
    const old = await replaceAside(dir, finalDir);
    const oldZip = await replaceAside(zipTmp, zipPath);
    await rename(fingerprintTmp, fingerprintFile);
    // Only now, with everything new in place, are the old folder and zip deleted.
    if (old) await rm(old, { recursive: true, force: true });
    if (oldZip) await rm(oldZip, { force: true });
    pageCache.pruneUntouched();
    return {
      folder: finalDir,
      zip: zipPath,
      files: zip.files,
      attachments: items.reduce((a, i) => a + i.files.length, 0),
      mergedPages: merged.pages,
      zipBytes: zip.bytes,
      fingerprint: print,
      fingerprintFile,
      notes,
    };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    await rm(zipTmp, { force: true });
    await rm(fingerprintTmp, { force: true });
    // Failed before anything was replaced: the outputs of the last run are still whole.
    if (!replacing && err instanceof Error) Object.assign(err, { packageUntouched: true });
    throw err;
  }
}

/**
 * The fingerprint file handed over with the package (UTF-8 with a byte-order mark and Windows line
 * ends, so that Notepad on any Windows shows it right): the fingerprint and how the receiver checks it.
 */
export function fingerprintText(print: string, files: number, date: Date): string {
  const lines = [
    `${PACKAGE_NAME}的指纹（清单 manifest.json 的 SHA-256）：`,
    '',
    `    ${print}`,
    '',
    `材料包：${PACKAGE_ZIP}（解压后是 ${PACKAGE_NAME} 文件夹），清单列出 ${files} 个文件，生成日期 ${date.toISOString().slice(0, 10)}。`,
    '',
    '用途：证明收到的材料包与打包时完全一致。清单记录了材料包中其余每个文件的大小和 SHA-256，',
    '指纹又记录了清单本身：有人改动、增删任何文件，或改写清单使它与改动后的文件相符，指纹都会不同。',
    '',
    '请把这个指纹与材料包分开交给收件方（例如写在移交公文或交接单上、电话告知或另发一条消息），',
    '不要只把本文件和材料包放在一起发送：能改动材料包的人，也能改动放在一起的指纹。',
    '',
    '收件方核对：运行',
    `    dossier verify ${PACKAGE_ZIP} --fingerprint ${print}`,
    '显示“核对通过”且指纹一致，即说明材料包中每个文件都与打包时相同，没有缺少、多出或改动的文件。',
    `也可以运行 dossier verify ${PACKAGE_ZIP}，把它显示的“指纹”与上面的逐字比对。`,
    '',
    `没有 dossier 时：解压后在 ${PACKAGE_NAME} 文件夹中运行 sha256sum manifest.json，结果应与指纹相同；`,
    '再运行 sha256sum -c SHA256SUMS，每个文件都应显示 OK（这一步查不出多出来的文件）。',
    '',
  ];
  return `\ufeff${lines.join('\r\n')}`;
}

/**
 * The attachments by 三级项 (`05-佐证资料/（4）市政安全设施/30-01_….pdf`; evidence serving several
 * items is filed under each), then the evidence no item draws on by section and task.
 */
async function collectItems(input: PackageInput, notes: string[]): Promise<Item[]> {
  const root = realpathSync(input.ws.dossiers);
  const maxTask = Math.max(...input.catalog.tasks.map((t) => (/^\d+$/.test(t.id) ? Number(t.id) : 0)));
  const items: Item[] = [];
  const resolved = new Map<string, { path: string; real: string; caption: string }[]>();
  // Names already given, per folder, as a case-insensitive file system (Windows, macOS) would see them.
  const taken = new Set<string>();
  const claim = (folder: string, name: string, ext: string): string => {
    let chosen = name;
    for (let n = 2; taken.has(`${folder}/${chosen}`.normalize('NFC').toLowerCase()); n++) chosen = numberedName(name, ext, n);
    taken.add(`${folder}/${chosen}`.normalize('NFC').toLowerCase());
    return `${folder}/${chosen}`;
  };
  for (const group of evidenceGroups(input.report.data, input.report.score)) {
    for (const { evidence: e, task: taskId, section } of group.entries) {
      const files: Item['files'][number][] = [];
      // Each attachment's real path, resolved once by the check's own resolver; what check
      // reports as missing or outside stays out (and is an error there).
      let usable = resolved.get(e.file);
      if (!usable) {
        resolved.set(e.file, (usable = []));
        for (const [k, a] of e.attachments.entries()) {
          const found = resolveAttachment(root, e.file, a);
          if (found.ok) usable.push({ path: found.rel, real: found.real, caption: e.captions[k] ?? '' });
          else notes.push(`材料 ${e.id} 的附件“${a}”不存在、不是文件或在佐证资料文件夹以外，未放入材料包`);
        }
      }
      const folders = group.item === null ? [safeName(group.label), sectionFolder(section.no, section.title), taskFolder(taskId, maxTask)] : [safeName(group.label)];
      const folder = [EVIDENCE_FOLDER, ...folders].join('/');
      usable.forEach(({ path, real, caption }, i) => {
        const ext = extname(path);
        const target = claim(folder, attachmentName(e.id, i, usable.length, e.title, e.unit, e.date, ext), safeExtension(ext));
        files.push({ source: real, target, ext: ext.toLowerCase(), caption, no: usable.length > 1 ? `${e.id}-${i + 1}` : e.id });
      });
      items.push({
        group: group.label,
        mapped: group.item !== null,
        section: section.no,
        sectionTitle: `${section.ordinal}、${section.title}`,
        task: taskId,
        id: e.id,
        title: e.title,
        unit: e.unit,
        date: e.date,
        files,
        folders,
      });
    }
  }
  return items;
}

type MergeParts = {
  letterPdf: Uint8Array;
  reportPdf: Written;
  scorePdf: Uint8Array;
  ledgerPdf: Uint8Array;
  items: Item[];
  input: PackageInput;
  render: (template: string, data: unknown, title: string) => Promise<Doc>;
  pdfOf: (doc: Doc, pageNumbers?: boolean) => Promise<{ data: Uint8Array; pages: number }>;
  notes: string[];
  cache: ContentCache;
};

/**
 * Writes the merged PDF: attachments are streamed in first (their objects only; page order is set
 * at the end), then the letter, report, score sheet and the index, whose page numbers are known by
 * then. Bookmarks: parts, then section → task → item. Returns its page count, size and SHA-256.
 */
async function mergePdf(path: string, p: MergeParts): Promise<{ pages: number; size: number; sha256: string }> {
  const concat = await PdfConcat.create(path, p.input.fonts, p.cache);
  try {
    const itemPages: { item: Item; refs: number[] }[] = [];
    // Pictures and notices become pages of shared documents, flushed every few megabytes, so that
    // neither the number of pictures nor their size makes memory grow.
    let pending: { refs: number[]; at: number; blocks: Block[]; bytes: number }[] = [];
    const flush = async () => {
      if (!pending.length) return;
      const batch = pending;
      pending = [];
      const blocks = batch.flatMap((x, i): Block[] => (i ? [{ type: 'pageBreak' }, ...x.blocks] : x.blocks));
      // Pages that stand among the departments' own documents carry no page numbers of their own.
      const refs = await concat.addBytes((await p.pdfOf({ meta: p.input.report.doc.meta, blocks }, false)).data);
      // Inserted from the last to the first: pages waiting at the same place keep their order.
      if (refs.length === batch.length) for (let i = batch.length - 1; i >= 0; i--) batch[i]!.refs.splice(batch[i]!.at, 0, refs[i]!);
      else {
        const each = [];
        for (const x of batch) each.push(await concat.addBytes((await p.pdfOf({ meta: p.input.report.doc.meta, blocks: x.blocks }, false)).data));
        for (let i = batch.length - 1; i >= 0; i--) batch[i]!.refs.splice(batch[i]!.at, 0, ...each[i]!);
      }
    };
    for (const item of p.items) {
      const refs: number[] = [];
      for (const f of item.files) {
        const size = (await stat(f.source)).size;
        const page = await attachmentPage(concat, item, f, size, p);
        if (Array.isArray(page)) refs.push(...page);
        else {
          pending.push({ refs, at: refs.length, blocks: page.blocks, bytes: page.bytes });
          if (pending.reduce((a, x) => a + x.bytes, 0) > 4 << 20) await flush();
        }
      }
      itemPages.push({ item, refs });
    }
    await flush();
    // Parts in the letter's order (附件1–5 after the 请示), each starting on a right-hand (odd) page
    // for printing on both sides: a blank page goes before a part that would start on an even one.
    const blankPdf = (await p.pdfOf({ meta: p.input.report.doc.meta, blocks: [] }, false)).data;
    const order: number[] = [];
    // Blank pages count but carry no number (GB/T 9704-2012, 7.5: 空白页不标识页码).
    const blank = new Set<number>();
    const startOdd = async () => {
      if (order.length % 2 === 0) return;
      blank.add(order.length);
      order.push(...(await concat.addBytes(blankPdf)));
    };
    // The documents made here come with their own page numbers, which are replaced by the whole's.
    const letter = await concat.addBytes(p.letterPdf, true);
    order.push(...letter);
    await startOdd();
    const reportAt = order.length;
    order.push(...(await concat.addBytes(p.reportPdf.data, true)));
    await startOdd();
    const scoreAt = order.length;
    order.push(...(await concat.addBytes(p.scorePdf, true)));
    await startOdd();
    const indexAt = order.length;
    // Where the evidence starts once the index has `indexPages` pages (and maybe a blank page after it).
    const evidenceStart = (indexPages: number) => indexAt + indexPages + ((indexAt + indexPages) % 2);
    // The index's own length does not depend on the numbers in it: lay it out once to count, then for real.
    const indexDoc = async (indexPages: number) => {
      let page = evidenceStart(indexPages) + 1;
      const groups: { label: string; items: { id: string; title: string; unit: string; date: string; task: string; page: string }[] }[] = [];
      for (const { item, refs } of itemPages) {
        const at = refs.length ? String(page) : '—';
        page += refs.length;
        if (groups.at(-1)?.label !== item.group) groups.push({ label: item.group, items: [] });
        groups.at(-1)!.items.push({ id: item.id, title: item.title, unit: item.unit, date: item.date, task: item.task, page: at });
      }
      // `items` (flat) stays for workspace templates written before the index was grouped by 三级项.
      return p.pdfOf(await p.render('index.md.hbs', { district: p.input.ws.district, groups, items: groups.flatMap((g) => g.items) }, '佐证资料目录'));
    };
    const probe = (await indexDoc(0)).pages;
    let indexPdf = await indexDoc(probe);
    if (indexPdf.pages !== probe) indexPdf = await indexDoc(indexPdf.pages);
    order.push(...(await concat.addBytes(indexPdf.data, true)));
    await startOdd();
    const evidenceAt = order.length;
    order.push(...itemPages.flatMap((x) => x.refs));
    await startOdd();
    const ledgerAt = order.length;
    order.push(...(await concat.addBytes(p.ledgerPdf, true)));

    let at = evidenceAt;
    // Bookmarks: 三级项 → evidence; the evidence of no item: → section → task → evidence.
    type Node = { title: string; page: number; children: OutlineNode[] };
    const groups: Node[] = [];
    const child = (parent: Node[], title: string): Node => {
      let node = parent.at(-1) as Node | undefined;
      if (node?.title !== title) parent.push((node = { title, page: at, children: [] }));
      return node;
    };
    for (const { item, refs } of itemPages) {
      if (!refs.length) continue;
      const group = child(groups, item.group);
      const parent = item.mapped ? group : child(child(group.children as Node[], item.sectionTitle).children as Node[], `任务${item.task}`);
      parent.children.push({ title: `${item.id} ${item.title}（${item.unit}${item.mapped ? `，任务${item.task}` : ''}）`, page: at, children: [] });
      at += refs.length;
    }
    // The report keeps its own bookmarks (headings and attachments) under its part.
    const shifted = (nodes: readonly OutlineNode[], by: number): OutlineNode[] =>
      nodes.map((n) => ({ title: n.title, page: n.page + by, ...(n.top === undefined ? {} : { top: n.top }), children: shifted(n.children, by) }));
    const outline: OutlineNode[] = [
      { title: '请示', page: 0, children: [] },
      { title: '附件1　自评报告', page: reportAt, children: shifted(p.reportPdf.outline ?? [], reportAt) },
      { title: '附件2　自评打分表', page: scoreAt, children: [] },
      { title: '附件3　佐证资料目录', page: indexAt, children: [] },
      ...(groups.length ? [{ title: '附件4　佐证资料', page: evidenceAt, children: groups }] : []),
      { title: '附件5　问题整改台账', page: ledgerAt, children: [] },
    ];
    // The report's pages are A4 portrait: its bookmarks open at their headings.
    const reportPages = p.reportPdf.pages ?? 0;
    const height = (index: number) => (index >= reportAt && index < reportAt + reportPages ? PAGE.height : 0);
    // Every page but the blank ones is numbered in the whole, so the index's page numbers hold on
    // paper too (GB/T 9704-2012, 7.5: 附件与正文一起装订时，页码应当连续编排); each attachment's
    // first page is labelled 附件N.
    const labels = new Map([[reportAt, '附件1'], [scoreAt, '附件2'], [indexAt, '附件3'], ...(groups.length ? [[evidenceAt, '附件4'] as const] : []), [ledgerAt, '附件5']]);
    const stamp = (i: number) => (blank.has(i) ? undefined : { number: i + 1, label: labels.get(i) });
    const info = { title: `${p.input.ws.district}国家安全发展示范城市复核申请材料汇编`, author: p.input.report.doc.meta.author, date: p.input.date };
    const { pages, bytes, sha256 } = await concat.finish(order, outline, info, height, stamp);
    return { pages, size: bytes, sha256 };
  } catch (err) {
    concat.destroy();
    throw err;
  }
}

/** A PDF attachment's pages, copied at once; or, for a picture or another file, the blocks of its page. */
async function attachmentPage(concat: PdfConcat, item: Item, f: Item['files'][number], size: number, p: MergeParts): Promise<number[] | { blocks: Block[]; bytes: number }> {
  const heading: Block = { type: 'heading', level: 1, children: [{ type: 'text', value: `材料${item.id}：${item.title}（${item.unit}，${chineseDate(item.date)}）` }] };
  const notice = (text: string) => ({ blocks: [heading, { type: 'paragraph', indent: true, children: [{ type: 'text', value: text }] } as Block], bytes: 0 });
  if (f.ext === '.pdf') {
    try {
      return await concat.addFile(f.source);
    } catch (first) {
      let err = first;
      // A file whose cross-reference table is damaged is read again from the start, within the same limits.
      if (!unmergeable(err)) {
        try {
          return await concat.addFile(f.source, { recover: true });
        } catch (again) {
          if (again instanceof PdfLimitError) err = again;
        }
      }
      if (isMachineError(err)) throw err;
      const why = (err as Error).message;
      if (err instanceof PdfLimitError) {
        p.notes.push(
          `附件 ${f.target} 无法并入汇编 PDF（${why}，超出安全处理的上限：对象不超过 ${PDF_LIMITS.objects} 个，每个数据流解压后不超过 ${PDF_LIMITS.streamBytes >> 20} MB，合计不超过 ${PDF_LIMITS.totalBytes >> 20} MB），已在汇编中注明；文件可能已损坏或被故意构造，请核对原件`,
        );
        return notice(`该附件结构异常（超出安全处理的上限），无法并入本汇编；${whereInPackage(item, f)}`);
      }
      p.notes.push(`附件 ${f.target} 无法并入汇编 PDF（${why}），已在汇编中注明`);
      return notice(`该附件无法并入本汇编（文件可能已加密或损坏）；${whereInPackage(item, f)}`);
    }
  }
  if (['.png', '.jpg', '.jpeg'].includes(f.ext)) {
    return { blocks: [heading, { type: 'image', src: f.source, alt: f.caption || item.title }], bytes: size };
  }
  const kind = fileKind(f.ext);
  return notice(`${kind ? `该附件为${kind}，` : '该附件的文件格式'}不能并入本汇编；${whereInPackage(item, f)}`);
}

/**
 * Where a reviewer finds an attachment the merged PDF cannot hold, in words: the folders it is in,
 * each named as it is in the package, and the file's number (its name begins with it), not as a
 * path: the merged PDF is a submitted document.
 */
function whereInPackage(item: Item, f: Item['files'][number]): string {
  return `原件已随材料包报送，见材料包“${EVIDENCE_FOLDER}”文件夹下的${item.folders.map((name) => `“${name}”`).join('')}，编号${f.no}。`;
}

/**
 * The content-cache key of pages the package typesets itself (the index, picture pages, the blank
 * page): the document tree, page numbers or not, the date, the font files (fontFilesKey) and each
 * picture's file signature (the same picture at another path is typeset again). Undefined (not kept) while a picture has just changed or cannot be looked at.
 */
function typesetKey(doc: Doc, pageNumbers: boolean, date: Date, fontsKey: string, dossiers: string): string | undefined {
  const pictures: string[] = [];
  for (const b of doc.blocks) {
    if (b.type !== 'image') continue;
    // Where the picture reader looks: relative to the dossier folder.
    const signature = pathSignature(resolve(dossiers, b.src));
    if (signature === undefined) return undefined;
    pictures.push(`${b.src}:${signature}`);
  }
  return `package-pages-1\0${contentHash(Buffer.from(JSON.stringify(doc)))}\0${pageNumbers}\0${date.toISOString()}\0${fontsKey}\0${pictures.join('\n')}`;
}

/** Errors that reading the file again from the start would not cure: encrypted, past a limit, or the machine's own. */
function unmergeable(err: unknown): boolean {
  return err instanceof PdfEncryptedError || err instanceof PdfLimitError || isMachineError(err);
}

/** A failure of the machine (disk full, no permission …) rather than of the file: it stops the run. */
function isMachineError(err: unknown): boolean {
  return typeof (err as NodeJS.ErrnoException)?.syscall === 'string';
}
