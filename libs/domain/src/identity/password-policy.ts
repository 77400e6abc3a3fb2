/**
 * The minimum strength of a password, checked on the clear text before it is hashed. Kept to rules a user
 * can follow from the message alone: a length range, a mix of character kinds, not a notorious password.
 */
export const PASSWORD_MIN_LENGTH = 8;
/** scrypt's cost does not grow with the input, but nobody needs more and it bounds the work per request. */
export const PASSWORD_MAX_LENGTH = 256;

export const PASSWORD_RULE =
  `Password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long, mix at least two kinds of ` +
  'characters (lower-case letters, upper-case letters, digits, symbols) and not be a commonly used password';

const COMMON = new Set([
  'password1', 'password12', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'qwerty123', 'qwerty12', 'abc12345',
  'abcd1234', 'iloveyou1', 'welcome1', 'welcome123', 'letmein1', 'admin123', 'admin1234', 'changeme1', '1q2w3e4r',
  '1qaz2wsx', 'zaq12wsx', 'trustno1', 'football1', 'baseball1', 'monkey123', 'dragon123', 'sunshine1', 'princess1',
  '12345678a', 'a12345678', 'test1234', 'test12345', 'secret123', 'master123', 'login123',
]);

/** Null when the password is acceptable, else the rule it breaks (the same message for every failure). */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) return PASSWORD_RULE;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password)).length;
  if (kinds < 2) return PASSWORD_RULE;
  if (COMMON.has(password.toLowerCase())) return PASSWORD_RULE;
  if (new Set(password).size < 4) return PASSWORD_RULE; // `abababab`, `aaaa1111`
  return null;
}
