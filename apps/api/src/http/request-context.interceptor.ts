import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, tap } from 'rxjs';
import { EVENT_STORE, EventStore, PROJECTION_PROGRESS, ProjectionProgress, RequestContext, requestContext } from '@candor/application';
import { DomainError } from '@candor/domain';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';

export const MIN_POSITION_HEADER = 'x-min-position';
/** What X-Log-Position hands out: digits (SQLite) or `commit/prepare` digits (EventStoreDB). */
const LOG_POSITION = /^\d{1,40}(?:\/\d{1,40})?$/;

/**
 * Runs each handler inside its request context (request id, acting user: the metadata of every event)
 * and reports read-your-writes: `X-Log-Position` after a write, and a clear `X-Read-Models-Stale` warning
 * when the projections could not catch up in time. A query may send `X-Min-Position` to wait for a position.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  constructor(
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: { id?: string } }>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const ctx: RequestContext = {
      requestId: String(request.id),
      correlationId: headerValue(request.headers['x-correlation-id']) ?? String(request.id),
      userId: request.user?.id ?? null,
      writtenPosition: null,
      readModelsCurrent: true,
    };
    const minPosition = headerValue(request.headers[MIN_POSITION_HEADER]);
    return new Observable((subscriber) =>
      requestContext.run(ctx, () => {
        const run = async () => {
          if (minPosition !== undefined) await this.assertLogPosition(minPosition);
          if (minPosition && !(await this.progress.waitFor(minPosition, this.config.readYourWritesTimeoutMs))) {
            ctx.readModelsCurrent = false;
            markStale(reply);
          }
        };
        run().then(
          () =>
            next
              .handle()
              .pipe(
                tap(() => {
                  if (ctx.writtenPosition) reply.header('X-Log-Position', ctx.writtenPosition);
                  if (!ctx.readModelsCurrent) markStale(reply);
                }),
              )
              .subscribe(subscriber),
          (error) => subscriber.error(error),
        );
      }),
    );
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

function markStale(reply: FastifyReply): void {
  reply.header('X-Read-Models-Stale', 'true');
  reply.header('Warning', '199 candor "read models had not caught up with this write when the response was sent"');
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
