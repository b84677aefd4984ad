import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/util/text-width.js
function displayWidth(text) {
  let width = 0;
  for (const ch of text)
    width += isWide(ch.codePointAt(0)) ? 2 : 1;
  return width;
}
function padEnd(text, width) {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
function truncate(text, width) {
  if (displayWidth(text) <= width)
    return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = isWide(ch.codePointAt(0)) ? 2 : 1;
    if (used + w > width - 1)
      break;
    out += ch;
    used += w;
  }
  return out + "\u2026";
}
function isWide(cp) {
  return cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 12350 || cp >= 12353 && cp <= 13311 || cp >= 13312 && cp <= 19903 || cp >= 19968 && cp <= 40959 || cp >= 40960 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 131072 && cp <= 262141;
}

export {
  displayWidth,
  padEnd,
  truncate,
  isWide
};
