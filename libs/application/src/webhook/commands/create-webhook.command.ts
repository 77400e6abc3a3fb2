import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Subscribes the caller's URL to events; the answer carries the signing secret, shown this once. */
export class CreateWebhookCommand extends Command<{ webhookId: string; secret: string }> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly url: string,
    readonly events: readonly string[],
    readonly description: string | null,
  ) {
    super();
  }
}
