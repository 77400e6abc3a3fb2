import { WebhookErrors } from '@candor/domain';
import { AuthenticatedUser, isAdmin } from '../identity/authenticated-user';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Webhooks are their owner's (and a superuser's); another user gets 403, an unknown or malformed id 404. */
export function assertMayUseWebhook(ownerId: string | null, user: AuthenticatedUser): void {
  if (isAdmin(user) || (ownerId !== null && ownerId === user.id)) return;
  if (user.via === 'api_key') throw WebhookErrors.notFound();
  throw WebhookErrors.forbidden();
}

export function assertWebhookId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !UUID.test(id)) throw WebhookErrors.notFound();
}
