import { RecordedEvent } from '@candor/contracts';
import { CodeExecutionResult, EMPTY_DETAILS, InterviewEvent } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { codingEventsProjection } from './coding-events.projection';
import { evaluationsProjection } from './evaluations.projection';
import { interviewStateProjection } from './interview-state.projection';
import { interviewsProjection } from './interviews.projection';
import { transcriptProjection } from './transcript.projection';

const ID = '3f1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const T = (minute: number) => `2026-01-15T14:${String(minute).padStart(2, '0')}:00.000Z`;

/** Records domain events on the interview's stream, as the store hands them to the runner. */
function recorded(events: InterviewEvent[], streamId = `interview-${ID}`): RecordedEvent[] {
  return events.map((e, i) => ({
    id: `evt-${i + 1}`,
    type: e.type,
    data: JSON.parse(JSON.stringify(e.data)),
    metadata: { correlationId: 'c', causationId: null, userId: 'owner-1', timestamp: T(0), schemaVersion: 1 },
    streamId,
    revision: i + 1,
    position: String(i + 1).padStart(20, '0'),
    recordedAt: T(0),
  }));
}

/** given events → documents: what the runner does, without a store. */
function project<T extends ProjectedDocument>(projection: Projection<T>, events: RecordedEvent[]): Map<string, T> {
  const docs = new Map<string, T>();
  for (const event of events) {
    if (!projection.eventTypes.includes(event.type)) continue;
    for (const id of projection.documentIds(event)) {
      const next = projection.evolve(docs.get(id) ?? null, event);
      if (next === null) docs.delete(id);
      else docs.set(id, { ...next, _id: id });
    }
  }
  return docs;
}

const result = (overrides: Partial<CodeExecutionResult> = {}): CodeExecutionResult => ({
  stdout: 'Hello\n',
  stderr: '',
  output: 'Hello\n',
  exitCode: 0,
  durationMs: 12,
  memoryKb: 2048,
  status: 'ok',
  limitsHit: [],
  testResults: [],
  ...overrides,
});

const story: InterviewEvent[] = [
  {
    type: 'InterviewCreated',
    data: {
      interviewId: ID,
      ownerId: 'owner-1',
      details: { ...EMPTY_DETAILS, title: 'Senior Python', candidateEmail: 'Jane@Example.com', technologies: ['python'] },
      scheduledAt: T(30),
      status: 'scheduled',
      sessionCode: 'ABC123',
      roomName: 'interview-0123456789ab',
      inviteToken: 'tok',
      interviewLink: null,
      createdAt: T(1),
    },
  },
  { type: 'InterviewStarted', data: { interviewId: ID, startedAt: T(2), trigger: 'command' } },
  { type: 'MessageRecorded', data: { interviewId: ID, messageId: 'm1', speaker: 'ai', text: 'Welcome', timestamp: T(3) } },
  { type: 'QuestionAsked', data: { interviewId: ID, questionId: 'q1', text: 'Reverse a list', category: null, difficulty: 'easy', askedAt: T(4) } },
  { type: 'MessageRecorded', data: { interviewId: ID, messageId: 'm2', speaker: 'candidate', text: 'Sure', timestamp: T(5) } },
  { type: 'CodeUpdated', data: { interviewId: ID, code: 'x', language: 'python', updatedAt: T(6) } },
  {
    type: 'CodeExecuted',
    data: { interviewId: ID, executionId: 'x1', code: 'print(1)', language: 'python', input: '', result: result(), executedAt: T(7) },
  },
  {
    type: 'CodeSubmitted',
    data: { interviewId: ID, submissionId: 's1', code: 'print(2)', language: 'python', result: result({ stdout: '2\n', output: '2\n' }), submittedAt: T(8) },
  },
  { type: 'InterviewUpdated', data: { interviewId: ID, changes: { title: 'Python', candidateEmail: 'j@x.io', technicalScore: 80 }, updatedAt: T(9) } },
  { type: 'ParticipantJoined', data: { interviewId: ID, webhookId: 'w1', participantIdentity: 'u1', participantName: 'Jane', joinedAt: T(10) } },
  { type: 'ParticipantLeft', data: { interviewId: ID, webhookId: 'w2', participantIdentity: 'u1', participantName: 'Jane', leftAt: T(11) } },
  { type: 'InterviewCompleted', data: { interviewId: ID, endedAt: T(12), trigger: 'command' } },
  {
    type: 'EvaluationRecorded',
    data: {
      interviewId: ID,
      evaluationId: 'e1',
      source: 'reviewer',
      evaluatorId: 'owner-1',
      scale: 10,
      scores: { overall: 8.5, technical: null, coding: 9, communication: 8, problemSolving: 8.5, codeQuality: null, behavioral: null },
      skillBreakdown: { python: 9 },
      keyFindings: [],
      recommendations: ['More tests'],
      summary: null,
      recordedAt: T(13),
    },
  },
];

