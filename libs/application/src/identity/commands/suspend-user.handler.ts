import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { actorOf, runUserCommand } from './run-user-command';
import { SuspendUserCommand } from './suspend-user.command';

@CommandHandler(SuspendUserCommand)
export class SuspendUserHandler implements ICommandHandler<SuspendUserCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: SuspendUserCommand): Promise<void> {
    await runUserCommand(this.store, c.userId, { type: 'SuspendUser', data: { actor: actorOf(c.actor), reason: c.reason } });
  }
}
