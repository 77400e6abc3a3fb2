import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { IDENTITY_ENV, newUser, Session } from '../support/identity-fixtures';

const S4_ERROR = { success: false, message: expect.any(String), errors: expect.any(Array), error_code: expect.any(String), timestamp: expect.any(String) };

describe('S4 /billing/*', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(IDENTITY_ENV);
  });
  afterAll(async () => t.close());

  it('lists the plans with prices and limits; requires a login', async () => {
    const user = await newUser(t.url);
    const res = await request(t.url).get('/billing/plans').set(user.auth).expect(200);
    expect(res.body.success).toBe(true);
    expect(res.body.data.map((p: { id: string }) => p.id)).toEqual(['free', 'starter', 'professional', 'enterprise']);
    expect(res.body.data[1]).toMatchObject({
      id: 'starter',
      monthly_price_cents: 4900,
      yearly_price_cents: 49000,
      price: 49,
      interval: 'month',
      price_monthly: 49,
      currency: 'USD',
      limits: { interviews_per_period: 50, code_executions_per_period: 2000, ai_minutes_per_period: 1500 },
    });
    const anonymous = await request(t.url).get('/billing/plans').expect(401);
    expect(anonymous.body).toEqual(S4_ERROR);
  });

  it('subscribes, changes plan with a prorated invoice, cancels, and refuses illegal transitions', async () => {
    const user = await newUser(t.url);
    const none = await request(t.url).get('/billing/subscription').set(user.auth).expect(200);
    expect(none.body.data).toMatchObject({ id: null, status: 'none', plan_id: 'free', auto_renew: false });

    const noSub = await request(t.url).put('/billing/subscription').set(user.auth).send({ plan_id: 'professional' }).expect(404);
    expect(noSub.body).toEqual({ ...S4_ERROR, error_code: 'BILLING.NO_SUBSCRIPTION' });
    await request(t.url).delete('/billing/subscription').set(user.auth).expect(404);

    const subscribed = await request(t.url).post('/billing/subscribe').set(user.auth).send({ plan_id: 'starter' }).expect(201);
    expect(subscribed.body).toMatchObject({
      success: true,
      message: 'Subscribed to the Starter plan',
      data: { id: expect.any(String), status: 'active', plan_id: 'starter', billing_cycle: 'monthly', auto_renew: true, plan: { name: 'Starter' } },
    });
    const { current_period_start: start, current_period_end: end } = subscribed.body.data;
    expect(Date.parse(end) - Date.parse(start)).toBeGreaterThanOrEqual(28 * 24 * 3600 * 1000);

    const again = await request(t.url).post('/billing/subscribe').set(user.auth).send({ plan_id: 'professional' }).expect(409);
    expect(again.body).toEqual({ ...S4_ERROR, error_code: 'BILLING.ALREADY_SUBSCRIBED' });

    const changed = await request(t.url).put('/billing/subscription').set(user.auth).send({ plan_id: 'professional' }).expect(200);
    expect(changed.body).toMatchObject({ success: true, data: { plan_id: 'professional', status: 'active', current_period_start: start, current_period_end: end } });

    const invoices = await request(t.url).get('/billing/invoices').set(user.auth).expect(200);
    expect(invoices.body.pagination).toEqual({ page: 1, size: 10, total: 2, pages: 1, has_next: false, has_prev: false });
    const [proration, first] = invoices.body.data;
    expect(first).toMatchObject({ reason: 'subscription_created', status: 'issued', total_cents: 4900, amount_due_cents: 4900, currency: 'USD' });
    expect(proration).toMatchObject({ reason: 'plan_changed', status: 'issued' });
    // Changed moments after subscribing: almost the whole period is credited and charged at the new price.
    const [credit, charge] = proration.lines.map((l: { amount_cents: number }) => l.amount_cents);
    expect(credit).toBeLessThanOrEqual(-4890);
    expect(charge).toBeGreaterThanOrEqual(19850);
    expect(proration.total_cents).toBe(credit + charge);
    expect(proration.number).not.toBe(first.number);

    const oldestFirst = await request(t.url).get('/billing/invoices').query({ sort_order: 'asc', size: 1, page: 2 }).set(user.auth).expect(200);
    expect(oldestFirst.body.data.map((i: { id: string }) => i.id)).toEqual([proration.id]);
    expect(oldestFirst.body.pagination).toMatchObject({ page: 2, size: 1, total: 2, has_next: false, has_prev: true });

    const cancelled = await request(t.url).delete('/billing/subscription').set(user.auth).send({ reason: 'Hiring freeze' }).expect(200);
    expect(cancelled.body).toEqual({ success: true, message: 'Subscription cancelled', data: { message: 'Subscription cancelled' } });
    const after = await request(t.url).get('/billing/subscription').set(user.auth).expect(200);
    expect(after.body.data).toMatchObject({ status: 'cancelled', plan_id: 'professional', auto_renew: false, cancellation_reason: 'Hiring freeze', access_until: end });

    const twice = await request(t.url).delete('/billing/subscription').set(user.auth).expect(409);
    expect(twice.body).toEqual({ ...S4_ERROR, error_code: 'BILLING.SUBSCRIPTION_CANCELLED' });
    await request(t.url).put('/billing/subscription').set(user.auth).send({ plan_id: 'starter' }).expect(409);

    // Other users see none of it.
    const other = await newUser(t.url);
    expect((await request(t.url).get('/billing/invoices').set(other.auth).expect(200)).body.pagination.total).toBe(0);
  });

  it('answers 400 in the S4 format for invalid bodies and queries', async () => {
    const user = await newUser(t.url);
    const unknown = await request(t.url).post('/billing/subscribe').set(user.auth).send({ plan_id: 'platinum', billing_cycle: 'weekly' }).expect(400);
    expect(unknown.body).toEqual({ ...S4_ERROR, error_code: 'VALIDATION_ERROR' });
    expect(unknown.body.errors.some((e: string) => e.startsWith('plan_id'))).toBe(true);
    expect(unknown.body.errors.some((e: string) => e.startsWith('billing_cycle'))).toBe(true);
    const missing = await request(t.url).post('/billing/subscribe').set(user.auth).send({}).expect(400);
    expect(missing.body.errors.some((e: string) => e.startsWith('plan_id'))).toBe(true);
    await request(t.url).get('/billing/invoices').query({ size: 101 }).set(user.auth).expect(400);
    await request(t.url).get('/billing/usage').query({ date_from: 'yesterday' }).set(user.auth).expect(400);
  });

  it('usage counts the period’s interviews and in-progress minutes against the plan’s limits', async () => {
    const user = await newUser(t.url);
    const before = await request(t.url).get('/billing/usage').set(user.auth).expect(200);
    expect(before.body.data).toMatchObject({
      plan_id: 'free',
      subscription_status: 'none',
      interviews_created: { used: 0, limit: 5, remaining: 5, percent_used: 0, exceeded: false },
      code_executions: { used: 0, limit: 100 },
      ai_minutes: { used: 0, limit: 60 },
    });

    const created: { id: string; created_at: string }[] = [];
    for (const title of ['One', 'Two']) {
      created.push((await request(t.url).post('/api/sessions').set(user.auth).send({ title }).expect(201)).body);
    }
    await request(t.url).post(`/api/v1/interviews/${created[0].id}/start`).set(user.auth).expect(200);
    await request(t.url).post('/billing/subscribe').set(user.auth).send({ plan_id: 'enterprise', billing_cycle: 'yearly' }).expect(201);

    const usage = await request(t.url).get('/billing/usage').set(user.auth).expect(200);
    expect(usage.body.data).toMatchObject({
      plan_id: 'enterprise',
      subscription_status: 'active',
      interviews_created: { limit: null, remaining: null, exceeded: false },
      code_executions: { used: 0, limit: null },
    });
    // The subscription period starts now, after the interviews were created: a window covering today counts them.
    const today = created[0].created_at.slice(0, 10);
    const window = await request(t.url).get('/billing/usage').query({ date_from: today, date_to: today }).set(user.auth).expect(200);
    expect(window.body.data.interviews_created.used).toBe(2);
    expect(window.body.data.period_start).toBe(`${today}T00:00:00.000Z`);
    const long_ago = await request(t.url).get('/billing/usage').query({ date_from: '2000-01-01', date_to: '2000-01-31' }).set(user.auth).expect(200);
    expect(long_ago.body.data).toMatchObject({ interviews_created: { used: 0 }, ai_minutes: { used: 0 } });

    // Another user's interviews do not count.
    const other = await newUser(t.url);
    expect((await request(t.url).get('/billing/usage').query({ date_from: today }).set(other.auth)).body.data.interviews_created.used).toBe(0);
  });

  it('documents every billing route in the OpenAPI document', async () => {
    const doc = (await request(t.url).get('/openapi.json').expect(200)).body;
    for (const path of ['/billing/plans', '/billing/subscription', '/billing/subscribe', '/billing/invoices', '/billing/usage', '/admin/system/stats', '/admin/system/logs', '/admin/system/maintenance', '/admin/system/health']) {
      expect(doc.paths[path]).toBeDefined();
    }
    expect(doc.paths['/billing/subscribe'].post.description).toContain('No payment processor');
    expect(doc.components.schemas.SubscriptionCreateDto.properties.plan_id.enum).toContain('starter');
    expect(doc.components.schemas.InvoiceDto).toBeDefined();
  });
});
