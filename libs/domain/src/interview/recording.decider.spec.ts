import { givenWhenThen } from '@candor/testing';
import { fold } from '../shared/decider';
import { RecordingCommand, recordingDecider } from './recording.decider';
import { RecordingEvent, RecordingFile } from './recording.events';

const NOW = '2026-01-01T00:00:00.000Z';
const metadata = { now: NOW };
const file = (recordingId: string): RecordingFile => ({
  recordingId,
  fileName: 'a.wav',
  contentType: 'audio/wav',
  sizeBytes: 100,
  sha256: 'x',
  storageKey: `recordings/i/${recordingId}.wav`,
  durationSeconds: 2,
});

const upload = (recordingId: string): RecordingCommand => ({ type: 'RecordRecordingUpload', metadata, data: { interviewId: 'i', actorId: 'u', file: file(recordingId) } });
const transcribe = (recordingId: string): RecordingCommand => ({
  type: 'RecordTranscript',
  metadata,
  data: { interviewId: 'i', recordingId, text: 'hi', confidence: null, durationSeconds: 2, engine: 'e' },
});
const remove: RecordingCommand = { type: 'DeleteRecording', metadata, data: { interviewId: 'i', actorId: 'u' } };

const uploaded = (recordingId: string): RecordingEvent => ({ type: 'RecordingUploaded', data: { ...file(recordingId), interviewId: 'i', uploadedBy: 'u', uploadedAt: NOW } });
const transcribed = (recordingId: string): RecordingEvent => ({
  type: 'RecordingTranscribed',
  data: { interviewId: 'i', recordingId, text: 'hi', confidence: null, durationSeconds: 2, engine: 'e', transcribedAt: NOW },
});
const deleted = (recordingId: string): RecordingEvent => ({
  type: 'RecordingDeleted',
  data: { interviewId: 'i', recordingId, storageKey: `recordings/i/${recordingId}.wav`, deletedBy: 'u', deletedAt: NOW },
});

const given = givenWhenThen(recordingDecider);

describe('recording decider', () => {
  it.each<[string, RecordingEvent[], RecordingCommand, RecordingEvent[]]>([
    ['records an upload', [], upload('r1'), [uploaded('r1')]],
    ['records a replacing upload', [uploaded('r1')], upload('r2'), [uploaded('r2')]],
    ['records a transcript of the current recording', [uploaded('r1')], transcribe('r1'), [transcribed('r1')]],
    ['deletes the current recording, naming its stored file', [uploaded('r1'), uploaded('r2')], remove, [deleted('r2')]],
  ])('%s', (_name, history, command, expected) => given(history).when(command).then(expected));

  it.each<[string, RecordingEvent[], RecordingCommand, string, 'conflict' | 'not_found']>([
    ['refuses a transcript of a replaced recording', [uploaded('r1'), uploaded('r2')], transcribe('r1'), 'RECORDING.REPLACED', 'conflict'],
    ['refuses a transcript when there is no recording', [], transcribe('r1'), 'RECORDING.NOT_FOUND', 'not_found'],
    ['refuses a transcript of a deleted recording', [uploaded('r1'), deleted('r1')], transcribe('r1'), 'RECORDING.NOT_FOUND', 'not_found'],
    ['refuses to delete when there is no recording', [], remove, 'RECORDING.NOT_FOUND', 'not_found'],
    ['refuses to delete twice', [uploaded('r1'), deleted('r1')], remove, 'RECORDING.NOT_FOUND', 'not_found'],
  ])('%s', (_name, history, command, code, kind) => given(history).when(command).thenThrows(code, kind));

  it('keeps the transcript of the current recording only: a new upload drops it, a delete clears both', () => {
    expect(fold(recordingDecider, [uploaded('r1'), transcribed('r1')]).transcript).toMatchObject({ text: 'hi', engine: 'e' });
    expect(fold(recordingDecider, [uploaded('r1'), transcribed('r1'), uploaded('r2')]).transcript).toBeNull();
    expect(fold(recordingDecider, [uploaded('r1'), transcribed('r1'), deleted('r1')])).toEqual({ current: null, transcript: null });
  });
});
