import { DomainError } from '../shared/domain-error';
import { fold } from '../shared/decider';
import { periodEnd } from './billing-plans';
import { SubscriptionCommand } from './subscription.commands';
import { currentPeriod, subscriptionDecider } from './subscription.decider';
import { InvoiceIssued, SubscriptionEvent } from './subscription.events';

const USER = '0a1b2c3d-0000-4000-8000-000000000001';
const SUB = 'sub-1';
const START = '2026-01-01T00:00:00.000Z';

const at = (now: string) => ({ now });
const subscribe = (planId: string, cycle: 'monthly' | 'yearly' = 'monthly', now = START): SubscriptionCommand => ({
  type: 'Subscribe',
  data: { userId: USER, planId, cycle, subscriptionId: SUB, invoiceId: 'inv-1' },
  metadata: at(now),
});
const change = (planId: string, now: string, cycle?: 'monthly' | 'yearly'): SubscriptionCommand => ({
  type: 'ChangePlan',
  data: { planId, cycle, invoiceId: 'inv-2' },
  metadata: at(now),
});
const cancel = (now: string): SubscriptionCommand => ({ type: 'CancelSubscription', data: { reason: 'too expensive' }, metadata: at(now) });

/** given(events).when(command) → the decided events. */
const given = (events: SubscriptionEvent[]) => ({
  when: (command: SubscriptionCommand) => subscriptionDecider.decide(command, fold(subscriptionDecider, events)),
});
const history = (...commands: SubscriptionCommand[]): SubscriptionEvent[] =>
  commands.reduce<SubscriptionEvent[]>((events, c) => [...events, ...given(events).when(c)], []);
