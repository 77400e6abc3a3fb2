import { RecordedEvent } from '@candor/contracts';
import { DomainEvent } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { apiKeyCredentialsProjection } from './api-key-credentials.projection';
import { apiKeysProjection } from './api-keys.projection';
import { tokenFamiliesProjection } from './token-families.projection';
import { usersProjection } from './users.projection';

const USER = '6c1f2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const T = (minute: number) => `2026-01-15T14:${String(minute).padStart(2, '0')}:00.000Z`;

function recorded(events: DomainEvent[]): RecordedEvent[] {
  return events.map((e, i) => ({
    id: `evt-${i + 1}`,
    type: e.type,
    data: JSON.parse(JSON.stringify(e.data)),
    metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: T(0), schemaVersion: 1 },
    streamId: 'stream',
    revision: i + 1,
    position: String(i + 1).padStart(20, '0'),
    recordedAt: T(0),
  }));
}

/** given events → documents: what the runner does, without a store. */
function project<T extends ProjectedDocument>(projection: Projection<T>, events: DomainEvent[]): Map<string, T> {
  const docs = new Map<string, T>();
  for (const event of recorded(events)) {
    if (!projection.eventTypes.includes(event.type)) continue;
    for (const id of projection.documentIds(event)) {
      const next = projection.evolve(docs.get(id) ?? null, event);
      if (next === null) docs.delete(id);
      else docs.set(id, { ...next, _id: id });
    }
  }
  return docs;
}

const registered: DomainEvent = {
  type: 'UserRegistered',
  data: {
    userId: USER,
    email: 'jane@example.com',
    username: 'Jane',
    fullName: 'Jane Doe',
    role: 'recruiter',
    isSuperuser: false,
    passwordHash: 'scrypt$1024$8$1$c2FsdA==$aGFzaA==',
    registeredAt: T(0),
  },
};

describe('identity projections', () => {
  it('users: the user as routes show it, never the password hash; revoking facts move the token epoch', () => {
    const users = project(usersProjection, [
      registered,
      { type: 'UserProfileUpdated', data: { userId: USER, changes: { fullName: 'Jane Q. Doe' }, updatedAt: T(1) } },
      { type: 'UserLoggedIn', data: { userId: USER, sessionId: 's', loggedInAt: T(2) } },
      { type: 'UserSuspended', data: { userId: USER, reason: 'spam', suspendedAt: T(3) } },
      { type: 'UserActivated', data: { userId: USER, activatedAt: T(4) } },
      { type: 'UserPasswordChanged', data: { userId: USER, passwordHash: 'other-hash', reason: 'reset', resetTokenHash: 'h', changedAt: T(5) } },
    ]);
    const doc = users.get(USER);
    expect(doc).toMatchObject({
      id: USER,
      email: 'jane@example.com',
      username: 'Jane',
      usernameKey: 'jane',
      fullName: 'Jane Q. Doe',
      status: 'active',
      isActive: true,
      suspensionReason: null,
      lastLoginAt: T(2),
      createdAt: T(0),
      updatedAt: T(5),
      tokenEpoch: 2,
      claimedAt: null,
    });
    expect(JSON.stringify(doc)).not.toMatch(/scrypt|hash/i);
  });

  it('users: an account claim (a password set through a claim link) is remembered with its time', () => {
    const users = project(usersProjection, [
      registered,
      { type: 'UserPasswordChanged', data: { userId: USER, passwordHash: 'owner-hash', reason: 'claim', resetTokenHash: 'h', changedAt: T(3) } },
      { type: 'UserPasswordChanged', data: { userId: USER, passwordHash: 'later-hash', reason: 'reset', resetTokenHash: 'h2', changedAt: T(7) } },
    ]);
    expect(users.get(USER)).toMatchObject({ claimedAt: T(3), tokenEpoch: 2 });
  });

  it('users: a suspension shows its reason; a deletion removes the user', () => {
    const suspended = project(usersProjection, [registered, { type: 'UserSuspended', data: { userId: USER, reason: 'spam', suspendedAt: T(1) } }]);
    expect(suspended.get(USER)).toMatchObject({ status: 'suspended', isActive: false, suspensionReason: 'spam', tokenEpoch: 1 });
    const deleted = project(usersProjection, [
      registered,
      { type: 'UserDeleted', data: { userId: USER, email: 'jane@example.com', username: 'Jane', deletedAt: T(1) } },
    ]);
    expect(deleted.size).toBe(0);
  });

  it('token families: logout and reuse revoke; the revoked access token is listed', () => {
    const families = project(tokenFamiliesProjection, [
      { type: 'TokenFamilyStarted', data: { familyId: 'f1', userId: USER, refreshTokenId: 'r1', accessTokenId: 'a1', refreshExpiresAt: T(59), startedAt: T(0) } },
      { type: 'TokenFamilyStarted', data: { familyId: 'f2', userId: USER, refreshTokenId: 'r9', accessTokenId: 'a9', refreshExpiresAt: T(59), startedAt: T(0) } },
      { type: 'AccessTokenRevoked', data: { familyId: 'f1', userId: USER, accessTokenId: 'a1', revokedAt: T(1) } },
      { type: 'TokenFamilyRevoked', data: { familyId: 'f1', userId: USER, reason: 'logout', revokedAt: T(1) } },
    ]);
    expect(families.get('f1')).toMatchObject({ revoked: true, revokedReason: 'logout', revokedAccessTokenIds: ['a1'] });
    expect(families.get('f2')).toMatchObject({ revoked: false, revokedAccessTokenIds: [] });
  });

  it('API keys: usage counted from ApiKeyUsed; the listing holds no secret hash, the credentials do', () => {
    const created: DomainEvent = {
      type: 'ApiKeyCreated',
      data: { keyId: 'k1', userId: USER, name: 'Key', publicKey: 'pk_1', secretHash: 'abc123', createdAt: T(0) },
    };
    const events: DomainEvent[] = [
      created,
      { type: 'ApiKeyUsed', data: { keyId: 'k1', userId: USER, usedAt: T(1) } },
      { type: 'ApiKeyUsed', data: { keyId: 'k1', userId: USER, usedAt: T(2) } },
      { type: 'ApiKeyDeactivated', data: { keyId: 'k1', userId: USER, deactivatedAt: T(3) } },
    ];
    const key = project(apiKeysProjection, events).get('k1');
    expect(key).toMatchObject({ usageCount: 2, lastUsedAt: T(2), isActive: false, deactivatedAt: T(3), publicKey: 'pk_1' });
    expect(JSON.stringify(key)).not.toContain('abc123');
    expect(project(apiKeyCredentialsProjection, events).get('k1')).toMatchObject({ secretHash: 'abc123', isActive: false, userId: USER, createdAt: T(0) });
  });
});
