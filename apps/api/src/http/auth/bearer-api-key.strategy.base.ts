import passport from 'passport';
import { ApiKeyAuthenticator } from '@candor/application';

type Done = (error: unknown, user?: unknown) => void;
type Verify = (credential: string, done: Done) => void;
type Delegate = passport.StrategyCreatedStatic;

/**
 * A passport strategy for `Authorization: Bearer sk_…` or `Bearer pk_…:sk_…`. Anything else fails (not
 * errors), so that a guard listing several strategies moves on to the next one.
 */
export class BearerApiKeyStrategyBase extends passport.Strategy {
  constructor(private readonly verifyCredential: Verify) {
    super();
  }

  override authenticate(request: { headers: Record<string, string | string[] | undefined> }): void {
    const self = this as unknown as Delegate;
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
    if (!match) return self.fail({ message: 'No auth token' }, 401);
    if (!ApiKeyAuthenticator.looksLikeApiKey(match[1])) return self.fail({ message: 'Not an API key' }, 401);
    this.verifyCredential(match[1], (error, user) => {
      if (error) return self.error(error);
      if (!user) return self.fail({ message: 'Invalid or inactive API key' }, 401);
      return self.success(user as Express.User);
    });
  }
}
