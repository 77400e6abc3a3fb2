import { Query } from '@nestjs/cqrs';
import { BillingPeriod, BillingPlan } from '@candor/domain';

export interface UsageMetric {
  readonly used: number;
  /** null = unlimited. */
  readonly limit: number | null;
}

export interface UsageReport {
  readonly plan: BillingPlan;
  readonly subscriptionStatus: 'none' | 'active' | 'cancelled' | 'expired';
  readonly period: BillingPeriod;
  readonly interviewsCreated: UsageMetric;
  readonly codeExecutions: UsageMetric;
  readonly aiMinutes: UsageMetric;
}

/** The caller's usage in the current billing period (or in `from`..`to` when given) against the plan's limits. */
export class GetUsageQuery extends Query<UsageReport> {
  constructor(
    readonly userId: string,
    readonly now: string,
    readonly from?: string,
    readonly to?: string,
  ) {
    super();
  }
}
