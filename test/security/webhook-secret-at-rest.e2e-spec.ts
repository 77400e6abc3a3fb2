import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, EventStore, keyIdOf, PERSON_KEY_STORE, PersonKeyStore } from '@candor/application';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../support/interview-actors';
import { asText } from '../support/audit-fixtures';
import { eventually, Receiver, verify } from '../support/webhook-receiver';

const uploadCv = (t: TestApp, who: Actor, name: string) =>
  request(t.url)
    .post('/api/candidates/upload_cv/')
    .set(who.auth)
    .attach('cv_file', Buffer.from(`${name}\n`), { filename: 'cv.txt', contentType: 'text/plain' })
    .expect(201);

/**
 * Webhook signing secrets at rest: the log holds them only sealed with a key outside it, so neither the event
 * store's files nor an audit export can sign a delivery; the creation answer shows the secret once, and
 * webhooks whose stored event still holds the secret in clear keep working.
 */
describe('webhook signing secrets at rest', () => {
  let t: TestApp;
  let owner: Actor;
  let admin: Actor;
  let receiver: Receiver;
  let events: EventStore;

  beforeAll(async () => {
    receiver = new Receiver();
    await receiver.start();
    // SNAPSHOT_EVERY=1: every fold of a webhook stream is also written as a snapshot beside the log.
    t = await startTestApp({ ...ADMIN_ENV, WEBHOOK_ALLOW_PRIVATE: 'true', AUDIT_CHECKPOINT_INTERVAL_MS: '0', SNAPSHOT_EVERY: '1' });
    events = t.app.get(EVENT_STORE);
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
    owner = await signUp(t.url, 'sealed-hooks@example.com');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  let secret: string;
  let hookId: string;

  it('shows the secret once and signs with it, while the log and every file beside it hold it only sealed', async () => {
    const created = (await request(t.url).post('/api/webhooks/').set(owner.auth).send({ url: receiver.url, events: ['candidate.created'] }).expect(201)).body;
    secret = created.secret;
    hookId = created._id;
    expect(secret).toMatch(/^whsec_/);
    expect((await request(t.url).get(`/api/webhooks/${hookId}/`).set(owner.auth).expect(200)).body.secret).toBeUndefined();

    await uploadCv(t, owner, 'Ada Lovelace');
    const [delivery] = await receiver.waitFor(1);
    expect(verify(secret, String(delivery.headers['x-candor-signature']), delivery.body)).toBe(true);
    await eventually(
      async () => (await request(t.url).get(`/api/webhooks/${hookId}/deliveries/`).set(owner.auth).expect(200)).body,
      (b) => b.results[0]?.status === 'succeeded',
    );

    for (const stored of [await events.readStream(`webhook-${hookId}`, { asStored: true }), await events.readStream(`webhook-${hookId}`)]) {
      expect(stored[0].data).toEqual(expect.objectContaining({ sealedSecret: expect.stringMatching(/^enc:v1:/) }));
      expect(stored[0].data).not.toHaveProperty('secret');
      expect(JSON.stringify(stored)).not.toContain(secret);
    }
    // The SQLite files of the log (events, WAL, snapshots) and the read models: no trace of the secret.
    const files = readdirSync(t.dataDir).filter((f) => /^(events|read-models)\.sqlite/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(join(t.dataDir, file)).includes(Buffer.from(secret))).toBe(false);
  });

  it('an audit export of the webhook stream, and of the whole log, carries the sealed secret, never the secret', async () => {
    const reason = encodeURIComponent('Webhook review');
    for (const path of [`/api/v1/audit/streams/webhook-${hookId}/export?reason=${reason}`, `/api/v1/audit/log/export?reason=${reason}`]) {
      const text = (await request(t.url).get(path).set(admin.auth).buffer(true).parse(asText).expect(200)).body as string;
      expect(text).toContain('"type":"WebhookCreated"');
      expect(text).toContain('"sealedSecret":"enc:v1:');
      expect(text).not.toContain(secret);
    }
  });

  it('a webhook whose stored creation holds its secret in clear (before sealing) still signs its deliveries', async () => {
    const legacyId = randomUUID();
    const legacySecret = `whsec_legacy_${randomUUID()}`;
    await events.append(
      `webhook-${legacyId}`,
      [
        {
          id: randomUUID(),
          type: 'WebhookCreated',
          data: { webhookId: legacyId, ownerId: owner.id, url: receiver.url, events: ['candidate.created'], description: null, secret: legacySecret, createdAt: new Date().toISOString() },
          metadata: { correlationId: randomUUID(), causationId: null, userId: owner.id, timestamp: new Date().toISOString(), schemaVersion: 1 },
        },
      ],
      'no_stream',
    );
    await eventually(
      async () => (await request(t.url).get('/api/v1/webhooks').set(owner.auth).expect(200)).body as { id: string }[],
      (hooks) => hooks.some((h) => h.id === legacyId),
    );
    const before = receiver.received.length;
    await uploadCv(t, owner, 'Grace Hopper');
    const got = (await receiver.waitFor(before + 2)).slice(before);
    const legacy = got.find((r) => verify(legacySecret, String(r.headers['x-candor-signature']), r.body));
    const sealed = got.find((r) => verify(secret, String(r.headers['x-candor-signature']), r.body));
    expect(legacy).toBeDefined();
    expect(sealed).toBeDefined();
    expect(legacy).not.toBe(sealed);
  });

  it('deleting a webhook destroys the key of its secret: the sealed secret can never be opened again', async () => {
    const [created] = await events.readStream(`webhook-${hookId}`, { asStored: true });
    const keyId = keyIdOf(String(created.data.sealedSecret));
    const keys: PersonKeyStore = t.app.get(PERSON_KEY_STORE);
    expect(await keys.keyById(keyId)).not.toBeNull();
    await request(t.url).delete(`/api/webhooks/${hookId}/`).set(owner.auth).expect(204);
    expect(await keys.keyById(keyId)).toBeNull();
  });
});
