import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import {
  AskQuestionCommand,
  CODING_EVENTS_COLLECTION,
  CodingEventDocument,
  EVALUATIONS_COLLECTION,
  EVENT_STORE,
  EvaluationDocument,
  EventStore,
  INTERVIEW_STATES_COLLECTION,
  InterviewDocument,
  INTERVIEWS_COLLECTION,
  InterviewStateDocument,
  ProjectionRunner,
  RecordMessageCommand,
  UpdateCodeCommand,
} from '@candor/application';
import { INTERVIEW_PROJECTIONS } from '@candor/application/interview/projections/interview.projections';
import { fold, interviewDecider, InterviewEvent } from '@candor/domain';
import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { toSessionResponse } from '../../apps/api/src/surfaces/s0/sessions/session.mapper';
import { toEvaluationResponse } from '../../apps/api/src/surfaces/s0/evaluations/evaluation.mapper';
import { toInterviewResponse } from '../../apps/api/src/surfaces/shared/interviews/interview.mapper';
import { toStateResponse } from '../../apps/api/src/surfaces/s2/interviews/interview-session.mapper';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';

/**
 * Audit: everything the routes show about an interview is derived from its events. Replays the stored
 * events into a fresh read store (and folds the stream with the decider) and compares with the routes.
 */
