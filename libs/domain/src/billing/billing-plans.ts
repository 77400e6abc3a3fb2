/**
 * The plans on offer, defined in code: a plan change is a deploy, not data. Prices are in cents; a yearly
 * cycle costs ten months. `null` limits mean unlimited.
 */
export const BILLING_CYCLES = ['monthly', 'yearly'] as const;
export type BillingCycle = (typeof BILLING_CYCLES)[number];

export interface PlanLimits {
  /** Interviews created per billing period. */
  readonly interviewsPerPeriod: number | null;
  /** Code executions and submissions inside the user's interviews per billing period. */
  readonly codeExecutionsPerPeriod: number | null;
  /** Minutes of interviews in progress (started to ended) per billing period. */
  readonly aiMinutesPerPeriod: number | null;
}

export interface BillingPlan {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly monthlyPriceCents: number;
  readonly currency: 'USD';
  readonly limits: PlanLimits;
  readonly features: readonly string[];
}

export const BILLING_PLANS: readonly BillingPlan[] = [
  {
    id: 'free',
    name: 'Free',
    description: 'Try the platform: a few interviews a month',
    monthlyPriceCents: 0,
    currency: 'USD',
    limits: { interviewsPerPeriod: 5, codeExecutionsPerPeriod: 100, aiMinutesPerPeriod: 60 },
    features: ['AI interviewer', 'Coding sandbox'],
  },
  {
    id: 'starter',
    name: 'Starter',
    description: 'For small teams hiring now and then',
    monthlyPriceCents: 4900,
    currency: 'USD',
    limits: { interviewsPerPeriod: 50, codeExecutionsPerPeriod: 2000, aiMinutesPerPeriod: 1500 },
    features: ['AI interviewer', 'Coding sandbox', 'Reports', 'Email invitations'],
  },
  {
    id: 'professional',
    name: 'Professional',
    description: 'For teams with a steady hiring pipeline',
    monthlyPriceCents: 19900,
    currency: 'USD',
    limits: { interviewsPerPeriod: 300, codeExecutionsPerPeriod: 20000, aiMinutesPerPeriod: 10000 },
    features: ['AI interviewer', 'Coding sandbox', 'Reports', 'Email invitations', 'Analytics', 'API keys'],
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    description: 'No limits',
    monthlyPriceCents: 99900,
    currency: 'USD',
    limits: { interviewsPerPeriod: null, codeExecutionsPerPeriod: null, aiMinutesPerPeriod: null },
    features: ['AI interviewer', 'Coding sandbox', 'Reports', 'Email invitations', 'Analytics', 'API keys', 'Priority support'],
  },
];

export const FREE_PLAN_ID = 'free';
export const BILLING_PLAN_IDS = BILLING_PLANS.map((p) => p.id);

export function findPlan(planId: string): BillingPlan | undefined {
  return BILLING_PLANS.find((p) => p.id === planId);
}

export function planPriceCents(plan: BillingPlan, cycle: BillingCycle): number {
  return cycle === 'yearly' ? plan.monthlyPriceCents * 10 : plan.monthlyPriceCents;
}

/** The end of a billing period that starts at `start` (calendar months, clamped to the month's last day). */
export function periodEnd(start: string, cycle: BillingCycle): string {
  const d = new Date(start);
  const months = cycle === 'yearly' ? 12 : 1;
  const day = d.getUTCDate();
  const end = new Date(d.getTime());
  end.setUTCDate(1);
  end.setUTCMonth(end.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(day, lastDay));
  return end.toISOString();
}
