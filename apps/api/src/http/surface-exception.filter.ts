import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LOGGER, Logger } from '@candor/application';
import { asMethodNotAllowed } from './method-not-allowed';
import { sendError } from './send-error';

/** Every error, on every route, answered in the body of the surface the route belongs to. */
@Catch()
export class SurfaceExceptionFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const http = host.switchToHttp();
    const [request, reply] = [http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>()];
    sendError(request, reply, asMethodNotAllowed(exception, request, reply), this.logger);
  }
}
