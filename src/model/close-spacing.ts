/** Chinese characters and full-width punctuation. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const BEFORE_NARROW = new RegExp(`([${CJK}])[ \\t\\u00a0]+(?=[0-9A-Za-z%‰℃±+\\-(\\[])`, 'gu');
const AFTER_NARROW = new RegExp(`([0-9A-Za-z%‰℃)\\]])[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');

/**
 * Text as official documents set it: no space between a Chinese character and a number or Latin
 * word (共 87 项 → 共87项, 2020 年 11 月 → 2020年11月); spaces between Latin words stay.
 */
export function closeSpacing(text: string): string {
  return text.replace(BEFORE_NARROW, '$1').replace(AFTER_NARROW, '$1');
}
