import { eventWith, givenWhenThen, historyOf } from '@candor/testing';
import { InterviewCommand } from './interview.commands';
import { interviewDecider } from './interview.decider';
import { InterviewEvent } from './interview.events';
import { EMPTY_DETAILS } from './interview.types';
import { InterviewerTurn, InterviewScoreCard } from './interviewer.types';

const ID = '3f1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const NOW = '2026-01-15T14:00:00.000Z';
const created: InterviewEvent = {
  type: 'InterviewCreated',
  data: { interviewId: ID, ownerId: 'o', details: EMPTY_DETAILS, scheduledAt: null, status: 'pending', sessionCode: 'ABC123', roomName: 'interview-0123456789ab', inviteToken: 't', interviewLink: null, createdAt: NOW },
};
const started: InterviewEvent = { type: 'InterviewStarted', data: { interviewId: ID, startedAt: NOW, trigger: 'command' } };
const completed: InterviewEvent = { type: 'InterviewCompleted', data: { interviewId: ID, endedAt: NOW, trigger: 'command' } };
const candidateSaid: InterviewEvent = { type: 'MessageRecorded', data: { interviewId: ID, messageId: 'c1', speaker: 'candidate', text: 'Hi', timestamp: NOW } };

const turn: InterviewerTurn = {
  turnId: 't1', messageId: 'm1', text: 'Hello. Tell me about yourself.', move: 'open', phase: 'intro', stepIndex: 0,
  question: { questionId: 'q1', text: 'Tell me about yourself.', bankQuestionId: 'intro-1', parentQuestionId: null, probedPointId: null, skill: 'general', difficulty: 'easy', rubric: [] },
  assessment: null, reason: 'opening', model: 'builtin', promptVersion: 'p', bankVersion: 'b', plan: null, tokensUsed: 3,
};
const dim = { score: 0.5, evidence: { messageIds: [], executionIds: [] }, reasoning: 'r' };
const card: InterviewScoreCard = {
  overall: 0.5, communication: dim, technical: dim, problemSolving: dim, codeQuality: dim, behavioral: null, questionScores: [], skillBreakdown: {},
  strengths: [], weaknesses: [], recommendation: 'maybe', recommendationReasoning: 'r', versions: { rubric: 'r1', model: 'builtin', prompt: 'p', bank: 'b', analyzer: null }, tokensUsed: 0,
};
const cmd = (command: Omit<InterviewCommand, 'metadata'>) => ({ ...command, metadata: { now: NOW } }) as InterviewCommand;
const takeTurn = cmd({ type: 'TakeInterviewerTurn', data: { turn, afterTurns: 0, afterCandidateMessages: 1 } });
const event = (type: InterviewEvent['type'], data?: Record<string, unknown>) => eventWith<InterviewEvent>(type, data);

const given = givenWhenThen(interviewDecider);
const turnTaken = historyOf(interviewDecider, [takeTurn], [created, started, candidateSaid]).slice(3);
/** A first score as stored before the assessment had its own stream: readable, it decides nothing here. */
const legacyScored: InterviewEvent = { type: 'InterviewScored', data: { interviewId: ID, scoreId: 's1', basisVersion: 3, card, scoredAt: NOW } };
const newerAnswer: InterviewEvent = { ...candidateSaid, data: { ...candidateSaid.data, messageId: 'c2' } } as InterviewEvent;

describe('AI interviewer decisions', () => {
  it.each<[string, InterviewEvent[], InterviewCommand, InterviewEvent[]]>([
    [
      'records a turn as the AI message, its question and the audit record',
      [created, started, candidateSaid],
      takeTurn,
      [event('MessageRecorded', { speaker: 'ai', messageId: 'm1', text: turn.text }), event('QuestionAsked', { questionId: 'q1', category: 'intro' }), event('InterviewerTurnTaken')],
    ],
    ['drops a turn decided before a newer answer', [created, started, candidateSaid, newerAnswer], takeTurn, []],
    ['drops a turn decided before a concurrent turn', [created, started, candidateSaid, ...turnTaken], takeTurn, []],
    ['reads a stored legacy InterviewScored (scores now live on the assessment stream)', [created, started, completed, legacyScored], cmd({ type: 'DeleteInterview', data: {} }), [event('InterviewDeleted')]],
  ])('%s', (_name, history, command, expected) => given(history).when(command).then(expected));

  it('a completed interview with a legacy score is still completed: no interviewer turn', () =>
    given([created, started, completed, legacyScored]).when(takeTurn).thenThrows('INTERVIEW.ALREADY_COMPLETED', 'conflict'));
});
