/** Kinds of file by extension, as a reviewer would call them (the merged PDF's page standing for a file it cannot hold names the kind, not the extension). */
const KINDS: readonly [kind: string, extensions: readonly string[]][] = [
  ['Word文档', ['.doc', '.docx', '.docm', '.dot', '.dotx', '.wps', '.rtf', '.odt']],
  ['Excel表格', ['.xls', '.xlsx', '.xlsm', '.xlt', '.xltx', '.et', '.ods', '.csv']],
  ['演示文稿', ['.ppt', '.pptx', '.pps', '.ppsx', '.dps', '.odp']],
  ['OFD版式文件', ['.ofd']],
  ['图片', ['.gif', '.bmp', '.tif', '.tiff', '.webp', '.heic', '.heif', '.svg']],
  ['视频', ['.mp4', '.avi', '.mov', '.wmv', '.mkv', '.flv', '.mpg', '.mpeg', '.3gp']],
  ['音频', ['.mp3', '.wav', '.wma', '.m4a', '.aac', '.amr', '.flac']],
  ['压缩包', ['.zip', '.rar', '.7z', '.gz', '.tar', '.tgz']],
  ['文本文件', ['.txt', '.md']],
];

const BY_EXTENSION = new Map(KINDS.flatMap(([kind, exts]) => exts.map((e) => [e, kind] as const)));

/** What kind of file an extension (`.docx`, any case) stands for, in Chinese; undefined for one not known. */
export function fileKind(ext: string): string | undefined {
  return BY_EXTENSION.get(ext.toLowerCase());
}
