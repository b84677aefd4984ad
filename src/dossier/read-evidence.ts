import { canonicalUnit, type AliasTable } from '../catalog/aliases.js';
import { taskList, taskRef } from '../catalog/find-task.js';
import { decodeText } from '../util/decode-text.js';
import { diagnostic, type Diagnostic } from '../util/diagnostic.js';
import { unixNewlines } from '../util/newlines.js';
import { attachmentPath } from './attachment-path.js';
import { withPictures } from './body-pictures.js';
import { bodyHead } from './evidence-cache.js';
import { readFrontMatter } from './front-matter.js';
import { lineCount, placeholderIn } from './placeholder.js';
import { toEvidence } from './to-evidence.js';
import type { EvidenceFile } from './types.js';

/** What one evidence file yields: its evidence when usable, its diagnostics, the attachments it lists. */
export interface FileResult {
  evidence?: EvidenceFile;
  diagnostics: Diagnostic[];
  listed?: string[];
  /** Where the evidence's body starts in the file's text (line ends made \n), for the cache to find it again. */
  bodyAt?: number;
  /** For the cache: what tells a later edit of the body only (evidence-cache.ts, bodyHead). */
  head?: string;
}

const ENCODING_NAMES: Readonly<Record<string, string>> = { gb18030: 'GBK/GB18030', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

/**
 * Reads one evidence file from its bytes: decoding, front matter, schema, placeholder body. Depends
 * on nothing but its arguments (the evidence cache relies on that); `file` is the path relative to
 * the dossier folder.
 */
export function readEvidenceFile(file: string, bytes: Uint8Array, aliases: AliasTable): FileResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return {
      diagnostics: [
        diagnostic({
          code: 'encoding',
          severity: 'error',
          file,
          message: `这不是文本文件：${decoded.reason}`,
          hint: '佐证说明应是 .md 文本文件；Word、PDF、图片等请作为附件放在“附件”文件夹，并在 attachments 中列出',
        }),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const encodingName = ENCODING_NAMES[decoded.encoding];
  if (encodingName) {
    diagnostics.push(
      diagnostic({
        code: 'encoding',
        severity: 'warning',
        file,
        line: 1,
        message: `文件是 ${encodingName} 编码，已自动转换读取`,
        hint: '建议另存为 UTF-8 编码（记事本“另存为”→ 编码选 UTF-8），以免其他软件显示乱码',
      }),
    );
  }
  if (decoded.text.trim() === '') {
    diagnostics.push(diagnostic({ code: 'frontmatter-schema', severity: 'error', file, line: 1, message: '文件是空的', hint: '可用 dossier new --task 序号 --unit 单位 生成一个填好框架的佐证文件' }));
    return { diagnostics };
  }
  const fm = readFrontMatter(decoded.text);
  if (!fm.ok) {
    // The task the broken file is for, as its task: line says, so that per-task views show it.
    const task = fm.kind === 'syntax' ? writtenTask(decoded.text) : undefined;
    diagnostics.push(diagnostic({ code: fm.kind === 'absent' ? 'frontmatter-schema' : 'frontmatter-syntax', severity: 'error', file, line: fm.line, task, message: fm.message, hint: fm.hint }));
    return { diagnostics };
  }
  const listed = listedAttachments(file, fm.value.data);
  for (const slip of fm.value.lenient) {
    diagnostics.push(diagnostic({ code: 'frontmatter-lenient', severity: 'warning', file, line: slip.line, message: slip.message, hint: '已照常读取；建议改正，以免其他软件读错' }));
  }
  const result = toEvidence(file, fm.value, (u) => canonicalUnit(u, aliases));
  diagnostics.push(...result.diagnostics);
  // Told even when the front matter has faults too: an untouched stub has both.
  const placeholder = placeholderIn(decoded.text, fm.value.body);
  if (placeholder) {
    const raw = fm.value.data['task'] ?? fm.value.data['任务'];
    const ref = result.evidence?.taskRefs[0] ?? (raw === undefined || raw === null ? undefined : taskRef(Array.isArray(raw) ? raw[0] : raw));
    const task = ref !== undefined && /^\d+$/.test(ref) ? Number(ref) : ref !== undefined && /^\d+(?:[.-]\d+)+$/.test(ref) ? ref : undefined;
    diagnostics.push(
      diagnostic({
        code: 'evidence-placeholder',
        severity: 'error',
        file,
        line: placeholder.line,
        task,
        unit: result.evidence?.unit,
        message: placeholder.message,
        hint: '请在第二个 --- 之后写明工作开展情况（做了哪些工作、何时完成、成效和数字）；在此之前这份材料不计入任务进度，也不进入自评报告',
      }),
    );
    return { diagnostics, listed };
  }
  if (!result.evidence) return { diagnostics, listed };
  const source = unixNewlines(decoded.text);
  const body = result.evidence.body;
  const evidence = withPictures(result.evidence, lineCount(source) - lineCount(body));
  if (!source.endsWith(body)) return { evidence, diagnostics, listed };
  const bodyAt = source.length - body.length;
  const head = bodyHead(decoded.encoding, source, bodyAt);
  return head === undefined ? { evidence, diagnostics, listed, bodyAt } : { evidence, diagnostics, listed, bodyAt, head };
}

/** Attachment paths a file lists, relative to the dossier folder, even when the file is not usable. */
function listedAttachments(file: string, data: Record<string, unknown>): string[] {
  const raw = data['attachments'] ?? data['附件'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const pathOf = (a: unknown): unknown =>
    a !== null && typeof a === 'object' ? ((a as Record<string, unknown>)['path'] ?? (a as Record<string, unknown>)['文件'] ?? (a as Record<string, unknown>)['路径']) : a;
  return list.map(pathOf).flatMap((a) => (typeof a === 'string' ? [attachmentPath(file, a)].filter((p): p is string => p !== undefined) : []));
}

/** The task a `task:` (`任务：`) line of a file's front matter names, read without YAML: a number, or an id like "2-3". */
function writtenTask(text: string): number | string | undefined {
  const lines = unixNewlines(text).split('\n');
  const end = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
  for (const line of lines.slice(1, end < 0 ? 50 : end)) {
    const m = /^(?:task|任务)[ \t]*[:：][ \t]*["']?([^"'#\n]*)/i.exec(line);
    if (!m) continue;
    const ref = taskList(m[1]!)?.[0] ?? taskRef(m[1]!.replace(/^\[|\]$/g, '').split(/[,，]/)[0]!);
    return /^\d+$/.test(ref) ? Number(ref) : /^\d+(?:[.-]\d+)+$/.test(ref) ? ref : undefined;
  }
  return undefined;
}
