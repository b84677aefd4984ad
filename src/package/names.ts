import { createHash } from 'node:crypto';
import { chineseNumber } from '../util/chinese-number.js';

/** The package folder's name inside the output folder (contract: DESIGN.md). */
export const PACKAGE_NAME = '复核申请材料';
/** The merged PDF inside the package (contract). */
export const MERGED_PDF = '复核材料汇编.pdf';
/** The zip beside the folder (contract). */
export const PACKAGE_ZIP = `${PACKAGE_NAME}.zip`;
/** The text file beside the zip with the package's fingerprint, for handing over apart from the package. */
export const FINGERPRINT_FILE = `${PACKAGE_NAME}.指纹.txt`;

/**
 * The longest file or folder name, in UTF-8 bytes, that every file system the package goes to
 * takes (ext4, APFS, NTFS and zip tools all stop at 255); a Chinese character takes 3 bytes, some 4.
 */
export const MAX_NAME_BYTES = 255;

/** The longest extension kept whole (`.pdf`, `.jpeg`, `.docx` …); a longer one is cut to this. */
const MAX_EXT_BYTES = 16;

/**
 * Control characters (C0, DEL, C1), line and paragraph separators, and the invisible direction
 * marks that can make `gpj.exe` show as `exe.jpg`: never in a package file name, where a newline
 * would also break the `sha256sum -c` lines of SHA256SUMS.
 */
const CONTROL = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/gu;

/** A name's UTF-8 length. */
export const nameBytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** `s` cut (at a character boundary) to at most `max` UTF-8 bytes. */
function cutToBytes(s: string, max: number): string {
  if (nameBytes(s) <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = nameBytes(ch);
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** A file-name-safe version of a title: unsafe characters become full-width or vanish, control characters a space, length capped (in characters and to fit a name). */
export function safeName(s: string, max = 40): string {
  const clean = s
    .replace(CONTROL, ' ')
    .replace(/[/\\]/g, '／')
    .replace(/:/g, '：')
    .replace(/\*/g, '＊')
    .replace(/\?/g, '？')
    .replace(/"/g, '＂')
    .replace(/</g, '＜')
    .replace(/>/g, '＞')
    .replace(/\|/g, '｜')
    .trim();
  const chars = [...clean];
  return cutToBytes(chars.length > max ? chars.slice(0, max).join('') : clean, MAX_NAME_BYTES).trim();
}

/** An attachment's extension as it goes into the package: lower case, control and unsafe characters as `_` (`.p_df`, never a made-up `.pdf`), at most 16 bytes. */
export function safeExtension(ext: string): string {
  if (!ext.startsWith('.')) return '';
  const body = ext
    .slice(1)
    .replace(CONTROL, '_')
    .replace(/[/\\:*?"<>|\s]/g, '_')
    .toLowerCase();
  return body ? `.${cutToBytes(body, MAX_EXT_BYTES - 1)}` : '';
}

/** `05-佐证资料/一、城市安全状况显著改善`: the folder of a plan section. */
export function sectionFolder(no: number, title: string): string {
  return `${chineseNumber(no)}、${safeName(title, 30)}`;
}

/** `任务24`, zero-padded to the width of the largest task number so that folders sort; other ids as printed (`任务2-3`). */
export function taskFolder(id: string, maxNo: number): string {
  return `任务${/^\d+$/.test(id) ? id.padStart(String(maxNo).length, '0') : safeName(id, 20)}`;
}

/**
 * `24-01_材料名_提供单位_2020-12-20.pdf` (with `-2`, `-3`… after the number when an item has several
 * files). A name longer than 255 bytes is shortened to fit: the title first, then the unit (each cut
 * ends in `…`); the number, which makes the name unique in its folder, and the extension stay.
 */
export function attachmentName(id: string, index: number, count: number, title: string, unit: string, date: string, ext: string): string {
  const no = safeName(count > 1 ? `${id}-${index + 1}` : id, 60);
  const e = safeExtension(ext);
  const parts = [safeName(title), safeName(unit, 20), safeName(date, 20)];
  const name = () => `${[no, ...parts].join('_')}${e}`;
  // The title, then the unit, lose characters from their end until the name fits.
  for (const k of [0, 1]) {
    const chars = [...parts[k]!];
    while (nameBytes(name()) > MAX_NAME_BYTES && chars.length > 1) {
      chars.pop();
      parts[k] = `${chars.join('')}…`;
    }
  }
  return fitName(name(), e);
}

/**
 * `name` (ending in `ext`) made to fit 255 bytes if it does not: cut, with a short hash of the whole
 * name before the extension, so that two long names that differ only past the cut stay different.
 */
export function fitName(name: string, ext = ''): string {
  if (nameBytes(name) <= MAX_NAME_BYTES) return name;
  const stem = name.slice(0, name.length - ext.length);
  const tag = `~${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
  return `${cutToBytes(stem, MAX_NAME_BYTES - nameBytes(tag) - nameBytes(ext))}${tag}${ext}`;
}

/** The `n`th name for a file whose name is already taken in its folder: `名称-2.pdf`, still within 255 bytes. */
export function numberedName(name: string, ext: string, n: number): string {
  const stem = name.slice(0, name.length - ext.length);
  const suffix = `-${n}`;
  return `${cutToBytes(stem, MAX_NAME_BYTES - nameBytes(suffix) - nameBytes(ext))}${suffix}${ext}`;
}
