import { RecordedEvent } from '@candor/contracts';
import { apiKeyDecider, apiKeysStreamId } from '@candor/domain';
import { AggregateStore } from '../commands/aggregate-store';
import { accountClaimOf } from './account-claim';

/** The log reactor's name: its checkpoint sits beside the projections'. */
export const ACCOUNT_CLAIM_REACTOR = 'reactor:account-claims';

/**
 * An account claim deactivates every API key created until the claim (the earlier holder's): once the address is
 * verified the account reaches the interviews addressed to it, and a key the earlier holder kept would too. Keys
 * the owner created since the claim stay. Run by a LogReactor (a failure is retried; a replay decides nothing
 * new). Until it has run, ApiKeyAuthenticator refuses those keys by their creation time. The earlier holder's
 * sessions already ended with the claim's password change (the token epoch); webhooks: WebhookReactor.
 */
export class AccountClaimReactor {
  constructor(private readonly store: AggregateStore) {}

  async react(event: RecordedEvent): Promise<void> {
    const claim = accountClaimOf(event);
    if (!claim) return;
    await this.store.execute(apiKeysStreamId(claim.userId), apiKeyDecider, {
      type: 'DeactivateAllApiKeys',
      data: { createdUpTo: claim.claimedAt },
      metadata: this.store.commandMetadata(),
    });
  }
}
