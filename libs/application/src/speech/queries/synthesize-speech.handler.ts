import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SpeechSynthesis, TEXT_TO_SPEECH, TextToSpeech } from '../../ports/tts.port';
import { SynthesizeSpeechQuery } from './synthesize-speech.query';

@QueryHandler(SynthesizeSpeechQuery)
export class SynthesizeSpeechHandler implements IQueryHandler<SynthesizeSpeechQuery> {
  constructor(@Inject(TEXT_TO_SPEECH) private readonly tts: TextToSpeech) {}

  execute(query: SynthesizeSpeechQuery): Promise<SpeechSynthesis> {
    return this.tts.synthesize(query.text, query.voice, query.model);
  }
}
