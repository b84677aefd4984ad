import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UsageError
} from "./chunk-B7VP7B3W.js";

// dist/cli/build-date.js
function buildDate(env, fallback) {
  const epoch = env["SOURCE_DATE_EPOCH"];
  if (epoch !== void 0 && epoch !== "") {
    if (!/^\d+$/.test(epoch))
      throw new UsageError(`\u73AF\u5883\u53D8\u91CF SOURCE_DATE_EPOCH \u5E94\u662F\u79D2\u6570\uFF08\u6574\u6570\uFF09\uFF0C\u73B0\u5728\u662F\u201C${epoch}\u201D`);
    return new Date(Number(epoch) * 1e3);
  }
  return /* @__PURE__ */ new Date(`${fallback}T00:00:00Z`);
}

export {
  buildDate
};
