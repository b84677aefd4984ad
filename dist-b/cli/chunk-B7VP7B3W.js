import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/cli/errors.js
var UsageError = class extends Error {
  hint;
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = "UsageError";
  }
};

export {
  UsageError
};
