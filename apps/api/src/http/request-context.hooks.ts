import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RequestContext, requestContext } from '@candor/application';
import { LogPosition } from '@candor/contracts';

/**
 * One HTTP request's context: its ids, and as acting user whoever the route's guard authenticated (read when
 * asked: the context opens before the guards run).
 */
class HttpRequestContext implements RequestContext {
  writtenPosition: LogPosition | null = null;
  readModelsCurrent = true;

  constructor(
    readonly requestId: string,
    readonly correlationId: string,
    private readonly request: { user?: { id?: string } },
  ) {}

  get userId(): string | null {
    return this.request.user?.id ?? null;
  }
}

/** The request context a request runs in (null until its route's handling starts). */
export function contextOf(request: FastifyRequest): RequestContext | null {
  return (request as unknown as { candorContext: RequestContext | null }).candorContext;
}

/**
 * Runs each route's guards and handler inside its request context (request id, acting user: the metadata of every
 * event), and reports read-your-writes on the answer: `X-Log-Position` after a write, and a clear
 * `X-Read-Models-Stale` warning when the projections could not catch up in time. Fastify hooks rather than a Nest
 * interceptor: any interceptor at all puts every request through Nest's rxjs chain and two `AsyncResource.bind`
 * calls, which showed in the CPU profile of every command. (`X-Min-Position` waits after the route's guards:
 * AdmittedRequestGuard.)
 */
@Injectable()
export class RequestContextHooks implements OnModuleInit {
  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.decorateRequest('candorContext', null);
    fastify.addHook('preHandler', (request, _reply, done) => {
      const ctx = new HttpRequestContext(
        String(request.id),
        headerValue(request.headers['x-correlation-id']) ?? String(request.id),
        request as { user?: { id?: string } },
      );
      (request as unknown as { candorContext: RequestContext }).candorContext = ctx;
      // The guards, the pipes and the handler all run from this call (and what they await inherits the context).
      requestContext.run(ctx, done);
    });
    fastify.addHook('onSend', (request, reply, payload, done) => {
      const ctx = contextOf(request);
      // What the handler answered (an error answer reports no write, as the write's success is not reported).
      if (ctx && reply.statusCode < 400) {
        if (ctx.writtenPosition) reply.header('X-Log-Position', ctx.writtenPosition);
        if (!ctx.readModelsCurrent) markStale(reply);
      }
      done(null, payload);
    });
  }
}

export function markStale(reply: FastifyReply): void {
  reply.header('X-Read-Models-Stale', 'true');
  reply.header('Warning', '199 candor "read models had not caught up with this write when the response was sent"');
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
