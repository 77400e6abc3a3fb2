import { CommandMetadata } from '../shared/event';
import { assertNever, Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { RecordingEvent, RecordingFile } from './recording.events';

type RecordingCommandOf<T extends string, D> = { readonly type: T; readonly data: D; readonly metadata: CommandMetadata };

export type RecordRecordingUpload = RecordingCommandOf<'RecordRecordingUpload', { interviewId: string; actorId: string; file: RecordingFile }>;
export type DeleteRecording = RecordingCommandOf<'DeleteRecording', { interviewId: string; actorId: string }>;
export type RecordTranscript = RecordingCommandOf<
  'RecordTranscript',
  { interviewId: string; recordingId: string; text: string; confidence: number | null; durationSeconds: number | null; engine: string }
>;
export type RecordingCommand = RecordRecordingUpload | DeleteRecording | RecordTranscript;

export interface RecordingTranscript {
  readonly text: string;
  readonly confidence: number | null;
  readonly durationSeconds: number | null;
  readonly engine: string;
  readonly transcribedAt: string;
}

export interface RecordingState {
  readonly current: (RecordingFile & { readonly uploadedAt: string; readonly uploadedBy: string }) | null;
  /** The transcript of the current recording only: a new upload or a delete clears it. */
  readonly transcript: RecordingTranscript | null;
}

export const RecordingErrors = {
  none: () => new DomainError('RECORDING.NOT_FOUND', 'This interview has no recording', 'not_found'),
  stale: () => new DomainError('RECORDING.REPLACED', 'The recording was replaced while it was being transcribed; try again', 'conflict'),
};

export function decideRecording(command: RecordingCommand, state: RecordingState): RecordingEvent[] {
  const now = command.metadata.now;
  switch (command.type) {
    case 'RecordRecordingUpload':
      return [{ type: 'RecordingUploaded', data: { ...command.data.file, interviewId: command.data.interviewId, uploadedBy: command.data.actorId, uploadedAt: now } }];
    case 'DeleteRecording':
      if (!state.current) throw RecordingErrors.none();
      return [
        {
          type: 'RecordingDeleted',
          data: {
            interviewId: command.data.interviewId,
            recordingId: state.current.recordingId,
            storageKey: state.current.storageKey,
            deletedBy: command.data.actorId,
            deletedAt: now,
          },
        },
      ];
    case 'RecordTranscript':
      if (!state.current) throw RecordingErrors.none();
      if (state.current.recordingId !== command.data.recordingId) throw RecordingErrors.stale();
      return [{ type: 'RecordingTranscribed', data: { ...command.data, transcribedAt: now } }];
    default:
      return assertNever(command);
  }
}

export function evolveRecording(state: RecordingState, event: RecordingEvent): RecordingState {
  switch (event.type) {
    case 'RecordingUploaded': {
      const { interviewId: _interviewId, ...file } = event.data;
      return { current: file, transcript: null };
    }
    case 'RecordingDeleted':
      return { current: null, transcript: null };
    case 'RecordingTranscribed': {
      const { text, confidence, durationSeconds, engine, transcribedAt } = event.data;
      return { ...state, transcript: { text, confidence, durationSeconds, engine, transcribedAt } };
    }
    default:
      return assertNever(event);
  }
}

export const recordingDecider: Decider<RecordingState, RecordingCommand, RecordingEvent> = {
  initialState: () => ({ current: null, transcript: null }),
  decide: decideRecording,
  evolve: evolveRecording,
};
