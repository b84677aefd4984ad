import { extname } from 'node:path';

/** What dossier can make of a file a department sent. */
export type ImportType = 'docx' | 'pdf' | 'picture' | 'sheet';

/** A file dossier does not import, and why; `action` is true when the clerk should do something about it. */
export interface NotImportable {
  readonly reason: string;
  readonly hint: string;
  readonly action: boolean;
}

const TYPES: Readonly<Record<string, ImportType>> = {
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.png': 'picture',
  '.jpg': 'picture',
  '.jpeg': 'picture',
  '.xlsx': 'sheet',
  '.xls': 'sheet',
  '.csv': 'sheet',
};

/** How a file's type is named to a clerk. */
export const TYPE_NAMES: Readonly<Record<string, string>> = {
  '.docx': 'Word 文件',
  '.pdf': 'PDF 文件',
  '.png': '图片',
  '.jpg': '图片',
  '.jpeg': '图片',
  '.xlsx': 'Excel 表格',
  '.xls': 'Excel 表格',
  '.csv': 'CSV 表格',
};

/** The import type of a file by its extension, or why it cannot be imported. */
export function importType(name: string): ImportType | NotImportable {
  const ext = extname(name).toLowerCase();
  const type = TYPES[ext];
  if (type) return type;
  if (name.startsWith('~$')) return { reason: '这是 Word/Excel 打开文件时留下的临时文件', hint: '不需要导入；关闭 Word/Excel 后它会自动消失', action: false };
  if (['.doc', '.wps', '.rtf', '.odt'].includes(ext)) {
    return { reason: `${ext} 格式的文字文件不能直接导入`, hint: '请用 Word 或 WPS 打开，“另存为”Word 文档（.docx）后再导入', action: true };
  }
  if (['.et', '.ods'].includes(ext)) return { reason: `${ext} 格式的表格不能直接导入`, hint: '请用 WPS 或 Excel 打开，“另存为”Excel 工作簿（.xlsx）后再导入', action: true };
  if (['.gif', '.bmp', '.tif', '.tiff', '.heic', '.heif', '.webp'].includes(ext)) {
    return { reason: `${ext} 格式的图片不能印入自评报告`, hint: '请用画图或手机相册把它另存为 JPG 或 PNG 后再导入', action: true };
  }
  if (['.ppt', '.pptx', '.dps'].includes(ext)) return { reason: '演示文稿不能直接导入', hint: '请“另存为”PDF 后再导入', action: true };
  if (['.zip', '.rar', '.7z'].includes(ext)) return { reason: '这是压缩包', hint: '请先解压，再导入其中的文件', action: true };
  if (ext === '.md') return { reason: '这已经是佐证文件的格式', hint: '不需要导入：直接把它放进佐证资料文件夹中对应单位的文件夹即可', action: false };
  if (ext === '.txt') return { reason: '文本文件不能导入', hint: '如果它是佐证文件（开头有 --- 属性区），请把扩展名改为 .md；如果是材料正文，请复制到 Word 中保存为 .docx 后再导入', action: false };
  return { reason: `不是可以导入的文件类型（${ext || '没有扩展名'}）`, hint: '可以导入的类型：Word（.docx）、PDF、图片（.png .jpg）、表格（.xlsx .xls .csv）', action: false };
}
