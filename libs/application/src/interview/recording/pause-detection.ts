/**
 * Pause detection over a PCM WAV recording: the one speech figure that needs the audio itself rather than the
 * transcript. Streams the file; nothing but the header and one 20 ms window is held.
 */
/** Windows whose RMS stays under this (about -36 dBFS of 16-bit PCM) count as silence. */
const SILENCE_RMS = 520;
const WINDOW_SECONDS = 0.02;

interface PcmFormat {
  readonly channels: number;
  readonly sampleRate: number;
  readonly dataOffset: number;
  readonly dataBytes: number;
}

/** The layout of a 16-bit PCM WAV from its header chunks; null for anything else. */
export function readPcmWavFormat(head: Buffer): PcmFormat | null {
  if (head.length < 12 || head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') return null;
  let at = 12;
  let fmt: { channels: number; sampleRate: number; bits: number; audioFormat: number } | null = null;
  while (at + 8 <= head.length) {
    const id = head.toString('ascii', at, at + 4);
    const size = head.readUInt32LE(at + 4);
    if (id === 'fmt ' && at + 24 <= head.length) {
      fmt = { audioFormat: head.readUInt16LE(at + 8), channels: head.readUInt16LE(at + 10), sampleRate: head.readUInt32LE(at + 12), bits: head.readUInt16LE(at + 22) };
    }
    if (id === 'data') {
      if (!fmt || fmt.audioFormat !== 1 || fmt.bits !== 16 || fmt.channels < 1 || fmt.sampleRate < 1) return null;
      return { channels: fmt.channels, sampleRate: fmt.sampleRate, dataOffset: at + 8, dataBytes: size };
    }
    at += 8 + size + (size % 2);
  }
  return null;
}

/**
 * The longest run of silent 20 ms windows (first channel) that lies between sounds, in seconds; leading and trailing
 * silence is not a pause. Streams the file: nothing but one window is held.
 */
export async function longestPauseSeconds(content: AsyncIterable<Buffer | Uint8Array | string>): Promise<number | null> {
  const iterator = content[Symbol.asyncIterator]();
  // The header chunks come first; gather enough of them to find the data chunk (64 KB covers any sane header).
  let head = Buffer.alloc(0);
  let format: PcmFormat | null = null;
  while (!format && head.length < 64 * 1024) {
    const next = await iterator.next();
    if (next.done) break;
    head = Buffer.concat([head, typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value)]);
    format = readPcmWavFormat(head);
    if (!format && head.length >= 12 && (head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE')) break;
  }
  if (!format) {
    await iterator.return?.();
    return null;
  }
  return scanPauses(format, prepend(head, iterator));
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer | Uint8Array | string>): AsyncGenerator<Buffer | Uint8Array | string> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

async function scanPauses(format: PcmFormat, content: AsyncIterable<Buffer | Uint8Array | string>): Promise<number | null> {
  const frameBytes = 2 * format.channels;
  const windowFrames = Math.max(1, Math.round(format.sampleRate * WINDOW_SECONDS));
  let offset = 0;
  let remaining = format.dataBytes;
  let carry = Buffer.alloc(0);
  let sumSquares = 0;
  let frames = 0;
  let heardSound = false;
  let silentRun = 0;
  let longest = 0;
  const closeWindow = () => {
    const rms = Math.sqrt(sumSquares / frames);
    if (rms < SILENCE_RMS) silentRun += 1;
    else {
      if (heardSound) longest = Math.max(longest, silentRun);
      heardSound = true;
      silentRun = 0;
    }
    sumSquares = 0;
    frames = 0;
  };
  for await (const piece of content) {
    let chunk = typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece);
    if (offset < format.dataOffset) {
      const skip = Math.min(chunk.length, format.dataOffset - offset);
      offset += skip;
      chunk = chunk.subarray(skip);
    }
    if (chunk.length === 0 || remaining <= 0) continue;
    chunk = chunk.subarray(0, remaining);
    remaining -= chunk.length;
    const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const whole = data.length - (data.length % frameBytes);
    for (let i = 0; i < whole; i += frameBytes) {
      const sample = data.readInt16LE(i);
      sumSquares += sample * sample;
      frames += 1;
      if (frames === windowFrames) closeWindow();
    }
    carry = Buffer.from(data.subarray(whole));
  }
  return heardSound ? Math.round(longest * WINDOW_SECONDS * 1000) / 1000 : null;
}
