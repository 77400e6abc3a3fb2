import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess, startServerProcess } from '../support/server-process';

/** SIGTERM: in-flight requests finish, the projector stops, the SQLite file is closed cleanly; a restart finds everything. */
describe('graceful shutdown and restart', () => {
  let dir: string;
  let server: ServerProcess | null = null;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-shutdown-'));
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) await server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (url: string, body: unknown, token?: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  it('finishes the request in flight, exits 0 with the WAL checkpointed, and keeps the data across the restart', async () => {
    server = await startServerProcess(dir, { SANDBOX_ALLOW_UNISOLATED: process.env.SANDBOX_ALLOW_UNISOLATED ?? '' });
    expect((await post(`${server.url}/api/auth/register`, { email: 'calm@example.com', password: 'Calm-password-123', full_name: 'Calm', role: 'recruiter' })).status).toBe(201);
    const login = (await (await post(`${server.url}/api/auth/login`, { email: 'calm@example.com', password: 'Calm-password-123' })).json()) as { access_token: string };
    const created = await post(`${server.url}/api/sessions`, { title: 'Before the restart', candidate_email: 'x@example.com' }, login.access_token);
    expect(created.status).toBe(201);
    const session = (await created.json()) as { id: string; session_code: string };

    // A slow request in flight when SIGTERM arrives.
    const inFlight = post(
      `${server.url}/api/coding/execute`,
      { session_id: session.id, code: 'import time\ntime.sleep(1)\nprint("done")', language: 'python', input: '' },
      login.access_token,
    );
    await new Promise((r) => setTimeout(r, 300));
    const exit = server.kill('SIGTERM');
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { output: string }).output).toBe('done\n');
    expect(await exit).toBe(0);
    const wal = join(dir, 'events.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);

    server = await startServerProcess(dir);
    const again = (await (await post(`${server.url}/api/auth/login`, { email: 'calm@example.com', password: 'Calm-password-123' })).json()) as { access_token: string };
    const res = await fetch(`${server.url}/api/sessions/${session.id}`, { headers: { authorization: `Bearer ${again.access_token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: session.id, title: 'Before the restart', session_code: session.session_code });
    const history = await fetch(`${server.url}/api/coding/events/${session.id}`, { headers: { authorization: `Bearer ${again.access_token}` } });
    expect(((await history.json()) as { events: { output: string }[] }).events.map((e) => e.output)).toContain('done\n');
    expect(await server.kill('SIGTERM')).toBe(0);
  }, 90_000);
});
