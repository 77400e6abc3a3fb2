import { RecordingState, RecordingTranscript } from '@candor/domain';

/** The interview's current recording as the API shows it (null fields when unknown). */
export interface RecordingView {
  readonly interviewId: string;
  readonly recordingId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly storageKey: string;
  readonly durationSeconds: number | null;
  readonly uploadedAt: string;
  readonly uploadedBy: string;
  readonly transcript: RecordingTranscript | null;
}

export function toRecordingView(interviewId: string, state: RecordingState): RecordingView | null {
  if (!state.current) return null;
  return { interviewId, ...state.current, transcript: state.transcript };
}
