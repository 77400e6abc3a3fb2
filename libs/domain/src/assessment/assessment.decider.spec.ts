import { InterviewScoreCard } from '../interview/interviewer.types';
import { EvaluationInput } from '../interview/interview.types';
import { givenWhenThen } from '@candor/testing';
import { AssessmentCommand } from './assessment.commands';
import { assessmentDecider } from './assessment.decider';
import { AssessmentEvent } from './assessment.events';

const ID = '3f1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const T0 = '2026-01-15T14:00:00.000Z';
const T1 = '2026-01-15T14:05:00.000Z';
const given = givenWhenThen(assessmentDecider);
const dim = { score: 0.5, evidence: { messageIds: [], executionIds: [] }, reasoning: 'r' };
const card: InterviewScoreCard = {
  overall: 0.5, communication: dim, technical: dim, problemSolving: dim, codeQuality: dim, behavioral: null, questionScores: [], skillBreakdown: {},
  strengths: [], weaknesses: [], recommendation: 'maybe', recommendationReasoning: 'r', versions: { rubric: 'r2', model: 'builtin', prompt: 'p', bank: 'b', analyzer: null }, tokensUsed: 0,
};

const failure = (reason: string, now = T0): AssessmentCommand => ({ type: 'RecordScoringFailure', data: { interviewId: ID, reason, retryAt: T1 }, metadata: { now } });
const failed = (reason: string, attempt: number, at = T0): AssessmentEvent => ({ type: 'ScoringFailed', data: { interviewId: ID, reason, attempt, failedAt: at, retryAt: T1 } });
const version = (scoreId: string, c = card): AssessmentCommand => ({
  type: 'RecordScoreVersion',
  data: { interviewId: ID, scoreId, basisVersion: 12, card: c, requestedBy: 'owner-1', trigger: 'rescore' },
  metadata: { now: T1 },
});
const recorded = (scoreId: string): AssessmentEvent => ({
  type: 'ScoreVersionRecorded',
  data: { interviewId: ID, scoreId, basisVersion: 12, card, requestedBy: 'owner-1', trigger: 'rescore', recordedAt: T1 },
});

const evaluation: EvaluationInput = {
  evaluationId: 'e1', source: 'ai', evaluatorId: null, scale: 1,
  scores: { overall: 0.5, technical: 0.5, coding: null, communication: 0.5, problemSolving: 0.5, codeQuality: 0.5, behavioral: null },
  skillBreakdown: {}, keyFindings: [], recommendations: [], summary: 'r',
};
const assess = (scoreId: string, c = card, e = evaluation): AssessmentCommand => ({
  type: 'AssessInterview',
  data: { interviewId: ID, scoreId, basisVersion: 9, card: c, evaluation: e },
  metadata: { now: T0 },
});
const assessed = (scoreId: string): AssessmentEvent => ({
  type: 'InterviewAssessed',
  data: { interviewId: ID, scoreId, basisVersion: 9, card, evaluation, assessedAt: T0 },
});

describe('Assessment decider (stream assessment-<interview id>)', () => {
  describe('AssessInterview (the first, automatic score)', () => {
    it('records the score card and its evaluation on the assessment stream', () => given([]).when(assess('s1')).then([assessed('s1')]));
    it('records it after failed attempts', () => given([failed('LLM unreachable', 1), failed('LLM unreachable', 2)]).when(assess('s1')).then([assessed('s1')]));
    it('assesses an interview once: a redelivered job or another worker appends nothing', () => given([assessed('s1')]).when(assess('s2')).then([]));
    it('a re-score version after the assessment is appended beside it', () => given([assessed('s1')]).when(version('s3')).then([recorded('s3')]));
    it('rejects an out-of-range overall score', () => given([]).when(assess('s1', { ...card, overall: -0.1 })).thenThrows('ASSESSMENT.INVALID', 'invalid'));
    it('rejects an unknown recommendation', () =>
      given([]).when(assess('s1', { ...card, recommendation: 'definitely' as never })).thenThrows('ASSESSMENT.INVALID', 'invalid'));
    it('rejects an evaluation score outside its scale', () =>
      given([]).when(assess('s1', card, { ...evaluation, scores: { ...evaluation.scores, overall: 2 } })).thenThrows('INTERVIEW.INVALID', 'invalid'));
  });

  describe('RecordScoringFailure', () => {
    it('records the first failed attempt with its reason', () => given([]).when(failure('LLM unreachable')).then([failed('LLM unreachable', 1)]));
    it('counts the attempts', () =>
      given([failed('a', 1), failed('b', 2)]).when(failure('LLM unreachable', T1)).then([failed('LLM unreachable', 3, T1)]));
    it('never records an empty reason', () => given([]).when(failure('   ')).then([failed('unknown error', 1)]));
  });

  describe('RecordScoreVersion', () => {
    it('appends a new score version', () => given([failed('a', 1)]).when(version('s2')).then([recorded('s2')]));
    it('records a score id once (a retried request appends nothing)', () => given([recorded('s2')]).when(version('s2')).then([]));
    it('appends a second version beside the first', () => given([recorded('s2')]).when(version('s3')).then([recorded('s3')]));
    it('rejects an out-of-range overall score', () =>
      given([]).when(version('s4', { ...card, overall: 1.5 })).thenThrows('ASSESSMENT.INVALID', 'invalid'));
  });

  describe('ShareReport / RevokeReportShare', () => {
    const TOKEN = 'a'.repeat(43);
    const share = (token = TOKEN): AssessmentCommand => ({ type: 'ShareReport', data: { interviewId: ID, token, sharedBy: 'owner-1' }, metadata: { now: T0 } });
    const revoke: AssessmentCommand = { type: 'RevokeReportShare', data: { interviewId: ID, revokedBy: 'owner-1' }, metadata: { now: T1 } };
    const shared: AssessmentEvent = { type: 'ReportShared', data: { interviewId: ID, token: TOKEN, sharedBy: 'owner-1', sharedAt: T0 } };
    const revoked: AssessmentEvent = { type: 'ReportShareRevoked', data: { interviewId: ID, token: TOKEN, revokedBy: 'owner-1', revokedAt: T1 } };

    it('shares the report with a token', () => given([]).when(share()).then([shared]));
    it('keeps the link already handed out when shared again', () => given([shared]).when(share('b'.repeat(43))).then([]));
    it('revokes the active link', () => given([shared]).when(revoke).then([revoked]));
    it('revoking without a link changes nothing', () => given([shared, revoked]).when(revoke).then([]));
    it('shares again with a new token after a revocation', () =>
      given([shared, revoked]).when(share('c'.repeat(43))).then([{ ...shared, data: { ...shared.data, token: 'c'.repeat(43) } } as AssessmentEvent]));
    it('refuses a guessable token', () => given([]).when(share('short')).thenThrows('ASSESSMENT.INVALID', 'invalid'));
  });
});
