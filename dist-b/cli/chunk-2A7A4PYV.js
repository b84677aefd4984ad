import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/util/decode-text.js
import { isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";
var utf8 = new TextDecoder("utf-8", { fatal: true });
var gb18030 = new TextDecoder("gb18030", { fatal: true });
function decodeText(bytes) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    return tryDecode(utf8, bytes.subarray(3), "utf-8-bom");
  }
  if (bytes[0] === 255 && bytes[1] === 254)
    return tryDecode(new TextDecoder("utf-16le", { fatal: true }), bytes.subarray(2), "utf-16le");
  if (bytes[0] === 254 && bytes[1] === 255)
    return tryDecode(new TextDecoder("utf-16be", { fatal: true }), bytes.subarray(2), "utf-16be");
  if (looksBinary(bytes))
    return { ok: false, reason: "\u6587\u4EF6\u4E2D\u6709\u5927\u91CF\u63A7\u5236\u5B57\u7B26\u6216\u7A7A\u5B57\u8282\uFF0C\u4E0D\u662F\u6587\u672C\u6587\u4EF6" };
  if (isUtf8(bytes))
    return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), encoding: "utf-8" };
  const asUtf8 = tryDecode(utf8, bytes, "utf-8");
  if (asUtf8.ok)
    return asUtf8;
  const asGb = tryDecode(gb18030, bytes, "gb18030");
  if (asGb.ok)
    return asGb;
  return { ok: false, reason: "\u65E2\u4E0D\u662F UTF-8 \u4E5F\u4E0D\u662F GBK/GB18030 \u7F16\u7801\u7684\u6587\u672C" };
}
function tryDecode(decoder, bytes, encoding) {
  try {
    const text = decoder.decode(bytes);
    if (encoding.startsWith("utf-16") && /[\u0000-\u0008\u000e-\u001f]/.test(text)) {
      return { ok: false, reason: "\u6309 UTF-16 \u89E3\u7801\u540E\u542B\u63A7\u5236\u5B57\u7B26\uFF0C\u4E0D\u662F\u6587\u672C\u6587\u4EF6" };
    }
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: `\u4E0D\u662F\u6709\u6548\u7684 ${encoding === "gb18030" ? "GB18030" : encoding.toUpperCase()} \u6587\u672C` };
  }
}
function looksBinary(bytes) {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0)
      return true;
    if (b < 9 || b > 13 && b < 32 && b !== 27)
      control++;
  }
  return n > 0 && control / n > 0.1;
}

export {
  decodeText
};
