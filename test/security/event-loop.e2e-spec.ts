import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request as httpRequest } from 'node:http';
import { Worker } from 'node:worker_threads';
import request from 'supertest';
import { startServerProcess, ServerProcess } from '../support/server-process';
import { Actor, logIn } from '../support/interview-actors';

/**
 * Samples GET /health every 25 ms until stopped and answers the slowest answer seen. It runs in a worker
 * thread so that the test's own work (building and sending megabytes) does not delay the samples.
 */
function healthWatch(url: string): { stop: () => Promise<number> } {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     let running = true, worst = 0;
     parentPort.on('message', () => { running = false; });
     (async () => {
       while (running) {
         const started = Date.now();
         const res = await fetch(workerData.url + '/health');
         await res.arrayBuffer();
         worst = Math.max(worst, Date.now() - started);
         await new Promise((r) => setTimeout(r, 25));
       }
       parentPort.postMessage(worst);
     })();`,
    { eval: true, workerData: { url } },
  );
  return {
    stop: () =>
      new Promise<number>((resolve) => {
        worker.once('message', (worst: number) => void worker.terminate().then(() => resolve(worst)));
        worker.postMessage('stop');
      }),
  };
}

/** The server's worst event-loop delay (ms) between two moments, from the probe it was started with. */
function loopDelayBetween(probeFile: string, from: number, to: number): number {
  const lines = readFileSync(probeFile, 'utf8').trim().split('\n');
  const delays = lines.map((line) => line.split(' ').map(Number)).filter(([at]) => at >= from && at <= to + 100);
  if (delays.length === 0) throw new Error(`no event-loop samples between ${from} and ${to}`);
  return Math.max(...delays.map(([, delay]) => delay));
}

/**
 * Each hostile request is watched two ways: the server's own event-loop delay (what CPU-heavy work on the loop
 * would raise; it must stay under 200 ms) and GET /health sampled from another thread (it must keep answering;
 * its round trip also carries the CPU contention of a shared 2-core machine, so it is bounded more loosely).
 */
async function watched<T>(t: ServerProcess, probeFile: string, work: () => Promise<T>): Promise<{ result: T; loopDelay: number; healthWorst: number }> {
  const from = Date.now();
  const watch = healthWatch(t.url);
  const result = await work();
  const healthWorst = await watch.stop();
  return { result, loopDelay: loopDelayBetween(probeFile, from, Date.now()), healthWorst };
}

/**
 * POSTs a JSON body with a raw client that keeps the answer when the server, having refused the body from its
 * announced length, closes the connection while the body is still being sent (EPIPE or ECONNRESET on the write),
 * as servers may after a 413. supertest would only report the write error.
 */
function postAnnounced(url: string, path: string, auth: Record<string, string>, body: unknown): Promise<{ status: number; body: unknown }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolvePost, reject) => {
    let answered = false;
    const req = httpRequest(`${url}${path}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'content-length': String(payload.length) },
    });
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolvePost({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!(answered || error.code === 'EPIPE' || error.code === 'ECONNRESET')) reject(error);
    });
    req.end(payload);
  });
}

const LOOP_DELAY_LIMIT_MS = 200;
const HEALTH_ANSWER_LIMIT_MS = 2_000;

