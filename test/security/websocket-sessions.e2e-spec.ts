import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { ADMIN, ADMIN_ENV, Actor, logIn, signUp } from '../support/interview-actors';
import { WsTestClient } from '../support/ws-test-client';

/** Finding 5: a WebSocket session ends with its user's session, and one connection cannot flood the server. */
describe('security: WebSocket sessions and limits', () => {
  let t: TestApp;
  let ws: string;
  let owner: Actor;
  let admin: Actor;
  const open: WsTestClient[] = [];

  const createSession = async (who: Actor) => (await request(t.url).post('/api/sessions').set(who.auth).send({ title: 'WS' }).expect(201)).body.id as string;
  const join = async (path: string, token: string) => {
    const client = await WsTestClient.connect(`${ws}${path}?token=${encodeURIComponent(token)}`);
    open.push(client);
    await client.next('connected');
    return client;
  };
  const history = async (id: string) => (await request(t.url).get(`/api/coding/events/${id}`).set(owner.auth).expect(200)).body.events as unknown[];

  beforeAll(async () => {
    // Rate limits on (scale 1): the per-connection message rate is one of them.
    t = await startTestApp({ ...ADMIN_ENV, RATE_LIMIT_SCALE: '1' });
    ws = t.url.replace(/^http/, 'ws');
    owner = await signUp(t.url, 'ws-sec-owner@example.com');
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
  });
  afterEach(() => open.splice(0).forEach((client) => client.close()));
  afterAll(async () => t.close());

  it('after logout, a code_update on the open socket is not recorded and the socket is closed with 4401', async () => {
    const session = await logIn(t.url, owner.email, 'Sup3r-secret-pw');
    const id = await createSession(session);
    const socket = await join(`/ws/session/${id}`, session.token);
    await request(t.url).post('/api/auth/logout').set(session.auth).expect(200);

    socket.send({ type: 'code_update', data: { code: 'print("after logout")', language: 'python' } });
    expect((await socket.closeCode()).code).toBe(4401);
    expect(await history(id)).toEqual([]);
  });

  it('a suspended user is disconnected with 4401 even while silent', async () => {
    const victim = await signUp(t.url, 'ws-sec-suspended@example.com');
    const id = await createSession(victim);
    const socket = await join(`/ws/session/${id}`, victim.token);
    await request(t.url).post(`/admin/users/${victim.id}/suspend`).set(admin.auth).send({ reason: 'abuse' }).expect(200);
    expect((await socket.closeCode(10_000)).code).toBe(4401);
  }, 20_000);

  it('a deleted user is disconnected with 4401', async () => {
    const victim = await signUp(t.url, 'ws-sec-deleted@example.com');
    const id = await createSession(victim);
    const socket = await join(`/ws/session/${id}`, victim.token);
    await request(t.url).delete(`/admin/users/${victim.id}`).set(admin.auth).expect((r) => expect(r.status).toBeLessThan(300));
    expect((await socket.closeCode(10_000)).code).toBe(4401);
  }, 20_000);

  it('past 20 messages a second (bursts of 40) each message is refused with WS.RATE_LIMITED, and the socket stays usable', async () => {
    const id = await createSession(owner);
    const socket = await join(`/ws/session/${id}`, owner.token);
    for (let i = 0; i < 60; i += 1) socket.send({ type: 'ping' });
    const refused = await socket.next('error', (m) => m.code === 'WS.RATE_LIMITED');
    expect(refused.message).toMatch(/at most 20 per second/);
    expect(socket.messages.filter((m) => m.type === 'pong').length).toBeLessThanOrEqual(41);
    await new Promise((r) => setTimeout(r, 1_100));
    const pongs = () => socket.messages.filter((m) => m.type === 'pong').length;
    const before = pongs();
    socket.send({ type: 'ping' });
    await socket.next('pong', () => pongs() > before, 5_000);
    expect(socket.isOpen).toBe(true);
  });

  it('a message past 256 KiB closes the connection (1009) and records nothing', async () => {
    const id = await createSession(owner);
    const socket = await join(`/ws/session/${id}`, owner.token);
    socket.send({ type: 'code_update', data: { code: 'x'.repeat(300 * 1024), language: 'python' } });
    expect((await socket.closeCode()).code).toBe(1009);
    expect(await history(id)).toEqual([]);
  });
});
