import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, RecordRoomEventCommand, UpdateCodeCommand } from '@candor/application';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, jwtClaims, logIn, signUp } from '../support/interview-actors';
import { requireSystemPackages } from '@candor/testing/system-packages';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** S0 (`/api`): sessions, coding history, evaluations and LiveKit tokens over the interview aggregate. */
requireSystemPackages('bubblewrap', 'util-linux', 'time', 'python3');

describe('S0 sessions, coding events, evaluations, LiveKit tokens', () => {
  let t: TestApp;
  let owner: Actor;
  let other: Actor;
  let candidate: Actor;
  let admin: Actor;
  let events: EventStore;
  const streamLength = async (id: string) => (await events.readStream(`interview-${id}`)).length;

  const session = {
    title: 'Senior Python Developer Interview',
    description: 'Technical interview for senior Python position',
    candidate_email: 'candidate@example.com',
    scheduled_at: '2030-01-15T14:00:00Z',
    duration_minutes: 60,
    metadata: { difficulty: 'senior', technologies: ['python', 'django', 'postgresql'], interview_type: 'technical' },
  };
  const createSession = async (actor: Actor, body: Record<string, unknown> = session) =>
    (await request(t.url).post('/api/sessions').set(actor.auth).send(body).expect(201)).body;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    events = t.app.get(EVENT_STORE);
    [owner, other, candidate] = await Promise.all([
      signUp(t.url, 's0-owner@example.com'),
      signUp(t.url, 's0-other@example.com'),
      signUp(t.url, 'candidate@example.com', 'candidate'),
    ]);
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => t.close());

  describe('sessions', () => {
    it('creates a session (201) with the documented keys', async () => {
      const body = await createSession(owner);
      expect(body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        title: session.title,
        description: session.description,
        status: 'scheduled',
        recruiter_id: owner.id,
        candidate_email: 'candidate@example.com',
        session_code: expect.stringMatching(/^[A-Z0-9]{6}$/),
        livekit_room: expect.stringMatching(/^interview-[0-9a-f]{12}$/),
        created_at: expect.any(String),
        started_at: null,
        duration_minutes: 60,
        metadata: session.metadata,
      });
      // The same interview through S1: one aggregate, many views.
      const v1 = (await request(t.url).get(`/api/v1/interviews/${body.id}`).set(owner.auth).expect(200)).body;
      expect(v1).toMatchObject({ session_code: body.session_code, room_name: body.livekit_room, interview_type: 'technical', difficulty: 'senior', technologies: ['python', 'django', 'postgresql'] });
    });

    it('gives every session its own code; a session without a schedule is pending', async () => {
      const created = await Promise.all([1, 2, 3, 4, 5].map(() => createSession(owner, { title: 'Bulk' })));
      expect(new Set(created.map((s) => s.session_code)).size).toBe(5);
      expect(created.every((s) => s.status === 'pending')).toBe(true);
    });

    it('answers bad input with 422 and the S0 detail list', async () => {
      const missing = await request(t.url).post('/api/sessions').set(owner.auth).send({ description: 'x' }).expect(422);
      expect(missing.body.detail).toEqual(expect.arrayContaining([{ loc: ['title'], msg: 'field required', type: 'value_error.missing' }]));
      const badType = await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'x', metadata: { interview_type: 'phone' } }).expect(422);
      expect(badType.body.detail[0].loc).toEqual(['metadata', 'interview_type']);
      await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'x', scheduled_at: 'tomorrow' }).expect(422);
      await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'x', duration_minutes: -5 }).expect(422);
      await request(t.url).post('/api/sessions').send(session).expect(401);
    });

    it('lists with status filter, limit (default 20) and offset', async () => {
      const lister = await signUp(t.url, 's0-lister@example.com');
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) ids.push((await createSession(lister, { title: `L${i}`, scheduled_at: '2030-02-01T10:00:00Z' })).id);
      const pending = (await createSession(lister, { title: 'No schedule' })).id;
      // Started through S2: S0 shows it as `active`.
      await request(t.url).post(`/api/v1/interviews/${ids[0]}/start`).set(lister.auth).expect(200);

      const all = (await request(t.url).get('/api/sessions').set(lister.auth).expect(200)).body;
      expect(all).toMatchObject({ total: 4, limit: 20, offset: 0 });
      expect(all.sessions.map((s: { id: string }) => s.id)).toEqual([pending, ids[2], ids[1], ids[0]]);
      expect(all.sessions[0]).toMatchObject({ id: pending, title: 'No schedule', status: 'pending', session_code: expect.any(String), created_at: expect.any(String) });

      const active = (await request(t.url).get('/api/sessions?status=active').set(lister.auth).expect(200)).body;
      expect(active).toMatchObject({ total: 1, sessions: [{ id: ids[0], status: 'active', started_at: expect.any(String) }] });
      const scheduled = (await request(t.url).get('/api/sessions?status=scheduled').set(lister.auth).expect(200)).body;
      expect(scheduled.sessions.map((s: { id: string }) => s.id)).toEqual([ids[2], ids[1]]);

      const page = (await request(t.url).get('/api/sessions?limit=2&offset=1').set(lister.auth).expect(200)).body;
      expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
      expect(page.sessions.map((s: { id: string }) => s.id)).toEqual([ids[2], ids[1]]);

      await request(t.url).get('/api/sessions?status=done').set(lister.auth).expect(422);
      await request(t.url).get('/api/sessions?limit=0').set(lister.auth).expect(422);
      await request(t.url).get('/api/sessions?offset=-1').set(lister.auth).expect(422);
    });

    it('lists a session to its candidate, not to strangers; a superuser sees every session', async () => {
      const { id } = await createSession(owner);
      const mineAsCandidate = (await request(t.url).get('/api/sessions?limit=100').set(candidate.auth).expect(200)).body;
      expect(mineAsCandidate.sessions.map((s: { id: string }) => s.id)).toContain(id);
      const strangers = (await request(t.url).get('/api/sessions?limit=100').set(other.auth).expect(200)).body;
      expect(strangers.sessions.map((s: { id: string }) => s.id)).not.toContain(id);
      const everything = (await request(t.url).get('/api/sessions?limit=100').set(admin.auth).expect(200)).body;
      expect(everything.sessions.map((s: { id: string }) => s.id)).toContain(id);
    });

    it('shows details to owner, candidate and superuser; 403 to others; 404 when unknown or malformed', async () => {
      const { id } = await createSession(owner);
      for (const actor of [owner, candidate, admin]) {
        const res = await request(t.url).get(`/api/sessions/${id}`).set(actor.auth).expect(200);
        expect(res.body).toMatchObject({ id, status: 'scheduled', livekit_room: expect.any(String), recruiter_id: owner.id });
      }
      const forbidden = await request(t.url).get(`/api/sessions/${id}`).set(other.auth).expect(403);
      expect(forbidden.body).toMatchObject({ detail: expect.stringContaining('Not enough permissions'), code: 'INTERVIEW.FORBIDDEN' });
      expect((await request(t.url).get(`/api/sessions/${UNKNOWN}`).set(owner.auth).expect(404)).body).toMatchObject({ detail: 'Interview not found' });
      await request(t.url).get('/api/sessions/123').set(owner.auth).expect(404);
    });
  });

  describe('LiveKit room events', () => {
    it('a participant joining makes the session active; the room finishing completes it; redeliveries change nothing', async () => {
      const { id, livekit_room: room } = await createSession(owner);
      const commands = t.app.get(CommandBus);
      const joined = { id: 'EV_join_1', kind: 'participant_joined' as const, roomName: room, participantIdentity: candidate.id, participantName: 'Cand', occurredAt: '2030-01-15T14:01:00.000Z' };
      expect(await commands.execute(new RecordRoomEventCommand(joined))).toEqual({ interviewId: id, recorded: true });
      expect(await commands.execute(new RecordRoomEventCommand(joined))).toEqual({ interviewId: id, recorded: false });
      const active = (await request(t.url).get(`/api/sessions/${id}`).set(owner.auth).expect(200)).body;
      expect(active).toMatchObject({ status: 'active', started_at: '2030-01-15T14:01:00.000Z' });

      await commands.execute(new RecordRoomEventCommand({ id: 'EV_left_1', kind: 'participant_left', roomName: room, participantIdentity: candidate.id, occurredAt: '2030-01-15T14:50:00.000Z' }));
      await commands.execute(new RecordRoomEventCommand({ id: 'EV_fin_1', kind: 'room_finished', roomName: room, occurredAt: '2030-01-15T14:55:00.000Z' }));
      const done = (await request(t.url).get(`/api/sessions/${id}`).set(owner.auth).expect(200)).body;
      expect(done).toMatchObject({ status: 'completed', ended_at: '2030-01-15T14:55:00.000Z' });
      // The scoring reaction to the completion appends the AI's verdict to the assessment stream; the room's events are these.
      expect((await events.readStream(`interview-${id}`)).map((e) => e.type)).toEqual([
        'InterviewCreated',
        'ParticipantJoined',
        'InterviewStarted',
        'ParticipantLeft',
        'RoomFinished',
        'InterviewCompleted',
      ]);
      // A room no interview owns is ignored.
      expect(await commands.execute(new RecordRoomEventCommand({ ...joined, id: 'EV_x', roomName: 'interview-999999999999' }))).toEqual({
        interviewId: null,
        recorded: false,
      });
    });
  });

  describe('coding history', () => {
    it('lists code updates in order with the documented keys; only to those who may see the session', async () => {
      const { id } = await createSession(owner);
      const commands = t.app.get(CommandBus);
      // Code updates arrive over the session's WebSocket; the gateway records them with this command.
      await commands.execute(new UpdateCodeCommand(id, null, "print('Hello')", 'python'));
      await commands.execute(new UpdateCodeCommand(id, null, "print('Hello, World!')", 'python'));
      const res = await request(t.url).get(`/api/coding/events/${id}`).set(candidate.auth).expect(200);
      expect(res.body.events).toEqual([
        expect.objectContaining({ session_id: id, event_type: 'code_update', code: "print('Hello')", language: 'python', output: null, id: expect.any(String), created_at: expect.any(String) }),
        expect.objectContaining({ event_type: 'code_update', code: "print('Hello, World!')" }),
      ]);
      await request(t.url).get(`/api/coding/events/${id}`).set(other.auth).expect(403);
      await request(t.url).get(`/api/coding/events/${UNKNOWN}`).set(owner.auth).expect(404);
    });
  });

  describe('code execution', () => {
    it('runs code in the sandbox, answers the documented keys and records the run in the coding history', async () => {
      const { id } = await createSession(owner);
      const res = await request(t.url)
        .post('/api/coding/execute')
        .set(candidate.auth)
        .send({ session_id: id, code: "print('Hello, World!')", language: 'python', input: '' })
        .expect(200);
      expect(res.body).toMatchObject({ output: 'Hello, World!\n', error: null, exit_code: 0, execution_time: expect.any(Number), memory_usage: expect.any(Number) });

      const failing = await request(t.url)
        .post('/api/coding/execute')
        .set(owner.auth)
        .send({ session_id: id, code: 'import sys\nsys.stderr.write("boom")\nsys.exit(3)', language: 'py' })
        .expect(200);
      expect(failing.body).toMatchObject({ exit_code: 3, error: expect.stringContaining('boom') });

      const history = (await request(t.url).get(`/api/coding/events/${id}`).set(owner.auth).expect(200)).body.events;
      expect(history).toEqual([
        expect.objectContaining({ session_id: id, event_type: 'code_execution', code: "print('Hello, World!')", language: 'python', output: 'Hello, World!\n', exit_code: 0 }),
        expect.objectContaining({ event_type: 'code_execution', language: 'python', exit_code: 3, output: expect.stringContaining('boom') }),
      ]);
    });

    it('refuses strangers (403), unknown sessions (404), bad bodies (422) and finished sessions (409) without running', async () => {
      const { id } = await createSession(owner);
      const run = { session_id: id, code: 'print(1)', language: 'python' };
      await request(t.url).post('/api/coding/execute').set(other.auth).send(run).expect(403);
      await request(t.url).post('/api/coding/execute').set(owner.auth).send({ ...run, session_id: UNKNOWN }).expect(404);
      const badLanguage = await request(t.url).post('/api/coding/execute').set(owner.auth).send({ ...run, language: 'cobol' }).expect(422);
      expect(badLanguage.body.detail[0]).toMatchObject({ loc: ['language'] });
      await request(t.url).post('/api/coding/execute').set(owner.auth).send({ ...run, code: undefined }).expect(422);
      await request(t.url).post('/api/coding/execute').set(owner.auth).send({ ...run, session_id: '12' }).expect(422);
      await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'cancelled' }).expect(200);
      const before = await streamLength(id);
      const refused = await request(t.url).post('/api/coding/execute').set(owner.auth).send(run).expect(409);
      expect(refused.body).toMatchObject({ code: 'INTERVIEW.ALREADY_CANCELLED' });
      expect(await streamLength(id)).toBe(before);
    });
  });

  describe('evaluations', () => {
    const evaluation = (sessionId: string) => ({
      session_id: sessionId,
      overall_score: 8.5,
      coding_score: 9.0,
      communication_score: 8.0,
      problem_solving_score: 8.5,
      key_findings: [
        { category: 'technical_skills', finding: 'Strong Python knowledge', evidence: 'Successfully solved complex algorithm problems' },
        { category: 'communication', finding: 'Clear explanations', evidence: 'Articulated thought process well' },
      ],
      recommendations: ['Consider exploring system design topics', 'Practice more complex data structures'],
    });

    it('records an evaluation (201) and returns the latest one', async () => {
      const { id } = await createSession(owner);
      await request(t.url).get(`/api/evaluations/${id}`).set(owner.auth).expect(404);
      const created = await request(t.url).post('/api/evaluations').set(owner.auth).send(evaluation(id)).expect(201);
      expect(created.body).toMatchObject({
        id: expect.any(String),
        session_id: id,
        overall_score: 8.5,
        coding_score: 9,
        communication_score: 8,
        problem_solving_score: 8.5,
        created_at: expect.any(String),
        key_findings: evaluation(id).key_findings,
        recommendations: evaluation(id).recommendations,
      });
      await request(t.url).post('/api/evaluations').set(owner.auth).send({ ...evaluation(id), overall_score: 6 }).expect(201);
      const latest = await request(t.url).get(`/api/evaluations/${id}`).set(candidate.auth).expect(200);
      expect(latest.body).toMatchObject({ session_id: id, overall_score: 6, source: 'reviewer' });
    });

    it('lets only the owner or a superuser evaluate; validates scores and ids', async () => {
      const { id } = await createSession(owner);
      await request(t.url).post('/api/evaluations').set(candidate.auth).send(evaluation(id)).expect(403);
      await request(t.url).post('/api/evaluations').set(other.auth).send(evaluation(id)).expect(403);
      await request(t.url).get(`/api/evaluations/${id}`).set(other.auth).expect(403);
      await request(t.url).post('/api/evaluations').set(admin.auth).send(evaluation(id)).expect(201);
      await request(t.url).post('/api/evaluations').set(owner.auth).send({ ...evaluation(id), overall_score: 11 }).expect(422);
      const badId = await request(t.url).post('/api/evaluations').set(owner.auth).send({ ...evaluation(id), session_id: 123 }).expect(422);
      expect(badId.body.detail[0].loc).toEqual(['session_id']);
      await request(t.url).post('/api/evaluations').set(owner.auth).send(evaluation(UNKNOWN)).expect(404);
    });

    it('refuses to evaluate a cancelled session (409) and appends nothing', async () => {
      const { id } = await createSession(owner);
      await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'cancelled' }).expect(200);
      const before = await streamLength(id);
      const res = await request(t.url).post('/api/evaluations').set(owner.auth).send(evaluation(id)).expect(409);
      expect(res.body).toMatchObject({ detail: expect.stringContaining('cancelled'), code: 'INTERVIEW.ALREADY_CANCELLED' });
      expect(await streamLength(id)).toBe(before);
    });
  });

  describe('LiveKit token', () => {
    it('issues a host token to the owner and a guest token to the candidate of the room', async () => {
      const { livekit_room: room } = await createSession(owner);
      const host = await request(t.url)
        .post('/api/livekit/token')
        .set(owner.auth)
        .send({ room_name: room, participant_name: 'John Doe', participant_role: 'host' })
        .expect(200);
      expect(host.body).toMatchObject({ token: expect.any(String), room_url: expect.stringMatching(/^wss?:\/\//), expires_at: expect.any(String) });
      expect(Date.parse(host.body.expires_at)).toBeGreaterThan(Date.now());
      expect(jwtClaims(host.body.token)).toMatchObject({ name: 'John Doe', sub: owner.id, video: { room, roomJoin: true, roomAdmin: true } });

      const guest = await request(t.url).post('/api/livekit/token').set(candidate.auth).send({ room_name: room, participant_name: 'Cand', participant_role: 'guest' }).expect(200);
      const claims = jwtClaims(guest.body.token);
      expect(claims).toMatchObject({ sub: candidate.id, video: { room, roomJoin: true } });
      expect(claims.video.roomAdmin).toBeUndefined();
    });

    it('refuses host to the candidate, any token to strangers, unknown rooms and bad bodies', async () => {
      const { livekit_room: room } = await createSession(owner);
      await request(t.url).post('/api/livekit/token').set(candidate.auth).send({ room_name: room, participant_name: 'C', participant_role: 'host' }).expect(403);
      await request(t.url).post('/api/livekit/token').set(other.auth).send({ room_name: room, participant_name: 'O', participant_role: 'guest' }).expect(403);
      await request(t.url).post('/api/livekit/token').set(owner.auth).send({ room_name: 'interview-ffffffffffff', participant_name: 'O' }).expect(404);
      await request(t.url).post('/api/livekit/token').set(owner.auth).send({ room_name: room, participant_name: 'O', participant_role: 'admin' }).expect(422);
      await request(t.url).post('/api/livekit/token').set(owner.auth).send({ participant_name: 'O' }).expect(422);
    });
  });
});
