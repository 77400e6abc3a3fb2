import jwt from 'jsonwebtoken';
import request from 'supertest';
import { verifyMailbox } from './mail-outbox';

/** Identity e2e helpers: fast scrypt (tests only), a bootstrap admin, and registration/login shortcuts. */
export const FAST_HASH_ENV = { PASSWORD_HASH_COST: '1024' };
export const TEST_ADMIN = { email: 'root@candor.test', password: 'Root-passw0rd!' };
export const IDENTITY_ENV = { ...FAST_HASH_ENV, ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password };
export const PASSWORD = 'Sup3r-secret-pw';
/** The JWT_SECRET test-app.ts starts the app with: lets tests forge tokens the server would sign. */
export const TEST_JWT_SECRET = 'test-secret';

let counter = 0;
/** A fresh, unique email per call (tests share one app). */
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${process.pid}.${Date.now().toString(36)}.${counter}@example.com`;
}

export interface Session {
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
  auth: { Authorization: string };
}

export async function registerS0(url: string, email: string, role = 'recruiter', password = PASSWORD): Promise<string> {
  const res = await request(url).post('/api/auth/register').send({ email, password, full_name: 'Test User', role }).expect(201);
  return res.body.id as string;
}

export async function loginS0(url: string, email: string, password = PASSWORD): Promise<Session> {
  const res = await request(url).post('/api/auth/login').send({ email, password }).expect(200);
  return {
    id: res.body.user.id,
    email,
    accessToken: res.body.access_token,
    refreshToken: res.body.refresh_token,
    auth: { Authorization: `Bearer ${res.body.access_token}` },
  };
}

export async function newUser(url: string, role = 'recruiter'): Promise<Session> {
  const email = uniqueEmail(role);
  await registerS0(url, email, role);
  await verifyMailbox(url, email);
  return loginS0(url, email);
}

export function claimsOf(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** Re-signs a token's claims with changes (and the test secret unless told otherwise). */
export function resign(token: string, changes: Record<string, unknown>, secret = TEST_JWT_SECRET): string {
  return jwt.sign({ ...claimsOf(token), ...changes }, secret, { algorithm: 'HS256' });
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}
