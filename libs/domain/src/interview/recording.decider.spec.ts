import { recordingDecider, RecordingState } from './recording.decider';
import { RecordingFile } from './recording.events';

const metadata = { now: '2026-01-01T00:00:00.000Z' };
const file = (recordingId: string): RecordingFile => ({
  recordingId,
  fileName: 'a.wav',
  contentType: 'audio/wav',
  sizeBytes: 100,
  sha256: 'x',
  storageKey: `recordings/i/${recordingId}.wav`,
  durationSeconds: 2,
});
const fold = (events: ReturnType<typeof recordingDecider.decide>, state = recordingDecider.initialState()): RecordingState => events.reduce(recordingDecider.evolve, state);

describe('recording decider', () => {
  it('records an upload, a transcript of the current recording, and clears both on delete', () => {
    const uploaded = fold(recordingDecider.decide({ type: 'RecordRecordingUpload', metadata, data: { interviewId: 'i', actorId: 'u', file: file('r1') } }, recordingDecider.initialState()));
    expect(uploaded.current).toMatchObject({ recordingId: 'r1', uploadedBy: 'u', uploadedAt: metadata.now });
    const transcript = { type: 'RecordTranscript' as const, metadata, data: { interviewId: 'i', recordingId: 'r1', text: 'hi', confidence: null, durationSeconds: 2, engine: 'e' } };
    const transcribed = fold(recordingDecider.decide(transcript, uploaded), uploaded);
    expect(transcribed.transcript).toMatchObject({ text: 'hi', engine: 'e' });
    // A transcript of a replaced recording is refused, and a new upload drops the old transcript.
    const replaced = fold(recordingDecider.decide({ type: 'RecordRecordingUpload', metadata, data: { interviewId: 'i', actorId: 'u', file: file('r2') } }, transcribed), transcribed);
    expect(replaced.transcript).toBeNull();
    expect(() => recordingDecider.decide(transcript, replaced)).toThrow(expect.objectContaining({ code: 'RECORDING.REPLACED' }));
    const [deleted] = recordingDecider.decide({ type: 'DeleteRecording', metadata, data: { interviewId: 'i', actorId: 'u' } }, replaced);
    expect(deleted).toMatchObject({ type: 'RecordingDeleted', data: { recordingId: 'r2', storageKey: 'recordings/i/r2.wav' } });
    const empty = fold([deleted], replaced);
    expect(empty).toEqual({ current: null, transcript: null });
    expect(() => recordingDecider.decide({ type: 'DeleteRecording', metadata, data: { interviewId: 'i', actorId: 'u' } }, empty)).toThrow(
      expect.objectContaining({ kind: 'not_found' }),
    );
  });
});
