import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../support/interview-actors';
import { WsTestClient } from '../support/ws-test-client';
import { requireSystemPackages } from '@candor/testing/system-packages';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/**
 * The WebSockets (CONTRACTS.md, "Cross-cutting"): S0 `/ws/session/{id}` (seed 000, "WebSocket Events"),
 * S4 `/ws/interview/{id}/status` and `/ws/user/{user_id}/notifications`, over the real app.
 */
requireSystemPackages('bubblewrap', 'util-linux', 'time', 'python3');

describe('WebSockets', () => {
  let t: TestApp;
  let ws: string;
  let owner: Actor;
  let candidate: Actor;
  let outsider: Actor;
  let admin: Actor;
  const open: WsTestClient[] = [];

  const createSession = async (title = 'Pairing session') =>
    (await request(t.url).post('/api/sessions').set(owner.auth).send({ title, candidate_email: candidate.email }).expect(201)).body.id as string;

  /** Connects and waits until the server has admitted the client (its `connected` message). */
  async function join(path: string, token?: string): Promise<WsTestClient> {
    const client = await WsTestClient.connect(`${ws}${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`);
    open.push(client);
    if (token) await client.next('connected');
    return client;
  }

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    ws = t.url.replace(/^http/, 'ws');
    [owner, candidate, outsider] = await Promise.all([
      signUp(t.url, 'ws-owner@example.com'),
      signUp(t.url, 'ws-candidate@example.com', 'candidate'),
      signUp(t.url, 'ws-outsider@example.com'),
    ]);
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
  });

  afterEach(() => open.splice(0).forEach((client) => client.close()));
  afterAll(async () => t.close());

  describe('/ws/session/{id} (S0)', () => {
    it('given the owner and the candidate on one session, when one sends a code_update, then the other receives it as documented, and the sender no echo', async () => {
      const id = await createSession();
      const ownerSocket = await join(`/ws/session/${id}`, owner.token);
      const candidateSocket = await join(`/ws/session/${id}/`, candidate.token);
      expect(ownerSocket.messages[0]).toEqual({ type: 'connected', user_id: owner.id, session_id: id });

      candidateSocket.send({ type: 'code_update', data: { code: "print('Updated code')", language: 'python' } });

      const update = await ownerSocket.next('code_update');
      expect(update).toEqual({
        type: 'code_update',
        data: {
          session_id: id,
          code: "print('Updated code')",
          language: 'python',
          timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/),
          user_id: candidate.id,
        },
      });
      // Recorded as an event: the coding history shows it.
      const history = await request(t.url).get(`/api/coding/events/${id}`).set(owner.auth).expect(200);
      expect(history.body.events).toEqual([expect.objectContaining({ event_type: 'code_update', code: "print('Updated code')" })]);

      // The sender gets no echo of its own update. Each socket receives events in log order, so an echo
      // would arrive before the next update from the other side.
      const codes = (socket: WsTestClient) => socket.messages.filter((m) => m.type === 'code_update').map((m) => (m.data as { code: string }).code);
      ownerSocket.send({ type: 'code_update', data: { code: 'print(2)', language: 'python' } });
      await candidateSocket.next('code_update', (m) => (m.data as { code: string }).code === 'print(2)');
      candidateSocket.send({ type: 'code_update', data: { code: 'print(3)', language: 'python' } });
      await ownerSocket.next('code_update', (m) => (m.data as { code: string }).code === 'print(3)');
      expect(codes(ownerSocket)).toEqual(["print('Updated code')", 'print(3)']);
      expect(codes(candidateSocket)).toEqual(['print(2)']);
    });

    it('when code is executed through POST /api/coding/execute, then every participant receives the execution_result', async () => {
      const id = await createSession();
      const ownerSocket = await join(`/ws/session/${id}`, owner.token);
      const candidateSocket = await join(`/ws/session/${id}`, candidate.token);

      const run = await request(t.url)
        .post('/api/coding/execute')
        .set(candidate.auth)
        .send({ session_id: id, code: "print('Hello, World!')", language: 'python', input: '' })
        .expect(200);
      expect(run.body.output).toBe('Hello, World!\n');

      for (const socket of [ownerSocket, candidateSocket]) {
        const result = await socket.next('execution_result', () => true, 15_000);
        expect(result).toEqual({
          type: 'execution_result',
          data: expect.objectContaining({
            session_id: id,
            output: 'Hello, World!\n',
            exit_code: 0,
            execution_time: expect.any(Number),
            timestamp: expect.any(String),
          }),
        });
      }
    });

    it("when the candidate submits code against the session's coding problem, then every participant's execution_result carries the test results", async () => {
      const id = await createSession();
      await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
      const ownerSocket = await join(`/ws/session/${id}`, owner.token);
      const candidateSocket = await join(`/ws/session/${id}`, candidate.token);
      const problem = (await request(t.url).get(`/api/v1/interviews/${id}/coding-problem`).set(candidate.auth).expect(200)).body;
      const example = problem.examples[0];

      const submitted = await request(t.url)
        .post(`/api/v1/interviews/${id}/submit-code`)
        .set(candidate.auth)
        .send({ code: `print(${JSON.stringify(example.output.trim())})`, language: 'python' })
        .expect(200);
      const { tests_passed, tests_total } = submitted.body.execution_result;
      expect(tests_total).toBeGreaterThan(0);

      for (const socket of [ownerSocket, candidateSocket]) {
        const result = await socket.next('execution_result', (m) => (m.data as { kind: string }).kind === 'submission', 15_000);
        const data = result.data as { tests_passed: number; tests_total: number; test_results: Array<Record<string, unknown>> };
        expect(data).toMatchObject({ session_id: id, kind: 'submission', tests_passed, tests_total });
        expect(data.test_results).toHaveLength(tests_total);
        expect(data.test_results.filter((r) => r.passed)).toHaveLength(tests_passed);
        expect(data.test_results[0]).toEqual(expect.objectContaining({ name: expect.any(String), passed: expect.any(Boolean), hidden: false }));
        for (const hidden of data.test_results.filter((r) => r.hidden)) {
          expect(hidden).not.toHaveProperty('expected');
          expect(hidden).not.toHaveProperty('actual');
        }
      }
    });

    it('a superuser may join; the first message may carry the token instead of the URL', async () => {
      const id = await createSession();
      await join(`/ws/session/${id}`, admin.token);
      const client = await join(`/ws/session/${id}`);
      client.send({ type: 'auth', token: candidate.token });
      expect(await client.next('connected')).toMatchObject({ user_id: candidate.id, session_id: id });
    });

    it('without a valid token the socket is closed with 4401', async () => {
      const id = await createSession();
      const forged = await join(`/ws/session/${id}`, undefined);
      forged.send({ type: 'auth', token: `${owner.token}x` });
      expect((await forged.closeCode()).code).toBe(4401);

      const bad = await WsTestClient.connect(`${ws}/ws/session/${id}?token=not-a-token`);
      open.push(bad);
      expect((await bad.closeCode()).code).toBe(4401);

      const silent = await join(`/ws/session/${id}`);
      const closed = await silent.closeCode(8000);
      expect(closed).toMatchObject({ code: 4401, reason: expect.stringMatching(/timeout/i) });
    });

    it('a user who may not see the interview is closed with 4403; an unknown session with 4404', async () => {
      const id = await createSession();
      const intruder = await WsTestClient.connect(`${ws}/ws/session/${id}?token=${outsider.token}`);
      open.push(intruder);
      expect((await intruder.closeCode()).code).toBe(4403);
      const lost = await WsTestClient.connect(`${ws}/ws/session/${UNKNOWN}?token=${owner.token}`);
      open.push(lost);
      expect((await lost.closeCode()).code).toBe(4404);
    });

    it('an unknown path is refused with 404 before the upgrade', async () => {
      await expect(WsTestClient.connect(`${ws}/ws/sessions/x?token=${owner.token}`)).rejects.toMatchObject({ statusCode: 404 });
    });

    it('bad JSON gets an error message and the socket stays open and usable; a refused update gets the domain error', async () => {
      const id = await createSession();
      const ownerSocket = await join(`/ws/session/${id}`, owner.token);
      const candidateSocket = await join(`/ws/session/${id}`, candidate.token);

      candidateSocket.sendInvalid('{"type": "code_update", ');
      expect(await candidateSocket.next('error')).toEqual({ type: 'error', message: expect.stringMatching(/JSON/) });
      candidateSocket.sendInvalid({ type: 'code_update', data: { code: 42 } });
      await candidateSocket.next('error', (m) => /code_update needs data/.test(String(m.message)));
      candidateSocket.send({ type: 'ping' });
      await candidateSocket.next('pong');
      expect(candidateSocket.isOpen).toBe(true);

      candidateSocket.send({ type: 'code_update', data: { code: 'x = 1', language: 'python' } });
      await ownerSocket.next('code_update');

      await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
      await request(t.url).post(`/api/v1/interviews/${id}/complete`).set(owner.auth).expect(200);
      candidateSocket.send({ type: 'code_update', data: { code: 'x = 2', language: 'python' } });
      const refused = await candidateSocket.next('error', (m) => String(m.code).startsWith('INTERVIEW.'));
      expect(refused.message).toEqual(expect.any(String));
      expect(candidateSocket.isOpen).toBe(true);
    });
  });

  describe('/ws/interview/{id}/status and /ws/user/{user_id}/notifications (S4)', () => {
    it('the status socket and both parties\' notification sockets hear the interview start and complete', async () => {
      const id = await createSession('Status watch');
      const status = await join(`/ws/interview/${id}/status`, candidate.token);
      expect(status.messages[0]).toEqual({ type: 'connected', user_id: candidate.id, interview_id: id, status: 'pending' });
      const ownerInbox = await join(`/ws/user/${owner.id}/notifications`, owner.token);
      const candidateInbox = await join(`/ws/user/${candidate.id}/notifications/`, candidate.token);
      const outsiderInbox = await join(`/ws/user/${outsider.id}/notifications`, outsider.token);

      await request(t.url).post(`/api/v1/interviews/${id}/start`).set(candidate.auth).expect(200);
      expect(await status.next('interview_status', (m) => (m.data as { status: string }).status === 'in_progress')).toEqual({
        type: 'interview_status',
        data: { interview_id: id, status: 'in_progress', timestamp: expect.any(String) },
      });
      for (const inbox of [ownerInbox, candidateInbox]) {
        expect(await inbox.next('notification', (m) => (m.data as { status: string }).status === 'in_progress')).toEqual({
          type: 'notification',
          data: {
            id: expect.any(String),
            kind: 'interview_status',
            interview_id: id,
            title: 'Status watch',
            status: 'in_progress',
            message: 'Interview "Status watch" has started',
            timestamp: expect.any(String),
          },
        });
      }

      await request(t.url).post(`/api/v1/interviews/${id}/complete`).set(owner.auth).expect(200);
      await status.next('interview_status', (m) => (m.data as { status: string }).status === 'completed');
      await ownerInbox.next('notification', (m) => (m.data as { status: string }).status === 'completed');
      expect(outsiderInbox.messages.filter((m) => m.type === 'notification')).toEqual([]);
    });

    it("another user's notifications are refused with 4403; an interview one may not see with 4403", async () => {
      const spy = await WsTestClient.connect(`${ws}/ws/user/${owner.id}/notifications?token=${outsider.token}`);
      open.push(spy);
      expect((await spy.closeCode()).code).toBe(4403);
      const id = await createSession();
      const peek = await WsTestClient.connect(`${ws}/ws/interview/${id}/status?token=${outsider.token}`);
      open.push(peek);
      expect((await peek.closeCode()).code).toBe(4403);
    });
  });
});

describe('WebSockets with the seeds\' limits (RATE_LIMIT_SCALE=1)', () => {
  it('a user holds at most 5 connections (the 6th is closed with 4429); closing the app closes every socket with 1001', async () => {
    const t = await startTestApp({ RATE_LIMIT_SCALE: '1' });
    const ws = t.url.replace(/^http/, 'ws');
    let closed = false;
    try {
      const user = await signUp(t.url, 'ws-limit@example.com');
      const url = `${ws}/ws/user/${user.id}/notifications?token=${user.token}`;
      const five = await Promise.all(Array.from({ length: 5 }, () => WsTestClient.connect(url)));
      await Promise.all(five.map((client) => client.next('connected')));
      const sixth = await WsTestClient.connect(url);
      expect((await sixth.closeCode()).code).toBe(4429);

      closed = true;
      await t.close();
      for (const client of five) expect((await client.closeCode()).code).toBe(1001);
    } finally {
      if (!closed) await t.close();
    }
  });
});
