import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RateLimitStore } from './rate-limit-store';
import { ruleFor, scaled } from './rate-limit.rules';
import { RateLimitExceededError } from './rate-limit-exceeded.error';

/**
 * Per caller: the user a bearer token names (tokens are verified later by the guards; a forged one only
 * spends its own bucket), else the client IP. Every answer carries X-RateLimit-*; a refusal is 429.
 */
export function registerRateLimits(
  fastify: FastifyInstance,
  store: RateLimitStore,
  scale: number,
  generalPerMinute: number,
  onRefused: (request: FastifyRequest, reply: FastifyReply, error: RateLimitExceededError) => void,
): void {
  // Fastify's callback: a request without a rule (rate limits off) costs no promise.
  fastify.addHook('onRequest', (request, reply, done) => {
    const rule = scaled(ruleFor(request.method, request.url, generalPerMinute), scale);
    if (!rule) return done();
    const caller = rule.perAddress ? `ip:${request.ip}` : callerKey(request);
    store
      .hit(`${rule.name}:${caller}`, rule.windowSeconds)
      .then(({ count, resetAt }) => {
        reply.header('X-RateLimit-Limit', String(rule.limit));
        reply.header('X-RateLimit-Remaining', String(Math.max(0, rule.limit - count)));
        reply.header('X-RateLimit-Reset', String(Math.ceil(resetAt)));
        // A refusal is sent here; Fastify then runs nothing more for the request.
        if (count > rule.limit) onRefused(request, reply, new RateLimitExceededError(Math.max(1, Math.ceil(resetAt - Date.now() / 1000))));
      })
      .then(() => done(), done);
  });
}

function callerKey(request: FastifyRequest): string {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const token = auth.slice(7).trim();
    const subject = jwtSubject(token);
    if (subject) return `user:${subject}`;
    if (token.startsWith('sk_') || token.startsWith('pk_')) return `key:${token.split(':')[0].slice(0, 40)}`;
  }
  return `ip:${request.ip}`;
}

function jwtSubject(token: string): string | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { sub?: unknown };
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}
