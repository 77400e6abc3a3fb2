import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { actorOf, runUserCommand } from './run-user-command';
import { UpdateUserCommand } from './update-user.command';

@CommandHandler(UpdateUserCommand)
export class UpdateUserHandler implements ICommandHandler<UpdateUserCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: UpdateUserCommand): Promise<void> {
    await runUserCommand(this.store, c.userId, { type: 'UpdateUser', data: { actor: actorOf(c.actor), ...c.changes } });
  }
}
