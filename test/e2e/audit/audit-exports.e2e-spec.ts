import request from 'supertest';
import { verify } from 'node:crypto';
import { checkpointSigningPayload, parsePublicKey } from '@candor/contracts';
import { startTestApp, TestApp } from '../../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../../support/interview-actors';
import { asText, makeAuditor, ndjson } from '../../support/audit-fixtures';
import { WsTestClient } from '../../support/ws-test-client';

/** Issue 15, points 1-3 over HTTP: the auditor role, the access log, signed checkpoints, exports and their verification. */
describe('audit exports', () => {
  let t: TestApp;
  let admin: Actor;
  let auditor: Actor;
  let owner: Actor;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, AUDIT_CHECKPOINT_INTERVAL_MS: '0' });
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
    owner = await signUp(t.url, 'audit-export-owner@example.com');
    auditor = await makeAuditor(t.url, admin, 'audit-export-auditor@example.com');
    id = (await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'Exported', candidate_email: 'ada@example.com' }).expect(201)).body.id;
    await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ title: 'Exported, renamed' }).expect(200);
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
  });
  afterAll(async () => t.close());

  const exportOf = async (who: Actor, path: string) => {
    const res = await request(t.url).get(path).set(who.auth).buffer(true).parse(asText).expect(200);
    expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
    return res.body as string;
  };

  it('an auditor lists the streams under their stored names; others are refused', async () => {
    const listed = (await request(t.url).get('/api/v1/audit/streams?category=interview').set(auditor.auth).expect(200)).body;
    expect(listed.streams).toEqual(expect.arrayContaining([expect.objectContaining({ stream: `interview-${id}`, category: 'interview', events: 3 })]));
    expect(listed.total).toBeGreaterThanOrEqual(1);
    const all = (await request(t.url).get('/api/v1/audit/streams?limit=1000').set(admin.auth).expect(200)).body;
    expect(all.streams.map((s: { stream: string }) => s.stream)).toEqual(expect.arrayContaining([`interview-${id}`, 'audit-access']));

    const refused = await request(t.url).get('/api/v1/audit/streams').set(owner.auth).expect(403);
    expect(refused.body).toMatchObject({ status_code: 403, detail: expect.any(String) });
    await request(t.url).get('/api/v1/audit/streams').expect(401);
  });

  it('exports a stream exactly as stored with hash links and a signed checkpoint, and the export verifies', async () => {
    const text = await exportOf(auditor, `/api/v1/audit/streams/interview-${id}/export?reason=${encodeURIComponent('Appeal #42')}`);
    const lines = ndjson(text);

    expect(lines[0]).toMatchObject({ kind: 'header', scope: 'stream', stream: `interview-${id}`, from_revision: 1 });
    const events = lines.filter((l) => l.kind === 'event');
    expect(events.map((e) => [e.type, e.revision])).toEqual([
      ['InterviewCreated', 1],
      ['InterviewUpdated', 2],
      ['InterviewStarted', 3],
    ]);
    expect(events[1].previous_hash).toBe(events[0].hash);
    expect(events[0].data).toMatchObject({ interviewId: id });
    const checkpoint = lines.find((l) => l.kind === 'checkpoint')!;
    expect(checkpoint).toMatchObject({ algorithm: 'Ed25519', log_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(lines.at(-1)).toEqual({ kind: 'end', events: 3, links: lines.filter((l) => l.kind === 'link').length });

    const published = (await request(t.url).get('/api/v1/audit/checkpoints').set(auditor.auth).expect(200)).body;
    const verdict = (
      await request(t.url).post(`/api/v1/audit/verify?public_key=${encodeURIComponent(published.public_key)}`).set(auditor.auth).set('Content-Type', 'application/x-ndjson').send(text).expect(200)
    ).body;
    expect(verdict).toMatchObject({ valid: true, scope: 'stream', events: 3, key_pinned: true, error: null });
    const viaJson = (await request(t.url).post('/api/v1/audit/verify').set(admin.auth).send({ export: text }).expect(200)).body;
    expect(viaJson).toMatchObject({ valid: true, key_pinned: false });
  });

  it('publishes signed checkpoints with the public key; each signature verifies', async () => {
    const published = (await request(t.url).get('/api/v1/audit/checkpoints?limit=5').set(admin.auth).expect(200)).body;
    expect(published.algorithm).toBe('Ed25519');
    expect(published.checkpoints.length).toBeGreaterThanOrEqual(1);
    for (const c of published.checkpoints) {
      expect(c.public_key).toBe(published.public_key);
      expect(verify(null, Buffer.from(checkpointSigningPayload(c)), parsePublicKey(published.public_key), Buffer.from(c.signature, 'base64'))).toBe(true);
    }
    const positions = published.checkpoints.map((c: { position: string }) => c.position);
    expect([...positions].sort().reverse()).toEqual(positions);
  });

  it('exports a range of the global log by position; it verifies and holds every stream in order', async () => {
    const whole = ndjson(await exportOf(auditor, '/api/v1/audit/log/export?reason=yearly+review'));
    const positions = whole.filter((l) => l.kind === 'event').map((e) => e.position as string);
    expect(whole[0]).toMatchObject({ kind: 'header', scope: 'log', previous_log_hash: '0'.repeat(64) });
    expect(positions.length).toBeGreaterThan(5);

    const from = Number(positions[2]);
    const to = Number(positions[4]);
    const text = await exportOf(auditor, `/api/v1/audit/log/export?from=${from}&to=${to}&reason=spot+check`);
    const range = ndjson(text);
    expect(range.filter((l) => l.kind === 'event').map((e) => e.position)).toEqual(positions.slice(2, 5));
    expect(range[0].previous_log_hash).toBe(whole.filter((l) => l.kind === 'event')[1].log_hash);
    const verdict = (await request(t.url).post('/api/v1/audit/verify').set(auditor.auth).send({ export: text }).expect(200)).body;
    expect(verdict).toMatchObject({ valid: true, scope: 'log', events: 3 });

    await request(t.url).get(`/api/v1/audit/log/export?from=${to}&to=${from}&reason=x`).set(auditor.auth).expect(400);
    await request(t.url).get('/api/v1/audit/log/export?from=abc&reason=x').set(auditor.auth).expect(400);
  });

  it('a read without a reason is refused (422) and nothing is recorded; every read is on the audit-access stream', async () => {
    const missing = await request(t.url).get(`/api/v1/audit/streams/interview-${id}/export`).set(auditor.auth).expect(422);
    expect(missing.body.status_code).toBe(422);
    await request(t.url).get(`/api/v1/audit/streams/interview-${id}/export?reason=%20%20`).set(auditor.auth).expect(422);
    await request(t.url).get('/api/v1/audit/streams/interview-nope/export?reason=x').set(auditor.auth).expect(404);
    await request(t.url).get(`/api/v1/audit/streams/interview-${id}/export?reason=r`).set(owner.auth).expect(403);

    const access = ndjson(await exportOf(admin, '/api/v1/audit/streams/audit-access/export?reason=who+read+what'));
    const reads = access.filter((l) => l.kind === 'event').map((e) => e.data);
    expect(reads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ readerId: auditor.id, readerRole: 'auditor', target: `interview-${id}`, action: 'export', reason: 'Appeal #42', readAt: expect.any(String) }),
        expect.objectContaining({ readerId: auditor.id, target: '$all', reason: 'spot check' }),
        expect.objectContaining({ readerId: admin.id, readerRole: 'admin', target: 'audit-access', reason: 'who read what' }),
      ]),
    );
    expect(reads.filter((r) => r.target === `interview-${id}` && r.readerId === auditor.id)).toHaveLength(1);
    expect(reads.some((r) => r.readerId === owner.id)).toBe(false);
  });

  it("an auditor reads an interview's own audit routes with a reason, and the read is recorded", async () => {
    // The reason is optional on this route for owners, so an auditor without one is refused by the rule itself (400).
    const refused = await request(t.url).get(`/api/v1/interviews/${id}/events`).set(auditor.auth).expect(400);
    expect(refused.body).toMatchObject({ status_code: 400, detail: expect.stringMatching(/reason/) });
    const events = (await request(t.url).get(`/api/v1/interviews/${id}/events?reason=complaint+17`).set(auditor.auth).expect(200)).body;
    expect(events.events.map((e: { type: string }) => e.type)).toEqual(['InterviewCreated', 'InterviewUpdated', 'InterviewStarted']);
    await request(t.url).get(`/api/v1/interviews/${id}/events/replay?to_revision=1&reason=complaint+17`).set(auditor.auth).expect(200);
    // The owner needs no reason and is not recorded.
    await request(t.url).get(`/api/v1/interviews/${id}/events`).set(owner.auth).expect(200);

    const access = ndjson(await exportOf(admin, '/api/v1/audit/streams/audit-access/export?reason=check'));
    const reads = access.filter((l) => l.kind === 'event').map((e) => e.data);
    expect(reads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ readerId: auditor.id, target: `interview-${id}`, action: 'events', reason: 'complaint 17' }),
        expect.objectContaining({ readerId: auditor.id, target: `interview-${id}`, action: 'replay to 1', reason: 'complaint 17' }),
      ]),
    );
  });

  it('an auditor changes nothing: every write is refused with 403 on every surface; logging out still works', async () => {
    await request(t.url).post('/api/sessions').set(auditor.auth).send({ title: 'nope' }).expect(403);
    await request(t.url).put(`/api/v1/interviews/${id}`).set(auditor.auth).send({ title: 'nope' }).expect(403);
    const s4 = await request(t.url).put('/auth/me').set(auditor.auth).send({ full_name: 'x' }).expect(403);
    expect(s4.body).toMatchObject({ success: false });
    // Reads of interviews are open to auditors (read only).
    await request(t.url).get('/api/v1/audit/checkpoints').set(auditor.auth).expect(200);
    const other = await makeAuditor(t.url, admin, 'audit-export-auditor2@example.com');
    await request(t.url).post('/api/auth/logout').set(other.auth).expect(200);
  });

  it('an auditor reads an interview through every surface (CONTRACTS: read only, every read recorded); others still get 403', async () => {
    const s0 = await request(t.url).get(`/api/sessions/${id}`).set(auditor.auth).expect(200);
    expect(s0.body).toMatchObject({ id, title: 'Exported, renamed', status: 'active' });
    const s1 = await request(t.url).get(`/api/v1/interviews/${id}`).set(auditor.auth).expect(200);
    expect(s1.body).toMatchObject({ id, creator_id: owner.id });
    const s4 = await request(t.url).get(`/candidates/interviews/${id}`).set(auditor.auth).expect(200);
    expect(s4.body).toMatchObject({ success: true, data: { id } });
    await request(t.url).get(`/api/coding/events/${id}`).set(auditor.auth).expect(200);
    // Lists show an auditor every interview, as they show a superuser.
    const listed = (await request(t.url).get('/api/v1/interviews/').set(auditor.auth).expect(200)).body;
    expect(listed.map((i: { id: string }) => i.id)).toContain(id);
    expect((await request(t.url).get('/api/sessions').set(auditor.auth).expect(200)).body.sessions.map((s: { id: string }) => s.id)).toContain(id);
    const status = await WsTestClient.connect(`${t.url.replace(/^http/, 'ws')}/ws/interview/${id}/status?token=${auditor.token}`);
    expect(await status.next('connected')).toMatchObject({ interview_id: id, status: 'in_progress' });
    status.close();
    const stranger = await signUp(t.url, 'audit-export-stranger@example.com');
    await request(t.url).get(`/api/v1/interviews/${id}`).set(stranger.auth).expect(403);
    expect((await request(t.url).get('/api/v1/interviews/').set(stranger.auth).expect(200)).body).toEqual([]);
    await request(t.url).put(`/api/v1/interviews/${id}`).set(auditor.auth).send({ title: 'nope' }).expect(403);

    const access = ndjson(await exportOf(admin, '/api/v1/audit/streams/audit-access/export?reason=reads'));
    const reads = access.filter((l) => l.kind === 'event').map((e) => e.data);
    for (const path of ['/api/v1/interviews/', `/api/sessions/${id}`, `/api/v1/interviews/${id}`, `/candidates/interviews/${id}`, `/api/coding/events/${id}`]) {
      expect(reads).toContainEqual(expect.objectContaining({ readerId: auditor.id, readerRole: 'auditor', target: path, action: 'GET', reason: null }));
    }
    expect(reads).toContainEqual(expect.objectContaining({ readerId: auditor.id, target: `/ws/interview/${id}/status`, action: 'WS' }));
    expect(reads.some((r) => r.readerId === stranger.id)).toBe(false);
  });

  it('only an admin grants the auditor role; nobody signs up as one', async () => {
    await request(t.url).post('/api/auth/register').send({ email: 'self-auditor@example.com', password: 'Sup3r-secret-pw', full_name: 'Self', role: 'auditor' }).expect(422);
    const user = await signUp(t.url, 'would-be-auditor@example.com');
    await request(t.url).put(`/admin/users/${user.id}`).set(owner.auth).send({ role: 'auditor' }).expect(403);
  });
});
