import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { AGGREGATE_STORE, AggregateStore, AskQuestionCommand, EVENT_STORE, EventStore, RecordMessageCommand } from '@candor/application';
import { evaluationOf } from '@candor/application/ai/scoring/interview-scoring.service';
import { EvaluationInput, InterviewScoreCard, interviewStreamId } from '@candor/domain';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const dim = (score: number, reasoning: string) => ({ score, evidence: { messageIds: [], executionIds: [] }, reasoning });

/** A card as the scoring engine recorded it before the assessment had its own stream. */
const LEGACY_CARD: InterviewScoreCard = {
  overall: 0.71,
  communication: dim(0.6, 'legacy communication'),
  technical: dim(0.83, 'legacy technical'),
  problemSolving: dim(0.7, 'legacy problem solving'),
  codeQuality: dim(0, 'No code was run or submitted.'),
  behavioral: null,
  questionScores: [],
  skillBreakdown: { python: 0.8 },
  strengths: ['Strong answer on dicts'],
  weaknesses: [],
  recommendation: 'hire',
  recommendationReasoning: 'Stored before the assessment stream existed.',
  versions: { rubric: 'r-legacy', model: 'builtin', prompt: 'p', bank: 'b', analyzer: null },
  tokensUsed: 0,
};

/**
 * Issue 11 point 1: the assessment is its own stream. A completion records only the lifecycle move on the
 * interview stream; the score (and its `ai` evaluation) is `InterviewAssessed` on `assessment-<id>`, and
 * every reader (score card, S3 report, score versions, evaluations, S1 scores, webhooks) takes it. An
 * interview scored the old way (`InterviewScored` + `EvaluationRecorded` on the interview stream, stored
 * before this change) reads the same and is not scored again.
 */
