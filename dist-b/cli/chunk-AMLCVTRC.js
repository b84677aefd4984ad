import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/util/newlines.js
function unixNewlines(text) {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

export {
  unixNewlines
};
