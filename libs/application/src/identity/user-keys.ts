import {
  DomainError,
  normalizeEmail,
  normalizeUsername,
  userDecider,
  userKeyDecider,
  UserKeyKind,
  userKeyStreamId,
  userStreamId,
} from '@candor/domain';
import { AggregateStore } from '../commands/aggregate-store';

/** Claims an email or username for a user (throws USER.EMAIL_TAKEN / USER.USERNAME_TAKEN when someone holds it). */
export async function claimUserKey(store: AggregateStore, kind: UserKeyKind, value: string, userId: string): Promise<void> {
  const normalized = normalize(kind, value);
  const claim = () =>
    store.execute(userKeyStreamId(kind, normalized), userKeyDecider, {
      type: 'ClaimUserKey',
      data: { kind, value: normalized, userId },
      metadata: store.commandMetadata(),
    });
  try {
    await claim();
  } catch (error) {
    if (!(error instanceof DomainError && (error.code === 'USER.EMAIL_TAKEN' || error.code === 'USER.USERNAME_TAKEN'))) throw error;
    // A deletion releases its values right after UserDeleted; should that step have been cut short, the
    // value of a deleted user is released here rather than being lost for good. An email held by an account
    // nobody has proved stays taken: its owner claims that account through the mail (RequestAccountClaim).
    const holder = await userIdByKey(store, kind, normalized);
    if (!holder) throw error;
    const held = (await store.load(userStreamId(holder), userDecider)).state;
    if (!held.deleted) throw error;
    await releaseUserKey(store, kind, normalized, holder);
    await claim();
  }
}

/** Frees a value again; a no-op unless `userId` holds it. */
export async function releaseUserKey(store: AggregateStore, kind: UserKeyKind, value: string, userId: string): Promise<void> {
  const normalized = normalize(kind, value);
  await store.execute(userKeyStreamId(kind, normalized), userKeyDecider, {
    type: 'ReleaseUserKey',
    data: { kind, value: normalized, userId },
    metadata: store.commandMetadata(),
  });
}

/** The user holding an email or username right now, read from its reservation stream (not from a read model). */
export async function userIdByKey(store: AggregateStore, kind: UserKeyKind, value: string): Promise<string | null> {
  const normalized = normalize(kind, value);
  if (!normalized) return null;
  const { state } = await store.load(userKeyStreamId(kind, normalized), userKeyDecider);
  return state.holder;
}

/** A login name with an `@` is an email (usernames cannot contain one). */
export function userIdByLoginName(store: AggregateStore, login: string): Promise<string | null> {
  return userIdByKey(store, login.includes('@') ? 'email' : 'username', login);
}

function normalize(kind: UserKeyKind, value: string): string {
  return kind === 'email' ? normalizeEmail(value) : normalizeUsername(value);
}
