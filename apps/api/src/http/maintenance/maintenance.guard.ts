import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MaintenanceErrors } from '@candor/domain';
import { isAdmin, TOKEN_VERIFIER, TokenVerifier } from '@candor/application';
import { MaintenanceModeCache } from './maintenance-mode.cache';
import { bearerToken, verifyRequestAccessToken } from '../auth/request-access-token';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Logging in and out stays possible (an admin must be able to log in to lift maintenance), admin routes are
 * admins' own, and LiveKit's webhooks report what already happened in rooms.
 */
const ALWAYS_OPEN = [/\/auth\/(login|refresh|logout)\/?$/, /^\/admin(\/|$)/, /\/livekit\/webhook\/?$/];

/** Seconds a refused client is told to wait before trying again. */
export const MAINTENANCE_RETRY_AFTER_SECONDS = 60;

/**
 * While maintenance mode is on, write requests (POST/PUT/PATCH/DELETE) of everyone but admins get 503 with the
 * admin's message, in the surface's error body (the global filter renders the DomainError). Reads always work.
 */
@Injectable()
export class MaintenanceGuard implements CanActivate {
  constructor(
    private readonly maintenance: MaintenanceModeCache,
    @Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!WRITES.has(request.method)) return true;
    const path = request.url.split('?')[0].toLowerCase();
    if (ALWAYS_OPEN.some((open) => open.test(path))) return true;
    const mode = await this.maintenance.get();
    if (!mode.enabled) return true;
    if (await this.callerIsAdmin(request)) return true;
    context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(MAINTENANCE_RETRY_AFTER_SECONDS));
    throw MaintenanceErrors.refused(mode.message ?? 'The platform is under maintenance');
  }

  private async callerIsAdmin(request: FastifyRequest): Promise<boolean> {
    const token = bearerToken(request.headers.authorization);
    if (!token) return false;
    try {
      return isAdmin(await verifyRequestAccessToken(request, token, this.tokens));
    } catch {
      return false;
    }
  }
}
