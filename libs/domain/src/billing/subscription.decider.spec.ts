import { eventWith, givenWhenThen, historyOf } from '@candor/testing';
import { DomainError } from '../shared/domain-error';
import { periodEnd } from './billing-plans';
import { SubscriptionCommand } from './subscription.commands';
import { currentPeriod, subscriptionDecider } from './subscription.decider';
import { SubscriptionEvent } from './subscription.events';

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

const given = givenWhenThen(subscriptionDecider);
/** The events these commands decide one after the other, from no stream. */
const history = (...commands: SubscriptionCommand[]): SubscriptionEvent[] => historyOf(subscriptionDecider, commands);

const event = (type: SubscriptionEvent['type'], data?: Record<string, unknown>) => eventWith<SubscriptionEvent>(type, data);
/** The invoice issued with a decision: these fields, and when given its lines' amounts in order (the total is their sum). */
const invoice = (data: Record<string, unknown>, amounts?: number[]) =>
  event('InvoiceIssued', {
    ...data,
    ...(amounts ? { lines: amounts.map((amountCents) => expect.objectContaining({ amountCents })), totalCents: amounts.reduce((a, b) => a + b, 0) } : {}),
  });

// A downgrade with 5.25 of January's 31 days left.
const LEFT = 5.25 / 31;
const SWITCHED_AT = '2026-01-16T12:00:00.000Z';
const cancelledStarter = () => history(subscribe('starter'), cancel('2026-01-10T00:00:00.000Z'));

describe('subscription decider', () => {
  it.each<[string, () => SubscriptionEvent[], SubscriptionCommand, SubscriptionEvent[]]>([
    [
      'subscribing starts a period and issues an invoice for the whole period',
      () => [],
      subscribe('starter'),
      [
        {
          type: 'SubscriptionStarted',
          data: { subscriptionId: SUB, userId: USER, planId: 'starter', cycle: 'monthly', periodStart: START, periodEnd: '2026-02-01T00:00:00.000Z', startedAt: START },
        },
        invoice({ invoiceId: 'inv-1', number: 'INV-0A1B2C3D-0001', reason: 'subscription_created', currency: 'USD' }, [4900]),
      ],
    ],
    [
      'a yearly cycle costs ten months and lasts twelve',
      () => [],
      subscribe('professional', 'yearly'),
      [event('SubscriptionStarted', { periodEnd: '2027-01-01T00:00:00.000Z' }), invoice({ totalCents: 199000 })],
    ],
    [
      'an upgrade halfway through the period (15.5 of 31 days) credits the unused half and charges half of the new plan',
      () => history(subscribe('starter')),
      change('professional', SWITCHED_AT),
      [
        event('SubscriptionPlanChanged', { fromPlanId: 'starter', toPlanId: 'professional', periodStart: START, periodEnd: '2026-02-01T00:00:00.000Z' }),
        invoice({ number: 'INV-0A1B2C3D-0002' }, [-2450, 9950]),
      ],
    ],
    [
      'a downgrade late in the period leaves a credit (a negative total)',
      () => history(subscribe('professional')),
      change('starter', '2026-01-26T18:00:00.000Z'),
      [event('SubscriptionPlanChanged'), invoice({}, [-Math.round(19900 * LEFT), Math.round(4900 * LEFT)])],
    ],
    [
      'switching cycle credits the unused time and starts a new full period now',
      () => history(subscribe('starter')),
      change('starter', SWITCHED_AT, 'yearly'),
      [event('SubscriptionPlanChanged', { toCycle: 'yearly', periodStart: SWITCHED_AT, periodEnd: periodEnd(SWITCHED_AT, 'yearly') }), invoice({}, [-2450, 49000])],
    ],
    [
      'prorates against the renewed period once the first one has ended (14 of February’s 28 days)',
      () => history(subscribe('starter')),
      change('enterprise', '2026-02-15T00:00:00.000Z'),
      [event('SubscriptionPlanChanged', { periodStart: '2026-02-01T00:00:00.000Z', periodEnd: '2026-03-01T00:00:00.000Z' }), invoice({}, [-2450, 49950])],
    ],
    ['changing to the same plan and cycle records nothing', () => history(subscribe('starter')), change('starter', '2026-01-10T00:00:00.000Z'), []],
    [
      'cancelling keeps access until the end of the paid period',
      () => history(subscribe('starter')),
      cancel('2026-01-10T00:00:00.000Z'),
      [
        {
          type: 'SubscriptionCancelled',
          data: { subscriptionId: SUB, userId: USER, planId: 'starter', reason: 'too expensive', cancelledAt: '2026-01-10T00:00:00.000Z', accessUntil: '2026-02-01T00:00:00.000Z' },
        },
      ],
    ],
    [
      'a cancelled subscription may be replaced by a new one, numbering invoices on',
      cancelledStarter,
      subscribe('professional', 'monthly', '2026-01-20T00:00:00.000Z'),
      [event('SubscriptionStarted'), invoice({ number: 'INV-0A1B2C3D-0002' })],
    ],
  ])('%s', (_name, history, command, expected) => {
    given(history()).when(command).then(expected);
  });

  it.each<[string, () => SubscriptionEvent[], SubscriptionCommand, string, DomainError['kind']]>([
    ['refuses a second subscription', () => history(subscribe('starter')), subscribe('professional'), 'BILLING.ALREADY_SUBSCRIBED', 'conflict'],
    ['refuses a plan change without a subscription', () => [], change('professional', START), 'BILLING.NO_SUBSCRIPTION', 'not_found'],
    ['refuses to cancel without a subscription', () => [], cancel(START), 'BILLING.NO_SUBSCRIPTION', 'not_found'],
    ['refuses to cancel twice', cancelledStarter, cancel('2026-01-11T00:00:00.000Z'), 'BILLING.SUBSCRIPTION_CANCELLED', 'conflict'],
    ['refuses a plan change once cancelled', cancelledStarter, change('professional', '2026-01-11T00:00:00.000Z'), 'BILLING.SUBSCRIPTION_CANCELLED', 'conflict'],
    ['refuses to subscribe to an unknown plan', () => [], subscribe('platinum'), 'BILLING.UNKNOWN_PLAN', 'invalid'],
    ['refuses to change to an unknown plan', () => history(subscribe('starter')), change('platinum', '2026-01-11T00:00:00.000Z'), 'BILLING.UNKNOWN_PLAN', 'invalid'],
  ])('%s', (_name, history, command, code, kind) => {
    given(history()).when(command).thenThrows(code, kind);
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