describe('assessment stream: new scores and stored legacy scores read alike', () => {
  let t: TestApp;
  let owner: Actor;
  let events: EventStore;
  let hookId: string;

  const deliveries = async () =>
    (await request(t.url).get(`/api/webhooks/${hookId}/deliveries/`).set(owner.auth).expect(200)).body.results as { event: string; payload: Record<string, unknown> }[];

  async function startedInterview(title: string): Promise<string> {
    const id = (await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title, candidate_name: 'Ada Reader' }).expect(200)).body.id as string;
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
    const commands = t.app.get(CommandBus);
    await commands.execute(new AskQuestionCommand(id, null, 'How does a Python dict work?', 'technical', 'medium'));
    await commands.execute(new RecordMessageCommand(id, null, 'candidate', 'A dict is a hash table: the key is hashed to a slot, so a lookup takes constant time on average.'));
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '200', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_ALLOW_PRIVATE: 'true' });
    events = t.app.get(EVENT_STORE);
    owner = await signUp(t.url, 'assessment-stream-owner@example.com');
    // Deliveries to a closed port fail and are retried; the log lists them either way.
    hookId = (await request(t.url).post('/api/webhooks/').set(owner.auth).send({ url: 'http://127.0.0.1:9/hooks', events: ['score.ready', 'report.generated'] }).expect(201)).body._id;
  });
  afterAll(async () => t.close());

  it('S2 complete records the lifecycle move; the score lands on the assessment stream and every reader shows it', async () => {
    const id = await startedInterview('Python Engineer');
    const completed = (await request(t.url).post(`/api/v1/interviews/${id}/complete`).set(owner.auth).expect(200)).body;
    // The bounded wait on the assessment projection answered with the AI score.
    expect(completed.feedback).toMatchObject({ source: 'ai', recommendation: expect.any(String) });
    expect(completed.feedback.pending).toBeUndefined();

    const interviewTypes = (await events.readStream(interviewStreamId(id))).map((e) => e.type);
    expect(interviewTypes.at(-1)).toBe('InterviewCompleted');
    expect(interviewTypes).not.toContain('InterviewScored');
    expect(interviewTypes).not.toContain('EvaluationRecorded');
    const assessment = await events.readStream(`assessment-${id}`);
    expect(assessment.map((e) => e.type)).toEqual(['InterviewAssessed']);
    const assessed = assessment[0].data as { scoreId: string; card: InterviewScoreCard; evaluation: EvaluationInput };
    expect(completed.feedback.overall_score).toBe(assessed.card.overall);

    const score = (await request(t.url).get(`/api/interviews/${id}/score/`).set(owner.auth).expect(200)).body;
    expect(score.overall_score).toBeCloseTo(assessed.card.overall * 10, 1);
    const versions = (await request(t.url).get(`/api/v1/interviews/${id}/scores`).set(owner.auth).expect(200)).body;
    expect(versions).toMatchObject({ status: 'scored', versions: [{ version: 1, trigger: 'automatic', score_id: assessed.scoreId }] });
    const evaluation = (await request(t.url).get(`/api/evaluations/${id}`).set(owner.auth).expect(200)).body;
    expect(evaluation).toMatchObject({ source: 'ai' });
    const s1 = (await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth).expect(200)).body;
    expect(s1.technical_score).toBe(Math.round(assessed.card.technical.score * 100));
    const sent = await eventually(deliveries, (d) => d.filter((x) => x.payload.interview_id === id).length >= 2);
    expect(sent.filter((x) => x.payload.interview_id === id).map((x) => x.event).sort()).toEqual(['report.generated', 'score.ready']);
    expect(sent.find((x) => x.payload.interview_id === id && x.event === 'score.ready')!.payload).toMatchObject({ score_id: assessed.scoreId });
  }, 60_000);

  it('a stored legacy InterviewScored (interview stream) is read by the score card, report, versions, evaluations and webhooks, and not scored again', async () => {
    const id = await startedInterview('Legacy Python Engineer');
    const legacyScoreId = '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
    const evaluation = { ...evaluationOf(LEGACY_CARD) };
    const endedAt = new Date().toISOString();
    // Exactly what the scoring engine appended before this change: completion, then the score and its evaluation.
    const store = t.app.get<AggregateStore>(AGGREGATE_STORE);
    const version = (await events.readStream(interviewStreamId(id))).length;
    await store.appendDecided(
      interviewStreamId(id),
      [
        { type: 'InterviewCompleted', data: { interviewId: id, endedAt, trigger: 'command' } },
        { type: 'InterviewScored', data: { interviewId: id, scoreId: legacyScoreId, basisVersion: version + 1, card: LEGACY_CARD, scoredAt: endedAt } },
        { type: 'EvaluationRecorded', data: { ...evaluation, interviewId: id, recordedAt: endedAt } },
      ],
      version,
    );

    const score = (await request(t.url).get(`/api/interviews/${id}/score/`).set(owner.auth).expect(200)).body;
    expect(score).toMatchObject({ overall_score: 7.1, recommendation: 'hire' });
    const report = (await request(t.url).get(`/api/reports/${id}/`).set(owner.auth).expect(200)).body;
    expect(report).toMatchObject({ interview: id, overall_score: 7.1, recommendation: 'hire' });
    const versions = (await request(t.url).get(`/api/v1/interviews/${id}/scores`).set(owner.auth).expect(200)).body;
    expect(versions).toMatchObject({ status: 'scored', versions: [{ version: 1, trigger: 'automatic', score_id: legacyScoreId, overall_score: 0.71 }] });
    const listed = (await request(t.url).get(`/api/evaluations/${id}`).set(owner.auth).expect(200)).body;
    expect(listed).toMatchObject({ source: 'ai', overall_score: 7.1, summary: LEGACY_CARD.recommendationReasoning });
    const s1 = (await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth).expect(200)).body;
    expect(s1).toMatchObject({ status: 'completed', technical_score: 83, overall_feedback: LEGACY_CARD.recommendationReasoning });
    const sent = await eventually(deliveries, (d) => d.filter((x) => x.payload.interview_id === id).length >= 2);
    expect(sent.find((x) => x.payload.interview_id === id && x.event === 'score.ready')!.payload).toMatchObject({ score_id: legacyScoreId, overall_score: 0.71 });

    // The assessment reactor saw the completion (the webhooks went out after it in the log) and scored nothing again.
    await new Promise((r) => setTimeout(r, 500));
    expect(await events.readStream(`assessment-${id}`)).toEqual([]);
    expect((await request(t.url).get(`/api/v1/interviews/${id}/scores`).set(owner.auth).expect(200)).body.versions).toHaveLength(1);
  }, 60_000);
});
