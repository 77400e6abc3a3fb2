import { randomBytes, randomInt } from 'node:crypto';

/** The random parts of a new interview; the domain receives them on the command. */
const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function newSessionCode(): string {
  let code = '';
  for (let i = 0; i < 6; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export function newRoomName(): string {
  return `interview-${randomBytes(6).toString('hex')}`;
}

export function newInviteToken(): string {
  return randomBytes(24).toString('base64url');
}
