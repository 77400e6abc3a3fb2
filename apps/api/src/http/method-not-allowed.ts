import { MethodNotAllowedException, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * The router found no route for the request: when its path is routed for other methods, the answer is 405 with
 * those methods in `Allow` (as FastAPI and DRF answer), not 404 (the path exists). Any other error is kept.
 */
export function asMethodNotAllowed(exception: unknown, request: FastifyRequest, reply: FastifyReply): unknown {
  if (!(exception instanceof NotFoundException) || !exception.message.startsWith('Cannot ')) return exception;
  const path = request.url.split('?')[0];
  const allowed = METHODS.filter((method) => method !== request.method && request.server.findRoute({ method: method as 'GET', url: path }) !== null);
  if (allowed.length === 0) return exception;
  reply.header('Allow', allowed.join(', '));
  return new MethodNotAllowedException();
}