describe('interview audit: the routes show exactly what the events say', () => {
  let t: TestApp;
  let owner: Actor;
  let candidate: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    [owner, candidate] = await Promise.all([signUp(t.url, 'audit-owner@example.com'), signUp(t.url, 'audit-cand@example.com', 'candidate')]);
  });
  afterAll(async () => t.close());

  it('replays a whole interview into a fresh read model identical to every view', async () => {
    const commands = t.app.get(CommandBus);
    const session = (
      await request(t.url)
        .post('/api/sessions')
        .set(owner.auth)
        .send({
          title: 'Audit',
          candidate_email: 'audit-cand@example.com',
          scheduled_at: '2030-03-01T09:00:00Z',
          metadata: { technologies: ['go'], interview_type: 'technical' },
        })
        .expect(201)
    ).body;
    const id: string = session.id;
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(candidate.auth).expect(200);
    await commands.execute(new AskQuestionCommand(id, null, 'Reverse a linked list', 'coding', 'easy'));
    await commands.execute(new RecordMessageCommand(id, null, 'candidate', 'I will iterate and flip the pointers'));
    await commands.execute(new UpdateCodeCommand(id, null, 'func reverse() {}', 'go'));
    await request(t.url)
      .post('/api/evaluations')
      .set(owner.auth)
      .send({ session_id: id, overall_score: 7, coding_score: 8, key_findings: [{ category: 'coding', finding: 'Fluent' }] })
      .expect(201);
    await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ technical_score: 70, overall_feedback: 'Solid' }).expect(200);
    await request(t.url).post(`/api/v1/interviews/${id}/complete`).set(owner.auth).expect(200);

    const shown = {
      session: (await request(t.url).get(`/api/sessions/${id}`).set(owner.auth).expect(200)).body,
      interview: (await request(t.url).get(`/api/v1/interviews/${id}`).set(owner.auth).expect(200)).body,
      state: (await request(t.url).get(`/api/v1/interviews/${id}/state`).set(owner.auth).expect(200)).body,
      coding: (await request(t.url).get(`/api/coding/events/${id}`).set(owner.auth).expect(200)).body,
      evaluation: (await request(t.url).get(`/api/evaluations/${id}`).set(owner.auth).expect(200)).body,
    };

    // 1. The stream folded by the decider agrees with the lifecycle the routes show.
    const events = t.app.get<EventStore>(EVENT_STORE);
    const stream = (await events.readStream(`interview-${id}`)) as unknown as InterviewEvent[];
    expect(stream.map((e) => e.type)).toEqual([
      'InterviewCreated',
      'InterviewStarted',
      'QuestionAsked',
      'MessageRecorded',
      'CodeUpdated',
      'EvaluationRecorded',
      'InterviewUpdated',
      'InterviewCompleted',
    ]);
    // Completing triggers the AI score: its verdict and the evaluation every surface lists, on the assessment stream.
    expect((await events.readStream(`assessment-${id}`)).map((e) => e.type)).toEqual(['InterviewAssessed']);
    const folded = fold(interviewDecider, stream);
    expect(shown.interview).toMatchObject({
      status: folded.status,
      started_at: folded.startedAt,
      ended_at: folded.endedAt,
      scheduled_at: folded.scheduledAt,
      session_code: folded.sessionCode,
      room_name: folded.roomName,
      creator_id: folded.ownerId,
      technical_score: folded.review.technicalScore,
      overall_feedback: folded.review.overallFeedback,
      technologies: folded.details.technologies,
    });

    // 2. Re-running the projections over the stored log into a fresh store reproduces every view exactly.
    const fresh = new MemoryReadStore();
    const runner = new ProjectionRunner(events, fresh, INTERVIEW_PROJECTIONS, { log: () => undefined, error: () => undefined });
    await runner.start();
    expect(await runner.catchUp(10_000)).toBe(true);
    await runner.stop();
    const doc = (await fresh.collection<InterviewDocument>(INTERVIEWS_COLLECTION).findOne({ _id: id })) as InterviewDocument;
    const state = (await fresh.collection<InterviewStateDocument>(INTERVIEW_STATES_COLLECTION).findOne({ _id: id })) as InterviewStateDocument;
    const coding = await fresh.collection<CodingEventDocument>(CODING_EVENTS_COLLECTION).find({ interviewId: id }, { sort: { sequence: 1 } });
    const evaluations = await fresh.collection<EvaluationDocument>(EVALUATIONS_COLLECTION).find({ interviewId: id }, { sort: { sequence: 1 } });

    expect(shown.session).toEqual(toSessionResponse(doc));
    expect(shown.interview).toEqual(toInterviewResponse(doc));
    expect(shown.state).toEqual(toStateResponse(state));
    expect(shown.evaluation).toEqual(toEvaluationResponse(evaluations[evaluations.length - 1]));
    expect(shown.coding.events.map((e: { id: string; code: string; event_type: string }) => [e.id, e.code, e.event_type])).toEqual(
      coding.map((c) => [c.id, c.code, c.eventType]),
    );
    expect(shown.session).toMatchObject({ status: 'completed', ended_at: expect.any(String) });
    expect(shown.state).toMatchObject({ turn_count: 1, questions_asked: [{ question: 'Reverse a linked list' }] });
  });

  it('documents every interview route in /openapi.json with its request and response schemas', async () => {
    const doc = (await request(t.url).get('/openapi.json').expect(200)).body;
    const routes: [string, string, boolean][] = [
      ['post', '/api/sessions', true],
      ['get', '/api/sessions', false],
      ['get', '/api/sessions/{session_id}', false],
      ['post', '/api/coding/execute', true],
      ['get', '/api/coding/events/{session_id}', false],
      ['post', '/api/livekit/token', true],
      ['post', '/api/evaluations', true],
      ['get', '/api/evaluations/{session_id}', false],
      ['post', '/api/v1/interviews', true],
      ['get', '/api/v1/interviews', false],
      ['get', '/api/v1/interviews/{interview_id}', false],
      ['put', '/api/v1/interviews/{interview_id}', true],
      ['post', '/api/v1/interviews/{interview_id}/token', false],
      ['post', '/api/v1/interviews/api/create', true],
      ['post', '/api/v1/interviews/api/{interview_id}/token', false],
      ['get', '/api/v1/interviews/api/{interview_id}/score', false],
      ['post', '/api/v1/interviews/{interview_id}/start', false],
      ['post', '/api/v1/interviews/{interview_id}/submit-code', true],
      ['get', '/api/v1/interviews/{interview_id}/state', false],
      ['post', '/api/v1/interviews/{interview_id}/complete', false],
      ['post', '/api/v1/voice/token', true],
    ];
    for (const [method, path, hasBody] of routes) {
      const op = doc.paths[path]?.[method];
      expect({ route: `${method} ${path}`, documented: Boolean(op) }).toEqual({ route: `${method} ${path}`, documented: true });
      const success = op.responses['200'] ?? op.responses['201'];
      expect(success?.content?.['application/json']?.schema).toBeDefined();
      if (hasBody) expect(op.requestBody?.content?.['application/json']?.schema?.$ref).toMatch(/^#\/components\/schemas\//);
    }
    const listParams = doc.paths['/api/sessions'].get.parameters.map((p: { name: string }) => p.name);
    expect(listParams).toEqual(expect.arrayContaining(['status', 'limit', 'offset']));
    expect(doc.components.schemas.CreateSessionDto.required).toEqual(['title']);
  });
});
