import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent, UpcasterRegistry } from '@candor/contracts';
import { webhookDecider, webhookStreamId } from '@candor/domain';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { AggregateStore } from '../../commands/aggregate-store';
import { WebhookSecretSealer } from '../webhook-secret-sealer';
import { WEBHOOKS_COLLECTION, WebhookDocument } from '../projections/webhooks.projection';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';
import { WebhookOptions } from './webhook-delivery.job';
import { WebhookReactor } from './webhook.reactor';

const OWNER = '6c1f2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const OTHER = '7d2f3b0f-9c8e-4d7f-8a21-2b3c4d5e6f70';
const HOOK = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const AT = '2026-01-15T14:02:00.000Z';
const position = (n: number) => String(n).padStart(20, '0');

const claim = (userId: string, reason: 'claim' | 'reset', at: number): RecordedEvent =>
  ({
    id: `e-${reason}-${at}`,
    type: 'UserPasswordChanged',
    data: { userId, passwordHash: 'x', reason, resetTokenHash: 'h', changedAt: AT },
    metadata: {},
    streamId: `user-${userId}`,
    revision: 2,
    position: position(at),
    recordedAt: AT,
  }) as unknown as RecordedEvent;

/** An account claim deletes the webhooks of the account from before it (the earlier holder's), and only those. */
describe('WebhookReactor on an account claim', () => {
  let dir: string;
  let events: SqliteEventStore;
  let store: AggregateStore;
  let reads: MemoryReadStore;
  let destroyed: string[];
  let projectionsBehind: boolean;
  let reactor: WebhookReactor;

  async function hook(n: number, ownerId: string, createdAt: number): Promise<void> {
    await store.execute(webhookStreamId(HOOK(n)), webhookDecider, {
      type: 'CreateWebhook',
      metadata: { now: AT },
      data: { webhookId: HOOK(n), ownerId, url: 'https://hooks.example.com/x', events: ['candidate.created'], description: null, sealedSecret: 'enc:v1:x', destinations: { allowHttp: false, allowPrivateAddresses: false } },
    });
    await reads.collection<WebhookDocument>(WEBHOOKS_COLLECTION).upsert({
      _id: HOOK(n), id: HOOK(n), ownerId, url: 'https://hooks.example.com/x', events: ['candidate.created'], description: null, createdAt: AT, createdPosition: position(createdAt), deliveryCount: 0, lastDeliveryAt: null,
    });
  }
  const deletedHooks = async () => {
    const deleted: string[] = [];
    for (const n of [1, 2, 3]) if ((await store.load(webhookStreamId(HOOK(n)), webhookDecider)).state.deleted) deleted.push(HOOK(n));
    return deleted;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-webhook-claim-'));
    events = new SqliteEventStore(join(dir, 'events.db'));
    store = new AggregateStore(events, new UpcasterRegistry(), { waitFor: async () => true }, 0);
    reads = new MemoryReadStore();
    destroyed = [];
    projectionsBehind = false;
    const sealer = { destroy: async (id: string) => void destroyed.push(id) } as unknown as WebhookSecretSealer;
    const progress = { waitFor: async () => !projectionsBehind };
    reactor = new WebhookReactor(events, reads, store, {} as WebhookOptions, {} as WebhookDeliveryWorker, sealer, progress);
    await hook(1, OWNER, 5);
    await hook(2, OWNER, 12);
    await hook(3, OTHER, 4);
  });
  afterEach(async () => {
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('deletes the owner\'s webhooks created before the claim and destroys their signing keys; a replay deletes nothing more', async () => {
    await reactor.react(claim(OWNER, 'claim', 9));
    await reactor.react(claim(OWNER, 'claim', 9));
    expect(await deletedHooks()).toEqual([HOOK(1)]);
    expect(destroyed).toContain(HOOK(1));
    expect(destroyed).not.toContain(HOOK(2));
    expect((await events.readStream(webhookStreamId(HOOK(1)))).map((e) => e.type)).toEqual(['WebhookCreated', 'WebhookDeleted']);
  });

  it('a plain password reset deletes nothing', async () => {
    await reactor.react(claim(OWNER, 'reset', 9));
    expect(await deletedHooks()).toEqual([]);
  });

  it('waits for the webhooks read model to reach the claim; behind it, the reaction fails (and is retried)', async () => {
    projectionsBehind = true;
    await expect(reactor.react(claim(OWNER, 'claim', 9))).rejects.toThrow('read model');
    expect(await deletedHooks()).toEqual([]);
  });
});
