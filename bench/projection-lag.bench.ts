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

    // When the bare subscriber saw each position: the event may reach it before the append has returned here
    // (the commit's acknowledgement and the delivery race), so a delivery is kept until it is asked for.
    const deliveredAt = new Map<LogPosition, bigint>();
    const waiting = new Map<LogPosition, (at: bigint) => void>();
    const bare = events.subscribeToAll(await events.headPosition());
    const consumer = (async () => {
      for await (const event of bare) {
        const at = process.hrtime.bigint();
        const waiter = waiting.get(event.position);
        if (waiter) waiter(at);
        else deliveredAt.set(event.position, at);
      }
    })();
    const delivery = (position: LogPosition): Promise<bigint> => {
      const at = deliveredAt.get(position);
      if (at !== undefined) return Promise.resolve(at);
      return new Promise((resolve) => waiting.set(position, resolve));
    };

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
      const result = await events.append(streamId, decided.map((e) => ({ id: randomUUID(), type: e.type, data: e.data as Record<string, unknown>, metadata })), version);
      const t0 = process.hrtime.bigint();
      await runner.waitFor(result.position, 5000);
      projected.push(Number(process.hrtime.bigint() - t0) / 1e6);
      // Seen before the append returned: no lag after the return.
      delivered.push(Math.max(0, Number((await delivery(result.position)) - t0) / 1e6));
      deliveredAt.delete(result.position);
      waiting.delete(result.position);
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
