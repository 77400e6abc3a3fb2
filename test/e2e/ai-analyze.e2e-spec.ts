import request from 'supertest';
import { EVENT_STORE, EventStore } from '@candor/application';
import { CodeAnalyzed, CodeExecuted } from '@candor/domain';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { WsTestClient } from '../support/ws-test-client';
import { requireSystemPackages } from '@candor/testing/system-packages';

type Issue = { type: string; message: string; line: number | null; severity: string; source: string; code: string | null };

/**
 * S0 `POST /api/ai/analyze` (seed 000, "Analyze Code") and the `ai_analysis` message of `/ws/session/{id}`
 * ("WebSocket Events"), over the real app: the tools run in the real sandbox.
 */
requireSystemPackages('bubblewrap', 'util-linux', 'time', 'python3', 'python3-pyflakes', 'python3-pycodestyle');

describe('S0 code analysis', () => {
  jest.setTimeout(60_000);
  let t: TestApp;
  let owner: Actor;
  let candidate: Actor;
  const open: WsTestClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    [owner, candidate] = await Promise.all([signUp(t.url, 'analyze-owner@example.com'), signUp(t.url, 'analyze-candidate@example.com', 'candidate')]);
  });
  afterEach(() => open.splice(0).forEach((client) => client.close()));
  afterAll(async () => t.close());

  const analyze = (body: object, auth = owner.auth) => request(t.url).post('/api/ai/analyze').set(auth).send(body);
  const issueAt = (issues: Issue[], line: number, where: (i: Issue) => boolean) => issues.find((i) => i.line === line && where(i));

  it('answers the documented shape with real findings at their lines for Python', async () => {
    const code = ['import os', 'def find(db, name):', '    return db.execute("SELECT * FROM t WHERE n = \'" + name + "\'")', 'print(eval(input()), missing_name)', ''].join('\n');
    const res = await analyze({ code, language: 'python', analysis_type: 'quality' }).expect(200);

    expect(res.body).toEqual(
      expect.objectContaining({
        score: expect.any(Number),
        issues: expect.any(Array),
        suggestions: expect.arrayContaining([expect.any(String)]),
      }),
    );
    expect(res.body.score).toBeGreaterThanOrEqual(0);
    expect(res.body.score).toBeLessThan(10);
    for (const issue of res.body.issues as Issue[]) expect(Object.keys(issue)).toEqual(expect.arrayContaining(['type', 'message', 'line', 'severity']));
    const issues = res.body.issues as Issue[];
    expect(issueAt(issues, 1, (i) => i.code === 'F401' && i.source === 'pyflakes')).toBeDefined();
    expect(issueAt(issues, 4, (i) => i.code === 'F821' && /missing_name/.test(i.message) && i.severity === 'error')).toBeDefined();
    expect(issueAt(issues, 4, (i) => i.type === 'security' && /eval/.test(i.message))).toBeDefined();
    expect(issueAt(issues, 3, (i) => i.code === 'security/sql-injection')).toBeDefined();
    expect(issueAt(issues, 2, (i) => i.type === 'style' && /Missing type hints/.test(i.message) && i.severity === 'info')).toBeDefined();
    expect(res.body.tools).toEqual(expect.arrayContaining([expect.stringMatching(/^pyflakes/), expect.stringMatching(/^pycodestyle/)]));
  });

  it('finds JavaScript problems at their lines, and security/performance analyses keep to their category', async () => {
    const code = [
      "const cp = require('child_process');",
      'function run(items, name) {',
      '  for (const a of items) {',
      '    for (const b of items) {',
      '      if (a === b) cp.exec("ls " + name);',
      '    }',
      '  }',
      '  return eval(name) + undefinedThing;',
      '}',
      'run([1], "x");',
    ].join('\n');
    const quality = (await analyze({ code, language: 'js', analysis_type: 'quality' }).expect(200)).body;
    expect(issueAt(quality.issues, 8, (i) => i.source === 'tsc' && i.type === 'undefined-name')).toBeDefined();
    expect(quality.tools).toEqual(expect.arrayContaining([expect.stringMatching(/^tsc /)]));

    const security = (await analyze({ code, language: 'javascript', analysis_type: 'security' }).expect(200)).body;
    expect(issueAt(security.issues, 5, (i) => i.code === 'security/shell-injection' && i.severity === 'error')).toBeDefined();
    expect(issueAt(security.issues, 8, (i) => i.code === 'security/eval')).toBeDefined();
    expect((security.issues as Issue[]).every((i) => i.type === 'security')).toBe(true);

    const performance = (await analyze({ code, language: 'javascript', analysis_type: 'performance' }).expect(200)).body;
    expect(performance.issues).toEqual([expect.objectContaining({ line: 4, type: 'performance', code: 'performance/nested-loop-same-collection' })]);
  });

  it('answers bad bodies with 422 in the S0 format, and refuses requests without a token', async () => {
    const badType = await analyze({ code: 'x = 1', language: 'python', analysis_type: 'style' }).expect(422);
    expect(badType.body.detail).toEqual(expect.arrayContaining([expect.objectContaining({ loc: ['analysis_type'], msg: expect.any(String), type: expect.any(String) })]));
    const missing = await analyze({ language: 'python', analysis_type: 'quality' }).expect(422);
    expect(missing.body.detail).toEqual(expect.arrayContaining([{ loc: ['code'], msg: 'field required', type: 'value_error.missing' }]));
    const badLanguage = await analyze({ code: 'x', language: 'cobol' }).expect(422);
    expect(badLanguage.body.detail[0].loc).toEqual(['language']);
    await request(t.url).post('/api/ai/analyze').send({ code: 'x = 1', language: 'python', analysis_type: 'quality' }).expect(401);
  });

  it('after POST /api/coding/execute, the session receives an ai_analysis message, recorded as an event of the interview', async () => {
    const id = (await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'Analysis session', candidate_email: candidate.email }).expect(201)).body.id as string;
    const socket = await WsTestClient.connect(`${t.url.replace(/^http/, 'ws')}/ws/session/${id}?token=${encodeURIComponent(owner.token)}`);
    open.push(socket);
    await socket.next('connected');

    const code = 'import sys\nprint(eval("1 + 1"))\n';
    const run = await request(t.url).post('/api/coding/execute').set(candidate.auth).send({ session_id: id, code, language: 'python' }).expect(200);
    expect(run.body.output).toBe('2\n');

    const message = await socket.next('ai_analysis', () => true, 30_000);
    expect(message).toEqual({
      type: 'ai_analysis',
      data: expect.objectContaining({
        session_id: id,
        analysis: expect.stringMatching(/score [\d.]+\/10/),
        confidence: expect.any(Number),
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    });
    const data = message.data as { confidence: number; execution_id: string; issues: Issue[]; kind: string };
    expect(data.confidence).toBeGreaterThan(0);
    expect(data.confidence).toBeLessThanOrEqual(1);
    expect(data.kind).toBe('execution');
    expect(issueAt(data.issues, 1, (i) => i.code === 'F401')).toBeDefined();
    expect(issueAt(data.issues, 2, (i) => i.code === 'security/eval')).toBeDefined();
    // Events are the source of truth: the message is the interview's CodeAnalyzed event, about that run.
    const stream = await t.app.get<EventStore>(EVENT_STORE).readStream(`interview-${id}`);
    const executed = stream.find((e) => e.type === 'CodeExecuted') as unknown as CodeExecuted;
    const analyzed = stream.filter((e) => e.type === 'CodeAnalyzed') as unknown as CodeAnalyzed[];
    expect(analyzed).toHaveLength(1);
    expect(analyzed[0].data).toMatchObject({ executionId: executed.data.executionId, subject: 'execution', analysisType: 'quality', summary: (message.data as { analysis: string }).analysis });
    expect(data.execution_id).toBe(executed.data.executionId);
    // The execution_result came first: the run's answer never waited for its analysis.
    const types = socket.messages.map((m) => m.type);
    expect(types.indexOf('execution_result')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('execution_result')).toBeLessThan(types.indexOf('ai_analysis'));
  });
});
