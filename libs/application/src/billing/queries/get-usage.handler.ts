import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { CODING_EVENTS_COLLECTION, CodingEventDocument } from '../../interview/projections/coding-events.projection';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { SUBSCRIPTIONS_COLLECTION, SubscriptionDocument } from '../projections/subscriptions.projection';
import { effectiveSubscription } from './effective-subscription';
import { GetUsageQuery, UsageReport } from './get-usage.query';

type InterviewTimes = Pick<InterviewDocument, '_id' | 'createdAt' | 'startedAt' | 'endedAt' | 'cancelledAt'>;

/**
 * Usage from the read models: interviews the user created, code runs (executions and submissions) inside
 * them, and AI minutes = time the user's interviews spent in progress, each clipped to the period.
 */
@QueryHandler(GetUsageQuery)
export class GetUsageHandler implements IQueryHandler<GetUsageQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetUsageQuery): Promise<UsageReport> {
    const doc = await this.store.collection<SubscriptionDocument>(SUBSCRIPTIONS_COLLECTION).findOne({ _id: q.userId });
    const subscription = effectiveSubscription(doc, q.now);
    const period = { start: q.from ?? subscription.period.start, end: q.to ?? subscription.period.end };
    const interviews = (await this.store
      .collection<InterviewDocument>(INTERVIEWS_COLLECTION)
      .find({ ownerId: q.userId }, { projection: { _id: 1, createdAt: 1, startedAt: 1, endedAt: 1, cancelledAt: 1 } })) as InterviewTimes[];
    const codeRuns = interviews.length
      ? await this.store.collection<CodingEventDocument>(CODING_EVENTS_COLLECTION).count({
          interviewId: { $in: interviews.map((i) => i._id) },
          eventType: { $in: ['code_execution', 'code_submission'] },
          createdAt: { $gte: period.start, $lt: period.end },
        })
      : 0;
    const created = interviews.filter((i) => i.createdAt >= period.start && i.createdAt < period.end).length;
    const limits = subscription.plan.limits;
    return {
      plan: subscription.plan,
      subscriptionStatus: subscription.status,
      period,
      interviewsCreated: { used: created, limit: limits.interviewsPerPeriod },
      codeExecutions: { used: codeRuns, limit: limits.codeExecutionsPerPeriod },
      aiMinutes: { used: inProgressMinutes(interviews, period, q.now), limit: limits.aiMinutesPerPeriod },
    };
  }
}

function inProgressMinutes(interviews: readonly InterviewTimes[], period: { start: string; end: string }, now: string): number {
  const from = Date.parse(period.start);
  const to = Math.min(Date.parse(period.end), Date.parse(now));
  let ms = 0;
  for (const i of interviews) {
    if (!i.startedAt) continue;
    const start = Math.max(Date.parse(i.startedAt), from);
    const end = Math.min(Date.parse(i.endedAt ?? i.cancelledAt ?? now), to);
    if (end > start) ms += end - start;
  }
  return Math.round(ms / 6000) / 10;
}
