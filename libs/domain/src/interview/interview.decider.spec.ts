import { DomainError } from '../shared/domain-error';
import { fold } from '../shared/decider';
import { InterviewCommand } from './interview.commands';
import { interviewDecider } from './interview.decider';
import { InterviewCreated, InterviewEvent } from './interview.events';
import { CodeExecutionResult, EMPTY_DETAILS, EvaluationInput, InterviewStatus } from './interview.types';
import { givenWhenThen } from '@candor/testing';

const ID = '3f1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const OWNER = 'owner-1';
const T0 = '2026-01-10T09:00:00.000Z';
const NOW = '2026-01-15T14:00:00.000Z';
const LATER = '2026-01-20T10:00:00.000Z';

const given = givenWhenThen(interviewDecider);

const meta = (now = NOW) => ({ now, userId: OWNER });
const cmd = <T extends InterviewCommand['type']>(type: T, data: Extract<InterviewCommand, { type: T }>['data'], now = NOW) =>
  ({ type, data, metadata: meta(now) }) as Extract<InterviewCommand, { type: T }>;

const details = { ...EMPTY_DETAILS, title: 'Senior Python', candidateEmail: 'cand@example.com', durationMinutes: 60 };

const created = (scheduledAt: string | null = null): InterviewCreated => ({
  type: 'InterviewCreated',
  data: {
    interviewId: ID,
    ownerId: OWNER,
    details,
    scheduledAt,
    status: scheduledAt ? 'scheduled' : 'pending',
    sessionCode: 'ABC123',
    roomName: 'interview-0123456789ab',
    inviteToken: 'tok',
    interviewLink: null,
    createdAt: T0,
  },
});
const started: InterviewEvent = { type: 'InterviewStarted', data: { interviewId: ID, startedAt: T0, trigger: 'command' } };
const completed: InterviewEvent = { type: 'InterviewCompleted', data: { interviewId: ID, endedAt: T0, trigger: 'command' } };
const cancelled: InterviewEvent = { type: 'InterviewCancelled', data: { interviewId: ID, reason: null, cancelledAt: T0 } };

const history: Record<InterviewStatus, InterviewEvent[]> = {
  pending: [created()],
  scheduled: [created(LATER)],
  in_progress: [created(LATER), started],
  completed: [created(LATER), started, completed],
  cancelled: [created(LATER), cancelled],
};

const result: CodeExecutionResult = {
  stdout: 'Hello\n',
  stderr: '',
  output: 'Hello\n',
  exitCode: 0,
  durationMs: 12,
  memoryKb: 1024,
  status: 'ok',
  limitsHit: [],
  testResults: [{ name: 't1', passed: true }],
};

const evaluation: EvaluationInput = {
  evaluationId: 'eval-1',
  source: 'reviewer',
  evaluatorId: OWNER,
  scale: 10,
  scores: { overall: 8.5, technical: null, coding: 9, communication: 8, problemSolving: 8.5, codeQuality: null, behavioral: null },
  skillBreakdown: {},
  keyFindings: [{ category: 'communication', finding: 'Clear', evidence: null }],
  recommendations: ['Practice system design'],
  summary: null,
};

const createCommand = (overrides: Partial<Extract<InterviewCommand, { type: 'CreateInterview' }>['data']> = {}) =>
  cmd('CreateInterview', {
    interviewId: ID,
    ownerId: OWNER,
    details,
    scheduledAt: null,
    sessionCode: 'ABC123',
    roomName: 'interview-0123456789ab',
    inviteToken: 'tok',
    interviewLink: null,
    ...overrides,
  }, T0);

