import { DomainError } from '@candor/domain';

/**
 * OpenAI's voice names mapped to espeak-ng voices of a similar character (accent, pitch, male/female variant), so
 * a client written against OpenAI's TTS works unchanged. espeak-ng voice names ('en-gb', 'en-us+f3') are accepted too.
 */
export const ESPEAK_VOICE_BY_OPENAI_NAME: Readonly<Record<string, string>> = {
  alloy: 'en-us',
  echo: 'en-us+m3',
  fable: 'en-gb',
  onyx: 'en-us+m7',
  nova: 'en-us+f2',
  shimmer: 'en-us+f4',
  ash: 'en-us+m1',
  ballad: 'en-gb+m3',
  coral: 'en-us+f3',
  sage: 'en-us+f1',
  verse: 'en-us+m2',
};

/** A language tag with an optional variant; nothing espeak-ng could read as an option or a path. */
const ESPEAK_VOICE = /^[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}(\+[a-z0-9]{1,16})?$/i;

/**
 * Unknown names are refused rather than silently mapped to a default: a client asking for a voice it will not get
 * should hear about it (OpenAI answers 400 too). espeak-ng itself confirms that a well-formed name exists.
 */
export function espeakVoiceFor(voice: string): string {
  const name = voice.trim().toLowerCase();
  const mapped = ESPEAK_VOICE_BY_OPENAI_NAME[name];
  if (mapped) return mapped;
  if (ESPEAK_VOICE.test(name)) return name;
  throw unknownVoice(voice);
}

export function unknownVoice(voice: string): DomainError {
  return new DomainError(
    'SPEECH.UNKNOWN_VOICE',
    `unknown voice '${voice.slice(0, 50)}'; use one of ${Object.keys(ESPEAK_VOICE_BY_OPENAI_NAME).join(', ')} or an espeak-ng voice such as en-gb or en-us+f3`,
    'invalid',
  );
}
