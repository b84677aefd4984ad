// Uploaded files: a safe name, a type dossier can use, and content that is what the name says.
import { importType } from '../import/file-type.js';

/** An uploaded file as received. */
export interface Upload {
  readonly name: string;
  readonly data: Uint8Array;
}

/** The file name part of an uploaded name (browsers may send a path), without control characters; '' when nothing usable is left. */
export function uploadName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim();
  return clean === '.' || clean === '..' || /^\.+$/.test(clean) ? '' : clean.slice(-120);
}

const starts = (d: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => d[i] === b);

/** What is wrong with an uploaded file, in Chinese with what to do, or undefined when it may be stored. */
export function uploadProblem(name: string, data: Uint8Array): { message: string; hint: string } | undefined {
  const type = importType(name);
  if (typeof type !== 'string') return { message: `“${name}”：${type.reason}`, hint: type.hint };
  if (data.length === 0) return { message: `“${name}”是空文件`, hint: '请重新选择文件' };
  const head = data.subarray(0, 1024);
  const ext = name.toLowerCase().slice(name.lastIndexOf('.'));
  let ok: boolean;
  if (type === 'pdf') ok = Buffer.from(head).includes('%PDF-');
  else if (type === 'picture') ok = starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || starts(head, [0xff, 0xd8, 0xff]);
  else if (type === 'docx' || ext === '.xlsx') ok = starts(head, [0x50, 0x4b, 0x03, 0x04]);
  else if (ext === '.xls') ok = starts(head, [0xd0, 0xcf, 0x11, 0xe0]) || starts(head, [0x50, 0x4b, 0x03, 0x04]);
  else ok = !head.includes(0);
  if (!ok) return { message: `“${name}”的内容与扩展名不符（可能是改了扩展名的其他文件，或已损坏）`, hint: '请用原来的程序重新导出或另存为正确的格式后再上传' };
  return undefined;
}
