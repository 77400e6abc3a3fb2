import { AuthErrors } from '@candor/application';

/**
 * What a guard does with passport's verdict: the user, or a 401 that says why. `info` is one strategy's
 * failure, or a list of them when a guard tries several.
 */
export function userOrRefuse<TUser>(error: unknown, user: TUser | false | null | undefined, info: unknown, apiKeyOnly = false): TUser {
  if (error) throw error;
  if (user) return user;
  const reasons = (Array.isArray(info) ? info : [info]) as ({ name?: string; message?: string } | undefined)[];
  if (reasons.some((r) => r?.name === 'TokenExpiredError')) throw AuthErrors.tokenExpired();
  if (reasons.every((r) => r?.message === 'No auth token')) throw AuthErrors.notAuthenticated();
  throw apiKeyOnly ? AuthErrors.invalidApiKey() : AuthErrors.invalidToken();
}
