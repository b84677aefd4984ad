import type { EvidenceKind } from '../dossier/types.js';
import type { ImportType } from './file-type.js';

/**
 * The evidence kind of an imported file: pictures are 图片资料 and spreadsheets 统计数据 (台账 when
 * the title says so); other files take the kind their title names (会议纪要, 台账, 总结/报告,
 * 制度/办法/规定/细则/预案) and are 其他 when it names none.
 */
export function guessKind(type: ImportType, title: string): EvidenceKind {
  if (type === 'picture') return '图片资料';
  if (/台账/.test(title)) return '工作台账';
  if (type === 'sheet') return '统计数据';
  if (/纪要/.test(title)) return '会议纪要';
  if (/总结|报告/.test(title)) return '总结报告';
  if (/制度|办法|规定|细则|预案|规范|规程/.test(title)) return '制度文件';
  return '其他';
}
