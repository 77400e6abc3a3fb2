import { DomainEvent } from '../shared/event';

/**
 * Emails and usernames are unique. Each normalised value owns a stream (`user-email-<email>`,
 * `user-username-<name>`); whoever appends the first claim with "no stream expected" holds it, so of two
 * racing registrations exactly one wins. A released value (failed registration, deleted user) can be
 * claimed again at the stream's current version.
 */
export type UserKeyKind = 'email' | 'username';

export type UserKeyClaimed = DomainEvent<
  'UserKeyClaimed',
  { readonly kind: UserKeyKind; readonly value: string; readonly userId: string; readonly claimedAt: string }
>;

export type UserKeyReleased = DomainEvent<
  'UserKeyReleased',
  { readonly kind: UserKeyKind; readonly value: string; readonly userId: string; readonly releasedAt: string }
>;

export type UserKeyEvent = UserKeyClaimed | UserKeyReleased;

/** `value` must already be normalised (lower-cased). */
export function userKeyStreamId(kind: UserKeyKind, value: string): string {
  return `user-${kind}-${value}`;
}
