import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { CODING_EVENTS_COLLECTION } from '../../interview/projections/coding-events.projection';
import { INTERVIEWS_COLLECTION } from '../../interview/projections/interviews.projection';
import { SUBSCRIPTIONS_COLLECTION } from '../projections/subscriptions.projection';
import { GetUsageHandler } from './get-usage.handler';
import { GetUsageQuery } from './get-usage.query';

const USER = 'user-1';
const NOW = '2026-03-20T12:00:00.000Z';

describe('GetUsageHandler', () => {
  let store: MemoryReadStore;
  beforeEach(async () => {
    store = new MemoryReadStore();
    const interviews = store.collection<Record<string, unknown> & { _id: string }>(INTERVIEWS_COLLECTION);
    // Given: one interview before the period, two in it (one ran 30 minutes, one is still in progress for 15), another user's.
    await interviews.upsert({ _id: 'old', ownerId: USER, createdAt: '2026-02-20T00:00:00.000Z', startedAt: '2026-02-28T23:50:00.000Z', endedAt: '2026-03-01T00:20:00.000Z', cancelledAt: null });
    await interviews.upsert({ _id: 'a', ownerId: USER, createdAt: '2026-03-05T00:00:00.000Z', startedAt: '2026-03-05T10:00:00.000Z', endedAt: '2026-03-05T10:30:00.000Z', cancelledAt: null });
    await interviews.upsert({ _id: 'b', ownerId: USER, createdAt: '2026-03-19T00:00:00.000Z', startedAt: '2026-03-20T11:45:00.000Z', endedAt: null, cancelledAt: null });
    await interviews.upsert({ _id: 'x', ownerId: 'someone-else', createdAt: '2026-03-05T00:00:00.000Z', startedAt: '2026-03-05T10:00:00.000Z', endedAt: '2026-03-05T12:00:00.000Z', cancelledAt: null });
    const coding = store.collection<Record<string, unknown> & { _id: string }>(CODING_EVENTS_COLLECTION);
    await coding.upsert({ _id: 'c1', interviewId: 'a', eventType: 'code_execution', createdAt: '2026-03-05T10:05:00.000Z' });
    await coding.upsert({ _id: 'c2', interviewId: 'a', eventType: 'code_submission', createdAt: '2026-03-05T10:25:00.000Z' });
    await coding.upsert({ _id: 'c3', interviewId: 'a', eventType: 'code_update', createdAt: '2026-03-05T10:06:00.000Z' });
    await coding.upsert({ _id: 'c4', interviewId: 'old', eventType: 'code_execution', createdAt: '2026-02-28T23:55:00.000Z' });
    await coding.upsert({ _id: 'c5', interviewId: 'x', eventType: 'code_execution', createdAt: '2026-03-05T10:05:00.000Z' });
    await store.collection(SUBSCRIPTIONS_COLLECTION).upsert({
      _id: USER,
      userId: USER,
      subscriptionId: 's',
      planId: 'starter',
      cycle: 'monthly',
      status: 'active',
      periodStart: '2026-01-01T00:00:00.000Z',
      periodEnd: '2026-02-01T00:00:00.000Z',
      startedAt: '2026-01-01T00:00:00.000Z',
      cancelledAt: null,
      cancellationReason: null,
      accessUntil: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as never);
  });

  it('counts the renewed period’s interviews, code runs and in-progress minutes (clipped to the period) against the plan', async () => {
    const usage = await new GetUsageHandler(store).execute(new GetUsageQuery(USER, NOW));
    expect(usage.period).toEqual({ start: '2026-03-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z' });
    expect(usage.plan.id).toBe('starter');
    expect(usage.interviewsCreated).toEqual({ used: 2, limit: 50 });
    expect(usage.codeExecutions).toEqual({ used: 2, limit: 2000 });
    // 20 minutes of 'old' fall in March, 30 of 'a', 15 of 'b' so far.
    expect(usage.aiMinutes).toEqual({ used: 65, limit: 1500 });
  });

  it('takes an explicit window instead of the period', async () => {
    const usage = await new GetUsageHandler(store).execute(new GetUsageQuery(USER, NOW, '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'));
    expect(usage.interviewsCreated.used).toBe(1);
    expect(usage.codeExecutions.used).toBe(1);
    expect(usage.aiMinutes.used).toBe(10);
  });
});
