import { startTestApp, UNCHECKED_RESPONSES } from '../test/support/test-app';
import { BenchRow, log, row, summarize } from './bench-table';
import { call, createInterviews, recruiterToken } from './bench-client';

const SIZES = [0, 1_000, 10_000];

/**
 * Command latency against stream length: sequential PUT /api/v1/interviews/{id} on ONE interview whose stream
 * holds 0, 1,000 and 10,000 events (grown by the same command), each figure against the latency at
 * 0 events measured in the same run: a command should cost the same whatever the stream's length.
 */
export async function runStreamCommandBench(): Promise<BenchRow[]> {
  const samples = Number(process.env.BENCH_STREAM_SAMPLES ?? 300);
  const sizes = (process.env.BENCH_STREAM_SIZES ?? SIZES.join(',')).split(',').map(Number);
  const app = await startTestApp({ LOG_LEVEL: 'error' }, undefined, UNCHECKED_RESPONSES);
  try {
    const token = await recruiterToken(app.url, 'bench-stream@example.com');
    const [id] = await createInterviews(app.url, token, 1);
    let length = 1;
    let n = 0;
    const put = () => call(`${app.url}/api/v1/interviews/${id}`, 'PUT', { title: `Title ${(n += 1)}` }, token);
    const medians = new Map<number, { p50: number; p99: number }>();
    for (const size of sizes) {
      while (length < size) {
        if ((await put()).status === 200) length += 1;
      }
      const latencies: number[] = [];
      for (let i = 0; i < samples; i += 1) {
        const started = process.hrtime.bigint();
        const answer = await put();
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (answer.status !== 200) throw new Error(`PUT answered ${answer.status}`);
        length += 1;
      }
      const summary = summarize(latencies);
      medians.set(size, summary);
      log(`stream: ${size} events before: p50 ${summary.p50.toFixed(2)} ms, p99 ${summary.p99.toFixed(2)} ms (stream now ${length})`);
    }
    const base = medians.get(sizes[0])!;
    return sizes.slice(1).flatMap((size) => [
      row('command vs stream length', `p50 at ${size} events`, medians.get(size)!.p50, 'ms', `p50 at ${sizes[0]} events`, base.p50, `${samples} sequential commands on one interview`),
      row('command vs stream length', `p99 at ${size} events`, medians.get(size)!.p99, 'ms', `p99 at ${sizes[0]} events`, base.p99),
    ]);
  } finally {
    await app.close();
  }
}
