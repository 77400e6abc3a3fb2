import { surfaceOf } from '../surface';

/** One limit: `limit` requests per `windowSeconds`, counted per caller in the bucket `name`. */
export interface RateLimitRule {
  readonly name: string;
  readonly limit: number;
  readonly windowSeconds: number;
  /** Counted per client address even with a token (the general limit of the routes outside the surfaces). */
  readonly perAddress?: boolean;
}

const MINUTE = 60;

/** RATE_LIMIT_GENERAL_PER_MINUTE's default: generous, so health probes and documentation readers never meet it. */
export const DEFAULT_GENERAL_PER_MINUTE = 1000;

/**
 * The seeds' numbers (CONTRACTS.md, "Cross-cutting"), chosen by surface and route. Every other route (`/health`,
 * `/docs`, `/openapi.json`, `/asyncapi.json`, …) gets the general per-address limit, so every answer carries
 * X-RateLimit-*.
 */
export function ruleFor(method: string, url: string, generalPerMinute = DEFAULT_GENERAL_PER_MINUTE): RateLimitRule | null {
  const path = url.split('?')[0].toLowerCase().replace(/\/+$/, '') || '/';
  if (method === 'OPTIONS') return null;
  if (path.startsWith('/ws/')) return null; // WebSocket connections are limited by count, not by rate
  switch (surfaceOf(url)) {
    case 'S0':
      return { name: 'S0', limit: 60, windowSeconds: MINUTE };
    case 'S3':
      if (path === '/api/auth/login') return { name: 'S3-auth', limit: 10, windowSeconds: MINUTE };
      if (path.startsWith('/api/candidates/upload_cv')) return { name: 'S3-upload', limit: 10, windowSeconds: MINUTE };
      return { name: 'S3', limit: 100, windowSeconds: MINUTE };
    case 'V1':
      if (path.startsWith('/api/v1/interviews')) return { name: 'S2-interviews', limit: 10, windowSeconds: MINUTE };
      if (path === '/api/v1/sandbox/execute') return { name: 'S2-sandbox', limit: 20, windowSeconds: MINUTE };
      if (path === '/api/v1/voice/tts') return { name: 'S2-tts', limit: 30, windowSeconds: MINUTE };
      return { name: 'V1', limit: 100, windowSeconds: MINUTE };
    case 'S4':
      if (/^\/auth\/(login|register|refresh|forgot-password|reset-password)$/.test(path)) {
        return { name: 'S4-auth', limit: 5, windowSeconds: MINUTE };
      }
      if (method === 'POST' && /\/(upload|avatar|verify\/identity|verify\/face)$/.test(path)) return { name: 'S4-upload', limit: 10, windowSeconds: 5 * MINUTE };
      if (method === 'POST' && /\/batch(\/|$)/.test(path)) return { name: 'S4-batch', limit: 5, windowSeconds: 60 * MINUTE };
      return { name: 'S4', limit: 100, windowSeconds: MINUTE };
    case 'OPS':
      // The pages mailed links open: the S3 interview link counts with S3, the password-reset page with S4.
      if (path.startsWith('/interview/')) return { name: 'S3', limit: 100, windowSeconds: MINUTE };
      if (path === '/reset-password') return { name: 'S4', limit: 100, windowSeconds: MINUTE };
      return { name: 'general', limit: generalPerMinute, windowSeconds: MINUTE, perAddress: true };
  }
}

/** RATE_LIMIT_SCALE multiplies every limit; 0 turns them off. */
export function scaled(rule: RateLimitRule | null, scale: number): RateLimitRule | null {
  if (!rule || scale <= 0) return null;
  return { ...rule, limit: Math.max(1, Math.round(rule.limit * scale)) };
}
