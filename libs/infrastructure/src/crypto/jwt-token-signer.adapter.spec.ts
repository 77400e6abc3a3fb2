import { createHmac } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { InvalidTokenError, TokenClaims } from '@candor/application';
import { JwtTokenSigner } from './jwt-token-signer.adapter';

const claims: TokenClaims = { sub: 'user-1', typ: 'access', jti: 'tok-1', fid: 'fam-1', ep: 0 };
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function reason(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof InvalidTokenError ? error.reason : 'other';
  }
  return undefined;
}

describe('JwtTokenSigner', () => {
  const signer = new JwtTokenSigner('test-secret');

  it('signs HS256 tokens and verifies them back with every claim', () => {
    const token = signer.sign(claims, 60);
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    const verified = signer.verify(token);
    expect(verified).toMatchObject(claims);
    expect(verified.exp - verified.iat).toBe(60);
  });

  it('refuses an expired token as expired', () => {
    const token = jwt.sign({ typ: 'access', fid: 'f', ep: 0, exp: Math.floor(Date.now() / 1000) - 10 }, 'test-secret', {
      algorithm: 'HS256',
      subject: 's',
      jwtid: 'j',
    });
    expect(reason(() => signer.verify(token))).toBe('expired');
  });

  it('refuses a token it verified before once it has expired', () => {
    jest.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const token = signer.sign(claims, 60);
      expect(signer.verify(token)).toMatchObject(claims);
      jest.setSystemTime(new Date('2030-01-01T00:00:59Z'));
      expect(signer.verify(token)).toMatchObject(claims);

      jest.setSystemTime(new Date('2030-01-01T00:01:00Z'));

      expect(reason(() => signer.verify(token))).toBe('expired');
      expect(reason(() => signer.verify(token))).toBe('expired');
    } finally {
      jest.useRealTimers();
    }
  });

  it('knows a token verified before only while it has not expired, and never one it refused or has not seen', () => {
    jest.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const fresh = new JwtTokenSigner('test-secret');
      const token = fresh.sign(claims, 60);
      expect(fresh.verifiedBefore(token)).toBe(false);
      fresh.verify(token);
      expect(fresh.verifiedBefore(token)).toBe(true);
      expect(fresh.verifiedBefore(`${token.slice(0, -2)}xx`)).toBe(false);
      expect(reason(() => fresh.verify(`${token.slice(0, -2)}xx`))).toBe('invalid');
      expect(fresh.verifiedBefore(`${token.slice(0, -2)}xx`)).toBe(false);

      jest.setSystemTime(new Date('2030-01-01T00:01:00Z'));

      expect(fresh.verifiedBefore(token)).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });

  it('answers the same claims for the same token, and refuses a copy with one character changed', () => {
    const token = signer.sign(claims, 60);
    expect(signer.verify(token)).toEqual(signer.verify(token));
    const at = token.lastIndexOf('.') + 1; // the signature's first character carries six bits of it
    expect(reason(() => signer.verify(`${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`))).toBe('invalid');
  });

  it('refuses a wrong signature, a tampered payload and another secret', () => {
    const token = signer.sign(claims, 60);
    const [header, , signature] = token.split('.');
    expect(reason(() => signer.verify(`${token.slice(0, -2)}xx`))).toBe('invalid');
    expect(reason(() => signer.verify(`${header}.${b64({ ...claims, sub: 'admin' })}.${signature}`))).toBe('invalid');
    expect(reason(() => new JwtTokenSigner('other-secret').verify(token))).toBe('invalid');
  });

  it('refuses alg none and any algorithm other than HS256', () => {
    const payload = b64({ ...claims, iat: 1, exp: 9_999_999_999 });
    expect(reason(() => signer.verify(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`))).toBe('invalid');
    const hs512Input = `${b64({ alg: 'HS512', typ: 'JWT' })}.${payload}`;
    const hs512 = `${hs512Input}.${createHmac('sha512', 'test-secret').update(hs512Input).digest('base64url')}`;
    expect(reason(() => signer.verify(hs512))).toBe('invalid');
  });

  it('refuses a validly signed token without our claims', () => {
    const foreign = jwt.sign({ hello: 'world' }, 'test-secret', { algorithm: 'HS256', expiresIn: 60 });
    expect(reason(() => signer.verify(foreign))).toBe('invalid');
  });
});
