import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { ActivateUserCommand } from './activate-user.command';
import { actorOf, runUserCommand } from './run-user-command';

@CommandHandler(ActivateUserCommand)
export class ActivateUserHandler implements ICommandHandler<ActivateUserCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: ActivateUserCommand): Promise<void> {
    await runUserCommand(this.store, c.userId, { type: 'ActivateUser', data: { actor: actorOf(c.actor) } });
  }
}
