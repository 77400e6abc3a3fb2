import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ServerProcess, startServerProcess } from './server-process';

export interface BurstOutcome {
  /** Interviews whose creation was answered 201 before the kill. */
  answered: string[];
  /** Interview streams with an InterviewCreated event in the file the killed process left. */
  stored: Set<string>;
  /** Event ids stored more than once (must be none) and streams created twice (must be none). */
  duplicateEventIds: number;
  doubleCreated: number;
  /** Answered interviews the event store does not hold (must be none). */
  lostInStore: string[];
  /** Answered interviews the restarted API cannot show (must be none). */
  lostInReadModels: string[];
  /** What the restarted API lists against what the event store holds. */
  listedAfterRestart: number;
}

const PASSWORD = 'Burst-password-123';

async function json(url: string, init: RequestInit & { token?: string } = {}) {
  const res = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> };
}

async function login(base: string, email: string): Promise<string> {
  const res = await json(`${base}/api/auth/login`, { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return String(res.body.access_token);
}

/**
 * One round: a burst of interview creations from concurrent clients, SIGKILL after `killAfter` successes,
 * then inspect the SQLite file and restart the server on the same DATA_DIR to see what it shows.
 */
export async function sigkillBurstRound(dir: string, email: string, killAfter: number): Promise<BurstOutcome> {
  let server: ServerProcess = await startServerProcess(dir);
  try {
    await json(`${server.url}/api/auth/register`, {
      method: 'POST',
      body: JSON.stringify({ email, password: PASSWORD, full_name: 'Burst', role: 'recruiter' }),
    });
    const token = await login(server.url, email);
    const answered: string[] = [];
    const base = server.url;
    const victim = server;
    let sent = 0;
    const worker = async () => {
      while (sent < killAfter * 10) {
        sent += 1;
        const n = sent;
        try {
          const res = await json(`${base}/api/sessions`, {
            method: 'POST',
            token,
            body: JSON.stringify({ title: `Burst ${n}`, candidate_email: `c${n}@example.com`, duration_minutes: 30 }),
          });
          if (res.status === 201) answered.push(String(res.body.id));
        } catch {
          return; // the server is gone
        }
        if (answered.length === killAfter) victim.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await victim.exited;

    const db = new Database(join(dir, 'events.sqlite'), { readonly: true });
    const created = db
      .prepare("SELECT stream_id, COUNT(*) AS n FROM events WHERE type = 'InterviewCreated' GROUP BY stream_id")
      .all() as { stream_id: string; n: number }[];
    const duplicateEventIds = (db.prepare('SELECT COUNT(*) AS n FROM (SELECT id FROM events GROUP BY id HAVING COUNT(*) > 1)').get() as { n: number }).n;
    db.close();
    const stored = new Set(created.map((c) => c.stream_id.replace(/^interview-/, '')));

    server = await startServerProcess(dir);
    const again = await login(server.url, email);
    const lostInReadModels: string[] = [];
    for (const id of answered) {
      if ((await json(`${server.url}/api/sessions/${id}`, { token: again })).status !== 200) lostInReadModels.push(id);
    }
    const list = await json(`${server.url}/api/sessions?limit=1`, { token: again });
    return {
      answered,
      stored,
      duplicateEventIds,
      doubleCreated: created.filter((c) => c.n > 1).length,
      lostInStore: answered.filter((id) => !stored.has(id)),
      lostInReadModels,
      listedAfterRestart: Number(list.body.total),
    };
  } finally {
    if (server.child.exitCode === null && server.child.signalCode === null) await server.kill('SIGTERM');
  }
}
