import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SPEECH_TO_TEXT, SpeechToText } from '../../ports/stt.port';
import { TEXT_TO_SPEECH, TextToSpeech } from '../../ports/tts.port';
import { GetSpeechLimitsQuery, SpeechLimits } from './get-speech-limits.query';

@QueryHandler(GetSpeechLimitsQuery)
export class GetSpeechLimitsHandler implements IQueryHandler<GetSpeechLimitsQuery> {
  constructor(
    @Inject(TEXT_TO_SPEECH) private readonly tts: TextToSpeech,
    @Inject(SPEECH_TO_TEXT) private readonly stt: SpeechToText,
  ) {}

  async execute(): Promise<SpeechLimits> {
    return { maxTtsChars: this.tts.maxChars, maxSttBytes: this.stt.maxBytes };
  }
}
