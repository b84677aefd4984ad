/**
 * What an element mammoth ignores is, in a clerk's words ('' for one that holds nothing to lose:
 * smart-tag properties, whose text mammoth keeps); others are 无法识别的内容.
 */
const ELEMENTS: readonly [RegExp, string][] = [
  [/(^|[:}])smartTagPr$/, ''],
  [/(^|[:}])fldSimple$/, '域（如题注编号、页码、交叉引用）'],
  [/math\}oMath(Para)?$|(^|:)oMath(Para)?$/, '公式'],
  [/(^|[:}])(OLEObject|object)$/, '嵌入的对象（如 Excel 表格、图表）'],
  [/(^|[:}])(chart|relIds|dgm)$|chart|diagram/i, '图表或 SmartArt 图形'],
];

/**
 * mammoth's warnings said to a clerk in Chinese: what in the Word file was not converted or may be
 * converted imperfectly. Unknown styles are gathered into one note (their text is kept as ordinary
 * paragraphs); a message dossier does not know is passed on with its original English text.
 */
export function mammothNotes(messages: readonly string[]): string[] {
  const styles = new Set<string>();
  const notes: string[] = [];
  const add = (note: string) => {
    if (!notes.includes(note)) notes.push(note);
  };
  for (const message of messages) {
    const style = /^Unrecognised (paragraph|run|table) style: '(.*)' \(Style ID: .*\)$/.exec(message);
    if (style) {
      styles.add(style[2]!);
      continue;
    }
    if (/^Image of type .* is unlikely to display/.test(message)) continue; // said per picture by the caller
    const ignored = /^An unrecognised element was ignored: (.*)$/.exec(message)?.[1];
    if (ignored !== undefined) {
      const what = ELEMENTS.find(([pattern]) => pattern.test(ignored));
      if (what && what[1] === '') continue;
      add(`Word 文件中有${what ? what[1] : `无法识别的内容（${ignored}）`}，其中的文字没有导入；请对照原文核对正文是否完整${/OLEObject|object$/.test(ignored) ? '，并把它另作附件提供' : ''}`);
    } else if (/^Could not find image file|v:imagedata element without/.test(message)) {
      add('Word 文件中有一张图片找不到图片数据（可能是链接到电脑上的图片），没有导入；请把图片插入到文档中，或作为附件另行提供');
    } else if (/cell merging may be incorrect/.test(message)) {
      add('Word 文件中有一个表格结构不规范，合并单元格可能转换得不对；请对照原文核对该表格');
    } else if (/w:sym element with an unsupported character/.test(message)) {
      add('Word 文件中有特殊符号（符号字体中的字符）无法转换，已略去；请对照原文核对');
    } else if (/^Unsupported break type/.test(message)) {
      add('Word 文件中有不支持的分隔符（如分栏符），已略去');
    } else if (/complex field/i.test(message)) {
      add('Word 文件中有域代码（如自动编号、目录、超链接）结构不完整，相关文字可能转换不全；请对照原文核对');
    } else if (/was referenced but not defined/.test(message)) {
      continue; // a style the file names but does not define: the text is kept as ordinary paragraphs
    } else {
      add(`转换 Word 文件时出现问题，相关内容可能不完整，请对照原文核对（原始信息：${message}）`);
    }
  }
  if (styles.size > 0) {
    notes.unshift(`Word 文件使用了 dossier 不认识的样式（${[...styles].join('、')}），这些段落已按普通正文导入；如果其中有标题，请在导入的文件中核对`);
  }
  return notes;
}
