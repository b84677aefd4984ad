import { describe, expect, it } from 'vitest';
import { mammothNotes } from '../../src/import/mammoth-notes.js';

describe('what mammoth could not convert, told to a clerk', () => {
  it('names ignored Word elements in Chinese, never by their XML names', () => {
    const notes = mammothNotes([
      'An unrecognised element was ignored: w:fldSimple',
      'An unrecognised element was ignored: {http://schemas.openxmlformats.org/officeDocument/2006/math}oMath',
      'An unrecognised element was ignored: {urn:schemas-microsoft-com:office:office}OLEObject',
    ]);
    expect(notes).toEqual([
      'Word 文件中有域（如题注编号、页码、交叉引用），其中的文字没有导入；请对照原文核对正文是否完整',
      'Word 文件中有公式，其中的文字没有导入；请对照原文核对正文是否完整',
      'Word 文件中有嵌入的对象（如 Excel 表格、图表），其中的文字没有导入；请对照原文核对正文是否完整，并把它另作附件提供',
    ]);
    expect(notes.join('')).not.toMatch(/fldSimple|oMath|OLEObject|http|urn:|w:/);
  });

  it('says nothing of smart-tag properties, whose text is kept', () => {
    expect(mammothNotes(['An unrecognised element was ignored: w:smartTagPr'])).toEqual([]);
  });

  it('still tells of an element it has no words for, by its name for whoever supports the office', () => {
    expect(mammothNotes(['An unrecognised element was ignored: w:customXml'])).toEqual(['Word 文件中有无法识别的内容（w:customXml），其中的文字没有导入；请对照原文核对正文是否完整']);
  });
});
