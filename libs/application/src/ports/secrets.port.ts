/**
 * Secret key material the edge needs without knowing where it comes from or how the adapter encodes it:
 * the HTTP layer checks access-token signatures with the key the token signer signs with.
 */
export interface AccessTokenKey {
  /** The one JWT algorithm accepted (any other, `none` included, is refused). */
  readonly algorithm: 'HS256';
  /** The verification key, in the form the JWT library takes (a KeyObject for HMAC). */
  readonly key: unknown;
}

export const ACCESS_TOKEN_KEY = Symbol('ACCESS_TOKEN_KEY');
