import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/util/half-width.js
function halfWidth(s) {
  return s.replace(/[０-９．／－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 65248));
}

export {
  halfWidth
};