const invoiceOf = (events: SubscriptionEvent[]) => events.find((e): e is InvoiceIssued => e.type === 'InvoiceIssued')!.data;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}/${error.kind}` : 'not a DomainError';
  }
  return undefined;
}

describe('subscription decider', () => {
  it('subscribing starts a period and issues an invoice for the whole period', () => {
    const events = given([]).when(subscribe('starter'));
    expect(events[0]).toEqual({
      type: 'SubscriptionStarted',
      data: { subscriptionId: SUB, userId: USER, planId: 'starter', cycle: 'monthly', periodStart: START, periodEnd: '2026-02-01T00:00:00.000Z', startedAt: START },
    });
    const invoice = invoiceOf(events);
    expect(invoice).toMatchObject({ invoiceId: 'inv-1', number: 'INV-0A1B2C3D-0001', reason: 'subscription_created', totalCents: 4900, currency: 'USD' });
    expect(invoice.lines).toHaveLength(1);
  });

  it('a yearly cycle costs ten months and lasts twelve', () => {
    const events = given([]).when(subscribe('professional', 'yearly'));
    expect(events[0].data).toMatchObject({ periodEnd: '2027-01-01T00:00:00.000Z' });
    expect(invoiceOf(events).totalCents).toBe(199000);
  });

  it('an upgrade halfway through the period credits the unused half and charges half of the new plan', () => {
    // January has 31 days: 15.5 days in is exactly half.
    const events = given(history(subscribe('starter'))).when(change('professional', '2026-01-16T12:00:00.000Z'));
    expect(events[0]).toMatchObject({
      type: 'SubscriptionPlanChanged',
      data: { fromPlanId: 'starter', toPlanId: 'professional', periodStart: START, periodEnd: '2026-02-01T00:00:00.000Z' },
    });
    const invoice = invoiceOf(events);
    expect(invoice.lines.map((l) => l.amountCents)).toEqual([-2450, 9950]);
    expect(invoice.totalCents).toBe(7500);
    expect(invoice.number).toBe('INV-0A1B2C3D-0002');
  });

  it('a downgrade late in the period leaves a credit (a negative total)', () => {
    const events = given(history(subscribe('professional'))).when(change('starter', '2026-01-26T18:00:00.000Z'));
    // 5.25 of 31 days left.
    const left = 5.25 / 31;
    expect(invoiceOf(events).lines.map((l) => l.amountCents)).toEqual([-Math.round(19900 * left), Math.round(4900 * left)]);
    expect(invoiceOf(events).totalCents).toBeLessThan(0);
  });

  it('switching cycle credits the unused time and starts a new full period now', () => {
    const now = '2026-01-16T12:00:00.000Z';
    const events = given(history(subscribe('starter'))).when(change('starter', now, 'yearly'));
    expect(events[0].data).toMatchObject({ toCycle: 'yearly', periodStart: now, periodEnd: periodEnd(now, 'yearly') });
    expect(invoiceOf(events).lines.map((l) => l.amountCents)).toEqual([-2450, 49000]);
  });

  it('prorates against the renewed period once the first one has ended', () => {
    // Renewed on 2026-02-01 (28 days); 14 days in is half.
    const events = given(history(subscribe('starter'))).when(change('enterprise', '2026-02-15T00:00:00.000Z'));
    expect(events[0].data).toMatchObject({ periodStart: '2026-02-01T00:00:00.000Z', periodEnd: '2026-03-01T00:00:00.000Z' });
    expect(invoiceOf(events).lines.map((l) => l.amountCents)).toEqual([-2450, 49950]);
  });

  it('changing to the same plan and cycle records nothing', () => {
    expect(given(history(subscribe('starter'))).when(change('starter', '2026-01-10T00:00:00.000Z'))).toEqual([]);
  });

  it('cancelling keeps access until the end of the paid period', () => {
    const events = given(history(subscribe('starter'))).when(cancel('2026-01-10T00:00:00.000Z'));
    expect(events).toEqual([
      {
        type: 'SubscriptionCancelled',
        data: { subscriptionId: SUB, userId: USER, planId: 'starter', reason: 'too expensive', cancelledAt: '2026-01-10T00:00:00.000Z', accessUntil: '2026-02-01T00:00:00.000Z' },
      },
    ]);
  });

  it('refuses illegal transitions with typed errors', () => {
    const active = history(subscribe('starter'));
    const cancelled = history(subscribe('starter'), cancel('2026-01-10T00:00:00.000Z'));
    expect(codeOf(() => given(active).when(subscribe('professional')))).toBe('BILLING.ALREADY_SUBSCRIBED/conflict');
    expect(codeOf(() => given([]).when(change('professional', START)))).toBe('BILLING.NO_SUBSCRIPTION/not_found');
    expect(codeOf(() => given([]).when(cancel(START)))).toBe('BILLING.NO_SUBSCRIPTION/not_found');
    expect(codeOf(() => given(cancelled).when(cancel('2026-01-11T00:00:00.000Z')))).toBe('BILLING.SUBSCRIPTION_CANCELLED/conflict');
    expect(codeOf(() => given(cancelled).when(change('professional', '2026-01-11T00:00:00.000Z')))).toBe('BILLING.SUBSCRIPTION_CANCELLED/conflict');
    expect(codeOf(() => given([]).when(subscribe('platinum')))).toBe('BILLING.UNKNOWN_PLAN/invalid');
    expect(codeOf(() => given(active).when(change('platinum', '2026-01-11T00:00:00.000Z')))).toBe('BILLING.UNKNOWN_PLAN/invalid');
  });

  it('a cancelled subscription may be replaced by a new one, numbering invoices on', () => {
    const cancelled = history(subscribe('starter'), cancel('2026-01-10T00:00:00.000Z'));
    const events = given(cancelled).when(subscribe('professional', 'monthly', '2026-01-20T00:00:00.000Z'));
    expect(events[0].type).toBe('SubscriptionStarted');
    expect(invoiceOf(events).number).toBe('INV-0A1B2C3D-0002');
  });

  it('events survive a JSON round trip unchanged', () => {
    const events = history(subscribe('starter'), change('professional', '2026-01-16T12:00:00.000Z'));
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
  });
});

describe('billing periods', () => {
  it('clamp to the last day of shorter months', () => {
    expect(periodEnd('2026-01-31T10:00:00.000Z', 'monthly')).toBe('2026-02-28T10:00:00.000Z');
    expect(periodEnd('2024-02-29T00:00:00.000Z', 'yearly')).toBe('2025-02-28T00:00:00.000Z');
  });

  it('roll forward to the period containing now', () => {
    expect(currentPeriod({ start: START, end: '2026-02-01T00:00:00.000Z' }, 'monthly', '2026-03-05T00:00:00.000Z')).toEqual({
      start: '2026-03-01T00:00:00.000Z',
      end: '2026-04-01T00:00:00.000Z',
    });
  });
});
