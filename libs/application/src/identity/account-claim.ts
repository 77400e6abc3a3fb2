import { RecordedEvent } from '@candor/contracts';
import { UserPasswordChanged, userStreamId } from '@candor/domain';

/** An account claim as the log records it: whose account, and when the address's owner took it over. */
export interface AccountClaim {
  readonly userId: string;
  readonly claimedAt: string;
}

/**
 * The claim of an account by the owner of its address (a password set through a claim link). What the earlier,
 * unverified holder set up to reach the account from outside (API keys, webhooks) is revoked in reaction to it.
 */
export function accountClaimOf(event: RecordedEvent): AccountClaim | null {
  if (event.type !== 'UserPasswordChanged') return null;
  const data = (event as unknown as UserPasswordChanged).data;
  if (data.reason !== 'claim' || event.streamId !== userStreamId(data.userId)) return null;
  return { userId: data.userId, claimedAt: data.changedAt };
}
