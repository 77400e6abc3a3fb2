import request from 'supertest';
import { verifyMailbox } from './mail-outbox';

export interface Actor {
  id: string;
  email: string;
  token: string;
  auth: { Authorization: string };
}

export const ADMIN = { email: 'admin@candor.test', password: 'admin-Passw0rd!' };

/** The environment that bootstraps a superuser (CONTRACTS.md, "Bootstrap"). */
export const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

/** Registers through S0, opens the mailed verification link (the address is theirs) and logs in; the token works on every surface. */
export async function signUp(url: string, email: string, role: 'recruiter' | 'candidate' = 'recruiter'): Promise<Actor> {
  const password = 'Sup3r-secret-pw';
  const registered = await request(url)
    .post('/api/auth/register')
    .send({ email, password, full_name: email.split('@')[0], role })
    .expect(201);
  await verifyMailbox(url, email);
  return logIn(url, email, password, registered.body.id);
}

export async function logIn(url: string, email: string, password: string, id?: string): Promise<Actor> {
  const res = await request(url).post('/api/auth/login').send({ email, password }).expect(200);
  const token = res.body.access_token as string;
  const userId = id ?? res.body.user?.id ?? (await request(url).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200)).body.id;
  return { id: userId, email, token, auth: { Authorization: `Bearer ${token}` } };
}

/** A LiveKit token's claims (it is a JWT signed by the API key pair). */
export function jwtClaims(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}
