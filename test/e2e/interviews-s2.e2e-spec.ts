import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { AskQuestionCommand, EVENT_STORE, EventStore, RecordMessageCommand } from '@candor/application';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, jwtClaims, signUp } from '../support/interview-actors';
import { requireSystemPackages } from '@candor/testing/system-packages';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** S2 (`/api/v1/interviews/{id}/…`, `/api/v1/voice/token`): the AI interview's lifecycle and state. */
requireSystemPackages('bubblewrap', 'util-linux', 'time', 'python3');

describe('S2 interview lifecycle, state and voice tokens', () => {
  let t: TestApp;
  let owner: Actor;
  let other: Actor;
  let candidate: Actor;
  let events: EventStore;
  let commands: CommandBus;
  const streamLength = async (id: string) => (await events.readStream(`interview-${id}`)).length;
  const create = async (actor: Actor, body: Record<string, unknown> = {}) =>
    (
      await request(t.url)
        .post('/api/v1/interviews/')
        .set(actor.auth)
        .send({ title: 'Senior Python Engineer Interview', job_description: 'Looking for a senior Python engineer', ...body })
        .expect(200)
    ).body;

  beforeAll(async () => {
    t = await startTestApp();
    events = t.app.get(EVENT_STORE);
    commands = t.app.get(CommandBus);
    [owner, other, candidate] = await Promise.all([
      signUp(t.url, 's2-owner@example.com'),
      signUp(t.url, 's2-other@example.com'),
      signUp(t.url, 's2-candidate@example.com', 'candidate'),
    ]);
  });
  afterAll(async () => t.close());

  it('creates (pending), starts with a room token, records the conversation and completes with feedback', async () => {
    const interview = await create(owner, { candidate_email: 's2-candidate@example.com' });
    expect(interview).toMatchObject({ id: expect.any(String), title: 'Senior Python Engineer Interview', status: 'pending', created_at: expect.any(String) });

    const notStarted = (await request(t.url).get(`/api/v1/interviews/${interview.id}/state`).set(owner.auth).expect(200)).body;
    expect(notStarted).toMatchObject({ interview_id: interview.id, turn_count: 0, phase: 'not_started', conversation_history: [], questions_asked: [], code_submissions: [] });

    const started = await request(t.url).post(`/api/v1/interviews/${interview.id}/start`).set(owner.auth).expect(200);
    expect(started.body).toMatchObject({ interview_id: interview.id, room_name: interview.room_name, token: expect.any(String), url: expect.stringMatching(/^wss?:\/\//) });
    expect(jwtClaims(started.body.token)).toMatchObject({ sub: owner.id, video: { room: interview.room_name, roomJoin: true } });
    // Starting again is a no-op that hands out a token again (rejoin).
    const length = await streamLength(interview.id);
    await request(t.url).post(`/api/v1/interviews/${interview.id}/start`).set(candidate.auth).expect(200);
    expect(await streamLength(interview.id)).toBe(length);

    // The AI interviewer speaks through commands (its agent is server-side).
    await commands.execute(new RecordMessageCommand(interview.id, null, 'ai', 'Welcome! Tell me about yourself.'));
    await commands.execute(new AskQuestionCommand(interview.id, null, 'How does a Python dict work?', 'technical', 'medium'));
    await commands.execute(new RecordMessageCommand(interview.id, null, 'candidate', 'It is a hash table with open addressing and it resizes when two thirds full.'));

    const state = (await request(t.url).get(`/api/v1/interviews/${interview.id}/state`).set(candidate.auth).expect(200)).body;
    expect(state).toMatchObject({
      interview_id: interview.id,
      status: 'in_progress',
      turn_count: 2,
      phase: 'technical',
      conversation_history: [
        { speaker: 'ai', role: 'assistant', content: 'Welcome! Tell me about yourself.', timestamp: expect.any(String) },
        { speaker: 'candidate', role: 'user', content: expect.stringContaining('hash table') },
      ],
      questions_asked: [{ question: 'How does a Python dict work?', category: 'technical', difficulty: 'medium', id: expect.any(String) }],
      code_submissions: [],
    });

    const completed = await request(t.url).post(`/api/v1/interviews/${interview.id}/complete`).set(owner.auth).expect(200);
    expect(completed.body).toMatchObject({ interview_id: interview.id, status: 'completed', feedback: { source: 'ai' } });
    const f = completed.body.feedback;
    for (const key of ['overall_score', 'communication_score', 'technical_score', 'problem_solving_score', 'code_quality_score']) {
      expect(f[key]).toBeGreaterThanOrEqual(0);
      expect(f[key]).toBeLessThanOrEqual(1);
    }
    // The AI score (issue #6): the one answer is scored against the question and cited as evidence.
    expect(f.recommendation).toEqual(expect.stringMatching(/^(strong_hire|hire|maybe|no_hire)$/));
    expect(f.question_scores).toEqual([
      expect.objectContaining({ question: 'How does a Python dict work?', max_score: 10, evidence: expect.objectContaining({ message_ids: [expect.any(String)] }) }),
    ]);

    // The feedback is an evaluation of the interview: S0 shows it on its 0..10 scale.
    const evaluation = (await request(t.url).get(`/api/evaluations/${interview.id}`).set(owner.auth).expect(200)).body;
    expect(evaluation).toMatchObject({ source: 'ai', communication_score: Math.round(f.communication_score * 1000) / 100 });
    expect((await request(t.url).get(`/api/v1/interviews/${interview.id}/state`).set(owner.auth)).body.phase).toBe('completed');
  });

  it('submits code: runs it, answers the documented body, and the state and feedback reflect it', async () => {
    const { id } = await create(owner);
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
    const code = 'def fibonacci(n):\n    return n if n <= 1 else fibonacci(n-1) + fibonacci(n-2)\nprint("fib(10) =", fibonacci(10))';
    const res = await request(t.url).post(`/api/v1/interviews/${id}/submit-code`).set(owner.auth).send({ code, language: 'python' }).expect(200);
    // Graded on the interview's coding problem (#11), drawn per interview: a program that prints a labelled
    // constant is no problem's answer, so no case passes.
    expect(res.body).toEqual({
      message: 'Code submitted successfully',
      execution_result: { stdout: 'fib(10) = 55\n', stderr: '', exit_code: 0, tests_passed: 0, tests_total: expect.any(Number) },
    });

    const crash = await request(t.url)
      .post(`/api/v1/interviews/${id}/submit-code`)
      .set(owner.auth)
      .send({ code: 'raise ValueError("nope")', language: 'python' })
      .expect(200);
    expect(crash.body.execution_result).toMatchObject({ stdout: '', stderr: expect.stringContaining('ValueError: nope'), exit_code: 1 });

    const state = (await request(t.url).get(`/api/v1/interviews/${id}/state`).set(owner.auth).expect(200)).body;
    expect(state).toMatchObject({ phase: 'coding' });
    expect(state.code_submissions).toEqual([
      expect.objectContaining({ code, language: 'python', execution_result: expect.objectContaining({ stdout: 'fib(10) = 55\n', exit_code: 0, status: 'ok' }) }),
      expect.objectContaining({ execution_result: expect.objectContaining({ exit_code: 1, status: 'runtime_error' }) }),
    ]);

    // The final submission failed, neither run passed a test of the problem; no question was answered.
    const { feedback } = (await request(t.url).post(`/api/v1/interviews/${id}/complete`).set(owner.auth).expect(200)).body;
    expect(feedback).toMatchObject({ source: 'ai', problem_solving_score: 0, technical_score: 0, skill_breakdown: { python: 0 }, recommendation: 'no_hire' });
    expect(feedback.code_quality_score).toBeLessThan(0.5);

    const before = await streamLength(id);
    await request(t.url).post(`/api/v1/interviews/${id}/submit-code`).set(owner.auth).send({ code: 'print(1)', language: 'python' }).expect(409);
    await request(t.url).post(`/api/v1/interviews/${id}/submit-code`).set(owner.auth).send({ language: 'python' }).expect(422);
    await request(t.url).post(`/api/v1/interviews/${id}/submit-code`).set(other.auth).send({ code: 'print(1)', language: 'python' }).expect(403);
    expect(await streamLength(id)).toBe(before);
  });

  it('refuses illegal transitions with 409 and appends nothing', async () => {
    const pending = await create(owner);
    let before = await streamLength(pending.id);
    const early = await request(t.url).post(`/api/v1/interviews/${pending.id}/complete`).set(owner.auth).expect(409);
    expect(early.body).toEqual({ detail: expect.stringContaining('has not started'), status_code: 409 });
    expect(await streamLength(pending.id)).toBe(before);

    await request(t.url).post(`/api/v1/interviews/${pending.id}/start`).set(owner.auth).expect(200);
    await request(t.url).post(`/api/v1/interviews/${pending.id}/complete`).set(owner.auth).expect(200);
    before = await streamLength(pending.id);
    expect((await request(t.url).post(`/api/v1/interviews/${pending.id}/complete`).set(owner.auth).expect(409)).body.detail).toContain('already completed');
    expect((await request(t.url).post(`/api/v1/interviews/${pending.id}/start`).set(owner.auth).expect(409)).body.detail).toContain('already completed');
    expect(await streamLength(pending.id)).toBe(before);
  });

  it('guards every S2 route: 403 for strangers, 404 for unknown or malformed ids', async () => {
    const { id } = await create(owner);
    for (const [method, path] of [
      ['post', `/api/v1/interviews/${id}/start`],
      ['get', `/api/v1/interviews/${id}/state`],
      ['post', `/api/v1/interviews/${id}/complete`],
    ] as const) {
      await request(t.url)[method](path).set(other.auth).expect(403);
      await request(t.url)[method](path.replace(id, UNKNOWN)).set(owner.auth).expect(404);
      await request(t.url)[method](path.replace(id, 'abc')).set(owner.auth).expect(404);
      await request(t.url)[method](path).expect(401);
    }
    expect(await streamLength(id)).toBe(1);
  });

  it('issues voice tokens honouring can_publish / can_subscribe, only for rooms the caller may join', async () => {
    const { room_name: room } = await create(owner, { candidate_email: 's2-candidate@example.com' });
    const full = await request(t.url).post('/api/v1/voice/token').set(owner.auth).send({ room_name: room, participant_name: 'Owner' }).expect(200);
    expect(full.body).toMatchObject({ token: expect.any(String), room_name: room, url: expect.stringMatching(/^wss?:\/\//) });
    expect(jwtClaims(full.body.token).video).toMatchObject({ room, roomJoin: true, canPublish: true, canSubscribe: true });

    const listenOnly = await request(t.url)
      .post('/api/v1/voice/token')
      .set(candidate.auth)
      .send({ room_name: room, participant_name: 'Cand', can_publish: false, can_subscribe: true })
      .expect(200);
    expect(jwtClaims(listenOnly.body.token)).toMatchObject({ sub: candidate.id, name: 'Cand', video: { room, canPublish: false, canSubscribe: true } });
    const ownerMuted = await request(t.url).post('/api/v1/voice/token').set(owner.auth).send({ room_name: room, participant_name: 'O', can_publish: false }).expect(200);
    expect(jwtClaims(ownerMuted.body.token).video).toMatchObject({ canPublish: false });

    await request(t.url).post('/api/v1/voice/token').set(other.auth).send({ room_name: room, participant_name: 'X' }).expect(403);
    await request(t.url).post('/api/v1/voice/token').set(owner.auth).send({ room_name: 'interview-000000000000', participant_name: 'X' }).expect(404);
    const bad = await request(t.url).post('/api/v1/voice/token').set(owner.auth).send({ participant_name: 'X', can_publish: 'yes' }).expect(422);
    expect(bad.body.status_code).toBe(422);
  });
});
