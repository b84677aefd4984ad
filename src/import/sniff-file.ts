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
    const png = head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
    if (!png && !jpeg) return '这个文件不是有效的 PNG 或 JPG 图片（可能是改了扩展名的其他格式，或已损坏），自评报告中无法显示；请用画图或手机相册另存为 JPG 后替换附件';
    return undefined;
  }
  if (!head.includes('%PDF-')) return '这个文件不像是有效的 PDF（可能是改了扩展名的其他格式，或已损坏），复核材料汇编中可能无法合入；请重新导出 PDF 后替换附件';
  return undefined;
}
