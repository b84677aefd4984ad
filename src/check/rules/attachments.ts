import { resolveAttachment } from '../../dossier/attachment-path.js';
import { isLocal, type BodyPicture } from '../../dossier/body-pictures.js';
import { diagnostic } from '../../util/diagnostic.js';
import type { Rule } from '../types.js';

/**
 * `attachment-missing` and `attachment-outside`: every listed attachment, and every picture the
 * body shows, must be a file that, after resolving `\`, `..` and symlinks, lies inside the dossier
 * folder (the package's own rule).
 */
export const attachments: Rule = (ctx) => {
  for (const ev of ctx.evidence) {
    // A missing part keeps each of the file's tasks in progress.
    const missingPart = () => {
      for (const no of ev.tasks) {
        ctx.faults.add(`${ev.file}#${no}`);
        ctx.missingParts.add(`${ev.file}#${no}`);
      }
    };
    for (const att of ev.attachments) {
      const found = resolveAttachment(ctx.root, ev.file, att.path);
      if (found.ok) continue;
      missingPart();
      ctx.push(diagnostic({ code: found.code, message: found.message, hint: found.hint, severity: 'error', file: ev.file, line: att.line, task: ctx.label(ev.tasks[0]), unit: ev.unit }));
    }
    // A picture the body shows is looked for the same way: without it the report shows none.
    for (const pic of ev.pictures ?? []) {
      const problem = pictureProblem(ctx.root, ev.file, pic);
      if (!problem) continue;
      missingPart();
      ctx.push(diagnostic({ ...problem, severity: 'error', file: ev.file, line: pic.line, task: ctx.label(ev.tasks[0]), unit: ev.unit }));
    }
  }
};

/** File types the report cannot show as pictures, told by their extension. */
const NOT_SHOWN = /\.(pdf|docx?|xlsx?|pptx?|wps|gif|bmp|tiff?|webp|heic|heif|svg|zip|rar)$/i;

/** Why a picture of the body will not be in the report: an HTML tag, written with a space, not found, outside the folder, sharing its paragraph, or no PNG/JPEG. */
function pictureProblem(root: string, file: string, pic: BodyPicture): { code: 'attachment-missing' | 'attachment-outside'; message: string; hint: string } | undefined {
  if (pic.html && !isLocal(pic.path)) {
    return {
      code: 'attachment-missing',
      message: `正文中有网页的 <img> 图片标签（图片来源“${pic.path}”），报告中会原样印出这段代码，不显示图片`,
      hint: '请把图片另存为 .jpg 或 .png 文件放进附件文件夹，再写作 ![说明](附件/图片.jpg)，并让图片单独成段',
    };
  }
  if (pic.html) {
    return {
      code: 'attachment-missing',
      message: `正文中的图片“${pic.path}”写成了网页的 <img> 标签，报告中会原样印出这段代码，不显示图片`,
      hint: `请写作 ![说明](${/[\s()]/.test(pic.path) ? `<${pic.path}>` : pic.path})，并让图片单独成段（上下各空一行）`,
    };
  }
  if (pic.spaced) {
    return {
      code: 'attachment-missing',
      message: `正文中的图片“${pic.path}”的路径中有空格，报告中不会显示这张图片`,
      hint: `把路径写在尖括号里，如 ![说明](<${pic.path}>)；或把文件名中的空格去掉`,
    };
  }
  const written = pic.path.replace(/^file:\/{2,3}(?=[a-zA-Z]:|\/)/i, '/');
  const found = resolveAttachment(root, file, written);
  if (found.ok) {
    if (pic.padded) {
      return {
        code: 'attachment-missing',
        message: `正文中的图片“${pic.path}”所在的行有全角空格（缩进），报告中只输出它的说明文字，不显示图片`,
        hint: '请删去这一行图片前后的全角空格，并让图片单独成段（上下各空一行）',
      };
    }
    if (pic.inline) {
      return {
        code: 'attachment-missing',
        message: `正文中的图片“${pic.path}”与其他文字在同一段，报告中只输出它的说明文字，不显示图片`,
        hint: '请让图片单独成段：图片所在行的上下各空一行（几张图片之间也要空行）',
      };
    }
    if (!NOT_SHOWN.test(pic.path)) return undefined;
    return {
      code: 'attachment-missing',
      message: `正文中的图片“${pic.path}”不是 PNG 或 JPEG 图片，报告中不会显示`,
      hint: 'PDF、Word 等文件请在 attachments 中列为附件；照片请存为 .jpg 或 .png 再插入正文',
    };
  }
  const message = found.message.replace(`附件“${written}”`, `正文中的图片“${pic.path}”`);
  const hint = found.code === 'attachment-missing' && !found.hint.startsWith('同一文件夹') ? '请把图片放到对应位置，或改正正文中的路径（路径相对于本 .md 文件所在的文件夹）' : found.hint;
  return { code: found.code, message, hint };
}
