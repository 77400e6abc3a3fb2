import { Actor, UserCommand, userDecider, UserErrors, userStreamId } from '@candor/domain';
import { AggregateStore } from '../../commands/aggregate-store';
import { AuthenticatedUser, isAdmin } from '../authenticated-user';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The users' use of the one command template; an id that cannot name a user is simply not found. */
export function runUserCommand(store: AggregateStore, userId: string, command: Pick<UserCommand, 'type' | 'data'>) {
  if (!UUID.test(userId)) throw UserErrors.notFound();
  return store.execute(userStreamId(userId), userDecider, { ...command, metadata: store.commandMetadata() } as UserCommand);
}

/** What the decider needs to know about who acts. */
export function actorOf(user: AuthenticatedUser): Actor {
  return { userId: user.id, isAdmin: isAdmin(user) };
}
