import { DomainError } from '@candor/domain';

/** The recording formats S4 documents (seed 004, "Supported Formats"), each with the signature its bytes must carry. */
export const RECORDING_FORMATS: Readonly<Record<string, { contentType: string; matches: (head: Buffer) => boolean }>> = {
  wav: { contentType: 'audio/wav', matches: (h) => h.toString('ascii', 0, 4) === 'RIFF' && h.toString('ascii', 8, 12) === 'WAVE' },
  mp3: { contentType: 'audio/mpeg', matches: (h) => h.toString('ascii', 0, 3) === 'ID3' || (h[0] === 0xff && (h[1] & 0xe0) === 0xe0) },
  m4a: { contentType: 'audio/mp4', matches: (h) => h.toString('ascii', 4, 8) === 'ftyp' },
  flac: { contentType: 'audio/flac', matches: (h) => h.toString('ascii', 0, 4) === 'fLaC' },
  ogg: { contentType: 'audio/ogg', matches: (h) => h.toString('ascii', 0, 4) === 'OggS' },
  mp4: { contentType: 'video/mp4', matches: (h) => h.toString('ascii', 4, 8) === 'ftyp' },
  mov: { contentType: 'video/quicktime', matches: (h) => ['ftyp', 'moov', 'mdat', 'wide', 'free'].includes(h.toString('ascii', 4, 8)) },
  avi: { contentType: 'video/x-msvideo', matches: (h) => h.toString('ascii', 0, 4) === 'RIFF' && h.toString('ascii', 8, 11) === 'AVI' },
  mkv: { contentType: 'video/x-matroska', matches: (h) => h.readUInt32BE(0) === 0x1a45dfa3 },
  webm: { contentType: 'video/webm', matches: (h) => h.readUInt32BE(0) === 0x1a45dfa3 },
};

export const RECORDING_HEAD_BYTES = 64;

/** The format named by the file's extension; 400 for anything S4 does not list. */
export function claimedRecordingFormat(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (!RECORDING_FORMATS[ext]) {
    throw new DomainError(
      'RECORDING.UNSUPPORTED_TYPE',
      `Unsupported recording type ".${ext}": audio .wav .mp3 .m4a .flac .ogg or video .mp4 .mov .avi .mkv .webm`,
      'invalid',
    );
  }
  return ext;
}

export function assertRecordingSignature(format: string, head: Buffer): void {
  if (head.length < 12 || !RECORDING_FORMATS[format].matches(head)) {
    throw new DomainError('RECORDING.CONTENT_MISMATCH', `The file's content is not a .${format} recording`, 'invalid');
  }
}

/** A PCM WAV's length from its header: data bytes / byte rate; null when the header does not say. */
export function wavDurationSeconds(head: Buffer): number | null {
  if (head.length < 44 || head.toString('ascii', 0, 4) !== 'RIFF') return null;
  const byteRate = head.readUInt32LE(28);
  const dataAt = head.indexOf('data', 12, 'ascii');
  if (byteRate === 0 || dataAt < 0 || dataAt + 8 > head.length) return null;
  const dataBytes = head.readUInt32LE(dataAt + 4);
  return Math.round((dataBytes / byteRate) * 1000) / 1000;
}
