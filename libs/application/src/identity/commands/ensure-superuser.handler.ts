import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { userIdByKey } from '../user-keys';
import { EnsureSuperuserCommand } from './ensure-superuser.command';
import { RegisterUserCommand } from './register-user.command';
import { RegisterUserHandler } from './register-user.handler';

/**
 * Idempotent across restarts and across instances starting together (the email claim decides the race).
 * Calls the registration handler directly: it runs at start-up, before the command bus has its handlers.
 */
@CommandHandler(EnsureSuperuserCommand)
export class EnsureSuperuserHandler implements ICommandHandler<EnsureSuperuserCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    private readonly registration: RegisterUserHandler,
  ) {}

  async execute(c: EnsureSuperuserCommand): Promise<{ userId: string; created: boolean }> {
    const existing = await userIdByKey(this.store, 'email', c.email);
    if (existing) return { userId: existing, created: false };
    try {
      const { userId } = await this.registration.execute(new RegisterUserCommand(c.email, c.password, 'Administrator', undefined, 'admin', true));
      return { userId, created: true };
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'USER.EMAIL_TAKEN')) throw error;
      return { userId: (await userIdByKey(this.store, 'email', c.email)) as string, created: false };
    }
  }
}
