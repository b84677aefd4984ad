import { diagnostic, type Diagnostic } from '../util/diagnostic.js';

/**
 * `stray-file`: files in the dossier folder that are neither evidence files, nor attachments an
 * evidence file lists, nor `README.md` or `_`-prefixed (`T24.docx`, `T29.md.txt`, an unlisted scan).
 * A department's work never disappears without a word. `others` are the files discovery found
 * beside the evidence files (discoverEvidence), so the folder is walked once.
 */
export function strayFiles(others: readonly string[], evidence: ReadonlySet<string>, listed: ReadonlySet<string>): Diagnostic[] {
  const listedLower = new Set([...listed].map((p) => p.toLowerCase()));
  return others
    .filter((f) => !evidence.has(f) && !listed.has(f) && !listedLower.has(f.toLowerCase()))
    .map((file) => diagnostic({ code: 'stray-file', severity: 'warning', file, ...strayAdvice(file) }));
}

function strayAdvice(file: string): { message: string; hint: string } {
  const name = file.split('/').pop()!;
  const lower = name.toLowerCase();
  if (/\.md\.txt$/.test(lower)) {
    return {
      message: '这个文件名以 .md.txt 结尾（记事本自动加了 .txt），没有作为佐证文件读取',
      hint: `请把文件改名为“${name.slice(0, -4)}”（去掉末尾的 .txt）；记事本“另存为”时把“保存类型”选为“所有文件”`,
    };
  }
  if (/\.(doc|wps)$/.test(lower)) {
    return {
      message: '这是旧格式的 Word/WPS 文件，没有被任何佐证文件列为附件，也不会被读取',
      hint: '请用 Word 或 WPS 打开后“另存为” .docx，再用 dossier import 导入；或在对应佐证文件的 attachments 中列出它',
    };
  }
  if (/\.docx$/.test(lower)) {
    return {
      message: '这是 Word/WPS 文件，没有被任何佐证文件列为附件，也不会被读取',
      hint: `用 dossier import "${file}" --task 序号 --unit 单位 --date 日期 把它转成佐证文件（正文、表格和图片都会保留）；或在对应佐证文件的 attachments 中列出它`,
    };
  }
  if (/\.txt$/.test(lower)) {
    return {
      message: '这是 .txt 文本文件，没有作为佐证文件读取，也没有被列为附件',
      hint: '如果这是佐证说明，请改名为 .md 并在开头写属性区（可用 dossier new 生成）；如果是附件，请在对应佐证文件的 attachments 中列出它',
    };
  }
  return {
    message: '这个文件没有被任何佐证文件列为附件，不会进入自评报告和材料包',
    hint: `请在对应佐证文件的 attachments 中列出它（${listing(file)}），或用 dossier import "${file}" --task 序号 --unit 单位 --date 日期 为它生成佐证文件；不需要的文件请移出佐证资料文件夹`,
  };
}

/** How an evidence file lists the file: by the path from the department's folder, where evidence files usually are. */
function listing(file: string): string {
  const parts = file.split('/');
  if (parts.length < 3) return `如 - ${parts.at(-1)}`;
  return `佐证文件在“${parts[0]}”文件夹中时，写 - ${parts.slice(1).join('/')}`;
}
