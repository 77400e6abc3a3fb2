/** Recognises an audio container from its first bytes: a client's Content-Type is a hint, the bytes are the truth. */
export interface AudioFormat {
  /** sox's name for the type ('wav', 'flac', 'ogg', 'mp3', 'aiff', 'au'), or the container for the rest. */
  readonly type: 'wav' | 'flac' | 'ogg' | 'mp3' | 'aiff' | 'au' | 'webm' | 'mp4';
  readonly mimeType: string;
  /** Servers such as Whisper's pick the decoder by the file name's extension. */
  readonly extension: string;
}

const FORMATS: Record<AudioFormat['type'], AudioFormat> = {
  wav: { type: 'wav', mimeType: 'audio/wav', extension: 'wav' },
  flac: { type: 'flac', mimeType: 'audio/flac', extension: 'flac' },
  ogg: { type: 'ogg', mimeType: 'audio/ogg', extension: 'ogg' },
  mp3: { type: 'mp3', mimeType: 'audio/mpeg', extension: 'mp3' },
  aiff: { type: 'aiff', mimeType: 'audio/aiff', extension: 'aiff' },
  au: { type: 'au', mimeType: 'audio/basic', extension: 'au' },
  webm: { type: 'webm', mimeType: 'audio/webm', extension: 'webm' },
  mp4: { type: 'mp4', mimeType: 'audio/mp4', extension: 'm4a' },
};

export function sniffAudioFormat(bytes: Buffer): AudioFormat | null {
  const ascii = (from: number, to: number) => (bytes.length >= to ? bytes.toString('latin1', from, to) : '');
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return FORMATS.wav;
  if (ascii(0, 4) === 'fLaC') return FORMATS.flac;
  if (ascii(0, 4) === 'OggS') return FORMATS.ogg;
  if (ascii(0, 4) === 'FORM' && ['AIFF', 'AIFC'].includes(ascii(8, 12))) return FORMATS.aiff;
  if (ascii(0, 4) === '.snd') return FORMATS.au;
  if (ascii(0, 3) === 'ID3' || (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1] & 0xe6) === 0xe2)) return FORMATS.mp3;
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x1a45dfa3) return FORMATS.webm;
  if (ascii(4, 8) === 'ftyp') return FORMATS.mp4;
  return null;
}
