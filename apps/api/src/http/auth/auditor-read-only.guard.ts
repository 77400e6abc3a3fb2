import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@candor/domain';
import { TOKEN_VERIFIER, TokenVerifier } from '@candor/application';
import { bearerToken, verifyRequestAccessToken } from './request-access-token';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What an auditor may still send: its own session's login, refresh and logout, and export verification (it changes nothing). */
const AUDITOR_OPEN = [/\/auth\/(login|refresh|logout)\/?$/, /^\/api\/v1\/audit\/verify\/?$/];

/**
 * Auditors read everything an admin may read and change nothing: every write request (POST/PUT/PATCH/DELETE)
 * of an auditor's token is refused with 403 on every surface, before any route runs.
 */
@Injectable()
export class AuditorReadOnlyGuard implements CanActivate {
  constructor(@Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!WRITES.has(request.method)) return true;
    const path = request.url.split('?')[0].toLowerCase();
    if (AUDITOR_OPEN.some((open) => open.test(path))) return true;
    const token = bearerToken(request.headers.authorization);
    if (!token || token.startsWith('sk_') || token.startsWith('pk_')) return true;
    let role: string | null = null;
    try {
      const user = await verifyRequestAccessToken(request, token, this.tokens);
      role = user.isSuperuser ? 'admin' : user.role;
    } catch {
      return true; // the route's own guard answers 401 for a bad token
    }
    if (role === 'auditor') throw new DomainError('AUTH.AUDITOR_READ_ONLY', 'Auditor accounts are read-only', 'forbidden');
    return true;
  }
}
