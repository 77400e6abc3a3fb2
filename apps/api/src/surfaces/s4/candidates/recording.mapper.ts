import { RecordingView } from '@candor/application/interview/recording/recording-view';
import { RecordingAnalysis } from '@candor/application/interview/recording/recording-analysis';
import { RecordingTranscript } from '@candor/domain';
import { RecordingAnalysisDto, RecordingResponseDto, TranscriptDto, TranscriptionResponseDto } from './recording.dto';

export function toRecordingResponse(view: RecordingView): RecordingResponseDto {
  return {
    recording_id: view.recordingId,
    interview_id: view.interviewId,
    file_name: view.fileName,
    content_type: view.contentType,
    size_bytes: view.sizeBytes,
    sha256: view.sha256,
    duration_seconds: view.durationSeconds,
    uploaded_at: view.uploadedAt,
    uploaded_by: view.uploadedBy,
    download_url: `/candidates/recordings/${view.interviewId}/download`,
    transcription_status: view.transcript ? 'completed' : 'none',
  };
}

function toTranscript(t: RecordingTranscript): TranscriptDto {
  return { text: t.text, confidence: t.confidence, duration_seconds: t.durationSeconds, engine: t.engine, transcribed_at: t.transcribedAt };
}

export function toTranscriptionResponse(view: RecordingView): TranscriptionResponseDto {
  return { interview_id: view.interviewId, recording_id: view.recordingId, status: 'completed', transcript: toTranscript(view.transcript!) };
}

export function toAnalysisResponse(a: RecordingAnalysis): RecordingAnalysisDto {
  return {
    interview_id: a.interviewId,
    recording_id: a.recordingId,
    content_type: a.contentType,
    size_bytes: a.sizeBytes,
    duration_seconds: a.durationSeconds,
    transcribed: a.transcribed,
    word_count: a.wordCount,
    words_per_minute: a.wordsPerMinute,
    filler_word_count: a.fillerWordCount,
    filler_words: a.fillerWords,
    filler_rate: a.fillerRate,
    unique_word_ratio: a.uniqueWordRatio,
    longest_pause_seconds: a.longestPauseSeconds,
    transcript_confidence: a.transcriptConfidence,
    computed_at: a.computedAt,
  };
}
