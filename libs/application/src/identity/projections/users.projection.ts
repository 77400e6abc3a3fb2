import { RecordedEvent } from '@candor/contracts';
import { assertNever, TOKEN_REVOKING_EVENTS, UserEvent, UserRole, UserStatus } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';

/**
 * One user as routes show it and as the token verifier checks it. Never holds the password hash or
 * anything about pending resets: routes may return any of these fields (through a mapper).
 */
export interface UserDocument extends ProjectedDocument {
  id: string;
  email: string;
  username: string;
  /** Lower-cased username: unique and searched case-insensitively. */
  usernameKey: string;
  fullName: string;
  role: UserRole;
  isSuperuser: boolean;
  isActive: boolean;
  status: UserStatus;
  suspensionReason: string | null;
  createdAt: string;
  /** The log position of the registration: orders users registered within the same millisecond. */
  createdPosition: string;
  updatedAt: string;
  lastLoginAt: string | null;
  lockedUntil: string | null;
  /** Whether the user proved they read mail sent to `email` (CONTRACTS.md `email_verified`). */
  emailVerified: boolean;
  /** Tokens issued in another epoch are refused (see TOKEN_REVOKING_EVENTS). */
  tokenEpoch: number;
  /**
   * When the address's owner last claimed the account (AccountClaimTerms), else null: API keys created until
   * then were the earlier holder's and authenticate no more.
   */
  claimedAt: string | null;
}

export const USERS_COLLECTION = 'users';

const TYPES = [
  'UserRegistered',
  'UserProfileUpdated',
  'UserRoleChanged',
  'UserDeactivated',
  'UserSuspended',
  'UserActivated',
  'UserDeleted',
  'UserPasswordChanged',
  'UserLockedOut',
  'UserLoggedIn',
  'UserEmailVerified',
] as const satisfies readonly UserEvent['type'][];

type ProjectedEvent = Extract<UserEvent, { type: (typeof TYPES)[number] }>;

export const usersProjection: Projection<UserDocument> = {
  name: 'users',
  collection: USERS_COLLECTION,
  eventTypes: TYPES,
  indexes: [{ keys: { email: 1 } }, { keys: { usernameKey: 1 } }, { keys: { createdAt: -1 } }, { keys: { status: 1 } }],
  documentIds: (event) => [(event.data as { userId: string }).userId],
  evolve(doc, recorded) {
    const event = recorded as unknown as ProjectedEvent;
    const next = evolveUserDocument(doc, event, recorded);
    if (!next || !TOKEN_REVOKING_EVENTS.has(event.type)) return next;
    return { ...next, tokenEpoch: next.tokenEpoch + 1 };
  },
};

function evolveUserDocument(doc: UserDocument | null, event: ProjectedEvent, recorded: RecordedEvent): UserDocument | null {
  if (event.type === 'UserRegistered') {
    const d = event.data;
    return {
      _id: d.userId,
      id: d.userId,
      email: d.email,
      username: d.username,
      usernameKey: d.username.toLowerCase(),
      fullName: d.fullName,
      role: d.role,
      isSuperuser: d.isSuperuser,
      isActive: true,
      status: 'active',
      suspensionReason: null,
      createdAt: d.registeredAt,
      createdPosition: recorded.position,
      updatedAt: d.registeredAt,
      lastLoginAt: null,
      lockedUntil: null,
      emailVerified: false,
      tokenEpoch: 0,
      claimedAt: null,
    };
  }
  if (!doc) return null;
  switch (event.type) {
    case 'UserProfileUpdated':
      return { ...doc, fullName: event.data.changes.fullName ?? doc.fullName, updatedAt: event.data.updatedAt };
    case 'UserRoleChanged':
      return { ...doc, role: event.data.role, isSuperuser: event.data.isSuperuser, updatedAt: event.data.changedAt };
    case 'UserDeactivated':
      return { ...doc, status: 'inactive', isActive: false, updatedAt: event.data.deactivatedAt };
    case 'UserSuspended':
      return { ...doc, status: 'suspended', isActive: false, suspensionReason: event.data.reason, updatedAt: event.data.suspendedAt };
    case 'UserActivated':
      return { ...doc, status: 'active', isActive: true, suspensionReason: null, lockedUntil: null, updatedAt: event.data.activatedAt };
    case 'UserDeleted':
      return null;
    case 'UserPasswordChanged':
      return { ...doc, lockedUntil: null, updatedAt: event.data.changedAt, ...(event.data.reason === 'claim' ? { claimedAt: event.data.changedAt } : {}) };
    case 'UserLockedOut':
      return { ...doc, lockedUntil: event.data.lockedUntil };
    case 'UserLoggedIn':
      return { ...doc, lastLoginAt: event.data.loggedInAt, lockedUntil: null };
    case 'UserEmailVerified':
      return { ...doc, emailVerified: true, updatedAt: event.data.verifiedAt };
    default:
      return assertNever(event);
  }
}
