import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EVENT_STORE, EventStore, PROJECTION_PROGRESS, ProjectionProgress, RecordAuditReadCommand } from '@candor/application';
import { DomainError } from '@candor/domain';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { auditorReadRecord } from './auth/auditor-read-record';
import { contextOf, headerValue, markStale } from './request-context.hooks';

export const MIN_POSITION_HEADER = 'x-min-position';
/** What X-Log-Position hands out: digits (SQLite) or `commit/prepare` digits (EventStoreDB). */
const LOG_POSITION = /^\d{1,40}(?:\/\d{1,40})?$/;

/**
 * The last guard of every route (`@Guarded(…)` on every controller or route): what happens to a
 * request once the route's own guards admitted it and before its handler runs. A query may send `X-Min-Position`
 * to wait for a log position (answered with a clear `X-Read-Models-Stale` warning when the projections could not
 * catch up in time); then an auditor's read is recorded (a read that cannot be recorded does not happen).
 * A guard rather than a Nest interceptor: see RequestContextHooks.
 */
@Injectable()
export class AdmittedRequestGuard implements CanActivate {
  constructor(
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly commands: CommandBus,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const minPosition = headerValue(request.headers[MIN_POSITION_HEADER]);
    const auditorRead = auditorReadRecord(request);
    if (minPosition === undefined && auditorRead === null) return true;
    return this.admit(request, context.switchToHttp().getResponse<FastifyReply>(), minPosition, auditorRead);
  }

  private async admit(
    request: FastifyRequest,
    reply: FastifyReply,
    minPosition: string | undefined,
    auditorRead: RecordAuditReadCommand | null,
  ): Promise<boolean> {
    if (minPosition !== undefined) await this.assertLogPosition(minPosition);
    if (minPosition && !(await this.progress.waitFor(minPosition, this.config.readYourWritesTimeoutMs))) {
      const ctx = contextOf(request);
      if (ctx) ctx.readModelsCurrent = false;
      markStale(reply);
    }
    if (auditorRead) await this.commands.execute(auditorRead);
    return true;
  }

  /** Digits in this log's own format (its width): anything else cannot be compared with the log's positions. */
  private async assertLogPosition(position: string): Promise<void> {
    if (!LOG_POSITION.test(position)) throw invalidMinPosition();
    const head = await this.events.headPosition();
    if (head !== '' && head.length !== position.length) throw invalidMinPosition();
  }
}

function invalidMinPosition(): DomainError {
  return new DomainError('HTTP.INVALID_MIN_POSITION', 'X-Min-Position must be a log position as sent in X-Log-Position', 'invalid');
}
