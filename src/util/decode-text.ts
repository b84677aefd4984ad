import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

/** How a file's bytes were turned into text. */
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Decodes an evidence file: UTF-8 with or without BOM, UTF-16 with BOM, or GBK/GB18030 as Windows
 * editors save it. Bytes that are no text at all (NUL bytes, control characters) are refused.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return tryDecode(utf8, bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode(new TextDecoder('utf-16le', { fatal: true }), bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode(new TextDecoder('utf-16be', { fatal: true }), bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, reason: '文件中有大量控制字符或空字节，不是文本文件' };
  // Most files are valid UTF-8: checked natively, then turned into text without a second check.
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
  const asUtf8 = tryDecode(utf8, bytes, 'utf-8');
  if (asUtf8.ok) return asUtf8;
  const asGb = tryDecode(gb18030, bytes, 'gb18030');
  if (asGb.ok) return asGb;
  return { ok: false, reason: '既不是 UTF-8 也不是 GBK/GB18030 编码的文本' };
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array, encoding: Extract<Decoded, { ok: true }>['encoding']): Decoded {
  try {
    const text = decoder.decode(bytes);
    if (encoding.startsWith('utf-16') && /[\u0000-\u0008\u000e-\u001f]/.test(text)) {
      return { ok: false, reason: '按 UTF-16 解码后含控制字符，不是文本文件' };
    }
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: `不是有效的 ${encoding === 'gb18030' ? 'GB18030' : encoding.toUpperCase()} 文本` };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.1;
}
