import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/util/diagnostic.js
function diagnostic(d) {
  const out = { code: d.code, severity: d.severity };
  for (const key of ["file", "line", "task", "unit", "item"])
    if (d[key] !== void 0)
      out[key] = d[key];
  out["message"] = d.message;
  if (d.hint !== void 0)
    out["hint"] = d.hint;
  return out;
}

// dist/util/is-inside.js
import { isAbsolute, relative, sep } from "node:path";
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel);
}

export {
  diagnostic,
  isInside
};
