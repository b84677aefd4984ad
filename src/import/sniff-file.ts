import { open } from 'node:fs/promises';
import type { ImportType } from './file-type.js';

/**
 * A note when a file's first bytes do not match its type (a renamed file, a damaged download),
 * since the report could not show such a picture and the merged PDF could not include such a PDF.
 */
export async function sniffFile(path: string, type: ImportType): Promise<string | undefined> {
  if (type !== 'picture' && type !== 'pdf') return undefined;
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (type === 'picture') {
    if (!headMatches(type, '', head)) return '这个文件不是有效的 PNG 或 JPG 图片（可能是改了扩展名的其他格式，或已损坏），自评报告中无法显示；请用画图或手机相册另存为 JPG 后替换附件';
    return undefined;
  }
  if (!headMatches(type, '', head)) return '这个文件不像是有效的 PDF（可能是改了扩展名的其他格式，或已损坏），复核材料汇编中可能无法合入；请重新导出 PDF 后替换附件';
  return undefined;
}

const starts = (d: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => d[i] === b);

/**
 * Whether a file's first bytes (up to 1 KB) are what its type says: PNG or JPEG for a picture, `%PDF-`
 * for a PDF, a zip for .docx/.xlsx, an OLE or zip file for .xls, and no NUL byte for text (.csv).
 */
export function headMatches(type: ImportType, ext: string, head: Uint8Array): boolean {
  if (type === 'pdf') return Buffer.from(head.buffer, head.byteOffset, head.byteLength).includes('%PDF-');
  if (type === 'picture') return starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || starts(head, [0xff, 0xd8, 0xff]);
  if (type === 'docx' || ext === '.xlsx') return starts(head, [0x50, 0x4b, 0x03, 0x04]);
  if (ext === '.xls') return starts(head, [0xd0, 0xcf, 0x11, 0xe0]) || starts(head, [0x50, 0x4b, 0x03, 0x04]);
  return !head.includes(0);
}
