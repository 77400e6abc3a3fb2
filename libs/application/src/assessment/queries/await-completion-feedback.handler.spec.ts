import { RecordedEvent } from '@candor/contracts';
import { InterviewScoreCard } from '@candor/domain';
import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { EventStore } from '../../ports/event-store.port';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../../interview/projections/score-card.projection';
import { ASSESSMENT_STATUS_COLLECTION, AssessmentStatusDocument } from '../projections/assessment-status.projection';
import { AwaitCompletionFeedbackHandler } from './await-completion-feedback.handler';
import { AwaitCompletionFeedbackQuery } from './await-completion-feedback.query';

const ID = '3f1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const AT = '2026-01-15T14:00:00.000Z';
const owner = { id: 'owner-1', email: 'o@example.com', role: 'recruiter', isSuperuser: false, isActive: true, emailVerified: true, via: 'jwt' } as AuthenticatedUser;
const stranger = { ...owner, id: 'someone-else', email: 's@example.com' } as AuthenticatedUser;

const dim = (score: number) => ({ score, evidence: { messageIds: [], executionIds: [] }, reasoning: 'r' });
const card: InterviewScoreCard = {
  overall: 0.74, communication: dim(0.6), technical: dim(0.8), problemSolving: dim(0.7), codeQuality: dim(0), behavioral: null, questionScores: [], skillBreakdown: {},
  strengths: ['s'], weaknesses: [], recommendation: 'hire', recommendationReasoning: 'meets the bar', versions: { rubric: 'r', model: 'builtin', prompt: 'p', bank: 'b', analyzer: null }, tokensUsed: 0,
};
const scoreCard: ScoreCardDocument = { _id: ID, interviewId: ID, scoreId: 'score-1', basisVersion: 5, card, scoredAt: AT, scoreCount: 1 };

/** The interview stream as the event store answers it (read only when the score is not there in time). */
const events = {
  readStream: async () => [
    { type: 'QuestionAsked', data: { interviewId: ID, questionId: 'q1', text: 'q', category: 'technical', difficulty: 'easy', askedAt: AT } },
    { type: 'MessageRecorded', data: { interviewId: ID, messageId: 'm1', speaker: 'candidate', text: 'an answer', timestamp: AT } },
  ] as unknown as RecordedEvent[],
} as unknown as EventStore;

describe('AwaitCompletionFeedbackHandler (S2 complete: a bounded wait on the assessment projection)', () => {
  let store: MemoryReadStore;
  const handler = (waitMs: number) => new AwaitCompletionFeedbackHandler(store, events, { waitMs });
  beforeEach(async () => {
    store = new MemoryReadStore();
    await store.collection<InterviewDocument>(INTERVIEWS_COLLECTION).upsert({ _id: ID, id: ID, ownerId: owner.id, candidateEmail: null, status: 'completed' } as InterviewDocument);
  });

  it('answers the AI score once the projection shows it', async () => {
    setTimeout(() => void store.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION).upsert(scoreCard), 100);
    const feedback = await handler(5_000).execute(new AwaitCompletionFeedbackQuery(ID, owner));
    expect(feedback).toMatchObject({ source: 'ai', overallScore: 0.74, recommendation: 'hire', scoreId: 'score-1' });
    expect(feedback.pending).toBeUndefined();
  });

  it('not there within the wait: provisional fact-based feedback marked pending', async () => {
    const started = Date.now();
    const feedback = await handler(150).execute(new AwaitCompletionFeedbackQuery(ID, owner));
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(feedback).toMatchObject({ source: 'automatic', pending: true });
  });

  it('a scoring that failed (retried with backoff) answers pending at once instead of holding the request', async () => {
    await store.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).upsert({
      _id: ID, status: 'scoring_failed', reason: 'LLM unreachable', attempts: 1, lastFailedAt: AT, retryAt: AT, scoredAt: null, versions: 0, shareToken: null,
    });
    const started = Date.now();
    const feedback = await handler(60_000).execute(new AwaitCompletionFeedbackQuery(ID, owner));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(feedback).toMatchObject({ source: 'automatic', pending: true });
  });

  it('refuses who may not take part in the interview, and an unknown interview', async () => {
    await expect(handler(10).execute(new AwaitCompletionFeedbackQuery(ID, stranger))).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(handler(10).execute(new AwaitCompletionFeedbackQuery('00000000-0000-4000-8000-000000000000', owner))).rejects.toMatchObject({ kind: 'not_found' });
  });
});
