import { Query } from '@nestjs/cqrs';

export interface SpeechLimits {
  /** The longest text (in characters) text-to-speech takes. */
  readonly maxTtsChars: number;
  /** The largest recording (in bytes) speech-to-text takes. */
  readonly maxSttBytes: number;
}

/** The configured limits of the speech engines, for the edge to refuse an input before reading or sending it. */
export class GetSpeechLimitsQuery extends Query<SpeechLimits> {}