describe('Interview decider', () => {
  describe('CreateInterview', () => {
    it('creates a pending interview without a schedule', () =>
      given([]).when(createCommand()).then([created()]));

    it('creates a scheduled interview with a schedule', () =>
      given([]).when(createCommand({ scheduledAt: LATER })).then([created(LATER)]));

    it('refuses to create the same interview twice', () =>
      given([created()]).when(createCommand()).thenThrows('INTERVIEW.ALREADY_EXISTS', 'conflict'));

    it.each([
      ['a malformed session code', { sessionCode: 'abc12' }],
      ['a malformed room name', { roomName: 'interview-123' }],
      ['a malformed schedule', { scheduledAt: 'tomorrow' }],
      ['an unknown interview type', { details: { ...details, interviewType: 'phone' as never } }],
      ['a zero duration', { details: { ...details, durationMinutes: 0 } }],
      ['a malformed candidate email', { details: { ...details, candidateEmail: 'nope' } }],
    ])('rejects %s', (_what, overrides) =>
      given([]).when(createCommand(overrides)).thenThrows('INTERVIEW.INVALID', 'invalid'));
  });

  describe('every command but CreateInterview needs an existing interview', () => {
    it.each<[string, InterviewCommand]>([
      ['StartInterview', cmd('StartInterview', {})],
      ['UpdateInterview', cmd('UpdateInterview', { changes: { title: 'x' } })],
      ['RecordMessage', cmd('RecordMessage', { messageId: 'm', speaker: 'ai', text: 'hi' })],
      ['RecordRoomFinished', cmd('RecordRoomFinished', { webhookId: 'w', occurredAt: NOW })],
    ])('%s on no interview answers not found', (_name, command) => given([]).when(command).thenThrows('INTERVIEW.NOT_FOUND', 'not_found'));
  });

  describe('lifecycle transitions', () => {
    const startedNow: InterviewEvent = { type: 'InterviewStarted', data: { interviewId: ID, startedAt: NOW, trigger: 'command' } };
    const completedNow: InterviewEvent = { type: 'InterviewCompleted', data: { interviewId: ID, endedAt: NOW, trigger: 'command' } };
    const cancelledNow: InterviewEvent = { type: 'InterviewCancelled', data: { interviewId: ID, reason: 'no show', cancelledAt: NOW } };
    const scheduledNow = (previous: string | null): InterviewEvent => ({
      type: 'InterviewScheduled',
      data: { interviewId: ID, scheduledAt: '2026-02-01T10:00:00.000Z', previousScheduledAt: previous, at: NOW },
    });

    const table: [InterviewStatus, InterviewCommand, InterviewEvent[] | string][] = [
      ['pending', cmd('ScheduleInterview', { scheduledAt: '2026-02-01T10:00:00.000Z' }), [scheduledNow(null)]],
      ['scheduled', cmd('ScheduleInterview', { scheduledAt: '2026-02-01T10:00:00.000Z' }), [scheduledNow(LATER)]],
      ['scheduled', cmd('ScheduleInterview', { scheduledAt: LATER }), []],
      ['in_progress', cmd('ScheduleInterview', { scheduledAt: LATER }), 'INTERVIEW.ALREADY_STARTED'],
      ['completed', cmd('ScheduleInterview', { scheduledAt: LATER }), 'INTERVIEW.ALREADY_COMPLETED'],
      ['cancelled', cmd('ScheduleInterview', { scheduledAt: LATER }), 'INTERVIEW.ALREADY_CANCELLED'],

      ['pending', cmd('StartInterview', {}), [startedNow]],
      ['scheduled', cmd('StartInterview', {}), [startedNow]],
      ['in_progress', cmd('StartInterview', {}), []],
      ['completed', cmd('StartInterview', {}), 'INTERVIEW.ALREADY_COMPLETED'],
      ['cancelled', cmd('StartInterview', {}), 'INTERVIEW.ALREADY_CANCELLED'],

      ['pending', cmd('CompleteInterview', {}), 'INTERVIEW.NOT_STARTED'],
      ['scheduled', cmd('CompleteInterview', {}), 'INTERVIEW.NOT_STARTED'],
      ['in_progress', cmd('CompleteInterview', {}), [completedNow]],
      ['completed', cmd('CompleteInterview', {}), 'INTERVIEW.ALREADY_COMPLETED'],
      ['cancelled', cmd('CompleteInterview', {}), 'INTERVIEW.ALREADY_CANCELLED'],

      ['pending', cmd('CancelInterview', { reason: 'no show' }), [cancelledNow]],
      ['scheduled', cmd('CancelInterview', { reason: 'no show' }), [cancelledNow]],
      ['in_progress', cmd('CancelInterview', { reason: 'no show' }), [cancelledNow]],
      ['completed', cmd('CancelInterview', { reason: 'no show' }), 'INTERVIEW.ALREADY_COMPLETED'],
      ['cancelled', cmd('CancelInterview', { reason: 'no show' }), 'INTERVIEW.ALREADY_CANCELLED'],
    ];

    /** Each row named for what it shows: "StartInterview on a scheduled interview decides InterviewStarted". */
    const named = table.map(([status, command, expected]) => {
      const outcome =
        typeof expected === 'string' ? `refuses with ${expected}` : expected.length === 0 ? 'decides nothing (already so)' : `decides ${expected.map((e) => e.type).join(', ')}`;
      return [`${command.type} on ${status === 'in_progress' ? 'an in-progress' : `a ${status}`} interview ${outcome}`, status, command, expected] as const;
    });

    it.each(named)('%s', (_name, status, command, expected) => {
      if (typeof expected === 'string') given(history[status]).when(command).thenThrows(expected, 'conflict');
      else given(history[status]).when(command).then(expected);
    });

    const deletedNow: InterviewEvent = { type: 'InterviewDeleted', data: { interviewId: ID, deletedAt: NOW } };
    it.each(['pending', 'scheduled', 'in_progress', 'completed', 'cancelled'] as InterviewStatus[])('deletes a %s interview; then every command answers not found', (status) => {
      given(history[status]).when(cmd('DeleteInterview', {})).then([deletedNow]);
      given([...history[status], deletedNow]).when(cmd('DeleteInterview', {})).thenThrows('INTERVIEW.NOT_FOUND', 'not_found');
      given([...history[status], deletedNow]).when(cmd('StartInterview', {})).thenThrows('INTERVIEW.NOT_FOUND', 'not_found');
    });

    it('completion is the lifecycle move only: no evaluation or score is decided with it', () =>
      given(history.in_progress).when(cmd('CompleteInterview', {})).then([completedNow]));
  });

  describe('which question a candidate message answers', () => {
    const asked = (questionId: string, category = 'technical'): InterviewEvent => ({
      type: 'QuestionAsked',
      data: { interviewId: ID, questionId, text: `question ${questionId}`, category, difficulty: 'easy', askedAt: T0 },
    });
    const said = (messageId: string, speaker: 'candidate' | 'ai', answersQuestionId?: string | null): InterviewEvent => ({
      type: 'MessageRecorded',
      data: { interviewId: ID, messageId, speaker, text: `text ${messageId}`, timestamp: T0, ...(answersQuestionId === undefined ? {} : { answersQuestionId }) },
    });
    const candidateSays = (messageId: string) => cmd('RecordMessage', { messageId, speaker: 'candidate', text: `text ${messageId}` });
    const recorded = (messageId: string, answersQuestionId: string | null): InterviewEvent[] => [
      { type: 'MessageRecorded', data: { interviewId: ID, messageId, speaker: 'candidate', text: `text ${messageId}`, timestamp: NOW, answersQuestionId } },
    ];

    it('given no question asked yet, a candidate message is recorded as no answer', () =>
      given(history.in_progress).when(candidateSays('hi')).then(recorded('hi', null)));

    it('given a message before the opening question, the answer after the opening question answers the opening question', () =>
      given([...history.in_progress, said('hi', 'candidate', null), said('open', 'ai'), asked('q-intro', 'intro')])
        .when(candidateSays('a1'))
        .then(recorded('a1', 'q-intro')));

    it('given several questions and earlier messages, an answer answers the question asked last before it, not the n-th question', () =>
      given([
        ...history.pending,
        said('hi', 'candidate', null),
        said('hello-again', 'candidate', null),
        asked('q-intro', 'intro'),
        said('a1', 'candidate', 'q-intro'),
        asked('q-python'),
        said('a2', 'candidate', 'q-python'),
        said('a2-more', 'candidate', 'q-python'),
        asked('q-sql'),
      ])
        .when(candidateSays('a3'))
        .then(recorded('a3', 'q-sql')));

    it('records no question on the AI\'s or an interviewer\'s own messages', () =>
      given([...history.in_progress, asked('q1')])
        .when(cmd('RecordMessage', { messageId: 'm', speaker: 'ai', text: 'hi' }))
        .then([{ type: 'MessageRecorded', data: { interviewId: ID, messageId: 'm', speaker: 'ai', text: 'hi', timestamp: NOW } }]));
  });

  describe('activity during the interview', () => {
    const activities: [string, InterviewCommand, InterviewEvent][] = [
      [
        'RecordMessage',
        cmd('RecordMessage', { messageId: 'm1', speaker: 'candidate', text: 'Hello' }),
        { type: 'MessageRecorded', data: { interviewId: ID, messageId: 'm1', speaker: 'candidate', text: 'Hello', timestamp: NOW, answersQuestionId: null } },
      ],
      [
        'AskQuestion',
        cmd('AskQuestion', { questionId: 'q1', text: 'What is a closure?', category: 'technical', difficulty: 'easy' }),
        {
          type: 'QuestionAsked',
          data: { interviewId: ID, questionId: 'q1', text: 'What is a closure?', category: 'technical', difficulty: 'easy', askedAt: NOW },
        },
      ],
      [
        'UpdateCode',
        cmd('UpdateCode', { code: '', language: 'python' }),
        { type: 'CodeUpdated', data: { interviewId: ID, code: '', language: 'python', updatedAt: NOW } },
      ],
      [
        'ExecuteCode',
        cmd('ExecuteCode', { executionId: 'x1', code: 'print(1)', language: 'python', input: '', result }),
        {
          type: 'CodeExecuted',
          data: { interviewId: ID, executionId: 'x1', code: 'print(1)', language: 'python', input: '', result, executedAt: NOW },
        },
      ],
      [
        'SubmitCode',
        cmd('SubmitCode', { submissionId: 's1', code: 'print(1)', language: 'python', result }),
        { type: 'CodeSubmitted', data: { interviewId: ID, submissionId: 's1', code: 'print(1)', language: 'python', result, submittedAt: NOW } },
      ],
    ];

    describe.each(activities)('%s', (_name, command, event) => {
      it.each<InterviewStatus>(['pending', 'scheduled', 'in_progress'])('is recorded while %s', (status) =>
        given(history[status]).when(command).then([event]));
      it('is refused once completed', () =>
        given(history.completed).when(command).thenThrows('INTERVIEW.ALREADY_COMPLETED', 'conflict'));
      it('is refused once cancelled', () =>
        given(history.cancelled).when(command).thenThrows('INTERVIEW.ALREADY_CANCELLED', 'conflict'));
    });

    it.each<[string, InterviewCommand]>([
      ['an empty message', cmd('RecordMessage', { messageId: 'm', speaker: 'ai', text: '  ' })],
      ['an unknown speaker', cmd('RecordMessage', { messageId: 'm', speaker: 'robot' as never, text: 'hi' })],
      ['an empty question', cmd('AskQuestion', { questionId: 'q', text: '', category: null, difficulty: null })],
      ['running empty code', cmd('ExecuteCode', { executionId: 'x', code: ' ', language: 'python', input: '', result })],
      ['code without a language', cmd('SubmitCode', { submissionId: 's', code: 'x', language: '', result })],
      ['a negative duration', cmd('ExecuteCode', { executionId: 'x', code: 'x', language: 'py', input: '', result: { ...result, durationMs: -1 } })],
    ])('rejects %s', (_what, command) => given(history.in_progress).when(command).thenThrows('INTERVIEW.INVALID', 'invalid'));

    describe('the coding problem is part of the state', () => {
      const submitted = (problemId: string, submissionId = 's0', submittedAt = T0): InterviewEvent => ({
        type: 'CodeSubmitted',
        data: { interviewId: ID, submissionId, code: 'print(1)', language: 'python', result, submittedAt, problemId },
      });
      const submit = (problemId: string) => cmd('SubmitCode', { submissionId: 's1', code: 'print(1)', language: 'python', result, problemId });

      it('records the problem a run was graded against', () =>
        given(history.in_progress).when(submit('code-e-2')).then([submitted('code-e-2', 's1', NOW)]));
      it('grades later runs against the same problem', () =>
        given([...history.in_progress, submitted('code-e-2')]).when(submit('code-e-2')).then([submitted('code-e-2', 's1', NOW)]));
      it('refuses a run graded against another problem than the one asked', () =>
        given([...history.in_progress, submitted('code-e-2')]).when(submit('code-m-1')).thenThrows('INTERVIEW.CODING_PROBLEM_MISMATCH', 'conflict'));
      it('takes the problem from the interviewer\'s coding question', () => {
        const turn: InterviewEvent = {
          type: 'InterviewerTurnTaken',
          data: {
            interviewId: ID, turnId: 't1', messageId: 'm1', text: 'Coding exercise', move: 'ask', phase: 'coding', stepIndex: 2,
            question: { questionId: 'q1', text: 'Coding exercise', bankQuestionId: 'code-h-3', parentQuestionId: null, probedPointId: null, skill: 'general', difficulty: 'hard', rubric: [] },
            assessment: null, reason: '', model: 'builtin', promptVersion: 'v', bankVersion: 'b', plan: null, tokensUsed: 0, takenAt: T0,
          },
        } as InterviewEvent;
        expect(fold(interviewDecider, [...history.in_progress, turn]).codingProblemId).toBe('code-h-3');
        given([...history.in_progress, turn]).when(submit('code-e-1')).thenThrows('INTERVIEW.CODING_PROBLEM_MISMATCH', 'conflict');
      });
    });
  });

  describe('WithdrawFromInterview (the candidate declines before it starts)', () => {
    const CANDIDATE = 'candidate-user-1';
    const withdraw = (reason: string | null = 'Accepted another offer') => cmd('WithdrawFromInterview', { withdrawnBy: CANDIDATE, reason });
    const withdrew = (reason: string | null = 'Accepted another offer'): InterviewEvent => ({
      type: 'CandidateWithdrew',
      data: { interviewId: ID, withdrawnBy: CANDIDATE, reason, withdrawnAt: NOW },
    });
    const withdrawn = [...history.scheduled, withdrew()];

    it.each<[string, InterviewEvent[], InterviewCommand, InterviewEvent[]]>([
      ['a pending interview records the withdrawal', history.pending, withdraw(), [withdrew()]],
      ['a scheduled interview records the withdrawal', history.scheduled, withdraw(), [withdrew()]],
      ['no reason is recorded as null', history.scheduled, withdraw(null), [withdrew(null)]],
      ['a blank reason is recorded as null', history.scheduled, withdraw('   '), [withdrew(null)]],
      ['a retried withdrawal decides nothing', withdrawn, withdraw(), []],
    ])('%s', (_name, events, command, expected) => given(events).when(command).then(expected));

    it.each<[string, InterviewEvent[], InterviewCommand, string, 'conflict' | 'invalid']>([
      ['an interview in progress refuses: too late to withdraw', history.in_progress, withdraw(), 'INTERVIEW.ALREADY_STARTED', 'conflict'],
      ['a completed interview refuses', history.completed, withdraw(), 'INTERVIEW.ALREADY_COMPLETED', 'conflict'],
      ['an interview the owner cancelled refuses', history.cancelled, withdraw(), 'INTERVIEW.ALREADY_CANCELLED', 'conflict'],
      ['a reason over 1000 characters is refused', history.scheduled, withdraw('x'.repeat(1001)), 'INTERVIEW.INVALID', 'invalid'],
      ['after a withdrawal the interview cannot start', withdrawn, cmd('StartInterview', {}), 'INTERVIEW.ALREADY_CANCELLED', 'conflict'],
      ['after a withdrawal the owner cannot reschedule it', withdrawn, cmd('ScheduleInterview', { scheduledAt: LATER }), 'INTERVIEW.ALREADY_CANCELLED', 'conflict'],
    ])('%s', (_name, events, command, code, kind) => given(events).when(command).thenThrows(code, kind));
  });

  describe('RecordEvaluation', () => {
    const recorded: InterviewEvent = { type: 'EvaluationRecorded', data: { ...evaluation, interviewId: ID, recordedAt: NOW } };
    it.each<InterviewStatus>(['pending', 'scheduled', 'in_progress', 'completed'])('is recorded while %s', (status) =>
      given(history[status]).when(cmd('RecordEvaluation', evaluation)).then([recorded]));
    it('is refused on a cancelled interview', () =>
      given(history.cancelled).when(cmd('RecordEvaluation', evaluation)).thenThrows('INTERVIEW.ALREADY_CANCELLED', 'conflict'));
    it('records an evaluation id only once', () =>
      given([...history.completed, recorded]).when(cmd('RecordEvaluation', evaluation)).then([]));
    it('rejects a score above the scale', () =>
      given(history.completed)
        .when(cmd('RecordEvaluation', { ...evaluation, scores: { ...evaluation.scores, overall: 11 } }))
        .thenThrows('INTERVIEW.INVALID', 'invalid'));
  });

  describe('UpdateInterview (S1 PUT: fields, schedule and status at once)', () => {
    it('records only the fields that changed', () =>
      given(history.scheduled)
        .when(cmd('UpdateInterview', { changes: { title: 'New', durationMinutes: 60, technologies: [] } }))
        .then([{ type: 'InterviewUpdated', data: { interviewId: ID, changes: { title: 'New' }, updatedAt: NOW } }]));

    it('changes nothing when nothing differs', () =>
      given(history.scheduled).when(cmd('UpdateInterview', { changes: { title: 'Senior Python' } })).then([]));

    it('records scores and completes a running interview in one decision', () =>
      given(history.in_progress)
        .when(cmd('UpdateInterview', { changes: { technicalScore: 85, behavioralScore: 90, overallFeedback: 'Excellent' }, status: 'completed' }))
        .then([
          {
            type: 'InterviewUpdated',
            data: { interviewId: ID, changes: { technicalScore: 85, behavioralScore: 90, overallFeedback: 'Excellent' }, updatedAt: NOW },
          },
          { type: 'InterviewCompleted', data: { interviewId: ID, endedAt: NOW, trigger: 'command' } },
        ]));

    it('lets a reviewer score a completed interview (status already completed is no transition)', () =>
      given(history.completed)
        .when(cmd('UpdateInterview', { changes: { technicalScore: 70 }, status: 'completed' }))
        .then([{ type: 'InterviewUpdated', data: { interviewId: ID, changes: { technicalScore: 70 }, updatedAt: NOW } }]));

    it('schedules a pending interview and moves it to scheduled', () =>
      given(history.pending)
        .when(cmd('UpdateInterview', { changes: {}, scheduledAt: LATER, status: 'scheduled' }))
        .then([{ type: 'InterviewScheduled', data: { interviewId: ID, scheduledAt: LATER, previousScheduledAt: null, at: NOW } }]));

    it('starts through status in_progress', () =>
      given(history.scheduled)
        .when(cmd('UpdateInterview', { changes: {}, status: 'in_progress' }))
        .then([{ type: 'InterviewStarted', data: { interviewId: ID, startedAt: NOW, trigger: 'command' } }]));

    it.each<InterviewStatus>(['pending', 'scheduled'])('records the outcome of a %s interview held outside the live session (no InterviewStarted)', (from) =>
      given(history[from])
        .when(cmd('UpdateInterview', { changes: { technicalScore: 85, behavioralScore: 90 }, status: 'completed' }))
        .then([
          { type: 'InterviewUpdated', data: { interviewId: ID, changes: { technicalScore: 85, behavioralScore: 90 }, updatedAt: NOW } },
          { type: 'InterviewCompleted', data: { interviewId: ID, endedAt: NOW, trigger: 'recorded_outcome' } },
        ]));

    it.each<[InterviewStatus, InterviewStatus, string, DomainError['kind']]>([
      ['cancelled', 'completed', 'INTERVIEW.ALREADY_CANCELLED', 'conflict'],
      ['completed', 'in_progress', 'INTERVIEW.ALREADY_COMPLETED', 'conflict'],
      ['completed', 'cancelled', 'INTERVIEW.ALREADY_COMPLETED', 'conflict'],
      ['in_progress', 'pending', 'INTERVIEW.ILLEGAL_TRANSITION', 'conflict'],
      ['in_progress', 'scheduled', 'INTERVIEW.ILLEGAL_TRANSITION', 'conflict'],
      ['completed', 'scheduled', 'INTERVIEW.ALREADY_COMPLETED', 'conflict'],
      ['pending', 'scheduled', 'INTERVIEW.SCHEDULE_REQUIRED', 'invalid'],
    ])('from %s to %s throws %s', (from, to, code, kind) =>
      given(history[from]).when(cmd('UpdateInterview', { changes: {}, status: to })).thenThrows(code, kind));

    it('appends nothing when a field change comes with an illegal transition', () =>
      given(history.cancelled)
        .when(cmd('UpdateInterview', { changes: { title: 'x' }, status: 'completed' }))
        .thenThrows('INTERVIEW.ALREADY_CANCELLED', 'conflict'));

    it('refuses field changes on a cancelled interview', () =>
      given(history.cancelled).when(cmd('UpdateInterview', { changes: { title: 'x' } })).thenThrows('INTERVIEW.ALREADY_CANCELLED', 'conflict'));

    it('refuses to reschedule a running interview', () =>
      given(history.in_progress)
        .when(cmd('UpdateInterview', { changes: {}, scheduledAt: '2026-03-01T00:00:00.000Z' }))
        .thenThrows('INTERVIEW.ALREADY_STARTED', 'conflict'));

    it('rejects an out-of-range score and an unknown field', () => {
      given(history.completed).when(cmd('UpdateInterview', { changes: { technicalScore: 101 } })).thenThrows('INTERVIEW.INVALID');
      given(history.completed).when(cmd('UpdateInterview', { changes: { owner: 'x' } as never })).thenThrows('INTERVIEW.INVALID');
    });
  });

  describe('LiveKit webhooks', () => {
    const joined = cmd('RecordParticipantJoined', { webhookId: 'wh1', participantIdentity: 'u1', participantName: 'Jane', occurredAt: NOW });
    const joinedEvent: InterviewEvent = {
      type: 'ParticipantJoined',
      data: { interviewId: ID, webhookId: 'wh1', participantIdentity: 'u1', participantName: 'Jane', joinedAt: NOW },
    };
    const left = cmd('RecordParticipantLeft', { webhookId: 'wh2', participantIdentity: 'u1', participantName: 'Jane', occurredAt: NOW });
    const leftEvent: InterviewEvent = {
      type: 'ParticipantLeft',
      data: { interviewId: ID, webhookId: 'wh2', participantIdentity: 'u1', participantName: 'Jane', leftAt: NOW },
    };
    const finished = cmd('RecordRoomFinished', { webhookId: 'wh3', occurredAt: NOW });
    const finishedEvent: InterviewEvent = {
      type: 'RoomFinished',
      data: { interviewId: ID, webhookId: 'wh3', roomName: 'interview-0123456789ab', finishedAt: NOW },
    };

    it.each<InterviewStatus>(['pending', 'scheduled'])('the first participant joining a %s interview starts it', (status) =>
      given(history[status])
        .when(joined)
        .then([joinedEvent, { type: 'InterviewStarted', data: { interviewId: ID, startedAt: NOW, trigger: 'participant_joined' } }]));

    it.each<InterviewStatus>(['in_progress', 'completed', 'cancelled'])('a participant joining a %s interview is only recorded', (status) =>
      given(history[status]).when(joined).then([joinedEvent]));

    it('a redelivered webhook changes nothing', () => given([...history.in_progress, joinedEvent]).when(joined).then([]));

    it.each<InterviewStatus>(['pending', 'in_progress', 'completed', 'cancelled'])('a participant leaving a %s interview is recorded', (status) =>
      given(history[status]).when(left).then([leftEvent]));

    it('the room finishing ends a running interview', () =>
      given(history.in_progress)
        .when(finished)
        .then([finishedEvent, { type: 'InterviewCompleted', data: { interviewId: ID, endedAt: NOW, trigger: 'room_finished' } }]));

    it.each<InterviewStatus>(['scheduled', 'completed', 'cancelled'])('the room finishing on a %s interview is only recorded', (status) =>
      given(history[status]).when(finished).then([finishedEvent]));

    it('a redelivered room-finished webhook changes nothing', () =>
      given([...history.completed, finishedEvent]).when(finished).then([]));
  });

  describe('evolve', () => {
    it('folds the lifecycle and the latest fields', () => {
      const state = fold(interviewDecider, [
        ...history.in_progress,
        { type: 'InterviewUpdated', data: { interviewId: ID, changes: { title: 'T2', technicalScore: 80 }, updatedAt: NOW } },
        completed,
      ]);
      expect(state).toMatchObject({
        exists: true,
        status: 'completed',
        ownerId: OWNER,
        startedAt: T0,
        endedAt: T0,
        scheduledAt: LATER,
        details: { title: 'T2', candidateEmail: 'cand@example.com' },
        review: { technicalScore: 80, behavioralScore: null },
      });
    });
  });
});
