import passport from 'passport';
import { bearerToken } from './request-access-token';

type Done = (error: unknown, user?: unknown) => void;
type Verify = (request: object, token: string, done: Done) => void;
type Delegate = passport.StrategyCreatedStatic;

/**
 * A passport strategy for `Authorization: Bearer <access token>`: no token fails (not errors), as passport-jwt
 * did, so a guard listing several strategies moves on; a refused token is an error that says why.
 */
export class BearerAccessTokenStrategyBase extends passport.Strategy {
  constructor(private readonly verifyToken: Verify) {
    super();
  }

  override authenticate(request: { headers: Record<string, string | string[] | undefined> }): void {
    const self = this as unknown as Delegate;
    const token = bearerToken(request.headers.authorization);
    if (!token) return self.fail(new Error('No auth token'), 401);
    this.verifyToken(request, token, (error, user) => {
      if (error) return self.error(error);
      if (!user) return self.fail({ message: 'Invalid token' }, 401);
      return self.success(user as Express.User);
    });
  }
}
