import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { releaseUserKey } from '../user-keys';
import { DeleteUserCommand } from './delete-user.command';
import { actorOf, runUserCommand } from './run-user-command';

@CommandHandler(DeleteUserCommand)
export class DeleteUserHandler implements ICommandHandler<DeleteUserCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: DeleteUserCommand): Promise<void> {
    const { state } = await runUserCommand(this.store, c.userId, { type: 'DeleteUser', data: { actor: actorOf(c.actor) } });
    await releaseUserKey(this.store, 'email', state.email, c.userId);
    await releaseUserKey(this.store, 'username', state.username, c.userId);
  }
}
