import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { requireSystemPackages } from '@candor/testing/system-packages';

/** S2 `/api/v1/sandbox/*`: code runs outside any interview, through the same queue and sandbox. */
requireSystemPackages('bubblewrap', 'util-linux', 'time', 'python3', 'gcc', 'g++', 'openjdk-17-jdk-headless');

describe('S2 sandbox', () => {
  let t: TestApp;
  let user: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    user = await signUp(t.url, 'sandbox-user@example.com');
  });
  afterAll(async () => t.close());

  it('executes code with stdin and answers the documented body', async () => {
    const res = await request(t.url)
      .post('/api/v1/sandbox/execute')
      .set(user.auth)
      .send({ code: "print('Hello, ' + input())", language: 'python', timeout_seconds: 30, stdin: 'World' })
      .expect(200);
    expect(res.body).toEqual({ stdout: 'Hello, World\n', stderr: '', exit_code: 0, execution_time_ms: expect.any(Number) });
  });

  it('reports a runtime error on stderr with its exit code, and a time limit with its reason', async () => {
    const failed = await request(t.url)
      .post('/api/v1/sandbox/execute')
      .set(user.auth)
      .send({ code: 'console.error("boom"); process.exit(3)', language: 'javascript' })
      .expect(200);
    expect(failed.body).toMatchObject({ stdout: '', stderr: expect.stringContaining('boom'), exit_code: 3 });

    const slow = await request(t.url)
      .post('/api/v1/sandbox/execute')
      .set(user.auth)
      .send({ code: 'while True: pass', language: 'python', timeout_seconds: 0.5 })
      .expect(200);
    expect(slow.body.exit_code).not.toBe(0);
    expect(slow.body.stderr).toMatch(/time/i);
  });

  it('refuses an unknown language and a bad body in the S2 format, and a caller without a token', async () => {
    const unknown = await request(t.url).post('/api/v1/sandbox/execute').set(user.auth).send({ code: 'x', language: 'cobol' });
    expect([400, 422]).toContain(unknown.status);
    expect(unknown.body).toEqual(expect.objectContaining({ detail: expect.anything(), status_code: unknown.status }));

    const bad = await request(t.url).post('/api/v1/sandbox/execute').set(user.auth).send({ language: 'python', timeout_seconds: 'soon' });
    expect(bad.status).toBe(422);
    expect(bad.body.status_code).toBe(422);

    await request(t.url).post('/api/v1/sandbox/execute').send({ code: 'print(1)', language: 'python' }).expect(401);
  });

  it('lists the languages this host runs, with versions', async () => {
    const res = await request(t.url).get('/api/v1/sandbox/languages').set(user.auth).expect(200);
    const python = res.body.find((l: { id: string }) => l.id === 'python');
    expect(python).toMatchObject({ name: expect.any(String), available: true, version: expect.stringMatching(/^\d+\.\d+/) });
    expect(res.body.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining(['python', 'javascript', 'typescript', 'c', 'cpp', 'java']));
  });
});
