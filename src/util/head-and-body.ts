/** A small JSON header and a body of bytes in one buffer: the header's length (4 bytes), the header, the body. */
export function withHead(head: unknown, body: Uint8Array): Buffer {
  const text = Buffer.from(JSON.stringify(head), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(text.length);
  return Buffer.concat([length, text, body]);
}

/** A buffer made by withHead read back: its header parsed and its body; undefined when it is not one. */
export function splitHead(data: Buffer): { head: unknown; body: Buffer } | undefined {
  if (data.length < 4) return undefined;
  const n = data.readUInt32BE(0);
  if (4 + n > data.length) return undefined;
  try {
    return { head: JSON.parse(data.subarray(4, 4 + n).toString('utf8')), body: data.subarray(4 + n) };
  } catch {
    return undefined;
  }
}
