/** Reading and repairing RIFF/WAVE headers (espeak-ng writes placeholder sizes when it streams to stdout). */
export interface WavInfo {
  /** 1 = PCM. */
  readonly audioFormat: number;
  readonly channels: number;
  readonly sampleRate: number;
  readonly bitsPerSample: number;
  readonly byteRate: number;
  /** Where the samples start. */
  readonly dataOffset: number;
  /** Bytes of samples actually present (a header's placeholder size is clamped to what the file holds). */
  readonly dataBytes: number;
  readonly durationSeconds: number;
}

/** Parses the header of a WAV file; null when the bytes are not one. */
export function parseWav(bytes: Buffer): WavInfo | null {
  if (bytes.length < 12 || bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') return null;
  let fmt: Pick<WavInfo, 'audioFormat' | 'channels' | 'sampleRate' | 'byteRate' | 'bitsPerSample'> | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ' && body + 16 <= bytes.length) {
      fmt = {
        audioFormat: bytes.readUInt16LE(body),
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        byteRate: bytes.readUInt32LE(body + 8),
        bitsPerSample: bytes.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!fmt || fmt.byteRate === 0) return null;
      const dataBytes = Math.min(size, bytes.length - body);
      return { ...fmt, dataOffset: body, dataBytes, durationSeconds: dataBytes / fmt.byteRate };
    }
    offset = body + size + (size % 2);
  }
  return null;
}

/** A copy whose RIFF and data sizes match the bytes present (the data chunk must be the last one, as streamed WAVs have it). */
export function withExactWavSizes(bytes: Buffer): Buffer {
  const info = parseWav(bytes);
  if (!info) return bytes;
  const fixed = Buffer.from(bytes.subarray(0, info.dataOffset + info.dataBytes));
  fixed.writeUInt32LE(fixed.length - 8, 4);
  fixed.writeUInt32LE(info.dataBytes, info.dataOffset - 4);
  return fixed;
}
