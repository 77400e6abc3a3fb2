import { GetSpeechLimitsHandler } from './queries/get-speech-limits.handler';
import { SynthesizeSpeechHandler } from './queries/synthesize-speech.handler';
import { TranscribeAudioHandler } from './queries/transcribe-audio.handler';

export const SPEECH_QUERY_HANDLERS = [GetSpeechLimitsHandler, SynthesizeSpeechHandler, TranscribeAudioHandler];
