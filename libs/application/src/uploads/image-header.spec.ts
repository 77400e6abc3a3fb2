import { readImageHeader } from './image-header';

describe('readImageHeader', () => {
  it('reads a PNG IHDR', () => {
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
    png.writeUInt32BE(13, 8);
    png.write('IHDR', 12, 'ascii');
    png.writeUInt32BE(640, 16);
    png.writeUInt32BE(480, 20);
    expect(readImageHeader(png)).toEqual({ type: 'image/png', width: 640, height: 480 });
  });

  it('skips JPEG segments up to the SOF marker', () => {
    const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x06, 1, 2, 3, 4]);
    const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(readImageHeader(Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]))).toEqual({ type: 'image/jpeg', width: 640, height: 480 });
  });

  it('knows nothing of other bytes', () => {
    expect(readImageHeader(Buffer.from('%PDF-1.7'))).toEqual({ type: null, width: null, height: null });
  });
});
