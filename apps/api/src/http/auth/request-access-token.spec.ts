import { AuthenticatedUser, TokenVerifier } from '@candor/application';
import { bearerToken, verifyRequestAccessToken } from './request-access-token';

describe('bearerToken', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc', 'abc'],
    ['BEARER   abc  ', 'abc'],
    ['Basic abc', null],
    ['Bearer', null],
    ['', null],
    [undefined, null],
    [['Bearer abc'], null],
  ])('%j reads as %j', (header, token) => {
    expect(bearerToken(header as string | string[] | undefined)).toBe(token);
  });
});

describe('verifyRequestAccessToken', () => {
  function countingVerifier(): TokenVerifier & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      verifyAccessToken: async (token: string) => {
        calls.push(token);
        if (token === 'bad') throw new Error('refused');
        return { id: `user-of-${token}` } as unknown as AuthenticatedUser;
      },
    };
  }

  it('verifies a request\'s token once, whoever asks (global guards, then the route\'s guard)', async () => {
    const verifier = countingVerifier();
    const request = {};
    const first = await verifyRequestAccessToken(request, 'tok', verifier);
    const second = await verifyRequestAccessToken(request, 'tok', verifier);

    expect(second).toBe(first);
    expect(verifier.calls).toEqual(['tok']);
  });

  it('verifies again for another request or another token: nothing outlives the request', async () => {
    const verifier = countingVerifier();
    const request = {};
    await verifyRequestAccessToken(request, 'tok', verifier);
    await verifyRequestAccessToken({}, 'tok', verifier);
    await verifyRequestAccessToken(request, 'other', verifier);

    expect(verifier.calls).toEqual(['tok', 'tok', 'other']);
  });

  it('a refusal is the same refusal for every asker of the request', async () => {
    const verifier = countingVerifier();
    const request = {};
    await expect(verifyRequestAccessToken(request, 'bad', verifier)).rejects.toThrow('refused');
    await expect(verifyRequestAccessToken(request, 'bad', verifier)).rejects.toThrow('refused');
    expect(verifier.calls).toEqual(['bad']);
  });
});
