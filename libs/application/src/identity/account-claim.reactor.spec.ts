import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent, UpcasterRegistry } from '@candor/contracts';
import { apiKeyDecider, apiKeysStreamId } from '@candor/domain';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { AggregateStore } from '../commands/aggregate-store';
import { AccountClaimReactor } from './account-claim.reactor';

const USER = '6c1f2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const CLAIMED_AT = '2026-01-15T14:02:00.000Z';

const passwordChanged = (reason: 'reset' | 'claim', streamId = `user-${USER}`): RecordedEvent =>
  ({
    id: `e-${reason}`,
    type: 'UserPasswordChanged',
    data: { userId: USER, passwordHash: 'x', reason, resetTokenHash: 'h', changedAt: CLAIMED_AT },
    metadata: {},
    streamId,
    revision: 2,
    position: '9',
    recordedAt: CLAIMED_AT,
  }) as unknown as RecordedEvent;

/** On a claim, the keys created until it are deactivated on the account's api-keys stream, once. */
describe('AccountClaimReactor', () => {
  let dir: string;
  let events: SqliteEventStore;
  let store: AggregateStore;
  let reactor: AccountClaimReactor;

  const createKey = (keyId: string, now: string) =>
    store.execute(apiKeysStreamId(USER), apiKeyDecider, {
      type: 'CreateApiKey',
      data: { keyId, userId: USER, name: keyId, publicKey: `pk_${keyId}`, secretHash: `h_${keyId}`, maxActive: 5 },
      metadata: { now },
    });
  const keyEvents = async () => (await events.readStream(apiKeysStreamId(USER))).map((e) => [e.type, e.data.keyId]);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-account-claim-'));
    events = new SqliteEventStore(join(dir, 'events.db'));
    store = new AggregateStore(events, new UpcasterRegistry(), { waitFor: async () => true }, 0);
    reactor = new AccountClaimReactor(store);
    await createKey('before', '2026-01-15T14:01:00.000Z');
    await createKey('after', '2026-01-15T14:03:00.000Z');
  });
  afterEach(async () => {
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('deactivates the keys created until the claim and keeps the later ones; a replay adds nothing', async () => {
    await reactor.react(passwordChanged('claim'));
    await reactor.react(passwordChanged('claim'));
    expect(await keyEvents()).toEqual([
      ['ApiKeyCreated', 'before'],
      ['ApiKeyCreated', 'after'],
      ['ApiKeyDeactivated', 'before'],
    ]);
  });

  it('ignores a plain password reset and a look-alike event outside the user stream', async () => {
    await reactor.react(passwordChanged('reset'));
    await reactor.react(passwordChanged('claim', 'import-1'));
    expect(await keyEvents()).toEqual([
      ['ApiKeyCreated', 'before'],
      ['ApiKeyCreated', 'after'],
    ]);
  });
});
