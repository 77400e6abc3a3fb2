import { DomainError } from '@candor/domain';
import { AudioFormat, sniffAudioFormat } from './audio-format';

/** The checks every speech adapter makes before spending an engine on a request. */
export function checkSpeechText(text: string, maxChars: number): string {
  if (typeof text !== 'string' || text.trim() === '') throw new DomainError('SPEECH.EMPTY_TEXT', 'text must not be empty', 'invalid');
  const length = [...text].length;
  if (length > maxChars) {
    throw new DomainError('SPEECH.TEXT_TOO_LONG', `text is ${length} characters long; at most ${maxChars} are accepted`, 'limit');
  }
  return text.trim();
}

export function checkAudio(audio: Buffer, maxBytes: number, accepted: readonly AudioFormat['type'][]): AudioFormat {
  if (audio.length === 0) throw new DomainError('SPEECH.EMPTY_AUDIO', 'the audio is empty', 'invalid');
  if (audio.length > maxBytes) {
    throw new DomainError('SPEECH.AUDIO_TOO_LARGE', `the audio is ${audio.length} bytes; at most ${maxBytes} are accepted`, 'limit');
  }
  const format = sniffAudioFormat(audio);
  if (!format) {
    throw new DomainError('SPEECH.UNSUPPORTED_AUDIO', `not a recognised audio file; send one of: ${accepted.join(', ')}`, 'invalid');
  }
  if (!accepted.includes(format.type)) {
    throw new DomainError('SPEECH.UNSUPPORTED_AUDIO', `${format.type} audio is not supported by this engine; send one of: ${accepted.join(', ')}`, 'invalid');
  }
  return format;
}
