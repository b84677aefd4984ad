import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/util/chinese-number.js
var DIGITS = {
  \u96F6: 0,
  "\u3007": 0,
  \u4E00: 1,
  \u4E8C: 2,
  \u4E24: 2,
  \u4E09: 3,
  \u56DB: 4,
  \u4E94: 5,
  \u516D: 6,
  \u4E03: 7,
  \u516B: 8,
  \u4E5D: 9
};
function parseChineseNumber(s) {
  if (s === "")
    return void 0;
  if (s === "\u5341")
    return 10;
  const ten = s.indexOf("\u5341");
  if (ten < 0)
    return s.length === 1 ? DIGITS[s] : void 0;
  const high = ten === 0 ? 1 : DIGITS[s.slice(0, ten)];
  const lowText = s.slice(ten + 1);
  const low = lowText === "" ? 0 : DIGITS[lowText];
  if (high === void 0 || low === void 0 || s.length > 3)
    return void 0;
  return high * 10 + low;
}
function chineseNumber(n) {
  const d = "\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D";
  if (n < 10)
    return d[n];
  const high = Math.floor(n / 10);
  const low = n % 10;
  return (high === 1 ? "" : d[high]) + "\u5341" + (low === 0 ? "" : d[low]);
}

export {
  parseChineseNumber,
  chineseNumber
};
