import type { RecordedEvent } from '@candor/contracts';
import { InterviewEvent } from '@candor/domain';
import { interviewChatMessageFor } from './interview-chat-messages';
import { AudioChunks } from './audio-chunks';

const ID = '3f1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const AT = '2026-01-20T14:02:00.000Z';

function recorded(event: Pick<InterviewEvent, 'type' | 'data'>): RecordedEvent {
  return {
    id: 'e1',
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: AT, schemaVersion: 1 },
    streamId: `interview-${ID}`,
    revision: 1,
    position: '1',
    recordedAt: AT,
  } as RecordedEvent;
}

const turn = (move: string) =>
  recorded({
    type: 'InterviewerTurnTaken',
    data: {
      interviewId: ID,
      takenAt: AT,
      turnId: 't1',
      messageId: 'm-ai',
      text: 'Hello! How does a Python dict work?',
      move,
      phase: move === 'open' ? 'intro' : 'technical',
      stepIndex: 1,
      question: move === 'open' ? null : { questionId: 'q1' },
    },
  } as unknown as InterviewEvent);

describe('interviewChatMessageFor (seed 003 message types from the interview events)', () => {
  it('the opening turn is interview_started; later turns are ai messages with their move', () => {
    expect(interviewChatMessageFor(turn('open'))).toEqual({
      type: 'interview_started',
      message: 'Hello! How does a Python dict work?',
      timestamp: AT,
      interview_id: ID,
      message_id: 'm-ai',
    });
    expect(interviewChatMessageFor(turn('follow_up'))).toEqual({
      type: 'message',
      sender: 'ai',
      content: 'Hello! How does a Python dict work?',
      message_id: 'm-ai',
      timestamp: AT,
      move: 'follow_up',
      phase: 'technical',
      question_id: 'q1',
    });
  });

  it("the candidate's recorded message is a message; the AI's MessageRecorded is not sent twice", () => {
    const said = (speaker: string) => recorded({ type: 'MessageRecorded', data: { interviewId: ID, messageId: 'm1', speaker, text: 'I use Python.', timestamp: AT } } as unknown as InterviewEvent);
    expect(interviewChatMessageFor(said('candidate'))).toEqual({ type: 'message', sender: 'candidate', content: 'I use Python.', message_id: 'm1', timestamp: AT });
    expect(interviewChatMessageFor(said('ai'))).toBeNull();
  });

  it('completion and cancellation end the interview; other events say nothing', () => {
    expect(interviewChatMessageFor(recorded({ type: 'InterviewCompleted', data: { interviewId: ID, endedAt: AT, trigger: 'command' } }))).toEqual({
      type: 'interview_ended',
      message: 'Interview session ended. Thank you!',
      timestamp: AT,
      interview_id: ID,
      status: 'completed',
    });
    expect(interviewChatMessageFor(recorded({ type: 'InterviewCancelled', data: { interviewId: ID, reason: 'No show', cancelledAt: AT } }))).toMatchObject({ type: 'interview_ended', status: 'cancelled', message: 'Interview cancelled: No show' });
    expect(
      interviewChatMessageFor(recorded({ type: 'CandidateWithdrew', data: { interviewId: ID, withdrawnBy: 'c1', reason: 'Took another offer', withdrawnAt: AT } })),
    ).toEqual({ type: 'interview_ended', status: 'cancelled', message: 'The candidate withdrew: Took another offer', timestamp: AT, interview_id: ID });
    expect(interviewChatMessageFor(recorded({ type: 'InterviewStarted', data: { interviewId: ID, startedAt: AT, trigger: 'command' } }))).toBeNull();
  });

  it('the score, from the assessment stream or a stored legacy InterviewScored, is interview_scored', () => {
    const assessed = { ...recorded({ type: 'InterviewCompleted', data: { interviewId: ID } } as never), type: 'InterviewAssessed', streamId: `assessment-${ID}`, data: { interviewId: ID, scoreId: 's1', assessedAt: AT } } as RecordedEvent;
    const legacy = recorded({ type: 'InterviewScored', data: { interviewId: ID, scoreId: 's1', scoredAt: AT } } as unknown as InterviewEvent);
    for (const event of [assessed, legacy]) expect(interviewChatMessageFor(event)).toEqual({ type: 'interview_scored', interview_id: ID, timestamp: AT });
  });
});

describe('AudioChunks', () => {
  it('given chunks, when the final one arrives, then the whole recording (base64, base64url or a data URL)', () => {
    const audio = new AudioChunks(100);
    expect(audio.add(Buffer.from('RIFF').toString('base64'), false)).toBeNull();
    expect(audio.add(`data:audio/wav;base64,${Buffer.from('WAVE').toString('base64')}`, true)).toEqual(Buffer.from('RIFFWAVE'));
    expect(audio.add(Buffer.from([0xfb, 0xff]).toString('base64url'), true)).toEqual(Buffer.from([0xfb, 0xff]));
  });

  it('refuses what is not base64 and drops a recording past the size limit', () => {
    const audio = new AudioChunks(8);
    expect(() => audio.add('%%%', true)).toThrow(expect.objectContaining({ code: 'WS.INVALID_MESSAGE' }));
    expect(() => audio.add(42, true)).toThrow(expect.objectContaining({ code: 'WS.INVALID_MESSAGE' }));
    audio.add(Buffer.alloc(6).toString('base64'), false);
    expect(() => audio.add(Buffer.alloc(6).toString('base64'), true)).toThrow(expect.objectContaining({ code: 'STT.TOO_LARGE', kind: 'limit' }));
    // The dropped recording is gone: a new one starts empty.
    expect(audio.add(Buffer.alloc(8).toString('base64'), true)).toHaveLength(8);
  });
});
