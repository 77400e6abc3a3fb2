import { eventWith, givenWhenThen, historyOf } from '@candor/testing';
import { InterviewCommand } from './interview.commands';
import { interviewDecider } from './interview.decider';
import { InterviewEvent } from './interview.events';
import { EMPTY_DETAILS, EvaluationInput } from './interview.types';
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
const evaluation: EvaluationInput = {
  evaluationId: 'e1', source: 'ai', evaluatorId: null, scale: 1,
  scores: { overall: 0.5, technical: 0.5, coding: null, communication: 0.5, problemSolving: 0.5, codeQuality: 0.5, behavioral: null },
  skillBreakdown: {}, keyFindings: [], recommendations: [], summary: 'r',
};
const cmd = (command: Omit<InterviewCommand, 'metadata'>) => ({ ...command, metadata: { now: NOW } }) as InterviewCommand;
const takeTurn = cmd({ type: 'TakeInterviewerTurn', data: { turn, afterTurns: 0, afterCandidateMessages: 1 } });
const score = (model = 'builtin') =>
  cmd({ type: 'RecordInterviewScore', data: { scoreId: 's1', basisVersion: 3, card: { ...card, versions: { ...card.versions, model } }, evaluation } });
const event = (type: InterviewEvent['type'], data?: Record<string, unknown>) => eventWith<InterviewEvent>(type, data);

const given = givenWhenThen(interviewDecider);
const turnTaken = historyOf(interviewDecider, [takeTurn], [created, started, candidateSaid]).slice(3);
const scored = historyOf(interviewDecider, [score()], [created, started, completed]).slice(3);
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
    ['scores a completed interview with its evaluation', [created, started, completed], score(), [event('InterviewScored'), event('EvaluationRecorded')]],
    ['scores once per basis, rubric and model', [created, started, completed, ...scored], score(), []],
    ['scores again with another model', [created, started, completed, ...scored], score('gpt-4o'), [event('InterviewScored'), event('EvaluationRecorded')]],
  ])('%s', (_name, history, command, expected) => given(history).when(command).then(expected));

  it('refuses to score an interview still running', () => given([created, started]).when(score()).thenThrows('INTERVIEW.NOT_COMPLETED', 'conflict'));
});
