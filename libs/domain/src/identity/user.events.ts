import { DomainEvent } from '../shared/event';
import { UserRole } from './identity.types';

/**
 * The facts of one user, on the stream `user-<uuid>`. The password hash lives only here: events are
 * internal, and no projection copies it into a read model.
 */
export type UserRegistered = DomainEvent<
  'UserRegistered',
  {
    readonly userId: string;
    /** Normalised: trimmed and lower-cased (emails are unique case-insensitively). */
    readonly email: string;
    readonly username: string;
    readonly fullName: string;
    readonly role: UserRole;
    readonly isSuperuser: boolean;
    readonly passwordHash: string;
    readonly registeredAt: string;
  }
>;

export type UserProfileUpdated = DomainEvent<
  'UserProfileUpdated',
  { readonly userId: string; readonly changes: { readonly fullName?: string }; readonly updatedAt: string }
>;

export type UserRoleChanged = DomainEvent<
  'UserRoleChanged',
  { readonly userId: string; readonly role: UserRole; readonly isSuperuser: boolean; readonly changedAt: string }
>;

export type UserDeactivated = DomainEvent<'UserDeactivated', { readonly userId: string; readonly deactivatedAt: string }>;

export type UserSuspended = DomainEvent<
  'UserSuspended',
  { readonly userId: string; readonly reason: string; readonly suspendedAt: string }
>;

export type UserActivated = DomainEvent<'UserActivated', { readonly userId: string; readonly activatedAt: string }>;

/** Carries the email and username so the reservations can be released from the event alone. */
export type UserDeleted = DomainEvent<
  'UserDeleted',
  { readonly userId: string; readonly email: string; readonly username: string; readonly deletedAt: string }
>;

/** Only the SHA-256 of the mailed token is stored: the token itself never reaches the log. */
/**
 * The terms of an account claim: someone registered with the address of an account nobody has proved. The
 * address's mailbox gets a one-time link (a password-reset token); following it sets the password, proves the
 * mailbox and gives the account the name and self-service role of that registration, so nothing the
 * unverified holder chose survives but the username.
 */
export interface AccountClaimTerms {
  readonly fullName: string;
  readonly role: UserRole;
}

/** `claim` (absent on a plain reset and on events stored before claims existed): the link claims the account. */
export type PasswordResetRequested = DomainEvent<
  'PasswordResetRequested',
  { readonly userId: string; readonly tokenHash: string; readonly expiresAt: string; readonly requestedAt: string; readonly claim?: AccountClaimTerms }
>;

export type UserPasswordChanged = DomainEvent<
  'UserPasswordChanged',
  {
    readonly userId: string;
    readonly passwordHash: string;
    /** `claim`: set by following an account-claim link (AccountClaimTerms). */
    readonly reason: 'reset' | 'claim';
    /** The reset token spent by this change (single use). */
    readonly resetTokenHash: string | null;
    readonly changedAt: string;
  }
>;

/** A verification link was mailed to `email`; only the SHA-256 of its token is stored. */
export type EmailVerificationRequested = DomainEvent<
  'EmailVerificationRequested',
  { readonly userId: string; readonly email: string; readonly tokenHash: string; readonly expiresAt: string; readonly requestedAt: string }
>;

/** The user proved they read mail sent to `email`: from now on interviews addressed to it are theirs. */
export type UserEmailVerified = DomainEvent<
  'UserEmailVerified',
  { readonly userId: string; readonly email: string; readonly tokenHash: string; readonly verifiedAt: string }
>;

/** `client` (a hash of the caller's address) keys the failure; absent in events from before it existed: every client. */
export type LoginFailed = DomainEvent<'LoginFailed', { readonly userId: string; readonly failedAt: string; readonly client?: string }>;

/** Locks the account for `client` only (absent: for every client), so nobody can lock a user out from elsewhere. */
export type UserLockedOut = DomainEvent<
  'UserLockedOut',
  { readonly userId: string; readonly lockedAt: string; readonly lockedUntil: string; readonly client?: string }
>;

export type UserLoggedIn = DomainEvent<
  'UserLoggedIn',
  { readonly userId: string; readonly sessionId: string; readonly loggedInAt: string }
>;

export type UserEvent =
  | UserRegistered
  | UserProfileUpdated
  | UserRoleChanged
  | UserDeactivated
  | UserSuspended
  | UserActivated
  | UserDeleted
  | PasswordResetRequested
  | UserPasswordChanged
  | EmailVerificationRequested
  | UserEmailVerified
  | LoginFailed
  | UserLockedOut
  | UserLoggedIn;

export const USER_EVENT_TYPES: readonly UserEvent['type'][] = [
  'UserRegistered',
  'UserProfileUpdated',
  'UserRoleChanged',
  'UserDeactivated',
  'UserSuspended',
  'UserActivated',
  'UserDeleted',
  'PasswordResetRequested',
  'UserPasswordChanged',
  'EmailVerificationRequested',
  'UserEmailVerified',
  'LoginFailed',
  'UserLockedOut',
  'UserLoggedIn',
];

/**
 * Facts after which every token issued before must stop working. Tokens carry the user's token epoch;
 * each of these bumps it, in the decider's state and in the read model the verifier checks alike.
 */
export const TOKEN_REVOKING_EVENTS: ReadonlySet<UserEvent['type']> = new Set([
  'UserDeactivated',
  'UserSuspended',
  'UserDeleted',
  'UserPasswordChanged',
]);

export function userStreamId(userId: string): string {
  return `user-${userId}`;
}