describe('interview projections (given events → documents)', () => {
  it('interviews: fields, lifecycle, counters and participants', () => {
    const doc = project(interviewsProjection, recorded(story)).get(ID);
    expect(doc).toMatchObject({
      id: ID,
      ownerId: 'owner-1',
      status: 'completed',
      title: 'Python',
      candidateEmail: 'j@x.io',
      candidateEmailKey: 'j@x.io',
      technologies: ['python'],
      scheduledAt: T(30),
      sessionCode: 'ABC123',
      roomName: 'interview-0123456789ab',
      createdAt: T(1),
      startedAt: T(2),
      endedAt: T(12),
      updatedAt: T(12),
      technicalScore: 80,
      behavioralScore: null,
      messageCount: 2,
      questionCount: 1,
      codeUpdateCount: 1,
      codeExecutionCount: 1,
      codeSubmissionCount: 1,
      evaluationCount: 1,
      participants: [{ identity: 'u1', name: 'Jane', joinedAt: T(10), leftAt: T(11) }],
    });
  });

  it('interviews: cancellation keeps its reason; the candidate email key is lower-cased', () => {
    const events = recorded([
      story[0],
      { type: 'InterviewCancelled', data: { interviewId: ID, reason: 'no show', cancelledAt: T(5) } },
    ]);
    expect(project(interviewsProjection, events).get(ID)).toMatchObject({
      status: 'cancelled',
      cancelledAt: T(5),
      cancellationReason: 'no show',
      candidateEmailKey: 'jane@example.com',
      endedAt: null,
    });
  });

  describe('a candidate withdraws', () => {
    const withdrew: InterviewEvent = {
      type: 'CandidateWithdrew',
      data: { interviewId: ID, withdrawnBy: 'cand-1', reason: 'Accepted another offer', withdrawnAt: T(5) },
    };

    it('interviews: cancelled by the candidate, with when and why', () => {
      expect(project(interviewsProjection, recorded([story[0], withdrew])).get(ID)).toMatchObject({
        status: 'cancelled',
        cancelledAt: T(5),
        cancellationReason: 'Accepted another offer',
        withdrawnAt: T(5),
        updatedAt: T(5),
        startedAt: null,
      });
    });

    it('interviews: an interview its owner cancels was not withdrawn', () => {
      const cancelled: InterviewEvent = { type: 'InterviewCancelled', data: { interviewId: ID, reason: null, cancelledAt: T(5) } };
      expect(project(interviewsProjection, recorded([story[0], cancelled])).get(ID)).toMatchObject({ status: 'cancelled', withdrawnAt: null });
    });

    it('interviews: the same withdrawal applied twice changes nothing', () => {
      const [created, once] = recorded([story[0], withdrew]);
      const first = interviewsProjection.evolve(interviewsProjection.evolve(null, created), once);
      expect(interviewsProjection.evolve(first, once)).toEqual(first);
    });

    it('interview state: cancelled', () => {
      expect(project(interviewStateProjection, recorded([story[0], withdrew])).get(ID)).toMatchObject({ status: 'cancelled', phase: 'cancelled' });
    });
  });

  it('ignores events of streams that are not interviews', () => {
    const docs = project(interviewsProjection, recorded(story.slice(0, 2), 'sandbox-123'));
    expect(docs.size).toBe(0);
  });

  it('transcript: messages in order', () => {
    expect(project(transcriptProjection, recorded(story)).get(ID)?.messages).toEqual([
      { id: 'm1', speaker: 'ai', text: 'Welcome', timestamp: T(3) },
      { id: 'm2', speaker: 'candidate', text: 'Sure', timestamp: T(5) },
    ]);
  });

  it('coding history: one document per update, execution and submission', () => {
    const docs = [...project(codingEventsProjection, recorded(story)).values()].sort((a, b) => a.sequence - b.sequence);
    expect(docs.map((d) => [d.eventType, d.code, d.output, d.createdAt])).toEqual([
      ['code_update', 'x', null, T(6)],
      ['code_execution', 'print(1)', 'Hello\n', T(7)],
      ['code_submission', 'print(2)', '2\n', T(8)],
    ]);
    expect(docs[1]).toMatchObject({ id: 'evt-7', interviewId: ID, language: 'python', result: { exitCode: 0, memoryKb: 2048 } });
  });

  it('interview state: turns, phase, questions and submissions', () => {
    const events = recorded(story);
    const at = (n: number) => project(interviewStateProjection, events.slice(0, n)).get(ID);
    expect(at(1)).toMatchObject({ status: 'scheduled', phase: 'not_started', turnCount: 0 });
    expect(at(2)).toMatchObject({ status: 'in_progress', phase: 'introduction' });
    expect(at(4)).toMatchObject({ phase: 'technical', questionsAsked: [{ id: 'q1', text: 'Reverse a list', difficulty: 'easy' }] });
    expect(at(6)).toMatchObject({ phase: 'coding', turnCount: 2, currentCode: { code: 'x', language: 'python' } });
    const final = at(story.length);
    expect(final).toMatchObject({ status: 'completed', phase: 'completed', turnCount: 2 });
    expect(final?.conversationHistory.map((t) => t.text)).toEqual(['Welcome', 'Sure']);
    expect(final?.codeSubmissions).toEqual([
      { id: 's1', code: 'print(2)', language: 'python', result: result({ stdout: '2\n', output: '2\n' }), submittedAt: T(8) },
    ]);
  });

  it('evaluations: one document per evaluation with its scale', () => {
    const docs = [...project(evaluationsProjection, recorded(story)).values()];
    expect(docs).toEqual([
      expect.objectContaining({
        _id: `${ID}:e1`,
        id: 'e1',
        interviewId: ID,
        scale: 10,
        scores: expect.objectContaining({ overall: 8.5, coding: 9 }),
        skillBreakdown: { python: 9 },
        createdAt: T(13),
      }),
    ]);
  });

  it('events without their creation (a partial replay) leave no interview or state document', () => {
    const withoutCreation = recorded(story).slice(1);
    expect(project(interviewsProjection, withoutCreation).size).toBe(0);
    expect(project(interviewStateProjection, withoutCreation).size).toBe(0);
  });
});
