import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent, UpcasterRegistry } from '@candor/contracts';
import { DomainEvent } from '@candor/domain';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { AggregateStore } from '../commands/aggregate-store';
import { ProjectedDocument, Projection } from '../projections/projection';
import { ApiKeyAuthenticator, hashApiKeySecret } from './api-key.authenticator';
import { apiKeyCredentialsProjection } from './projections/api-key-credentials.projection';
import { usersProjection } from './projections/users.projection';

const USER = '6c1f2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const T = (minute: number) => `2026-01-15T14:${String(minute).padStart(2, '0')}:00.000Z`;
const SECRET = (n: number) => `sk_${String(n).repeat(24)}`;

const registered: DomainEvent = {
  type: 'UserRegistered',
  data: { userId: USER, email: 'jane@example.com', username: 'jane', fullName: 'Jane', role: 'recruiter', isSuperuser: false, passwordHash: 'x', registeredAt: T(0) },
};
const keyCreated = (n: number, minute: number): DomainEvent => ({
  type: 'ApiKeyCreated',
  data: { keyId: `k${n}`, userId: USER, name: 'Key', publicKey: `pk_${String(n).repeat(16)}`, secretHash: hashApiKeySecret(SECRET(n)), createdAt: T(minute) },
});
const passwordChanged = (reason: 'reset' | 'claim', minute: number): DomainEvent => ({
  type: 'UserPasswordChanged',
  data: { userId: USER, passwordHash: 'y', reason, resetTokenHash: 'h', changedAt: T(minute) },
});

/**
 * The defence at authentication behind the claim's reaction: a key created until the account was claimed (the
 * earlier holder's) is refused even while it is still active in the read model; later keys, and keys of an
 * account nobody claimed (a plain password reset), work.
 */
describe('ApiKeyAuthenticator and account claims', () => {
  let dir: string;
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  let authenticator: ApiKeyAuthenticator;

  async function project(history: DomainEvent[]): Promise<void> {
    for (const [i, event] of history.entries()) {
      const recorded = { id: `e${i}`, type: event.type, data: event.data, metadata: {}, streamId: 's', revision: i, position: String(i + 1), recordedAt: T(0) } as unknown as RecordedEvent;
      for (const projection of [usersProjection, apiKeyCredentialsProjection] as Projection<ProjectedDocument>[]) {
        if (!projection.eventTypes.includes(event.type)) continue;
        const collection = reads.collection<ProjectedDocument>(projection.collection);
        for (const id of projection.documentIds(recorded)) {
          const next = projection.evolve(await collection.findOne({ _id: id }), recorded);
          if (next) await collection.upsert({ ...next, _id: id });
        }
      }
    }
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-api-key-auth-'));
    events = new SqliteEventStore(join(dir, 'events.db'));
    reads = new MemoryReadStore();
    authenticator = new ApiKeyAuthenticator(reads, new AggregateStore(events, new UpcasterRegistry(), { waitFor: async () => true }, 0));
  });
  afterEach(async () => {
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a still-active key created before the claim, with or without its public part; accepts a key created after it', async () => {
    await project([registered, keyCreated(1, 1), passwordChanged('claim', 2), keyCreated(2, 3)]);
    await expect(authenticator.authenticate(SECRET(1))).rejects.toMatchObject({ code: 'API_KEY.INVALID_CREDENTIALS' });
    await expect(authenticator.authenticate(`pk_${'1'.repeat(16)}:${SECRET(1)}`)).rejects.toMatchObject({ code: 'API_KEY.INVALID_CREDENTIALS' });
    await expect(authenticator.authenticate(SECRET(2))).resolves.toMatchObject({ id: USER, via: 'api_key', apiKeyId: 'k2' });
  });

  it('refuses a key created in the very millisecond of the claim (the earlier holder\'s, racing it)', async () => {
    await project([registered, keyCreated(1, 2), passwordChanged('claim', 2)]);
    await expect(authenticator.authenticate(SECRET(1))).rejects.toMatchObject({ code: 'API_KEY.INVALID_CREDENTIALS' });
  });

  it('a plain password reset leaves the keys working', async () => {
    await project([registered, keyCreated(1, 1), passwordChanged('reset', 2)]);
    await expect(authenticator.authenticate(SECRET(1))).resolves.toMatchObject({ id: USER, apiKeyId: 'k1' });
  });
});
