import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import { AuthenticatedUser, isAdmin, RecordAuditReadCommand } from '@candor/application';

/** Routes whose handlers record an auditor's read themselves (with the reason they require). */
const SELF_RECORDING = [/^\/api\/v1\/audit(\/|$)/, /^\/api\/v1\/interviews\/[^/]+\/events(\/|$)/];

/**
 * CONTRACTS.md: an auditor reads interviews on every surface, and every read is recorded. Each read request of an
 * auditor's token (after its route's guard admitted it) is put on `audit-access` before the route runs; a read
 * that cannot be recorded does not happen.
 */
@Injectable()
export class AuditorReadRecorderInterceptor implements NestInterceptor {
  constructor(private readonly commands: CommandBus) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
    const user = request.user;
    if (!user || user.role !== 'auditor' || isAdmin(user) || (request.method !== 'GET' && request.method !== 'HEAD')) return next.handle();
    const [path, search] = request.url.split('?');
    if (SELF_RECORDING.some((route) => route.test(path))) return next.handle();
    const reason = new URLSearchParams(search ?? '').get('reason');
    return from(this.commands.execute(new RecordAuditReadCommand(user, path, request.method, reason))).pipe(switchMap(() => next.handle()));
  }
}
