import { BillingPlan, planPriceCents } from '@candor/domain';
import { EffectiveSubscription, InvoiceDocument, UsageMetric, UsageReport } from '@candor/application';
import { SubscriptionPlanDto } from './billing-plan.dto';
import { InvoiceDto } from './invoice.dto';
import { SubscriptionResponseDto } from './subscription.dto';
import { UsageMetricDto, UsageStatsDto } from './usage.dto';

const units = (cents: number) => cents / 100;

export function toPlanDto(plan: BillingPlan): SubscriptionPlanDto {
  const monthly = planPriceCents(plan, 'monthly');
  const yearly = planPriceCents(plan, 'yearly');
  return {
    id: plan.id,
    name: plan.name,
    description: plan.description,
    monthly_price_cents: monthly,
    yearly_price_cents: yearly,
    price: units(monthly),
    interval: 'month',
    price_monthly: units(monthly),
    price_yearly: units(yearly),
    currency: plan.currency,
    limits: {
      interviews_per_period: plan.limits.interviewsPerPeriod,
      code_executions_per_period: plan.limits.codeExecutionsPerPeriod,
      ai_minutes_per_period: plan.limits.aiMinutesPerPeriod,
    },
    features: [...plan.features],
  };
}

export function toSubscriptionDto(s: EffectiveSubscription): SubscriptionResponseDto {
  return {
    id: s.doc?.subscriptionId ?? null,
    status: s.status,
    plan_id: s.plan.id,
    plan: toPlanDto(s.plan),
    billing_cycle: s.cycle,
    current_period_start: s.period.start,
    current_period_end: s.period.end,
    auto_renew: s.renews,
    started_at: s.doc?.startedAt ?? null,
    cancelled_at: s.doc?.cancelledAt ?? null,
    cancellation_reason: s.doc?.cancellationReason ?? null,
    access_until: s.doc?.accessUntil ?? null,
  };
}

export function toInvoiceDto(i: InvoiceDocument): InvoiceDto {
  return {
    id: i.invoiceId,
    number: i.number,
    subscription_id: i.subscriptionId,
    reason: i.reason,
    status: 'issued',
    lines: i.lines.map((l) => ({
      description: l.description,
      amount_cents: l.amountCents,
      amount: units(l.amountCents),
      plan_id: l.planId,
      period_start: l.periodStart,
      period_end: l.periodEnd,
    })),
    total_cents: i.totalCents,
    total: units(i.totalCents),
    amount_due_cents: Math.max(0, i.totalCents),
    currency: i.currency,
    issued_at: i.issuedAt,
  };
}

function toMetric(m: UsageMetric): UsageMetricDto {
  if (m.limit === null) return { used: m.used, limit: null, remaining: null, percent_used: null, exceeded: false };
  return {
    used: m.used,
    limit: m.limit,
    remaining: Math.max(0, m.limit - m.used),
    percent_used: m.limit === 0 ? 100 : Math.round((m.used / m.limit) * 1000) / 10,
    exceeded: m.used > m.limit,
  };
}

export function toUsageDto(u: UsageReport): UsageStatsDto {
  return {
    plan_id: u.plan.id,
    subscription_status: u.subscriptionStatus,
    period_start: u.period.start,
    period_end: u.period.end,
    interviews_created: toMetric(u.interviewsCreated),
    code_executions: toMetric(u.codeExecutions),
    ai_minutes: toMetric(u.aiMinutes),
  };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 3600 * 1000;

/** S4 date filters as ISO bounds: `from` inclusive, `to` exclusive; a date-only `to` includes that whole day. */
export function dateWindow(dateFrom?: string, dateTo?: string): { from?: string; to?: string } {
  return {
    from: dateFrom ? new Date(dateFrom).toISOString() : undefined,
    to: dateTo ? new Date(new Date(dateTo).getTime() + (DATE_ONLY.test(dateTo) ? DAY_MS : 1)).toISOString() : undefined,
  };
}
