import { randomUUID } from 'node:crypto';
import { AGGREGATE_STORE, AggregateStore, EVENT_STORE, EventStore, PROJECTION_RUNNER, ProjectionRunner } from '@candor/application';
import { LogPosition } from '@candor/contracts';
import { decideInterview, evolveInterview, initialInterviewState } from '@candor/domain/interview';
import { startTestApp, UNCHECKED_RESPONSES } from '../test/support/test-app';
import { BenchRow, log, row, summarize } from './bench-table';
import { call, createInterviews, recruiterToken } from './bench-client';

/**
 * Projection lag: from an append's return to every projection having applied it, against the time the same
 * event takes to reach a bare subscriber that does nothing with it (the delivery limit).
 */
export async function runProjectionLagBench(seconds: number): Promise<BenchRow[]> {
  const app = await startTestApp({}, undefined, UNCHECKED_RESPONSES);
  try {
    const token = await recruiterToken(app.url, 'bench-lag@example.com');
    const [id] = await createInterviews(app.url, token, 1);
    await call(`${app.url}/api/v1/interviews/${id}/start`, 'POST', {}, token);
    const events = app.app.get<EventStore>(EVENT_STORE);
    const runner = app.app.get<ProjectionRunner>(PROJECTION_RUNNER);
    const aggregates = app.app.get<AggregateStore>(AGGREGATE_STORE);
    const streamId = `interview-${id}`;

    const seen = new Map<LogPosition, () => void>();
    const bare = events.subscribeToAll(await events.headPosition());
    const consumer = (async () => {
      for await (const event of bare) seen.get(event.position)?.();
    })();

    const projected: number[] = [];
    const delivered: number[] = [];
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) {
      const { state, version } = await aggregates.load(streamId, { initialState: initialInterviewState, evolve: evolveInterview });
      const decided = decideInterview(
        { type: 'RecordMessage', metadata: { now: new Date().toISOString(), userId: 'bench' }, data: { messageId: randomUUID(), speaker: 'candidate', text: 'an answer' } },
        state,
      );
      const metadata = { correlationId: randomUUID(), causationId: null, userId: 'bench', timestamp: new Date().toISOString(), schemaVersion: 1 };
      let deliveredAt = 0n;
      const result = await events.append(streamId, decided.map((e) => ({ id: randomUUID(), type: e.type, data: e.data as Record<string, unknown>, metadata })), version);
      const t0 = process.hrtime.bigint();
      const reachedBare = new Promise<void>((resolve) => seen.set(result.position, () => ((deliveredAt = process.hrtime.bigint()), resolve())));
      await runner.waitFor(result.position, 5000);
      projected.push(Number(process.hrtime.bigint() - t0) / 1e6);
      await reachedBare;
      delivered.push(Number(deliveredAt - t0) / 1e6);
      seen.delete(result.position);
    }
    await bare.stop();
    await consumer;
    const p = summarize(projected);
    const d = summarize(delivered);
    log(`projection lag: ${p.count} events measured`);
    return [
      row('projection lag', 'p50 append -> read model', p.p50, 'ms', 'append -> bare subscriber', d.p50),
      row('projection lag', 'p99 append -> read model', p.p99, 'ms', 'append -> bare subscriber', d.p99),
    ];
  } finally {
    await app.close();
  }
}
