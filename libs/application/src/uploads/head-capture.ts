/**
 * Passes an upload through unchanged while keeping its first `limit` bytes, so a file's signature and header
 * can be read once it is stored, without ever holding the whole file in memory.
 */
export async function* captureHead(content: AsyncIterable<Buffer | Uint8Array | string>, head: { bytes: Buffer }, limit: number): AsyncGenerator<Buffer> {
  for await (const chunk of content) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    if (head.bytes.length < limit) head.bytes = Buffer.concat([head.bytes, buffer.subarray(0, limit - head.bytes.length)]);
    yield buffer;
  }
}
