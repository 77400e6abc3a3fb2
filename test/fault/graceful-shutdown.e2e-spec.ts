import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ServerProcess, startServerProcess } from '../support/server-process';
import { requireSystemPackages } from '@candor/testing/system-packages';

/**
 * SIGTERM: in-flight requests finish (a slow code run and a burst of commands), the process exits 0, the
 * projector stops, the SQLite file is closed cleanly; a restart finds every answered command, none twice.
 */
// With SANDBOX_ALLOW_UNISOLATED=1 (development) the sandbox runs without bubblewrap.
requireSystemPackages('util-linux', 'python3', ...(process.env.SANDBOX_ALLOW_UNISOLATED === '1' ? [] : ['bubblewrap']));

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
    // A burst of commands in flight too: whatever is answered 201 must survive; the rest is refused or reset.
    const burst = Array.from({ length: 20 }, (_, i) =>
      post(`${server!.url}/api/sessions`, { title: `In flight ${i}`, candidate_email: `f${i}@example.com` }, login.access_token).then(
        async (res) => ({ status: res.status, id: res.status === 201 ? ((await res.json()) as { id: string }).id : null }),
        () => ({ status: 0, id: null }),
      ),
    );
    const exit = server.kill('SIGTERM');
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { output: string }).output).toBe('done\n');
    expect(await exit).toBe(0);
    const burstOutcomes = await Promise.all(burst);
    // While shutting down a request is answered, refused with 503 (try again), or not accepted at all: never a 500.
    expect(burstOutcomes.filter((o) => ![0, 201, 503].includes(o.status))).toEqual([]);
    const answeredIds = burstOutcomes.flatMap((o) => (o.id ? [o.id] : []));
    const wal = join(dir, 'events.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);

    server = await startServerProcess(dir);
    const again = (await (await post(`${server.url}/api/auth/login`, { email: 'calm@example.com', password: 'Calm-password-123' })).json()) as { access_token: string };
    const res = await fetch(`${server.url}/api/sessions/${session.id}`, { headers: { authorization: `Bearer ${again.access_token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: session.id, title: 'Before the restart', session_code: session.session_code });
    const history = await fetch(`${server.url}/api/coding/events/${session.id}`, { headers: { authorization: `Bearer ${again.access_token}` } });
    expect(((await history.json()) as { events: { output: string }[] }).events.map((e) => e.output)).toContain('done\n');
    // Nothing answered is lost, and nothing is there twice: the file holds exactly one creation per stream.
    for (const id of answeredIds) {
      const shown = await fetch(`${server.url}/api/sessions/${id}`, { headers: { authorization: `Bearer ${again.access_token}` } });
      expect({ id, status: shown.status }).toEqual({ id, status: 200 });
    }
    const db = new Database(join(dir, 'events.sqlite'), { readonly: true });
    const creations = db.prepare("SELECT stream_id, COUNT(*) AS n FROM events WHERE type = 'InterviewCreated' GROUP BY stream_id").all() as { n: number }[];
    db.close();
    expect(creations.filter((c) => c.n > 1)).toEqual([]);
    const listed = (await (await fetch(`${server.url}/api/sessions?limit=1`, { headers: { authorization: `Bearer ${again.access_token}` } })).json()) as { total: number };
    expect(listed.total).toBe(creations.length);
    expect(creations.length).toBeGreaterThanOrEqual(1 + answeredIds.length);
    expect(await server.kill('SIGTERM')).toBe(0);
  }, 90_000);
});
