import { PASSWORD_RULE, passwordProblem } from './password-policy';
import { usernameFromEmail } from './user.validation';

describe('password policy', () => {
  it.each(['Sup3r-secret-pw', 'correct horse battery staple!', 'admin-Passw0rd!', 'ab12cd34'])('accepts %s', (password) =>
    expect(passwordProblem(password)).toBeNull(),
  );

  it.each([
    ['too short', 'Ab1!'],
    ['one kind of character', 'securepassword'],
    ['digits only', '1234567890'],
    ['a notorious password', 'Password123'],
    ['too few distinct characters', 'aaaa1111'],
    ['too long', 'aA1!'.repeat(65)],
  ])('refuses %s with the rule as message', (_why, password) => expect(passwordProblem(password)).toBe(PASSWORD_RULE));
});

describe('usernames derived from emails', () => {
  it.each([
    ['Jane.Doe+jobs@Example.com', 'jane.doe'],
    ['jo@example.com', 'jouser'],
    ['__x!!@example.com', 'xuser'],
  ])('%s -> %s', (email, username) => expect(usernameFromEmail(email)).toBe(username));
});
