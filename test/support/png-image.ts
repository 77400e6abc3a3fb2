/**
 * A PNG whose signature and IHDR say width x height, padded to `size` bytes: the upload checks read only the
 * header (type, dimensions), so the pixels need not exist.
 */
export function png(width: number, height: number, size = 4096): Buffer {
  const b = Buffer.alloc(size);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'ascii');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b[24] = 8; // bit depth
  b[25] = 2; // colour type: truecolour
  return b;
}
