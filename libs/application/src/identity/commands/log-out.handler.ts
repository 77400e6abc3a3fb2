import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError, tokenFamilyDecider, tokenFamilyStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { LogOutCommand } from './log-out.command';

@CommandHandler(LogOutCommand)
export class LogOutHandler implements ICommandHandler<LogOutCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute({ user }: LogOutCommand): Promise<void> {
    if (user.via !== 'jwt' || !user.tokenId || !user.sessionId) {
      throw new DomainError('AUTH.LOGOUT_NEEDS_TOKEN', 'Log out with the access token to revoke; API keys are deactivated instead', 'invalid');
    }
    await this.store.execute(tokenFamilyStreamId(user.sessionId), tokenFamilyDecider, {
      type: 'EndSession',
      data: { userId: user.id, accessTokenId: user.tokenId },
      metadata: this.store.commandMetadata(),
    });
  }
}
