import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/catalog/format-target.js
function formatTarget(t) {
  const op = { ">=": "\u2265", ">": ">", "<=": "\u2264", "<": "<", "=": "=" }[t.op];
  return `${t.name} ${op} ${t.value}${t.unit}`;
}

export {
  formatTarget
};
