import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Stops every delivery of a webhook; its delivery log stays in the event log. */
export class DeleteWebhookCommand extends Command<void> {
  constructor(
    readonly webhookId: string,
    readonly actor: AuthenticatedUser,
  ) {
    super();
  }
}
