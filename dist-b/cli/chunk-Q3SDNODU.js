import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  halfWidth
} from "./chunk-AZACBMGK.js";

// dist/dossier/dates.js
var FORMS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/];
function readDate(text) {
  const s = halfWidth(text).replace(/\s+/g, "");
  for (const form of FORMS) {
    const m = form.exec(s);
    if (!m)
      continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
      return void 0;
    const iso = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    return { iso, canonical: iso === text };
  }
  return void 0;
}

export {
  readDate
};
