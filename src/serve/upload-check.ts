// Uploaded files: a safe name, a type dossier can use, and content that is what the name says.
import { importType } from '../import/file-type.js';
import { headMatches } from '../import/sniff-file.js';

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

/** What is wrong with an uploaded file, in Chinese with what to do, or undefined when it may be stored. */
export function uploadProblem(name: string, data: Uint8Array): { message: string; hint: string } | undefined {
  const type = importType(name);
  if (typeof type !== 'string') return { message: `“${name}”：${type.reason}`, hint: type.hint };
  if (data.length === 0) return { message: `“${name}”是空文件`, hint: '请重新选择文件' };
  if (!headMatches(type, name.toLowerCase().slice(name.lastIndexOf('.')), data.subarray(0, 1024)))
    return { message: `“${name}”的内容与扩展名不符（可能是改了扩展名的其他文件，或已损坏）`, hint: '请用原来的程序重新导出或另存为正确的格式后再上传' };
  return undefined;
}
