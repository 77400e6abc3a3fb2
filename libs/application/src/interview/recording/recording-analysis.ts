import { analyseSpeech } from '../../uploads/speech-analysis';
import { RecordingView } from './recording-view';

/** What can be measured of a recording: its facts, and speech figures once it has a transcript (null when unknown). */
export interface RecordingAnalysis {
  readonly interviewId: string;
  readonly recordingId: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly durationSeconds: number | null;
  readonly transcribed: boolean;
  readonly wordCount: number | null;
  readonly wordsPerMinute: number | null;
  readonly fillerWordCount: number | null;
  readonly fillerWords: Record<string, number> | null;
  readonly fillerRate: number | null;
  readonly uniqueWordRatio: number | null;
  /** Longest silence between two stretches of sound (PCM WAV only); null when the format cannot be read here. */
  readonly longestPauseSeconds: number | null;
  readonly transcriptConfidence: number | null;
  readonly computedAt: string;
}

export function analyseRecording(view: RecordingView, longestPauseSeconds: number | null, now: string): RecordingAnalysis {
  const duration = view.durationSeconds ?? view.transcript?.durationSeconds ?? null;
  const speech = view.transcript ? analyseSpeech(view.transcript.text, duration) : null;
  return {
    interviewId: view.interviewId,
    recordingId: view.recordingId,
    contentType: view.contentType,
    sizeBytes: view.sizeBytes,
    durationSeconds: duration,
    transcribed: !!view.transcript,
    wordCount: speech?.wordCount ?? null,
    wordsPerMinute: speech?.wordsPerMinute ?? null,
    fillerWordCount: speech?.fillerWordCount ?? null,
    fillerWords: speech?.fillerWords ?? null,
    fillerRate: speech?.fillerRate ?? null,
    uniqueWordRatio: speech?.uniqueWordRatio ?? null,
    longestPauseSeconds,
    transcriptConfidence: view.transcript?.confidence ?? null,
    computedAt: now,
  };
}
