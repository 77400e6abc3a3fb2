import jsonwebtoken from 'jsonwebtoken';
import { AuthenticatedUser, AuthErrors, TokenVerifier } from '@candor/application';
import { JWT_ALGORITHM, JwtTokenSigner, jwtSecretKey } from '@candor/infrastructure/crypto/jwt-token-signer.adapter';
import { JwtStrategy } from './jwt.strategy';

const SECRET = 'strategy-secret';
const claims = { sub: 'user-1', typ: 'access' as const, jti: 'token-1', fid: 'family-1', ep: 0 };

type Verdict = { user: AuthenticatedUser } | { failed: { name?: string; message?: string } | undefined } | { error: unknown };

/** Runs the strategy as passport does: on a copy of it that carries the verdict callbacks. */
function authenticate(strategy: JwtStrategy, authorization?: string): Promise<Verdict> {
  return new Promise((resolve) => {
    const attempt = Object.create(strategy) as JwtStrategy;
    attempt.success = (user: AuthenticatedUser) => resolve({ user });
    attempt.fail = ((info: { name?: string; message?: string } | undefined) => resolve({ failed: info })) as JwtStrategy['fail'];
    attempt.error = (error: unknown) => resolve({ error });
    attempt.authenticate({ headers: { authorization } });
  });
}

describe('JwtStrategy', () => {
  let signer: JwtTokenSigner;
  let revoked: Set<string>;
  let checks: number;
  let strategy: JwtStrategy;
  let signatureChecks: jest.SpyInstance;

  beforeEach(() => {
    signer = new JwtTokenSigner(SECRET);
    revoked = new Set();
    checks = 0;
    // What AccessTokenVerifier does, with the revocation read from a set: signature through the signer, then the checks that can change.
    const verifier: TokenVerifier = {
      verifyAccessToken: async (token) => {
        checks++;
        const c = signer.verify(token);
        if (revoked.has(c.jti)) throw AuthErrors.tokenRevoked();
        return { id: c.sub } as AuthenticatedUser;
      },
    };
    strategy = new JwtStrategy({ algorithm: JWT_ALGORITHM, key: jwtSecretKey(SECRET) }, verifier, signer);
    signatureChecks = jest.spyOn(jsonwebtoken, 'verify');
  });
  afterEach(() => {
    signatureChecks.mockRestore();
    jest.useRealTimers();
  });

  it('checks the signature of a token it has not seen with passport-jwt, then authenticates it', async () => {
    const token = signer.sign(claims, 60);

    expect(await authenticate(strategy, `Bearer ${token}`)).toEqual({ user: { id: 'user-1' } });
    // passport-jwt's check, then the signer's (the verifier's) own first one
    expect(signatureChecks).toHaveBeenCalledTimes(2);
  });

  it('does not check the signature again of a token the signer has verified', async () => {
    const token = signer.sign(claims, 60);
    signer.verify(token);
    signatureChecks.mockClear();

    expect(await authenticate(strategy, `Bearer ${token}`)).toEqual({ user: { id: 'user-1' } });
    expect(await authenticate(strategy, `bearer ${token}`)).toEqual({ user: { id: 'user-1' } });
    expect(signatureChecks).not.toHaveBeenCalled();
    expect(checks).toBe(2);
  });

  it('still runs the checks that can change on every request: a revoked token is refused at once', async () => {
    const token = signer.sign(claims, 60);
    expect(await authenticate(strategy, `Bearer ${token}`)).toEqual({ user: { id: 'user-1' } });

    revoked.add('token-1');

    expect(await authenticate(strategy, `Bearer ${token}`)).toEqual({ error: AuthErrors.tokenRevoked() });
  });

  it('refuses as expired a token whose signature it verified once its expiry has passed', async () => {
    jest.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const token = signer.sign(claims, 60);
    expect(await authenticate(strategy, `Bearer ${token}`)).toEqual({ user: { id: 'user-1' } });
    jest.setSystemTime(new Date('2030-01-01T00:00:59Z'));
    expect(await authenticate(strategy, `Bearer ${token}`)).toEqual({ user: { id: 'user-1' } });

    jest.setSystemTime(new Date('2030-01-01T00:01:00Z'));
    const refused = await authenticate(strategy, `Bearer ${token}`);

    expect(refused).toMatchObject({ failed: { name: 'TokenExpiredError' } });
    expect(checks).toBe(2);
  });

  it('refuses alg none, another algorithm, another secret and a changed payload, without asking the verifier', async () => {
    const token = signer.sign(claims, 60);
    signer.verify(token);
    const [header, payload, signature] = token.split('.');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const hs512 = jsonwebtoken.sign({ typ: 'access', fid: 'f', ep: 0 }, SECRET, { algorithm: 'HS512', subject: 's', jwtid: 'j', expiresIn: 60 });
    const otherSecret = new JwtTokenSigner('other-secret').sign(claims, 60);
    const admin = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: 'admin', exp: 4102444800 })).toString('base64url')}.${signature}`;

    for (const forged of [none, hs512, otherSecret, admin]) {
      expect(await authenticate(strategy, `Bearer ${forged}`)).toMatchObject({ failed: { name: 'JsonWebTokenError' } });
    }
    expect(checks).toBe(0);
  });

  it('fails without a bearer token', async () => {
    expect(await authenticate(strategy)).toMatchObject({ failed: { message: 'No auth token' } });
    expect(await authenticate(strategy, 'Basic abc')).toMatchObject({ failed: { message: 'No auth token' } });
  });
});
