import { UserErrors } from './user.errors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** No `@`: a login name containing one is an email, so the two can never be confused. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,49}$/i;
const MAX_EMAIL = 254;
const MAX_FULL_NAME = 200;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Emails are unique case-insensitively: stored and compared trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Usernames keep their spelling but are unique case-insensitively. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function validateEmail(email: string): void {
  if (email.length > MAX_EMAIL || !EMAIL.test(email)) throw UserErrors.invalid('email', 'not a valid email address');
}

export function validateUsername(username: string): void {
  if (!USERNAME.test(username)) {
    throw UserErrors.invalid('username', '3 to 50 letters, digits, dots, dashes or underscores, starting with a letter or digit');
  }
}

export function validateFullName(fullName: string): void {
  if (fullName.length > MAX_FULL_NAME) throw UserErrors.invalid('full_name', `at most ${MAX_FULL_NAME} characters`);
  if (CONTROL.test(fullName)) throw UserErrors.invalid('full_name', 'must not contain control characters');
}

/** A username from the email's local part (`Jane.Doe+x@…` -> `jane.doe`; too short: `jo` -> `jouser`). */
export function usernameFromEmail(email: string): string {
  const local = normalizeEmail(email).split('@')[0].split('+')[0];
  const cleaned = local.replace(/[^a-z0-9._-]/g, '').replace(/^[._-]+/, '').slice(0, 40);
  return cleaned.length >= 3 ? cleaned : `${cleaned}user`;
}
