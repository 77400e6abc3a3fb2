import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { passwordProblem, userDecider, UserErrors, userStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { PASSWORD_HASHER, PasswordHasher } from '../../ports/password-hasher.port';
import { hashPasswordResetToken, userIdOfResetToken } from './password-reset-token';
import { ResetPasswordCommand } from './reset-password.command';

@CommandHandler(ResetPasswordCommand)
export class ResetPasswordHandler implements ICommandHandler<ResetPasswordCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
  ) {}

  async execute(c: ResetPasswordCommand): Promise<void> {
    const userId = userIdOfResetToken(c.token);
    if (!userId) throw UserErrors.invalidResetToken();
    const problem = passwordProblem(c.newPassword);
    if (problem) throw UserErrors.weakPassword(problem);
    const { state } = await this.store.load(userStreamId(userId), userDecider);
    const tokenHash = hashPasswordResetToken(c.token.trim());
    // Checked before hashing so a wrong token costs no KDF work; the decider checks again on the fresh stream.
    if (!state.exists || state.deleted || !state.pendingResets.some((r) => r.tokenHash === tokenHash)) {
      throw UserErrors.invalidResetToken();
    }
    const passwordHash = await this.hasher.hash(c.newPassword);
    await this.store.execute(userStreamId(userId), userDecider, {
      type: 'ResetPassword',
      data: { tokenHash, passwordHash },
      metadata: this.store.commandMetadata(),
    });
  }
}
