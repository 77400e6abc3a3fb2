import { DomainEvent } from '../shared/event';

/**
 * The recording of an interview lives on its own stream (`recording-<interview id>`) beside the interview's:
 * the interview decider and its projections stay untouched, and a recording is replaced or deleted without
 * contending with the live interview's appends.
 */
export type RecordingFile = {
  readonly recordingId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly storageKey: string;
  /** Read from the container header when it says (WAV); null otherwise. */
  readonly durationSeconds: number | null;
};

export type RecordingUploaded = DomainEvent<
  'RecordingUploaded',
  RecordingFile & { readonly interviewId: string; readonly uploadedBy: string; readonly uploadedAt: string }
>;

export type RecordingDeleted = DomainEvent<
  'RecordingDeleted',
  { readonly interviewId: string; readonly recordingId: string; readonly storageKey: string; readonly deletedBy: string; readonly deletedAt: string }
>;

export type RecordingTranscribed = DomainEvent<
  'RecordingTranscribed',
  {
    readonly interviewId: string;
    readonly recordingId: string;
    readonly text: string;
    readonly confidence: number | null;
    readonly durationSeconds: number | null;
    readonly engine: string;
    readonly transcribedAt: string;
  }
>;

export type RecordingEvent = RecordingUploaded | RecordingDeleted | RecordingTranscribed;

export const RECORDING_EVENT_TYPES: readonly RecordingEvent['type'][] = ['RecordingUploaded', 'RecordingDeleted', 'RecordingTranscribed'];

export function recordingStreamId(interviewId: string): string {
  return `recording-${interviewId}`;
}
