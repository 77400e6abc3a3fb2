import type { FastifyReply, FastifyRequest } from 'fastify';
import { describeError } from './describe-error';
import { errorBody, validationStatus } from './error-body';
import type { Logger } from '@candor/application';
import { surfaceOf } from './surface';

/** Shared by the Nest exception filter and Fastify's own error handler (parse errors happen before Nest). */
export function sendError(request: FastifyRequest, reply: FastifyReply, exception: unknown, logger: Pick<Logger, 'entry'>): void {
  const surface = surfaceOf(request.url);
  const described = describeError(exception, validationStatus(surface));
  const errorId = described.unexpected ? String(request.id) : undefined;
  if (described.unexpected) {
    logger.entry('error', 'unhandled error', {
      requestId: request.id,
      errorId,
      method: request.method,
      url: request.url,
      error: (exception as Error)?.message,
      stack: (exception as Error)?.stack,
    });
  }
  if (described.retryAfter !== undefined) reply.header('Retry-After', String(described.retryAfter));
  if (reply.sent) return;
  reply
    .status(described.status)
    .header('content-type', 'application/json; charset=utf-8')
    .send(errorBody(surface, { ...described, errorId }));
}
