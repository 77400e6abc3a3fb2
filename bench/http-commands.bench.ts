import autocannon from 'autocannon';
import Fastify from 'fastify';
import { startTestApp } from '../test/support/test-app';
import { BenchRow, log, row } from './bench-table';
import { call, createInterviews, recruiterToken } from './bench-client';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

function cannon(opts: autocannon.Options): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (error, result) => (error ? reject(error) : resolve(result as unknown as CannonResult)));
  });
}

/**
 * Commands through HTTP: PUT /api/v1/interviews/{id} (decide, append, wait for the projections) spread over many
 * interviews by concurrent clients, against a bare Fastify route answering the same body (the framework limit).
 */
export async function runHttpCommandBench(seconds: number): Promise<BenchRow[]> {
  const app = await startTestApp({ LOG_LEVEL: 'error' });
  try {
    const token = await recruiterToken(app.url, 'bench-http@example.com');
    const ids = await createInterviews(app.url, token, 200);
    const sample = await call(`${app.url}/api/v1/interviews/${ids[0]}`, 'PUT', { title: 'warm-up' }, token);
    log(`http: ${ids.length} interviews ready; sample answer ${sample.status}`);
    let n = 0;
    const result = await cannon({
      url: app.url,
      connections: 32,
      duration: seconds,
      requests: [
        {
          setupRequest: (req) => {
            n += 1;
            return {
              ...req,
              method: 'PUT',
              path: `/api/v1/interviews/${ids[n % ids.length]}`,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ title: `Title ${n}`, overall_feedback: `note ${n}` }),
            };
          },
        },
      ],
    });
    log(`http: commands ${result.requests.total} (${result.non2xx} non-2xx, ${result.errors} errors)`);

    const bare = Fastify();
    const body = sample.body;
    bare.put('/api/v1/interviews/:id', async () => body);
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const address = bare.server.address() as { port: number };
    const baseline = await cannon({
      url: `http://127.0.0.1:${address.port}`,
      connections: 32,
      duration: seconds,
      method: 'PUT',
      path: `/api/v1/interviews/${ids[0]}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x' }),
    });
    await bare.close();
    log(`http: bare fastify ${baseline.requests.total}`);
    const note = result.non2xx ? `${result.non2xx} non-2xx answers` : undefined;
    return [
      row('HTTP commands', 'commands/s', result.requests.average, 'req/s', 'bare Fastify, same body', baseline.requests.average, note),
      row('HTTP commands', 'p50 latency', result.latency.p50, 'ms', 'bare Fastify, same body', baseline.latency.p50),
      row('HTTP commands', 'p99 latency', result.latency.p99, 'ms', 'bare Fastify, same body', baseline.latency.p99),
    ];
  } finally {
    await app.close();
  }
}
