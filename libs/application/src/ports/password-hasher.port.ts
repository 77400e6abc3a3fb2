/**
 * Hashes passwords with a memory-hard KDF and checks them in constant time. `verify` of a malformed or
 * foreign hash answers false (after spending the usual time), never throws on a wrong password.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
  /** A valid hash of a random password: checked against when the user is unknown, so both paths cost the same. */
  readonly decoyHash: string;
}

export const PASSWORD_HASHER = Symbol('PASSWORD_HASHER');
