import { chineseNumber } from '../util/chinese-number.js';

/** Characters Windows, macOS or zip tools cannot take in a file name. */
const UNSAFE = /[\\/:*?"<>|\x00-\x1f]/g;

/** A file-name-safe version of a title: unsafe characters become full-width or vanish, length capped. */
export function safeName(s: string, max = 40): string {
  const clean = s
    .replace(/[/\\]/g, '／')
    .replace(/:/g, '：')
    .replace(/\*/g, '＊')
    .replace(/\?/g, '？')
    .replace(/"/g, '＂')
    .replace(/</g, '＜')
    .replace(/>/g, '＞')
    .replace(/\|/g, '｜')
    .replace(UNSAFE, '')
    .trim();
  const chars = [...clean];
  return chars.length > max ? chars.slice(0, max).join('') : clean;
}

/** `05-佐证资料/一、城市安全状况显著改善`: the folder of a plan section. */
export function sectionFolder(no: number, title: string): string {
  return `${chineseNumber(no)}、${safeName(title, 30)}`;
}

/** `任务24`, zero-padded to the width of the largest task number so that folders sort; other ids as printed (`任务2-3`). */
export function taskFolder(id: string, maxNo: number): string {
  return `任务${/^\d+$/.test(id) ? id.padStart(String(maxNo).length, '0') : safeName(id, 20)}`;
}

/** `24-01_材料名_提供单位_2020-12-20.pdf` (with `-2`, `-3`… after the number when an item has several files). */
export function attachmentName(id: string, index: number, count: number, title: string, unit: string, date: string, ext: string): string {
  const no = count > 1 ? `${id}-${index + 1}` : id;
  return `${no}_${safeName(title)}_${safeName(unit, 20)}_${date}${ext.toLowerCase()}`;
}
