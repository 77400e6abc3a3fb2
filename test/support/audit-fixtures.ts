import request from 'supertest';
import { Actor, logIn, signUp } from './interview-actors';

/** An auditor: signs up as a recruiter, is granted `auditor` by the admin (S4), logs in again for a token with the role. */
export async function makeAuditor(url: string, admin: Actor, email: string): Promise<Actor> {
  const user = await signUp(url, email);
  await request(url).put(`/admin/users/${user.id}`).set(admin.auth).send({ role: 'auditor' }).expect(200);
  return logIn(url, email, 'Sup3r-secret-pw', user.id);
}

/** An NDJSON export as parsed lines. */
export function ndjson(text: string): Record<string, any>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

export function toNdjson(lines: readonly Record<string, unknown>[]): string {
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

/** supertest buffers unknown content types only when asked: collect an NDJSON answer as text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- supertest's parser signature
export function asText(res: any, done: (err: Error | null, body: string) => void): void {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (body += chunk));
  res.on('end', () => done(null, body));
}
