import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  AuthenticatedUser,
  GetUserQuery,
  LogInCommand,
  LoginResult,
  LogOutCommand,
  RefreshTokensCommand,
  RegisterUserCommand,
  TokenPair,
  UpdateUserCommand,
} from '@candor/application';
import { toUserResponse } from './user.mapper';
import { UserResponseDto } from './user.response.dto';

/**
 * The account commands and queries every surface's auth controllers call (register, log in, refresh, log out,
 * change one's own account, the user as stored); each controller shapes the answer in its own surface's spelling.
 */
@Injectable()
export class AccountActions {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** Registers a user and answers the user as stored. */
  async register(...fields: ConstructorParameters<typeof RegisterUserCommand>): Promise<UserResponseDto> {
    const { userId } = await this.commands.execute(new RegisterUserCommand(...fields));
    return this.user(userId);
  }

  logIn(login: string, password: string, client: string): Promise<LoginResult> {
    return this.commands.execute(new LogInCommand(login, password, client));
  }

  refresh(refreshToken: string): Promise<TokenPair> {
    return this.commands.execute(new RefreshTokensCommand(refreshToken));
  }

  logOut(user: AuthenticatedUser): Promise<void> {
    return this.commands.execute(new LogOutCommand(user));
  }

  /** Changes the caller's own account and answers it as stored. */
  async updateOwn(user: AuthenticatedUser, changes: ConstructorParameters<typeof UpdateUserCommand>[2]): Promise<UserResponseDto> {
    await this.commands.execute(new UpdateUserCommand(user, user.id, changes));
    return this.user(user.id);
  }

  async user(userId: string): Promise<UserResponseDto> {
    return toUserResponse(await this.queries.execute(new GetUserQuery(userId)));
  }
}
