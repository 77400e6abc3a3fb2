import { fold } from '../shared/decider';
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
const decide = (history: InterviewEvent[], command: Omit<InterviewCommand, 'metadata'>) =>
  interviewDecider.decide({ ...command, metadata: { now: NOW } } as InterviewCommand, fold(interviewDecider, history));

describe('AI interviewer decisions', () => {
  it('records a turn as the AI message, its question and the audit record', () => {
    const events = decide([created, started, candidateSaid], { type: 'TakeInterviewerTurn', data: { turn, afterTurns: 0, afterCandidateMessages: 1 } });
    expect(events.map((e) => e.type)).toEqual(['MessageRecorded', 'QuestionAsked', 'InterviewerTurnTaken']);
    expect(events[0].data).toMatchObject({ speaker: 'ai', messageId: 'm1', text: turn.text });
    expect(events[1].data).toMatchObject({ questionId: 'q1', category: 'intro' });
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
  });

  it('drops a turn decided on a state that moved on (a newer answer or a concurrent turn)', () => {
    const newer: InterviewEvent = { ...candidateSaid, data: { ...candidateSaid.data, messageId: 'c2' } } as InterviewEvent;
    expect(decide([created, started, candidateSaid, newer], { type: 'TakeInterviewerTurn', data: { turn, afterTurns: 0, afterCandidateMessages: 1 } })).toEqual([]);
    const taken = decide([created, started, candidateSaid], { type: 'TakeInterviewerTurn', data: { turn, afterTurns: 0, afterCandidateMessages: 1 } });
    expect(decide([created, started, candidateSaid, ...taken], { type: 'TakeInterviewerTurn', data: { turn, afterTurns: 0, afterCandidateMessages: 1 } })).toEqual([]);
  });

  it('reads a stored legacy InterviewScored (scores now live on the assessment stream) and decides no score', () => {
    const legacy: InterviewEvent = { type: 'InterviewScored', data: { interviewId: ID, scoreId: 's1', basisVersion: 3, card, scoredAt: NOW } };
    const state = fold(interviewDecider, [created, started, completed, legacy]);
    expect(state.status).toBe('completed');
    expect(decide([created, started, completed, legacy], { type: 'DeleteInterview', data: {} }).map((e) => e.type)).toEqual(['InterviewDeleted']);
    expect(() => decide([created, started, completed, legacy], { type: 'RecordInterviewScore', data: { scoreId: 's2', basisVersion: 3, card, evaluation } } as never)).toThrow();
  });
});
