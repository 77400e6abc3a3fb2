import { ActivateUserHandler } from './commands/activate-user.handler';
import { CreateApiKeyHandler } from './commands/create-api-key.handler';
import { DeactivateApiKeyHandler } from './commands/deactivate-api-key.handler';
import { DeleteUserHandler } from './commands/delete-user.handler';
import { EnsureSuperuserHandler } from './commands/ensure-superuser.handler';
import { LogInHandler } from './commands/log-in.handler';
import { LogOutHandler } from './commands/log-out.handler';
import { RefreshTokensHandler } from './commands/refresh-tokens.handler';
import { RegisterUserHandler } from './commands/register-user.handler';
import { RequestPasswordResetHandler } from './commands/request-password-reset.handler';
import { RequestAccountClaimHandler } from './commands/request-account-claim.handler';
import { RequestEmailVerificationHandler } from './commands/request-email-verification.handler';
import { ResetPasswordHandler } from './commands/reset-password.handler';
import { VerifyEmailHandler } from './commands/verify-email.handler';
import { SuspendUserHandler } from './commands/suspend-user.handler';
import { UpdateUserHandler } from './commands/update-user.handler';
import { GetApiKeyHandler } from './queries/get-api-key.handler';
import { GetUserHandler } from './queries/get-user.handler';
import { ListApiKeysHandler } from './queries/list-api-keys.handler';
import { ListUsersHandler } from './queries/list-users.handler';

export const IDENTITY_COMMAND_HANDLERS = [
  RegisterUserHandler,
  EnsureSuperuserHandler,
  LogInHandler,
  RefreshTokensHandler,
  LogOutHandler,
  UpdateUserHandler,
  SuspendUserHandler,
  ActivateUserHandler,
  DeleteUserHandler,
  RequestPasswordResetHandler,
  RequestAccountClaimHandler,
  ResetPasswordHandler,
  RequestEmailVerificationHandler,
  VerifyEmailHandler,
  CreateApiKeyHandler,
  DeactivateApiKeyHandler,
];

export const IDENTITY_QUERY_HANDLERS = [GetUserHandler, ListUsersHandler, ListApiKeysHandler, GetApiKeyHandler];