/** Finding 3: hostile inputs cannot freeze the server (rules in worker threads with a budget, size caps). */
describe('security: no CPU-heavy work on the event loop', () => {
  // The server runs in its own process: the test's own work (building and sending 5.6 MB) must not count.
  let t: ServerProcess;
  let owner: Actor;
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-loop-'));
  const probeFile = join(dataDir, 'event-loop.log');

  beforeAll(async () => {
    t = await startServerProcess(dataDir, {
      CODE_ANALYSIS_RULE_BUDGET_MS: '1500',
      PASSWORD_HASH_COST: '1024',
      NODE_ENV: 'test',
      NODE_OPTIONS: `--require ${resolve(__dirname, '../support/event-loop-probe.js')}`,
      EVENT_LOOP_PROBE_FILE: probeFile,
    });
    const email = 'loop-owner@example.com';
    await request(t.url).post('/api/auth/register').send({ email, password: 'Sup3r-secret-pw', full_name: 'Loop', role: 'recruiter' }).expect(201);
    owner = await logIn(t.url, email, 'Sup3r-secret-pw');
    // Warm up: the rule-check worker threads start on first use (what is measured is the steady state).
    await request(t.url).post('/api/ai/analyze').set(owner.auth).send({ code: 'const a = 1;\n', language: 'javascript', analysis_type: 'performance' }).expect(200);
    await request(t.url).post('/api/ai/analyze').set(owner.auth).send({ code: 'a = 1\n', language: 'python', analysis_type: 'performance' }).expect(200);
  }, 90_000);
  afterAll(async () => {
    await t?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('130 kB of hostile JavaScript to /api/ai/analyze keeps the event loop under 200 ms and /health answering', async () => {
    // Identifiers joined by `$` made the list-name regex quadratic (12 s on the event loop for 130 kB);
    // unclosed `for (` headers and chained calls keep the loop finder busy.
    const hostile = [
      `for (const x of xs) { xs.includes(x) }\n${'$a'.repeat(60_000)}`,
      `${'for ('.repeat(12_000)}\n${'xs.map('.repeat(6_000)}`,
    ];
    const { result: answers, loopDelay, healthWorst } = await watched(t, probeFile, () =>
      Promise.all(
        hostile.map((code) => request(t.url).post('/api/ai/analyze').set(owner.auth).send({ code, language: 'javascript', analysis_type: 'performance' })),
      ),
    );
    for (const res of answers) {
      expect([200, 400]).toContain(res.status);
      if (res.status === 400) expect(res.body).toMatchObject({ code: 'ANALYSIS.TOO_COMPLEX', detail: expect.stringMatching(/budget/) });
    }
    expect(loopDelay).toBeLessThan(LOOP_DELAY_LIMIT_MS);
    expect(healthWorst).toBeLessThan(HEALTH_ANSWER_LIMIT_MS);
    // The analyzer still serves ordinary code afterwards.
    const ok = await request(t.url).post('/api/ai/analyze').set(owner.auth).send({ code: 'const xs = [1];\nfor (const x of xs) { xs.includes(x) }\n', language: 'javascript', analysis_type: 'performance' });
    expect(ok.status).toBe(200);
  }, 60_000);

  it('100 kB submit-code keeps the event loop under 200 ms and /health answering', async () => {
    const created = await request(t.url).post('/api/v1/interviews').set(owner.auth).send({ title: 'Loop', candidate_email: 'c@example.com' });
    expect(created.status).toBeLessThan(300);
    await request(t.url).post(`/api/v1/interviews/${created.body.id}/start`).set(owner.auth).expect(200);
    const code = `xs = [1]\nfor x in xs:\n    print(x in xs)\n${'# ' + 'a$'.repeat(50_000)}\n`;
    const { result: res, loopDelay, healthWorst } = await watched(t, probeFile, async () => {
      const answer = await request(t.url).post(`/api/v1/interviews/${created.body.id}/submit-code`).set(owner.auth).send({ code, language: 'python' });
      // The background analysis of the recorded run uses the same rule workers.
      await new Promise((r) => setTimeout(r, 1500));
      return answer;
    });
    expect([200, 503]).toContain(res.status);
    expect(loopDelay).toBeLessThan(LOOP_DELAY_LIMIT_MS);
    expect(healthWorst).toBeLessThan(HEALTH_ANSWER_LIMIT_MS);
  }, 60_000);

  it('5.6 MB of metadata is refused with 413 before parsing, 20 kB with 413, 3k and 20k keys with 400, without freezing /health', async () => {
    const huge = { blob: 'x'.repeat(5_600_000) };
    const big = { blob: 'é'.repeat(10_000) };
    const many = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`k${i}`, i]));
    const tooMany = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    const { result, loopDelay, healthWorst } = await watched(t, probeFile, async () => ({
      tooHuge: await postAnnounced(t.url, '/api/sessions', owner.auth, { title: 'Huge', metadata: huge }),
      tooBig: await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'Big', metadata: big }),
      wide: await request(t.url).post('/api/v1/interviews').set(owner.auth).send({ title: 'Wide', metadata: many }),
      tooWide: await request(t.url).post('/api/v1/interviews').set(owner.auth).send({ title: 'Wide', metadata: tooMany }),
    }));
    const { tooHuge, tooBig, wide, tooWide } = result;
    expect(tooHuge.status).toBe(413);
    expect(tooHuge.body).toMatchObject({ detail: expect.stringMatching(/JSON body larger than/), code: 'PAYLOAD_TOO_LARGE' });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatchObject({ detail: 'metadata: must be at most 16384 bytes of JSON' });
    expect(wide.status).toBe(400);
    expect(wide.body).toEqual({ detail: 'metadata: must have at most 200 keys (nested keys included)', status_code: 400 });
    // Past 5000 keys a body is refused before parsing (validation walks every key).
    expect(tooWide.status).toBe(400);
    expect(tooWide.body).toMatchObject({ detail: expect.stringMatching(/more than 5000 keys/), status_code: 400 });
    expect(loopDelay).toBeLessThan(LOOP_DELAY_LIMIT_MS);
    expect(healthWorst).toBeLessThan(HEALTH_ANSWER_LIMIT_MS);
    const listed = await request(t.url).get('/api/sessions').set(owner.auth).expect(200);
    expect(JSON.stringify(listed.body)).not.toMatch(/"(Huge|Big|Wide)"/);
  }, 60_000);
});
