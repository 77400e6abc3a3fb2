import { DomainError } from '@candor/domain';

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * One connection's recording in progress: `audio_data` chunks (base64) gathered until the final one, with
 * the speech engine's size limit enforced as they arrive (a recording past it is dropped, not buffered).
 */
export class AudioChunks {
  private chunks: Buffer[] = [];
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** Adds a chunk; returns the whole recording when `final`, else null. */
  add(audio: unknown, final: boolean): Buffer | null {
    const chunk = decode(audio);
    if (this.bytes + chunk.length > this.maxBytes) {
      this.reset();
      throw new DomainError('STT.TOO_LARGE', `The recording is larger than ${this.maxBytes} bytes; it was discarded`, 'limit');
    }
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    if (!final) return null;
    const recording = Buffer.concat(this.chunks);
    this.reset();
    return recording;
  }

  private reset(): void {
    this.chunks = [];
    this.bytes = 0;
  }
}

function decode(audio: unknown): Buffer {
  if (typeof audio !== 'string') throw invalid();
  // Browsers' FileReader gives a data URL: keep the payload.
  const payload = audio.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (payload === '' || !BASE64.test(payload)) throw invalid();
  return Buffer.from(payload, payload.includes('-') || payload.includes('_') ? 'base64url' : 'base64');
}

function invalid(): DomainError {
  return new DomainError('WS.INVALID_MESSAGE', 'audio_data needs audio: a non-empty base64 string', 'invalid');
}
